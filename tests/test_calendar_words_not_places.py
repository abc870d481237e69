"""A month's or weekday's name is a date, never a place (actors.resolve.place_country, CALENDAR_WORDS from the
lexicon lists month, month_alias, weekday): "the attack ... in March" gave the attack and its victims the country
of March, a town of Cambridgeshire (GBR)."""
import pytest

from eventwire import code_text
from eventwire.actors.resolve import place_country


@pytest.mark.parametrize("name", ["March", "August", "Sunday", "Sept."])
def test_calendar_words_have_no_country(name):
    assert place_country(name) is None


@pytest.mark.parametrize("name,code", [("Kharkiv", "UKR"), ("Marseille", "FRA")])
def test_towns_keep_theirs(name, code):
    assert place_country(name) == code


@pytest.mark.parametrize("text", [
    "The bombing of the concert hall in March killed 40 people, investigators said.",
    "The raid in August wounded nine people, officials said.",
    "The shooting on Sunday killed three people, police said.",
])
def test_a_date_gives_no_party_a_country(text):
    evs, _ = code_text(text, publication_date="2024-06-05")
    assert evs
    assert all(a.code in (None,) for e in evs for a in e.actor + e.recipient)


def test_a_town_in_the_same_place_still_does():
    evs, _ = code_text("The bombing in Kharkiv killed 40 people, officials said.", publication_date="2024-06-05")
    assert evs and "UKR" in [a.code for e in evs for a in e.actor + e.recipient]
