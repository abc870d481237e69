"""Rule ``mission_possessor`` (actors.resolve, fresh user stop 22): the owner of a state's mission written with a
possessive pronoun ("its embassy in Tehran") is the pronoun's antecedent; the place after the mission is the host
state, no owner."""
from __future__ import annotations

import pytest

from eventwire import code_text


def recipients(text, event):
    evs, _ = code_text(text, publication_date="2023-06-14")
    return [[(r.entity_text, r.code) for r in e.recipient] for e in evs if e.event == event]


@pytest.mark.parametrize("text,code", [
    ("In 2016, Saudi Arabia severed diplomatic relations with Iran after protesters stormed its embassy in Tehran.",
     "SAU"),
    ("Iran said protesters attacked its embassy in Baghdad.", "IRN"),
])
def test_the_possessive_of_a_mission_is_its_owner_not_the_host(text, code):
    got = recipients(text, "ASSAULT")
    assert got == [[("its embassy", code)]], got


def test_a_named_owner_still_owns_the_mission():
    got = recipients("Protesters stormed the Swedish embassy in Baghdad.", "ASSAULT")
    assert got == [[("the Swedish embassy", "SWE")]], got
