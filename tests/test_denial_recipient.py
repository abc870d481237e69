"""A denial's recipient is whoever made the claim, never a party of the denied clause (recipient_rules._denial in
complement_object, complement_subject and clause_other_state): "Iran denied supplying drones to Russia" was IRN
REJECT RUS (fresh-user check); the training annotations code "Iran denies sending combat forces to help Assad" with no
recipient and "Cuba denied Reagan Administration charges" with the accuser."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _rejects(text):
    evs, _ = code_text(text, publication_date="2024-06-05")
    return [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in evs if e.event == "REJECT"]


@pytest.mark.parametrize("text,actor", [
    ("Iran denied supplying drones to Russia.", "IRN"),
    ("The EU denied that it had imposed sanctions on Hungary.", "EUR"),
    ("The Kremlin denied that Russian forces had attacked a hospital.", "RUS"),
])
def test_the_denied_clause_gives_no_recipient(text, actor):
    assert _rejects(text) == [([actor], [])]


@pytest.mark.parametrize("text,want", [
    ("Cuba denied Reagan Administration charges that Castro is funneling guns to guerrillas.", (["CUB"], ["USA"])),
    ("Israel accused Iran of arming Hezbollah. Iran denied the accusation.", (["IRN"], ["ISR"])),
])
def test_the_accuser_is_the_recipient(text, want):
    assert want in _rejects(text)
