"""An event named as the object of a promised or refused act is no party: "agreed to hold talks in Geneva" is no
agreement with Switzerland; the place is the talks' venue (recipient_rules._act_party, _event_noun). The partner
comes from the act's "with" phrase or, for coordinated actors, from each other (records.reciprocal_pairs).
PLOVER manual, AGREE and CONSULT: the recipient is the other party."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _agree(text):
    evs, _ = code_text(text, publication_date="2024-02-10")
    return [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in evs if e.event == "AGREE"]


@pytest.mark.parametrize("text,expected", [
    ("India and Pakistan agreed to hold talks in Geneva next month.", {("IND", "PAK"), ("PAK", "IND")}),
    ("India agreed to hold talks with Pakistan in Geneva next month.", {("IND", "PAK")}),
    ("Armenia agreed to hold a summit with Azerbaijan in Vienna.", {("ARM", "AZE")}),
])
def test_the_venue_of_agreed_talks_is_no_party(text, expected):
    got = _agree(text)
    pairs = {(a[0], r[0]) for a, r in got if a and r}
    assert pairs == expected, got
    assert not [r for _, r in got if "CHE" in r or "AUT" in r]


def test_a_party_object_is_still_the_recipient():
    evs, _ = code_text("China threatened to impose sanctions on Lithuania.", publication_date="2024-02-10")
    thr = [e for e in evs if e.event == "THREATEN"]
    assert thr and [r.code for r in thr[0].recipient] == ["LTU"]
