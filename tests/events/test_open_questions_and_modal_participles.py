"""Modality of acts the sentence does not assert as done (twenty-first stop): the adverbial participle of a modal act
shares its status (modality.modal_participle), and an act inside an open question is hypothetical and threatens
nothing (modality.indirect_question). PLOVER manual, auxiliary modes (future, hypothetical); ANNOTATION.md status."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.events import modality
from eventwire.nlp.model import load_model


def _records(text):
    evs, _ = code_text(text, publication_date="2024-02-12")
    return [(e.event, [a.code for a in e.actor], e.status, e.event_text) for e in evs]


@pytest.mark.parametrize("text,words,status", [
    ("Russia could strike Kyiv, killing thousands of civilians.", "killing", "hypothetical"),
    ("The African Union may sanction Mali, cutting off its aid and closing its borders.", "cutting", "hypothetical"),
    ("The EU will impose sanctions on Russia, cutting trade ties with Moscow.", "cutting", "future"),
])
def test_a_participle_of_a_modal_act_shares_its_status(text, words, status):
    got = _records(text)
    assert all(r[2] == status for r in got if words in r[3]), got
    assert not any(r[2] == "actual" for r in got), got


@pytest.mark.parametrize("text", [
    "Russia struck Kyiv on Monday, killing thousands of civilians.",
    "Russia attacked Kharkiv, killing dozens.",
])
def test_a_participle_of_an_asserted_act_stays_actual(text):
    got = _records(text)
    assert any(r[0] == "ASSAULT" and r[1] == ["RUS"] for r in got), got
    assert all(r[2] == "actual" for r in got), got


def test_modal_participle_shape():
    nlp = load_model()
    doc = nlp("Russia could strike Kyiv, killing thousands of civilians.")
    killing = next(t for t in doc if t.lower_ == "killing")
    assert modality.modal_participle(killing) is True
    doc = nlp("Russia struck Kyiv, killing thousands of civilians.")
    killing = next(t for t in doc if t.lower_ == "killing")
    assert modality.modal_participle(killing) is False


@pytest.mark.parametrize("text,event,actor", [
    ("It is unclear when China will invade Taiwan.", "ASSAULT", "CHN"),
    ("Nobody knows when China will invade Taiwan.", "ASSAULT", "CHN"),
    ("Analysts wonder whether China will invade Taiwan.", "ASSAULT", "CHN"),
])
def test_an_act_in_an_open_question_is_hypothetical(text, event, actor):
    got = _records(text)
    assert any(r[0] == event and r[1] == [actor] and r[2] == "hypothetical" for r in got), got
    assert not any(r[2] in ("actual", "future") for r in got), got


@pytest.mark.parametrize("text", [
    "It is unclear whether Iran will retaliate against Israel.",
    "Analysts wonder how Iran will retaliate against Israel.",
    "Officials did not say how they would respond to the attack.",
])
def test_an_open_question_threatens_nothing(text):
    got = _records(text)
    assert not any(r[0] == "THREATEN" for r in got), got


def test_an_announced_manner_is_no_open_question():
    got = _records("Biden made clear how the United States will defend Taiwan.")
    assert any(r[1] == ["USA"] and r[2] == "future" for r in got), got
    got = _records("Iran will retaliate against Israel, the minister said.")
    assert any(r[0] == "THREATEN" for r in got), got


@pytest.mark.parametrize("text,event", [
    ("Russia began to withdraw its troops from Kherson.", "RETREAT"),
    ("The army started to shell the rebel positions on Monday.", "ASSAULT"),
])
def test_an_act_begun_is_actual(text, event):
    got = _records(text)
    assert any(r[0] == event and r[2] == "actual" for r in got), got
    assert not any(r[2] == "future" for r in got), got


def test_an_act_to_begin_is_future():
    got = _records("Russia will begin to withdraw its troops next week.")
    assert got and all(r[2] == "future" for r in got), got
