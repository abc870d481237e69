"""Thanking a party is SUPPORT (verbs.tsv row thank/V, rules only, beside praise and congratulate; PLOVER manual,
SUPPORT: "express support for, commend"; CAMEO 051 "praise or endorse"). Before, "thanked" was coded only when the
trained detector proposed it, and never when a rule trigger stood in its sentence ("thanked Ireland for its swift
condemnation of the attack": the condemnation is the reason for the thanks, no record). Variants of our own wording."""
import pytest

from eventwire import code_text


def records(text):
    events, _ = code_text(text, publication_date="2024-05-14")
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in events]


@pytest.mark.parametrize("text, actor, recipient", [
    ("Britain thanked Ireland for its swift condemnation of the attack.", "GBR", "IRL"),
    ("The Ukrainian president thanked Germany for the tanks.", "UKR", "DEU"),
    ("Kenya thanked the United Nations for its help.", "KEN", "UNO"),
])
def test_thanks_are_support(text, actor, recipient):
    assert ("SUPPORT", [actor], [recipient]) in records(text), records(text)


def test_a_thank_you_to_nobody_named_is_no_event():
    assert records("Thank you for coming, the minister said.") == []
