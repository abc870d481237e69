"""A place name shared by towns in several countries is read against the story's dateline and the name after its
comma, in geoparsing and in the actor/recipient country alike; a city's current spelling the entity model misses
is still a place in every shape (docs/geoparsing.md):

* geo.resolve.local_to_dateline: a namesake near the dateline's place or in its subdivision is the story's own town
  ("WASHINGTON - Police in Alexandria" is Alexandria, Virginia), unless a country of the text stands behind a
  foreign one ("Egyptian police"); a namesake far from the dateline gains nothing ("WASHINGTON - ... in Athens" is
  Greece's); geo.attach._resolve_all resolves the dateline first and uses it as every mention's home;
* actors.resolve.place_country ``home`` and local_namesakes (a capital's name local to the dateline: "BEIRUT -
  ... Tripoli" is Lebanon's), ActorResolver.comma_pin ("Police in Alexandria, Virginia": the subdivision after
  the comma, whatever the parse);
* geo.attach.untagged_place: "Odesa was struck", "Odesa's port", "the outskirts of Odesa", "Mykolaiv and Odesa"
  (a list tagged WORK_OF_ART), in geoparsing and as a recipient.
"""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.actors.resolve import place_country
from eventwire.geo import geoparse
from eventwire.geo.resolve import ResolveContext, dateline_home, local_to_dateline, resolve


def _coded(text):
    evs, _ = code_text(text, publication_date="2024-03-12")
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient],
             [(l["resolved_place"], l["country_code"], l["admin1"]) for l in e.event_loc]) for e in evs]


def test_local_to_dateline_by_distance_and_subdivision():
    home = dateline_home("WASHINGTON")
    assert (home.name, home.country_code) == ("Washington", "USA")
    alex = resolve("Alexandria", ResolveContext(home=home))
    assert (alex.country_code, alex.admin1) == ("USA", "Virginia")  # 10 km from Washington
    assert resolve("Alexandria").country_code == "EGY"  # no dateline: the big city
    assert resolve("Athens", ResolveContext(home=home)).country_code == "GRC"  # Athens, Georgia is 850 km away
    dallas = dateline_home("DALLAS")
    assert resolve("Paris", ResolveContext(home=dallas)).admin1 == "Texas"  # same state
    assert resolve("Paris", ResolveContext(home=home)).country_code == "FRA"
    assert not local_to_dateline(resolve("Odesa"), home)
    assert dateline_home("MONTGOMERY, Ala.").admin1 == "Alabama"  # an AP abbreviation is no pin


def test_place_country_prefers_the_dateline_local_namesake():
    home = dateline_home("WASHINGTON")
    assert place_country("Alexandria") == "EGY"
    assert place_country("Alexandria", home=home) == "USA"
    assert place_country("Alexandria", frozenset({"EGY"}), home=home) == "EGY"  # the sentence names Egypt
    assert place_country("Odessa", near=frozenset({"USA"}), home=home) == "UKR"  # far from Washington
    assert place_country("Odessa", near=frozenset({"USA"}), home=dateline_home("DALLAS")) == "USA"


@pytest.mark.parametrize("text,actor,place", [
    ("WASHINGTON - Police in Alexandria arrested three men on Tuesday.", "USA", ("USA", "Virginia")),
    ("WASHINGTON - Police in Alexandria, Virginia arrested three men on Tuesday.", "USA", ("USA", "Virginia")),
    ("Police in Alexandria, Virginia arrested three men on Tuesday.", "USA", ("USA", "Virginia")),
    ("CAIRO - Police in Alexandria arrested three men on Tuesday.", "EGY", ("EGY", "Al Iskandarīyah")),
    ("WASHINGTON - Egyptian police in Alexandria arrested three men on Tuesday.", "EGY", ("EGY", "Al Iskandarīyah")),
    ("Police in Alexandria arrested three men on Tuesday.", "EGY", ("EGY", "Al Iskandarīyah")),
    ("Police in Paris, Texas arrested three men on Tuesday.", "USA", ("USA", "Texas")),
    ("Police in Paris arrested three men on Tuesday.", "FRA", ("FRA", "FR.11")),
    ("Police in Kherson, Ukraine arrested three men on Tuesday.", "UKR", ("UKR", "Kherson Oblast")),
    ("Police in Birmingham, Alabama arrested three men on Tuesday.", "USA", ("USA", "Alabama")),
    ("MONTGOMERY, Ala. (AP) - Police in Birmingham arrested two men on Tuesday.", "USA", ("USA", "Alabama")),
    ("ATLANTA (AP) - Police in Athens arrested three men on Tuesday.", "USA", ("USA", "Georgia")),
    ("WASHINGTON - Police in Athens arrested three men on Tuesday.", "GRC", ("GRC", "GR.ESYE31")),
    ("BEIRUT (Reuters) - Gunmen attacked a police station in Tripoli on Tuesday.", "LBN", ("LBN", "LB.09")),
])
def test_police_of_a_namesake_follow_the_dateline_and_the_comma(text, actor, place):
    out = _coded(text)
    assert out and all(a == [actor] for _, a, _, _ in out)
    assert all([(cc, adm) for _, cc, adm in locs] == [place] for *_, locs in out)


def test_a_capitals_bureau_files_foreign_news():
    # WASHINGTON is no reason to read the Caucasian republic as the US state
    out = _coded("WASHINGTON - Russian troops attacked Georgia in 2008.")
    assert [(r, [cc for _, cc, _ in locs]) for _, _, r, locs in out] == [(["GEO"], ["GEO"])]


@pytest.mark.parametrize("text,places", [
    ("Odesa was struck by Russian missiles on Tuesday.", ["Odesa"]),
    ("Russian drones struck Odesa's port on Tuesday.", ["Odesa"]),
    ("Russian forces shelled the outskirts of Odesa.", ["Odesa"]),
    ("Russia attacked the port of Odesa on Tuesday.", ["Odesa"]),
    ("Russian forces shelled Mykolaiv and Odesa overnight.", ["Mykolayiv", "Odesa"]),
    ("Russian forces shelled Odessa and Kharkiv.", ["Odesa", "Kharkiv"]),
    ("Kharkiv was struck by Russian missiles on Tuesday.", ["Kharkiv"]),
])
def test_city_spellings_the_model_misses_are_places_in_every_shape(text, places):
    out = _coded(text)
    assert out and all(locs and [n for n, _, _ in locs] == places and {cc for _, cc, _ in locs} == {"UKR"}
                       for *_, locs in out)


@pytest.mark.parametrize("text", [
    "Odesa was struck by Russian missiles on Tuesday.",
    "Russian forces shelled Mykolaiv and Odesa overnight.",
])
def test_untagged_city_is_the_recipients_country(text):
    assert [r for _, _, r, _ in _coded(text)] == [["UKR"]]


def test_untagged_mentions_stay_places_not_names():
    assert [r["resolved_place"] for r in geoparse("The governor of Odesa said Russian drones attacked the city.")] \
        == ["Odesa"]
    # a person-labelled passive subject is no place; an untagged word opening a sentence is not read as a place
    # unless a place-taking verb has it as its object or passive subject
    assert geoparse("Jackson was attacked by a dog on Tuesday.") == []
    assert geoparse("Aurora said the talks would continue.") == []
