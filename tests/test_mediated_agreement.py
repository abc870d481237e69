"""The 'by' agent of a mediating participle is no doer of the act it brokered, so not the party an agreement is made
with (recipient_rules.event_noun_doer, lexicon mediation_participle; PLOVER manual, CONSULT mode mediate)."""
import pytest

from eventwire import code_text


def _agree(text):
    evs, _ = code_text(text, publication_date="2024-06-05")
    return sorted((e.actor[0].code, e.recipient[0].code if e.recipient else None) for e in evs if e.event == "AGREE")


@pytest.mark.parametrize("text,pairs", [
    ("Israel and Hamas agreed to a four-day ceasefire brokered by Qatar.", [("ISR", "PSE"), ("PSE", "ISR")]),
    ("Russia and Ukraine agreed to a prisoner swap mediated by the UAE.", [("RUS", "UKR"), ("UKR", "RUS")]),
])
def test_mediator_is_not_the_party_agreed_with(text, pairs):
    assert _agree(text) == pairs


@pytest.mark.parametrize("text,pair", [
    ("Iran agreed to a deal proposed by France.", ("IRN", "FRA")),  # the proposer is the other party
    ("Israel agreed to US mediation.", ("ISR", "USA")),
])
def test_proposer_or_mediator_named_as_the_object_is_still_the_recipient(text, pair):
    assert _agree(text) == [pair]
