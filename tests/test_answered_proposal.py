"""An offer made by a named party and answered is an act of its own (triggers.answered_proposal, exempting it from
refines_governor and content_of_other), addressed to whoever answers it (recipient_rules.proposal_answerer); an
offer is an AGREE (verbs.tsv row offer/N, rules only). PLOVER manual: an event is coded when the text asserts it
occurred; AGREE ("offer"), REQUEST ("demand"). Variants of our own wording."""
import pytest

from eventwire import code_text


def records(text):
    events, _ = code_text(text, publication_date="2024-05-14")
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in events]


@pytest.mark.parametrize("text, answer, proposal", [
    ("Seoul accepted an offer by Pyongyang to send athletes to the games.",
     ("AGREE", ["KOR"], ["PRK"]), ("AGREE", ["PRK"], ["KOR"])),
    ("Moscow welcomed Beijing's offer of talks.", ("SUPPORT", ["RUS"], ["CHN"]), ("AGREE", ["CHN"], ["RUS"])),
    ("Kenya refused Uganda's offer to mediate.", ("REJECT", ["KEN"], ["UGA"]), ("AGREE", ["UGA"], ["KEN"])),
])
def test_an_answered_proposal_is_coded_with_its_answer(text, answer, proposal):
    got = records(text)
    assert answer in got and proposal in got, got


@pytest.mark.parametrize("text", [
    "Iran rejected the offer.",                       # nobody named as its maker
    "Iran rejected an offer to discuss the matter.",
])
def test_an_unowned_proposal_stays_the_content_of_the_answer(text):
    got = records(text)
    assert [r[0] for r in got] == ["REJECT"], got


def test_an_answered_demand_stays_the_content_of_the_answer():
    got = records("Tehran rejected a demand from Washington to halt enrichment.")
    assert ("REJECT", ["IRN"], ["USA"]) in got and not any(r[0] == "REQUEST" for r in got), got


def test_an_offer_made_to_a_party_is_an_agree():
    assert ("AGREE", ["CHN"], ["VNM"]) in records("China made an offer to Vietnam on the disputed islands.")
