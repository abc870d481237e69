"""actors.resolve.ActorResolver.person: the surname as the text writes it finds the person named before, even when
the people tables spell the full name otherwise ("Kenzo Oshima" is "Kenzō Ōshima" in the knowledge base): a
later "Mr. Oshima" is the same person, not an unknown name that takes the country of a place in its sentence
("In Asmara, Mr. Oshima met ..." was ERI)."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _actors(text, event):
    evs, _ = code_text(text, publication_date="2005-10-10")
    return [[a.code for a in e.actor] for e in evs if e.event == event]


@pytest.mark.parametrize("text", [
    "Japanese Ambassador Kenzo Oshima visited Ethiopia on Monday. In Asmara, Mr. Oshima criticised the Eritrean "
    "government.",
    "Japanese Ambassador Kenzo Oshima visited Ethiopia on Monday. Later Oshima criticised the Eritrean "
    "government in Asmara.",
])
def test_the_written_surname_is_the_known_person(text):
    assert _actors(text, "ACCUSE") == [["JPN"]]


def test_an_unknown_surname_still_takes_the_place():
    got = _actors("Japanese Ambassador Kenzo Oshima visited Ethiopia on Monday. In Asmara, Mr. Tekle criticised "
                  "the Eritrean government.", "ACCUSE")
    assert got and got[0] != ["JPN"]
