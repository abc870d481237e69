"""A place name headed by a common noun of a kind of place ("Siaolin Village", "Kaohsiung County") is looked up
in the gazetteer by the proper nouns before that noun, never by the noun alone (actors.resolve.place_name;
lexicon place_type_word): the gazetteer's "The Village" is a US town, which made villagers of a Taiwanese
village American and, as the last state named, "the government" of the next sentence the US government."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.actors.resolve import place_country


def _codes(text, event):
    evs, _ = code_text(text, publication_date="2010-09-01")
    return [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in evs if e.event == event]


@pytest.mark.parametrize("text,recipient", [
    ("Survivors of Siaolin Village in Kaohsiung County voiced concern about the inquiry.\n"
     "Tsai Sung-yu, head of an association in the village, said survivors were not invited.\n"
     "The government should hold a briefing for these survivors, he said.\n", "TWN"),
    ("Farmers of Meinong Village in Tainan complained about the delays.\n"
     "Lin Mei-hua, who leads a farmers' group in the village, said nobody had listened.\n"
     "The government should pay compensation to the farmers, she said.\n", "TWN"),
])
def test_a_kind_of_place_alone_names_no_country(text, recipient):
    got = _codes(text, "REQUEST")
    assert got and all("USA" not in a + r for a, r in got), got
    assert any(recipient in r for _, r in got), got


def test_the_name_before_the_kind_of_place_still_places_it():
    # "Nineveh Province" is looked up as "Nineveh": Iraq
    got = _codes("Police arrested residents of Nineveh Province.", "COERCE")
    assert got and got[0][1] == ["IRQ"], got


def test_an_empty_name_has_no_country():
    assert place_country("") is None
    assert place_country("  ") is None
