"""Those who flee act on nobody (admission.flight_not_act, lexicon ``flight_verb``; ``undergoer_verb`` flee): the
detector's proposal on "fled" is no ASSAULT by the refugees, and the subject of "fled the fighting" is not the doer of
the fighting. PLOVER manual: an event is an interaction between political actors. Fresh user, twenty-first stop."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.events import admission


def _records(text):
    evs, _ = code_text(text, publication_date="2024-05-10")
    return [(e.event, [a.code for a in e.actor], [a.entity_text for a in e.actor], e.event_text) for e in evs]


def test_the_rule_runs_among_the_drop_rules():
    before = [r.__name__ for r in admission.DROP_BEFORE_CODING]
    assert before.index("flight_not_act") == before.index("thrown_into_state") + 1


@pytest.mark.parametrize("text", [
    "More than 10,000 Sudanese refugees fled into Chad last week.",
    "Thousands of Rohingya fled to Bangladesh in August.",
    "Hundreds of Afghan families fled across the border into Pakistan on Monday.",
])
def test_fleeing_is_no_event(text):
    assert _records(text) == []


@pytest.mark.parametrize("text", [
    "Thousands of civilians fled the fighting in Khartoum.",
    "Residents fled the shelling in Kharkiv.",
])
def test_who_flees_does_not_do_the_act_fled(text):
    got = _records(text)
    assert all(not any(w.lower().startswith(("thousands", "residents")) for w in r[2]) for r in got), got


def test_the_act_fled_from_keeps_its_doer():
    got = _records("Residents fled as Russian troops shelled the town on Monday.")
    assert [(r[0], r[1]) for r in got] == [("ASSAULT", ["RUS"])], got
