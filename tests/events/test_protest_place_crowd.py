"""A protest noun that names no protester at all ("Protests erupted in Cairo") is held by civilians of the one
country the sentence places it in (implicit.protest_place_crowd), with the protest's target: what it is held
against or outside, else the implicit target (the protesters' own government)."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _protests(text):
    evs, _ = code_text(text, publication_date="2024-02-10")
    return [([(a.code, a.sector) for a in e.actor], [r.code for r in e.recipient]) for e in evs
            if e.event == "PROTEST"]


@pytest.mark.parametrize("text,actor,recipient", [
    ("Protests erupted in Cairo on Friday.", ("EGY", "CVL"), "EGY"),
    ("Anti-war protests were staged in London.", ("GBR", "CVL"), "GBR"),
    ("A protest was organised outside the Chinese embassy in Canberra.", ("AUS", "CVL"), "CHN"),
])
def test_civilians_of_the_place_protest(text, actor, recipient):
    assert ([actor], [recipient]) in _protests(text), _protests(text)


def test_several_countries_give_no_actor():
    got = _protests("Demonstrations took place in Paris and Berlin on Saturday.")
    assert all(not actors for actors, _ in got), got


def test_named_protesters_are_kept():
    got = _protests("Thousands of farmers marched in New Delhi against the new laws.")
    assert got and all(actors == [("IND", "AGR")] for actors, _ in got), got
