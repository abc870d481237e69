"""The nouns "praise" (SUPPORT) and "rebuke" (ACCUSE) under a verb that gives, voices or draws them (verbs.tsv rows,
rules only): "drew praise from X" is X's praise of the subject, "heaped praise on X" the subject's praise of X
(PLOVER manual, SUPPORT: praise; ACCUSE: criticise; CAMEO 051, 111)."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _records(text):
    evs, _ = code_text(text, publication_date="2024-02-10")
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in evs]


@pytest.mark.parametrize("text,event,actor,recipient", [
    ("The Kenyan president drew praise from the British foreign secretary.", "SUPPORT", "GBR", "KEN"),
    ("The French president heaped praise on Germany for its patience.", "SUPPORT", "FRA", "DEU"),
    ("The German minister drew sharp rebukes from French lawmakers.", "ACCUSE", "FRA", "DEU"),
    ("The Chinese embassy issued a rebuke to the Japanese government.", "ACCUSE", "CHN", "JPN"),
])
def test_praise_and_rebuke_nouns(text, event, actor, recipient):
    got = _records(text)
    assert (event, [actor], [recipient]) in got, got


def test_praise_without_a_giving_verb_is_no_event():
    got = _records("The praise of the Kenyan president was a surprise to the British foreign secretary.")
    assert not [r for r in got if r[0] == "SUPPORT"], got
