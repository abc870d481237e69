"""The people of a dependent territory are coded as the state the territory's name is coded as (actors/demonyms.tsv,
as country_aliases.tsv codes Gibraltar GBR, Puerto Rico USA, Greenland DNK, Gaza PSE): "Gibraltarians rejected
the plan" is GBR, not an unresolved actor (the training stories code the Gibraltarians' referendum GBR)."""
import pytest

from eventwire import code_text


@pytest.mark.parametrize("people,code", [
    ("Gibraltarians", "GBR"), ("Falkland Islanders", "GBR"), ("Bermudians", "GBR"), ("Puerto Ricans", "USA"),
    ("Greenlanders", "DNK"), ("Faroese", "DNK"), ("New Caledonians", "FRA"), ("Gazans", "PSE"),
])
def test_territory_people_take_the_territory_code(people, code):
    evs, _ = code_text(f"{people} rejected the American plan.", publication_date="2024-06-05")
    rej = [e for e in evs if e.event == "REJECT"]
    assert rej and [a.code for a in rej[0].actor] == [code]
    assert [r.code for r in rej[0].recipient] == ["USA"]
