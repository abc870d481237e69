"""A state equipping its own forces gives no AID (admission.own_forces_supply; PLOVER manual, AID: aid goes to
another party). Twenty-first stop: the announce/unveil rows of verbs.tsv read "announced new missiles for its navy"
as AID from Russia to Russia, which would raise a watch rule on military support to Russia."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.events import admission


def _records(text):
    evs, _ = code_text(text, publication_date="2024-05-10")
    return [(e.event, [a.code for a in e.actor], [a.code for a in e.recipient]) for e in evs]


def test_the_rule_runs_last_among_the_drop_rules():
    assert [r.__name__ for r in admission.DROP_BEFORE_CODING][-1] == "own_forces_supply"


@pytest.mark.parametrize("text", [
    "Russia announced new missiles for its navy.",
    "Iran unveiled new drones for their army.",
])
def test_supplying_its_own_forces_is_no_aid(text):
    assert [r for r in _records(text) if r[0] == "AID"] == []


@pytest.mark.parametrize("text,actor,recipient", [
    ("The United States announced a $300 million military aid package for Ukraine on Friday.", "USA", "UKR"),
    ("North Korea announced a new package of weapons for Russia.", "PRK", "RUS"),
])
def test_aid_to_another_party_stays(text, actor, recipient):
    assert ("AID", [actor], [recipient]) in _records(text), _records(text)


def test_supplying_its_own_forces_is_no_aid_in_a_later_paragraph():
    # entity offsets are the article's, not the paragraph's
    text = ("Moscow hosted talks with Beijing on Monday about trade and energy.\n"
            "Later, Russia announced new missiles for its navy.")
    got = _records(text)
    assert ("CONSULT", ["RUS"], ["CHN"]) in got, got
    assert [r for r in got if r[0] == "AID"] == [], got
