"""A place name shared by towns in several countries resolves toward the story's countries, else toward the most
prominent place (docs/geoparsing.md; geo.resolve.prominent_alternates, geo.attach._resolve_all anchors,
geo.attach._untagged_places, actors.resolve.place_country):

* an exonym that geonames lists only among a major city's alternate names ("Odessa" for Odesa, Ukraine) outweighs
  the small namesakes whose own name it is (Odessa, Texas), unless the story is in the namesakes' country;
* a dateline whose every candidate lies in one country ("KYIV": city and city-region) gives the story its country;
* a city's current spelling the entity model leaves untagged ("shelled Odesa") is still a place.
"""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.actors.resolve import place_country
from eventwire.geo.resolve import ResolveContext, prominent_alternates, resolve
from eventwire.geo.gazetteer import load_gazetteer


def test_prominent_alternate_name_outweighs_small_own_name_namesakes():
    assert resolve("Odessa").country_code == "UKR"
    assert resolve("Odessa", ResolveContext(frozenset({"RUS"}))).country_code == "UKR"
    assert place_country("Odessa") == "UKR"
    cands = load_gazetteer().candidates("Odessa")
    assert {p.country_code for p, _ in cands if id(p) in prominent_alternates(cands)} == {"UKR"}


def test_a_story_in_the_namesakes_country_keeps_its_own_town():
    assert resolve("Odessa", ResolveContext(frozenset({"USA"}))).admin1 == "Texas"
    assert place_country("Odessa", near=frozenset({"USA"})) == "USA"
    cands = load_gazetteer().candidates("Odessa")
    assert prominent_alternates(cands, context=frozenset({"USA"})) == set()


def test_small_alternate_matches_stay_alternates():
    # Odesa is the own name of the Ukrainian city: nothing to promote
    cands = load_gazetteer().candidates("Odesa")
    assert prominent_alternates(cands) == set()
    assert resolve("Odesa").country_code == "UKR"


def _locs(text):
    evs, _ = code_text(text, publication_date="2024-03-12")
    return [(e.event, [r.code for r in e.recipient], [(l["resolved_place"], l["country_code"]) for l in e.event_loc])
            for e in evs]


def test_kyiv_dateline_odessa_is_ukrainian():
    out = _locs("KYIV (Reuters) - Russian forces shelled Odessa on Tuesday.")
    assert ("ASSAULT", ["UKR"], [("Odesa", "UKR")]) in out


def test_untagged_current_spelling_is_a_place():
    out = _locs("Russian forces shelled Odesa on Tuesday.")
    assert ("ASSAULT", ["UKR"], [("Odesa", "UKR")]) in out


@pytest.mark.parametrize("text,place,cc", [
    ("CAIRO (Reuters) - Egyptian police arrested 20 protesters in Alexandria on Tuesday.", "Alexandria", "EGY"),
    ("Gunmen attacked a police station in Paris on Tuesday.", "Paris", "FRA"),
    ("Police in Paris, Texas arrested three men on Tuesday.", "Paris", "USA"),
    ("DALLAS (AP) - Police in Odessa arrested two men on Tuesday.", "Odessa", "USA"),
    ("ODESSA, Texas (AP) - Police arrested two men in Odessa on Tuesday after a shooting.", "Odessa", "USA"),
])
def test_namesakes_follow_the_story(text, place, cc):
    locs = [l for e in code_text(text, publication_date="2024-03-12")[0] for l in e.event_loc]
    assert locs and all((l["resolved_place"], l["country_code"]) == (place, cc) for l in locs)
