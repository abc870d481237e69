"""Approving, adopting or agreeing sanctions, or a package of them, is imposing them (verbs.tsv rows approve, adopt,
agree, unveil, pass with object sanction|embargo; triggers.amount_contents, lexicon bundle_noun: the row of what a
bundle holds wins over the bundle's own). Fresh user on real text: "The EU approved a new package of sanctions against
Iran" was AID. PLOVER manual, SANCTION."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text, actor, recipient", [
    ("The EU approved a new package of sanctions against Iran.", "EUR", "IRN"),
    ("The US Senate approved a fresh package of sanctions against Russia.", "USA", "RUS"),
    ("EU foreign ministers agreed a sixth package of sanctions on Russia.", "EUR", "RUS"),
    ("The EU adopted new sanctions against Belarus.", "EUR", "BLR"),
    ("Washington unveiled new sanctions on Venezuela.", "USA", "VEN"),
    ("The EU imposed a new round of sanctions on Russia.", "EUR", "RUS"),
    ("The EU approved a new sanctions package against Iran.", "EUR", "IRN"),
    ("EU leaders agreed a new sanctions package on Russia.", "EUR", "RUS"),
    ("The EU adopted its 14th sanctions package against Russia.", "EUR", "RUS"),
])
def test_approved_sanctions_are_sanction(text, actor, recipient):
    rows, _, _ = coded(text)
    assert ("SANCTION", (actor,), (recipient,)) in [r[:3] for r in rows], rows
    assert not [r for r in rows if r[0] in ("AID", "AGREE")], rows


@pytest.mark.parametrize("text, actor, recipient", [
    ("The IMF approved a new package of loans for Ukraine.", "IGO", "UKR"),
    ("The EU approved a package of aid to Ukraine.", "EUR", "UKR"),
    ("The EU approved a 50 billion euro aid package for Ukraine.", "EUR", "UKR"),
    ("The IMF approved a rescue package for Greece.", "IGO", "GRC"),
])
def test_approved_aid_stays_aid(text, actor, recipient):
    rows, _, _ = coded(text)
    assert ("AID", (actor,), (recipient,)) in [r[:3] for r in rows], rows
    assert not [r for r in rows if r[0] == "SANCTION"], rows


def test_agreement_with_a_partner_stays_agree():
    rows, _, _ = coded("The EU agreed with Turkey on migration.")
    assert ("AGREE", ("EUR",), ("TUR",)) in [r[:3] for r in rows], rows
