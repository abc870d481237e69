"""Coordinated possessors all own the act ("France's and Germany's criticism of Poland": two ACCUSE records;
actor_rules.coordinated_possessors in actor_rules.possessor; PLOVER manual, "Compound and Reciprocal Actors")."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _records(text, event):
    evs, _ = code_text(text, publication_date="2024-02-10")
    return sorted(([a.code for a in e.actor], [r.code for r in e.recipient]) for e in evs if e.event == event)


@pytest.mark.parametrize("text,event,want", [
    ("France's and Germany's criticism of the Polish government angered Warsaw.", "ACCUSE",
     [(["DEU"], ["POL"]), (["FRA"], ["POL"])]),
    ("Britain's and France's sanctions on Iran took effect on Monday.", "SANCTION",
     [(["FRA"], ["IRN"]), (["GBR"], ["IRN"])]),
])
def test_each_possessor_owns_the_act(text, event, want):
    assert _records(text, event) == want


def test_a_single_possessor_is_unchanged():
    assert _records("Turkey's repeated calls for Assad to step down angered Iran.", "REQUEST") == [(["TUR"], ["SYR"])]
