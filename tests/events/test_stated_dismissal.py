"""A statement that a claim is false denies it: "China said the accusations were groundless" is a REJECT by China,
as "called the allegations baseless" is (triggers.states_dismissal in triggers.denials; lexicons claim_noun,
dismissal_word; PLOVER manual, CAMEO 016 "Deny responsibility" as REJECT)."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _events(text):
    evs, _ = code_text(text, publication_date="2024-02-10")
    return [(e.event, [a.code for a in e.actor]) for e in evs]


@pytest.mark.parametrize("text,actor", [
    ("China said the accusations were groundless.", "CHN"),
    ("Pakistan's ambassador said allegations that Pakistan is supporting militants are baseless and unfounded.",
     "PAK"),
    ("Russia's foreign ministry said the reports were false.", "RUS"),
])
def test_a_claim_said_to_be_false_is_denied(text, actor):
    got = _events(text)
    assert ("REJECT", [actor]) in got, got
    assert not any(t == "SUPPORT" for t, _ in got), got  # the denied claim ("supporting militants") is no event


@pytest.mark.parametrize("text", [
    "China said the accusations were serious.",
    "China said the talks were productive.",
    "China said the weather was bad.",
])
def test_no_dismissal_no_denial(text):
    assert not any(t == "REJECT" for t, _ in _events(text)), _events(text)
