"""Approving or ratifying a party's bid, application, membership or accession is SUPPORT for that party
(verbs.tsv rows approve/ratify with those objects; PLOVER manual, SUPPORT: "approve policy, action, or actor, or
ratify ... an agreement"). Approving a thing that belongs to no other party (a budget) is no event."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _types(text):
    evs, _ = code_text(text, publication_date="2024-03-12")
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient], e.negated) for e in evs]


@pytest.mark.parametrize("text,actor,recipient", [
    ("Turkey's parliament approved Finland's bid to join NATO on Thursday.", "TUR", "FIN"),
    ("Hungarian lawmakers approved the Swedish membership application.", "HUN", "SWE"),
    ("The Turkish parliament ratified Sweden's accession to NATO.", "TUR", "SWE"),
    ("Croatia approved Serbia's application for observer status.", "HRV", "SRB"),
])
def test_approved_bid_is_support_for_its_owner(text, actor, recipient):
    got = _types(text)
    assert ("SUPPORT", [actor], [recipient], False) in got, got


def test_not_approving_a_bid_is_a_negated_support():
    got = _types("Turkey has not yet approved Sweden's bid to join NATO.")
    assert ("SUPPORT", ["TUR"], ["SWE"], True) in got, got


def test_approving_own_budget_is_no_event():
    assert _types("The council approved the budget on Monday.") == []
