"""A named organisation no table or knowledge base knows is kept as a party with its name and no code, as a named
person no table knows is (actors.resolve.unlisted_org_step), not dropped as "no counterpart". Only an ORG entity of
two or more capitalised words with an organisation's head word ("Front", "Group", "Corporation", "Movement"): any
ORG entity kept the NER's misfires and lowered the training stories' dev F1."""
import pytest

from eventwire import code_text


def _recipients(text):
    evs, _ = code_text(text, publication_date="2024-06-05")
    return [(r.entity_text, r.code, r.sector) for e in evs for r in e.recipient]


@pytest.mark.parametrize("text,name,sector", [
    ("Germany accused the Krevan Liberation Front of the bombing.", "Krevan Liberation Front", None),
    ("The minister met with the Blorvik Corporation on Monday.", "Blorvik Corporation", "BUS"),
    ("Police arrested members of the Tarsel Freedom Movement.", "Tarsel Freedom Movement", None),
])
def test_an_unknown_named_organisation_is_kept_without_a_code(text, name, sector):
    got = _recipients(text)
    assert any(name in t and c is None and s == sector for t, c, s in got), got


@pytest.mark.parametrize("text,code", [
    ("Israel accused Hamas of the bombing.", "PSE"),             # known bodies keep their codes
    ("The minister met with the World Bank on Monday.", "IGO"),
])
def test_known_organisations_keep_their_codes(text, code):
    got = _recipients(text)
    assert any(c == code for _, c, _ in got), got


@pytest.mark.parametrize("text", [
    "The minister met with the Blorvik Estates on Monday.",  # head words of no organisation list
    "The envoy held talks with Marrow Creek Holdings.",
    "The mayor met with the Blue Harbour Estates on Friday.",
])
def test_other_unknown_names_are_not_made_parties(text):
    assert _recipients(text) == []
