"""A weapon named as the doer is the force's that fires it: "North Korea fired two ballistic missiles that struck
near Kharkiv" -> the missiles are PRK's (resolve.located_countries: the firer of a launch verb); a weapon with no
country is not given the country of the place it strikes ("Missiles struck Kharkiv, Ukrainian officials said" is no
UKR attack on UKR; actors.infer.is_weapon_party). Fresh user on news-style text."""
from __future__ import annotations

from eventwire import code_text


def _events(text):
    evs, _ = code_text(text, publication_date="2024-03-12")
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in evs]


def test_fired_missiles_are_the_firers():
    got = _events("North Korea fired two ballistic missiles that struck near the city of Kharkiv, Ukrainian officials "
                  "said.")
    assert ("ASSAULT", ["PRK"], ["UKR"]) in got, got
    assert not [g for g in got if g[1] == ["UKR"]], got


def test_a_weapon_with_no_country_is_not_the_struck_places():
    got = _events("Missiles struck Kharkiv, Ukrainian officials said.")
    assert [g for g in got if g[0] == "ASSAULT" and g[2] == ["UKR"]], got
    assert not [g for g in got if g[1] == ["UKR"]], got


def test_police_still_act_at_home():
    assert ("COERCE", ["EGY"], ["EGY"]) in _events("Police arrested Egyptian protesters.")
