"""Burning a flag, an effigy or a portrait is a protest against the country or person it stands for, not an
attack (verbs.tsv row burn + flag|effigy|portrait, PROTEST demo, CAMEO 141; fresh user: the trained detector read
"burned Venezuelan flags" as ASSAULT). Burning a building stays ASSAULT destroy."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _records(text):
    evs, _ = code_text(text, publication_date="2024-02-12")
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in evs]


@pytest.mark.parametrize("text,actor,recipient", [
    ("Protesters in Georgetown burned Venezuelan flags outside the embassy on Wednesday, police said.", "GUY", "VEN"),
    ("Demonstrators in Islamabad burned an effigy of the Indian prime minister.", "PAK", "IND"),
    ("Students in Seoul burned portraits of the North Korean leader.", "KOR", "PRK"),
])
def test_a_burned_symbol_is_a_protest(text, actor, recipient):
    got = _records(text)
    assert ("PROTEST", [actor], [recipient]) in got, got
    assert not any(r[0] == "ASSAULT" for r in got), got


def test_a_burned_building_is_still_an_attack():
    got = _records("Rioters burned a police station in Dhaka.")
    assert any(r[0] == "ASSAULT" for r in got), got
