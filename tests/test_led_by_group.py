"""actors.resolve.ActorResolver.leaders_of: a group noun with a "led by" participle phrase ("a coalition led by
France and Britain", "the alliance, led by the United States") is coded as its leading states or bodies, one party
each, as "Saudi-led coalition" is; not as the place the group acts in. A person leading ("troops led by General
Kone") or a noun outside the group list gives no country here."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _actors(text, event="ASSAULT"):
    evs, _ = code_text(text, publication_date="2011-03-20")
    return sorted(a.code for e in evs if e.event == event for a in e.actor)


@pytest.mark.parametrize("text, want", [
    ("A coalition, led by France and Britain, will intervene in Libya's civil war.", ["FRA", "GBR"]),
    ("A coalition led by Saudi Arabia bombed rebel positions in Yemen.", ["SAU"]),
    ("The alliance, led by the United States, attacked Iraqi targets.", ["USA"]),
    ("A multinational force led by Nigeria attacked rebel camps in Mali.", ["NGA"]),
])
def test_the_leader_is_the_actor(text, want):
    assert _actors(text) == want


def test_the_hyphen_form_still_works():
    assert _actors("A Saudi-led coalition bombed Houthi positions in Yemen.") == ["SAU"]


@pytest.mark.parametrize("text, bad", [
    # a person leads: no country from the phrase
    ("Troops led by General Kone attacked rebel positions in Mali.", "CIV"),
    # not a group noun of the list
    ("Talks led by Qatar failed, and militants attacked a base in Somalia.", "QAT"),
])
def test_no_state_leader_gives_no_country(text, bad):
    assert bad not in _actors(text)
