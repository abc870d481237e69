"""An approval is coercion only when what is approved is (triggers.approval_of_no_force; lexicon approval_verb,
approved_coercion_noun). Fresh user on real text: "Turkey's parliament approved Sweden's bid to join NATO" was coded
COERCE by the trained detector. PLOVER manual, COERCE and ASSAULT (the act of coercion or force itself)."""
import pytest

from test_coder_rules import coded

CONFLICT = ("ASSAULT", "COERCE", "THREATEN", "PROTEST", "MOBILIZE")


@pytest.mark.parametrize("text", [
    "Turkey's parliament approved Sweden's bid to join NATO.",
    "The Senate approved the nomination of the new ambassador.",
    "The cabinet approved the budget on Tuesday.",
    "Congress approved the sale of fighter jets to Taiwan.",
    "The Senate approved three of his nominees.",
    "Hungary's parliament ratified Finland's accession to NATO.",
])
def test_an_approval_is_no_coercion(text):
    rows, events, _ = coded(text)
    assert not [e for e in events if e.event in CONFLICT], rows


@pytest.mark.parametrize("text", [
    "Spain's government approved new fines for holding unauthorised demonstrations.",
    "The government approved the deportation of 300 migrants.",
    "A bill has been approved to raise the fine for joining an unauthorised protest.",
    "The parliament approved a bill banning opposition rallies.",
])
def test_approved_coercion_stays(text):
    rows, events, _ = coded(text)
    assert [e for e in events if e.event == "COERCE"], rows
