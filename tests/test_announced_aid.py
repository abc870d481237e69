"""Announcing or unveiling aid, a package of aid or of weapons, for or to a party is the giver's AID (verbs.tsv rows
announce, unveil with object aid|assistance|weapon...; triggers.announced_deed: "announce", a speech verb, is no
attribution when its direct object is such a deed; triggers.amount_contents reads what a package or a sum holds).
Fresh user on real news: "The United States announced a $300 million military aid package for Ukraine on Friday" was
no event, and the README's watch rule for military support never fired. PLOVER manual, AID (provide military,
economic or humanitarian aid; CAMEO 07x); broad promises of future aid are AGREE ("pledged")."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text, actor, recipient", [
    ("The United States announced a $300 million military aid package for Ukraine on Friday.", "USA", "UKR"),
    ("Germany announced new military aid for Ukraine.", "DEU", "UKR"),
    ("The EU unveiled a 50 billion euro aid package for Ukraine.", "EUR", "UKR"),
    ("The Pentagon announced a new package of weapons for Kyiv.", "USA", "UKR"),
    ("The Pentagon unveiled a new package of weapons for Kyiv on Friday.", "USA", "UKR"),
    ("The White House announced $300 million in military aid to Ukraine.", "USA", "UKR"),
    ("Washington announced a new tranche of military assistance for Israel.", "USA", "ISR"),
    ("Canada announced humanitarian aid for Gaza on Tuesday.", "CAN", "PSE"),
    ("Japan approved a humanitarian aid package for Gaza.", "JPN", "PSE"),
])
def test_announced_aid_is_aid(text, actor, recipient):
    rows, events, _ = coded(text)
    assert [r[:4] for r in rows] == [("AID", (actor,), (recipient,), "actual")], rows


@pytest.mark.parametrize("text", [
    "The United States announced a $300 million military aid package for Ukraine on Friday.",
    "The Pentagon announced a new package of weapons for Kyiv.",
])
def test_announced_weapons_have_the_military_context(text):
    _, events, _ = coded(text)
    assert "military" in events[0].context, events[0].to_dict()


def test_pledged_aid_stays_agree():
    rows, _, _ = coded("Britain pledged $100 million in military aid to Ukraine.")
    assert [r[:3] for r in rows] == [("AGREE", ("GBR",), ("UKR",))], rows


@pytest.mark.parametrize("text", [
    "France announced plans to build schools in Mali.",
    "The government announced a package of reforms for the economy.",
    "China unveiled a new hypersonic missile on Monday.",
    "The minister announced that the talks had failed.",
])
def test_announcements_of_no_aid_code_no_aid(text):
    rows, _, _ = coded(text)
    assert not [r for r in rows if r[0] == "AID"], rows


def test_announced_sanctions_package_stays_sanction():
    rows, _, _ = coded("The EU unveiled a new sanctions package against Russia.")
    assert [r[:3] for r in rows] == [("SANCTION", ("EUR",), ("RUS",))], rows


def test_announced_humanitarian_aid_has_the_human_security_context():
    """AID has no modes in PLOVER v0.8: the kind of aid is a context (lexicon context_word "humanitarian" ->
    human_security, PLOVER manual: access to water, food, housing)."""
    _, events, _ = coded("Canada announced humanitarian aid for Gaza on Tuesday.")
    assert events[0].context == ["human_security"], events[0].to_dict()


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("A $300 million aid package for Ukraine was announced by the Pentagon on Friday.", "AID", "USA", "UKR"),
    ("New sanctions on Russia were imposed by the EU.", "SANCTION", "EUR", "RUS"),
])
def test_the_recipient_on_a_passive_subject(text, event, actor, recipient):
    """recipient_rules.source_prep: a passive's subject holds the "for"/"on" phrase as a direct object would."""
    rows, _, _ = coded(text)
    assert [r[:3] for r in rows] == [(event, (actor,), (recipient,))], rows


@pytest.mark.parametrize("text, actor, recipient", [
    ("Britain announced a new package of sanctions on Iran.", "GBR", "IRN"),
    ("Britain announced new sanctions on Russia.", "GBR", "RUS"),
    ("The EU announced a new sanctions package against Russia.", "EUR", "RUS"),
])
def test_announced_sanctions_are_sanction(text, actor, recipient):
    """verbs.tsv row announce with object sanction|embargo, as unveil's (triggers.announced_deed)."""
    rows, _, _ = coded(text)
    assert [r[:3] for r in rows] == [("SANCTION", (actor,), (recipient,))], rows


def test_announcing_that_sanctions_end_is_no_announced_sanction():
    rows, _, _ = coded("The minister announced that sanctions would be lifted.")
    assert not [r for r in rows if r[0] == "SANCTION"], rows
