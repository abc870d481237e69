"""A promise not to deal with a party is a refusal: REJECT by the one who promises (recode.pledged_refusal, lexicon
refusal_pledge_verb; PLOVER manual, REJECT: "refuse to meet or negotiate")."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _records(text):
    evs, _ = code_text(text, publication_date="2024-02-10")
    return sorted((e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in evs if not e.negated)


@pytest.mark.parametrize("text,want", [
    ("The Iranian government pledged never to negotiate with Washington.", [("REJECT", ["IRN"], ["USA"])]),
    ("The Turkish president promised not to meet the Greek prime minister.", [("REJECT", ["TUR"], ["GRC"])]),
    ("The US administration vowed not to have any dealings with the PLO.", [("REJECT", ["USA"], ["PSE"])]),
])
def test_a_promise_not_to_deal_with_a_party_is_a_reject(text, want):
    assert _records(text) == want


@pytest.mark.parametrize("text,event", [
    ("Iran pledged to negotiate with Washington.", "AGREE"),     # no negation: a promise of cooperation
    ("The Syrian rebels vowed to fight the Syrian army.", "THREATEN"),  # a pledge of force stays a threat
])
def test_an_affirmative_pledge_is_unchanged(text, event):
    assert [e for e, _, _ in _records(text)] == [event]


def test_a_promise_of_restraint_refuses_no_dealing():
    assert "REJECT" not in [e for e, _, _ in _records("The Russian government vowed not to attack civilians.")]
