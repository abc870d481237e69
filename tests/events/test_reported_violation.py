"""A statement that another party breaks a rule, an agreement or an order is the speaker's accusation of it
(triggers.reported_violation via triggers.allegations; PLOVER manual, ACCUSE; the training annotations code "Qureshi
said it was India which violated all bilateral agreements" PAK ACCUSE IND), and an agreement broken is no
agreement made (triggers.broken_agreement)."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _events(text):
    evs, _ = code_text(text, publication_date="2024-02-10")
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in evs]


@pytest.mark.parametrize("text,actor,recipient", [
    ("Britain said Russia had violated the ceasefire agreement.", "GBR", "RUS"),
    ("The United States said Iran is flagrantly defying the U.N. Security Council.", "USA", "IRN"),
    ("Iran is flouting the nuclear agreement, the French foreign minister said.", "FRA", "IRN"),
    ("Kenya said Somalia had breached the terms of the border deal.", "KEN", "SOM"),
])
def test_a_reported_violation_is_the_speakers_accusation(text, actor, recipient):
    got = _events(text)
    assert ("ACCUSE", [actor], [recipient]) in got, got
    assert not any(t == "AGREE" for t, _, _ in got), got


@pytest.mark.parametrize("text", [
    "Britain said Russia had signed the ceasefire agreement.",
    "Britain said Russia had respected the ceasefire.",
])
def test_no_violation_no_accusation(text):
    got = _events(text)
    assert not any(t == "ACCUSE" and a == ["GBR"] for t, a, _ in got), got


def test_a_broken_agreement_is_no_agreement():
    got = _events("The rebels reneged on the peace deal with the Colombian government.")
    assert not any(t == "AGREE" for t, _, _ in got), got
    got = _events("The rebels signed the peace deal with the Colombian government.")
    assert any(t in ("AGREE", "SUPPORT") for t, _, _ in got), got
