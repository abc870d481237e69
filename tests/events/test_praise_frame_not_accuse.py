"""A judgement that names a quality of praise ("called the Kenyan election credible") is no criticism: lexicon
approval_word (more plain words of praise: credible, fair, transparent, ...) drops a detector ACCUSE in the frame
of naming (triggers.frame_of_naming); a praise word that is denied ("neither free nor fair") keeps it."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _accuse(text):
    evs, _ = code_text(text, publication_date="2024-02-10")
    return [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in evs if e.event == "ACCUSE"]


@pytest.mark.parametrize("text", [
    "The British foreign secretary called the Kenyan election credible.",
    "The US envoy described the Chinese proposal as a positive step.",
])
def test_praise_is_no_accusation(text):
    assert _accuse(text) == []


@pytest.mark.parametrize("text,want", [
    ("The British foreign secretary called the Kenyan election neither free nor fair.", (["GBR"], ["KEN"])),
    ("The British minister called the Kenyan decision arbitrary.", (["GBR"], ["KEN"])),
])
def test_criticism_stays(text, want):
    assert want in _accuse(text), _accuse(text)
