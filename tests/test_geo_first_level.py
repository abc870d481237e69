"""A province whose ISO 3166-2 parent is only a geographical grouping is a first-level subdivision of the gazetteer
(geo.gazetteer._first_level): Indonesia's provinces sit under "geographical units" such as Nusa Tenggara, so Bali
was missing and resolved to Bali, India ("Indonesian police arrested three men in Bali" coded the men IND)."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.geo.resolve import resolve


@pytest.mark.parametrize("name,country", [("Aceh", "IDN"), ("Papua", "IDN"), ("Kharkiv Oblast", "UKR")])
def test_provinces_under_a_geographical_grouping_are_first_level(name, country):
    p = resolve(name)
    assert p is not None and (p.kind, p.country_code) == ("admin1", country), p


def test_the_men_arrested_in_bali_are_indonesian():
    # the parties take the province's country (a province counts as a million people in actors.resolve.place_country);
    # the event's place is the province too: the big namesake (Bāli near Kolkata, 297,000) lies outside the event's
    # countries and the province inside (geo.resolve, "every such city lies outside the context countries")
    evs, _ = code_text("Indonesian police arrested three men in Bali on Monday.", publication_date="2024-06-05")
    assert [(e.event, [r.code for r in e.recipient]) for e in evs] == [("COERCE", ["IDN"])]
    assert [(l["resolved_place"], l["country_code"], l["feature_code"]) for l in evs[0].event_loc] == [
        ("Bali", "IDN", "ADM1")]


@pytest.mark.parametrize("countries,expected", [
    (frozenset({"IDN"}), ("admin1", "IDN")),      # province in context, big namesake abroad
    (frozenset({"IND"}), ("city", "IND")),        # the big namesake's own country in context
    (frozenset(), ("city", "IND")),               # no context: the big city
])
def test_province_in_context_beats_a_big_namesake_abroad(countries, expected):
    from eventwire.geo.resolve import ResolveContext

    p = resolve("Bali", ResolveContext(countries=countries))
    assert (p.kind, p.country_code) == expected


def test_province_population_is_its_share_of_the_country():
    from eventwire.geo.gazetteer import load_gazetteer

    gz = load_gazetteer()
    jam = next(p for p, _ in gz.candidates("Manchester") if p.kind == "admin1" and p.country_code == "JAM")
    aus = next(p for p, _ in gz.candidates("Victoria") if p.kind == "admin1" and p.country_code == "AUS")
    assert 100_000 < gz.province_population(jam) < 400_000
    assert gz.province_population(aus) > 2_000_000


@pytest.mark.parametrize("name,country", [
    ("Manchester", "GBR"),  # the English city (569,000) over a Jamaican parish (~210,000)
    ("Victoria", "AUS"),    # the Australian state (~3 million) over the Hong Kong city (957,000)
    ("Bali", "IDN"),
    ("Kherson", "UKR"),
])
def test_place_country_weighs_a_province_by_its_share(name, country):
    from eventwire.actors.resolve import place_country

    assert place_country(name) == country


def test_manchester_police_are_british():
    evs, _ = code_text("Manchester police arrested two men after the attack.", publication_date="2024-06-05")
    assert [(e.event, [a.code for a in e.actor]) for e in evs] == [("COERCE", ["GBR"])]
