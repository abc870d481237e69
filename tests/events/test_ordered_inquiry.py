"""Ordering or opening an investigation is ACCUSE (mode investigate; PLOVER manual, ACCUSE: investigate; CAMEO 090),
not a REQUEST: verbs.tsv rows 'order' + investigation|inquiry|enquiry|probe, and the nouns 'inquiry', 'enquiry'
under a verb that opens one (rules rows)."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _records(text):
    evs, _ = code_text(text, publication_date="2024-02-10")
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in evs]


@pytest.mark.parametrize("text,want", [
    ("The British government has ordered an inquiry into the conduct of Russian diplomats.", ("ACCUSE", ["GBR"], ["RUS"])),
    ("The Kenyan government launched an inquiry into the deaths of Somali refugees.", ("ACCUSE", ["KEN"], ["SOM"])),
    ("The Indian defence ministry ordered an inquiry into the crash of the fighter jet.", ("ACCUSE", ["IND"], [])),
])
def test_an_ordered_inquiry_is_an_investigation(text, want):
    got = _records(text)
    assert want in got, got
    assert not [r for r in got if r[0] == "REQUEST"], got


def test_an_ordered_arrest_stays_coerce():
    got = _records("The Kenyan government ordered the arrest of the Somali traders.")
    assert ("COERCE", ["KEN"], ["SOM"]) in got, got
