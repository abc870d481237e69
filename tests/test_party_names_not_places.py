"""A name the actor tables know as a party that is no place (an armed group, party, agency, IGO, outlet) is not
geoparsed (geo.attach.party_name_spans): "Hamas" is the gazetteer's alternate name of Hamm, Germany, which made
the event place of an Israeli strike German. A name that is also a country's or subdivision's own name, or asks
for one ("Fars province"), stays a place. Source: Halterman 2019 (only toponyms are geolocated)."""
import pytest

from eventwire import code_text


def _places(text):
    evs, _ = code_text(text, publication_date="2024-06-05")
    return [(l["extracted_place"], l["country_code"]) for e in evs for l in e.event_loc]


@pytest.mark.parametrize("text,name", [
    ("Israeli jets bombed Hamas tunnels in Gaza on Monday.", "Hamas"),
    ("Israeli warplanes struck Hamas positions near Khan Younis overnight.", "Hamas"),
    ("Russian troops attacked Wagner camps in Mali.", "Wagner"),
])
def test_party_names_are_no_places(text, name):
    places = _places(text)
    assert places
    assert all(p != name for p, _ in places)
    assert all(cc not in ("DEU", "BRA") for _, cc in places)


@pytest.mark.parametrize("text,place,cc", [
    ("Gunmen attacked a market in Fars province.", "Fars province", "IRN"),
    ("Israeli jets bombed tunnels in Gaza on Monday.", "Gaza", "PSE"),
    ("Police arrested two men in Hamm on Friday.", "Hamm", "DEU"),
])
def test_places_stay_places(text, place, cc):
    assert (place, cc) in _places(text)
