"""Nouns of acts whose verbs are pattern rows (verbs.tsv, rules only): "assassination" (ASSAULT targeted, as
"assassinate"), "endorsement" (SUPPORT, as "endorse"), "resignation" (RETREAT resign, as "resign"). Before, the noun
was coded only when the trained detector proposed it. Source: PLOVER manual (ASSAULT, SUPPORT, RETREAT); CAMEO
186, 051, 0832. Variants of our own wording."""
import pytest

from eventwire import code_text


def records(text):
    events, _ = code_text(text, publication_date="2024-05-14")
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in events]


@pytest.mark.parametrize("text, expected", [
    ("Israel's assassination of the Hamas leader drew condemnation.", ("ASSAULT", ["ISR"], ["PSE"])),
    ("The assassination of the Lebanese minister by Syrian agents shocked the region.", ("ASSAULT", ["SYR"], ["LBN"])),
    ("Germany's endorsement of the French plan came on Monday.", ("SUPPORT", ["DEU"], ["FRA"])),
])
def test_act_nouns_are_coded(text, expected):
    got = records(text)
    assert expected in got, got


def test_a_resignation_is_a_retreat():
    events, _ = code_text("The minister's resignation came after the scandal.", publication_date="2024-05-14")
    assert [(e.event, e.actor[0].sector) for e in events] == [("RETREAT", "GOV")]


def test_a_demanded_resignation_is_no_retreat():
    got = records("Protesters in Lima demanded the resignation of the Peruvian prime minister.")
    assert "RETREAT" not in [r[0] for r in got], got
