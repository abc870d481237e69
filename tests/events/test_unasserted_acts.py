"""Acts the sentence does not assert (fresh user, twentieth stop): an act whose evidence is said to be missing
(triggers.unevidenced), a clause judged untrue (triggers.untrue_clause), a claim dismissed in the passive or called
fake (triggers.dismissed_claim, denied_claim), a condition by inversion (conditions.inverted_condition) and the
conditional perfect (modality.counterfactual_past). PLOVER manual: an event is coded when the text asserts it
occurred; auxiliary modes (hypothetical)."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _records(text):
    evs, _ = code_text(text, publication_date="2024-02-12")
    return [(e.event, [a.code for a in e.actor], e.status, bool(e.negated)) for e in evs]


@pytest.mark.parametrize("text,event", [
    ("Officials said there was no evidence that North Korea had fired a missile.", "ASSAULT"),
    ("There is no evidence that Iran supplied weapons to the Houthis, the Pentagon said.", "AID"),
    ("Investigators found no sign that Venezuelan troops had crossed into Guyana.", "MOBILIZE"),
    ("It is not true that Israel bombed the hospital, the army said.", "ASSAULT"),
    ("It is false that Russia shelled the power plant, the ministry said.", "ASSAULT"),
    ("Claims that Ukraine shelled Donetsk are fabricated, Kyiv said.", "ASSAULT"),
    ("The ministry called reports that Serbia had mobilized troops fake news.", "MOBILIZE"),
])
def test_an_act_the_sentence_denies_is_no_event(text, event):
    got = _records(text)
    assert all(r[0] != event for r in got), got


@pytest.mark.parametrize("text,event,actor", [
    ("There is evidence that Iran supplied weapons to the Houthis, the Pentagon said.", "AID", "IRN"),
    ("It is true that Israel bombed the hospital, the army said.", "ASSAULT", "ISR"),
    ("Claims that Ukraine shelled Donetsk were confirmed by monitors.", "ASSAULT", "UKR"),
])
def test_an_act_not_denied_stays(text, event, actor):
    got = _records(text)
    assert any(r[0] == event and r[1] == [actor] and r[2] == "actual" for r in got), got


@pytest.mark.parametrize("text,event,actor", [
    ("Had Russia invaded Finland, NATO would have intervened.", "ASSAULT", "RUS"),
    ("Had Israel attacked, Syria would have responded with missiles, a Syrian official claimed.", "ASSAULT", "ISR"),
    ("Had Pakistan expelled the Indian diplomats, Delhi would have retaliated.", "SANCTION", "PAK"),
])
def test_a_condition_by_inversion_is_hypothetical(text, event, actor):
    got = [r for r in _records(text) if r[1] == [actor]]
    assert got and all(r[2] == "hypothetical" for r in got), got


def test_an_inverted_question_word_is_no_condition():
    got = _records("Russia had invaded Crimea, the minister recalled.")
    assert any(r[0] == "ASSAULT" and r[1] == ["RUS"] and r[2] != "hypothetical" for r in got), got


@pytest.mark.parametrize("text", [
    "If Israel had attacked, Syria would have responded with missiles.",
    "Iran would have retaliated if the strike had hit its embassy.",
])
def test_the_conditional_perfect_threatens_nothing(text):
    got = _records(text)
    assert not any(r[0] == "THREATEN" and r[2] == "actual" for r in got), got


def test_a_conditional_response_still_threatens():
    got = _records("If Israel attacks, Syria will respond with missiles, a Syrian official said.")
    assert any(r[0] == "THREATEN" and r[1] == ["SYR"] for r in got), got
