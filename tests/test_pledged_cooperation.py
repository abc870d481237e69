"""A pledge of cooperation or of a concession is no threat (triggers.pledged_cooperation): "vowed to lift its
sanctions" is the lifting, not a THREATEN on "vowed"; a vow of force stays a threat. PLOVER manual, THREATEN and
AGREE/CONCEDE."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _types(text):
    evs, _ = code_text(text, publication_date="2024-02-10")
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in evs]


@pytest.mark.parametrize("text,event,actor,recipient", [
    ("Tokyo vowed to lift its sanctions on North Korea.", "CONCEDE", "JPN", "PRK"),
    ("Iran vowed to cooperate with the IAEA.", "AGREE", "IRN", "UNO"),
    ("Russia vowed to release the Ukrainian prisoners.", "CONCEDE", "RUS", "UKR"),
])
def test_a_vow_to_cooperate_or_yield_is_no_threat(text, event, actor, recipient):
    got = _types(text)
    assert not [g for g in got if g[0] == "THREATEN"], got
    assert (event, [actor], [recipient]) in got, got


@pytest.mark.parametrize("text", [
    "The Sudanese army vowed to crush the rebels in Darfur.",
    "Israel vowed revenge against Hamas.",
])
def test_a_vow_of_force_stays_a_threat(text):
    assert [g for g in _types(text) if g[0] == "THREATEN"], _types(text)
