"""Seas, gulfs, straits, bays and oceans are places, never parties, and lie in no country
(geo.resolve.is_water_body, lexicon ``water_body_word``; actors.dictionaries.water_body_spans makes each name one
``region`` match; actors.resolve.place_country gives it no country). Source: PLOVER manual, "Country names";
GeoNames feature class H. A ship "in the Red Sea" is not Sudanese (the gazetteer's Red Sea is a Sudanese state),
"the Gulf of Oman" is not Oman; a town named like a bay ("Green Bay") stays a town."""
import pytest

from eventwire import code_text
from eventwire.actors.dictionaries import water_body_spans
from eventwire.actors.resolve import place_country
from eventwire.geo.resolve import is_water_body


def _coded(text):
    evs, _ = code_text(text, publication_date="2024-06-05")
    return evs


@pytest.mark.parametrize("name", ["the Red Sea", "Gulf of Oman", "the Strait of Hormuz", "Taiwan Strait",
                                  "the Bay of Bengal", "Indian Ocean", "the Mediterranean", "Sea of Azov",
                                  "Straits of Florida"])
def test_water_body_names(name):
    assert is_water_body(name)


@pytest.mark.parametrize("name", ["Green Bay", "Thunder Bay", "Black Sea Fleet", "Gulf Cooperation Council",
                                  "Red Sea state", "Gulf", "Sea", "Oman", "Bay"])
def test_not_water_body_names(name):
    assert not is_water_body(name)


def _spans(text):
    words = text.split()
    return [" ".join(words[s:e]) for s, e in water_body_spans(words, [w.lower() for w in words]).items()]


@pytest.mark.parametrize("text,spans", [
    ("a tanker in the Gulf of Oman on Monday", ["Gulf of Oman"]),
    ("ships in the South China Sea and the Taiwan Strait", ["South China Sea", "Taiwan Strait"]),
    ("Red Sea shipping came under fire", ["Red Sea"]),
    ("Russia 's Black Sea Fleet sailed", []),
    ("Port Sudan in Sudan 's Red Sea state", []),
    ("The Gulf Cooperation Council met", []),
    ("Police in Green Bay arrested two men", []),
    ("Sea levels rose", []),
])
def test_water_body_spans(text, spans):
    assert _spans(text) == spans


def test_place_country_of_a_sea_is_none():
    assert place_country("Red Sea") is None
    assert place_country("Gulf of Aden") is None
    assert place_country("Green Bay") == "USA"


@pytest.mark.parametrize("text,bad", [
    ("Rebels fired rockets at a cargo ship in the Red Sea.", "SDN"),
    ("Iranian gunboats attacked the Gulf of Oman on Sunday.", "OMN"),
    ("Militants attacked a fishing boat in the Gulf of Oman.", "OMN"),
    ("Gunmen fired at a tanker sailing in the Sea of Japan.", "JPN"),
    ("Pirates attacked a cargo ship in the Persian Gulf.", "IRN"),
])
def test_a_water_body_gives_no_party(text, bad):
    evs = _coded(text)
    assert evs
    for e in evs:
        assert bad not in [a.code for a in e.actor + e.recipient]
        assert all("Gulf" not in r.entity_text and "Sea" not in r.entity_text for r in e.recipient)


@pytest.mark.parametrize("text,code", [
    ("Police in Green Bay arrested two men on Friday.", "USA"),
    ("Police in Thunder Bay detained three protesters.", "CAN"),
])
def test_a_town_named_like_a_bay_is_a_town(text, code):
    evs = _coded(text)
    assert evs and evs[0].actor[0].code == code


def test_organisations_named_after_the_gulf_keep_their_code():
    evs = _coded("The Gulf Cooperation Council condemned Iran.")
    assert [(a.code) for a in evs[0].actor] == ["IGO"]


@pytest.mark.parametrize("text,own", [
    ("Houthi fighters fired drones at a merchant vessel in the Red Sea on Friday.", "YEM"),
    ("Russia attacked a warship in the Sea of Japan.", "RUS"),
    ("Iranian forces fired on a frigate in the Strait of Hormuz.", "IRN"),
])
def test_what_is_at_sea_takes_no_country_from_the_actor(text, own):
    evs = _coded(text)
    assert evs
    assert all(r.code != own for e in evs for r in e.recipient)


def test_a_story_gives_no_country_to_what_is_at_sea():
    evs = _coded("Houthi rebels in Yemen seized a port on Monday. On Tuesday the rebels fired missiles at a "
                 "merchant ship in the Red Sea, a spokesman said.")
    fired = [e for e in evs if e.event_text == "fired"]
    assert fired and all(r.code not in ("YEM", "SDN") for r in fired[0].recipient)


def test_an_institution_on_land_is_still_the_actors_own():
    evs = _coded("Egyptian students marched to parliament in Cairo on Sunday.")
    assert evs and [r.code for r in evs[0].recipient] == ["EGY"]
