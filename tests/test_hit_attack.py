"""'hit' with a place or facility as object is an attack (verbs.tsv row hit/V, rules only; PLOVER manual, ASSAULT):
"Drones hit an oil depot" was coded PROTEST or ACCUSE by the detector. Weather, markets and crowds that hit
something are no event; "a centre for the handicapped" is no judgement that makes a verbal attack
(recode.verbal_attack)."""
import pytest

from eventwire import code_text


def _coded(text):
    evs, _ = code_text(text, publication_date="2024-06-05")
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in evs]


@pytest.mark.parametrize("text,actor", [
    ("Ukrainian drones hit an oil depot in Russia's Belgorod region.", "UKR"),
    ("Two rockets fired from Lebanon hit a house in northern Israel.", "LBN"),
    ("An Israeli strike hit a school in Gaza City.", "ISR"),
])
def test_weapons_that_hit_a_place_assault_it(text, actor):
    coded = _coded(text)
    assert [c[0] for c in coded] == ["ASSAULT"]
    assert coded[0][1] == [actor]


@pytest.mark.parametrize("text", [
    "The storm hit the town on Monday.",
    "Sanctions hit the Russian economy.",
    "Inflation hit a record high.",
])
def test_other_hits_are_no_attack(text):
    assert [c for c in _coded(text) if c[0] == "ASSAULT"] == []


def test_a_centre_for_the_handicapped_is_no_judgement():
    coded = _coded("An attack on the northern Gaza Strip hit a centre for the handicapped, killing two disabled women.")
    assert [c[0] for c in coded] == ["ASSAULT", "ASSAULT"]
    assert _coded("The senator attacked the ruling as unfair.")[0][0] == "ACCUSE"
