"""recode armed-strike-as-assault: "Russian missiles hit Kiev" is a strike (ASSAULT), not the criticism the detector
reads in "hit"; an attack in words ("hit back at critics", "attacked the ruling as unfair") stays ACCUSE. PLOVER
manual, ASSAULT; CAMEO 190."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _events(text):
    evs, _ = code_text(text, publication_date="2024-03-12")
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in evs]


@pytest.mark.parametrize("text,recipient", [
    ("Russian missiles hit Kiev on Monday.", "UKR"),
    ("Russian drones hit Kyiv overnight.", "UKR"),
    ("Russian forces hit Kharkiv with artillery.", "UKR"),
])
def test_weapons_or_forces_hitting_a_place_is_assault(text, recipient):
    got = _events(text)
    assert ("ASSAULT", ["RUS"], [recipient]) in got, got
    assert not [g for g in got if g[0] == "ACCUSE"], got


@pytest.mark.parametrize("text", [
    "Biden hit back at critics.",
    "The Russian army attacked the ruling as unfair.",
])
def test_an_attack_in_words_stays_accuse(text):
    got = _events(text)
    assert [g for g in got if g[0] == "ACCUSE"] and not [g for g in got if g[0] == "ASSAULT"], got


@pytest.mark.parametrize("text,actor,recipient", [
    ("Russian missiles hit Kharkiv on Sunday, killing three people.", "RUS", "UKR"),
    ("Israeli warplanes pounded Gaza overnight.", "ISR", "PSE"),
    ("Russian drones pounded Kyiv overnight.", "RUS", "UKR"),
])
def test_a_weapon_striking_a_named_place_is_an_assault_on_it(text, actor, recipient):
    """triggers.weapon_strikes: the strike itself is coded, not only the killing it caused."""
    evs, _ = code_text(text, publication_date="2024-03-12")
    got = [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient], e.text_info["rule"]["trigger"])
           for e in evs]
    assert ("ASSAULT", [actor], [recipient], "weapon-strike") in got, got


def test_a_storm_that_hits_is_no_weapon_strike():
    assert _events("The storm hit Florida on Sunday.") == []
