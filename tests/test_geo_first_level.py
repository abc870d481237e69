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
    # the event's place still resolves to Bali, a town of 297,000 near Kolkata, in geo.resolve (left: subdivisions
    # carry no population in the gazetteer to weigh against it)
    evs, _ = code_text("Indonesian police arrested three men in Bali on Monday.", publication_date="2024-06-05")
    assert [(e.event, [r.code for r in e.recipient]) for e in evs] == [("COERCE", ["IDN"])]
