"""A place the text puts in a country by apposition ("Somerset, Britain", "Kent, England") is in that country even
when the offline gazetteer lacks it and knows only a namesake abroad (Somerset, Massachusetts): geo.resolve leaves
it unresolved with the named country (geo.attach), and ActorResolver.place_code gives that country to the parties
placed there ("police in Somerset, Britain"). A namesake inside the named country still resolves ("Hamilton,
Canada" / "Hamilton, New Zealand")."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.geo.resolve import ResolveContext, resolve


def _parties_and_places(text):
    evs, _ = code_text(text, publication_date="2024-06-05")
    assert evs, text
    e = evs[0]
    return ({a.code for a in e.actor} | {a.code for a in e.recipient},
            [(loc["extracted_place"], loc["resolved_place"], loc["country_code"]) for loc in e.event_loc or []])


@pytest.mark.parametrize("text,country,place", [
    ("Protesters clashed with police in Somerset, Britain.", "GBR", "Somerset"),
    ("Police clashed with protesters in Kent, England.", "GBR", "Kent"),
    ("Police arrested two men in Somerset, England, on Monday.", "GBR", "Somerset"),
])
def test_a_place_the_gazetteer_lacks_is_in_the_country_the_text_names(text, country, place):
    codes, locs = _parties_and_places(text)
    assert codes == {country}, codes
    assert (place, None, country) in locs, locs


@pytest.mark.parametrize("text,country", [
    ("Protesters clashed with police in Hamilton, Canada.", "CAN"),
    ("Protesters clashed with police in Hamilton, New Zealand.", "NZL"),
])
def test_a_namesake_in_the_named_country_still_resolves(text, country):
    codes, locs = _parties_and_places(text)
    assert codes == {country} and ("Hamilton", "Hamilton", country) in locs, (codes, locs)


def test_resolve_gives_no_foreign_namesake_for_a_pinned_name():
    assert resolve("Somerset").country_code == "USA"  # the gazetteer's only Somerset, unpinned
    assert resolve("Somerset", ResolveContext(hint_countries=frozenset({"GBR"}))) is None
    assert resolve("Hamilton", ResolveContext(hint_countries=frozenset({"NZL"}))).country_code == "NZL"


@pytest.mark.parametrize("text", [
    "Gunmen attacked a police post in Boni, in central Mali's Mopti region, on Sunday.",
    "Militants attacked a checkpoint near Boni, in northern Mali, on Sunday.",
])
def test_a_place_put_in_a_country_by_comma_in_is_in_that_country(text):
    # "Boni" is an alternate name of Bonn (330,000 people) in the gazetteer: the text's ", in central Mali" wins
    codes, locs = _parties_and_places(text)
    assert "DEU" not in codes and "MLI" in codes, codes
    assert ("Boni", None, "MLI") in locs, locs


def test_a_namesake_in_the_country_named_after_comma_in_still_resolves():
    codes, locs = _parties_and_places("Protesters clashed with police in Hamilton, in southern Canada, on Sunday.")
    assert codes == {"CAN"} and ("Hamilton", "Hamilton", "CAN") in locs, (codes, locs)
