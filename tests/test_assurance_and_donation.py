"""Recall kinds of cooperation missed on the training stories (pattern rows in data/patterns/verbs.tsv), each with
variants of its own wording and look-alikes that must not be coded so:

* an assurance to a party ("X assured Y that it would ...") is AGREE with the assured party as recipient (PLOVER
  manual, AGREE: "promise, or otherwise indicate willingness or commitment to cooperate"; CAMEO 030); an
  assurance to the press is a statement (admission.press_as_counterpart), and the row is strict (both parties);
* a donation or gift to a party ("made a $2m donation to X", "a gift of oil to X") is AID (PLOVER manual, AID:
  "Monetary aid and financial guarantees, grants, gifts and credit"; CAMEO 070); "gift" needs both parties
  (a figure of speech, "the vote was a gift to the opposition", names no giver).
"""
import pytest

from expectations import records, of_type, codes


@pytest.mark.parametrize("text,actor,recipient", [
    ("The Iranian foreign minister assured his Iraqi counterpart that Tehran would respect the border.", "IRN", "IRQ"),
    ("Kenya assured Somalia of its full support.", "KEN", "SOM"),
    ("The Chinese premier assured the visiting German chancellor that Beijing would open its markets.", "CHN", "DEU"),
    ("Brazil has assured Argentina that it will honour the trade accord.", "BRA", "ARG"),
])
def test_assurance_to_a_party_is_agree(text, actor, recipient):
    got = [e for e in of_type(records(text), "AGREE") if e.text_info["rule"]["trigger"].startswith("pattern:assure/")]
    assert got
    assert actor in codes(got[0].actor) and recipient in codes(got[0].recipient)


@pytest.mark.parametrize("text", [
    "The finance minister assured reporters that the economy was sound.",
    "The spokesman assured journalists the talks would go ahead.",
    "I can assure you I am not rich.",
])
def test_assurance_to_the_press_or_nobody_is_no_agree(text):
    assert not [e for e in records(text) if e.text_info["rule"]["trigger"].startswith("pattern:assure/")]


@pytest.mark.parametrize("text,actor,recipient", [
    ("Japan made a $5 million donation to Kenya.", "JPN", "KEN"),
    ("Norway gave a large donation to the World Food Programme.", "NOR", "UNO"),
    ("Saudi Arabia sent a gift of 10,000 tonnes of dates to Yemen.", "SAU", "YEM"),
])
def test_donation_or_gift_to_a_party_is_aid(text, actor, recipient):
    got = of_type(records(text), "AID")
    assert got
    assert actor in codes(got[0].actor) and recipient in codes(got[0].recipient)


@pytest.mark.parametrize("text", [
    "The election result was a gift to the opposition.",
    "Voters saw the scandal as a gift for the Conservatives.",
])
def test_figurative_gift_is_no_aid(text):
    assert not of_type(records(text), "AID")
