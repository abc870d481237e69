"""triggers.judgement_words: "described the reports as fabricated" -- spaCy parses the participle after "as" as a
subjectless adverbial clause; it is the judgement all the same, so a claim dismissed this way is the judge's REJECT
(triggers.dismisses_claim; PLOVER manual / CAMEO 016), and the dismissed allegation is no ACCUSE of its own."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _events(text):
    evs, _ = code_text(text, publication_date="2024-03-12")
    return [(e.event, [a.code for a in e.actor]) for e in evs]


@pytest.mark.parametrize("text,actor", [
    ("Kenya branded allegations of torture by its police as fabricated.", "KEN"),
    ("Nigeria described the reports as fabricated.", "NGA"),
    ("China described the allegations as fabricated.", "CHN"),
])
def test_claim_dismissed_as_participle_is_reject(text, actor):
    got = _events(text)
    assert ("REJECT", [actor]) in got, got
    assert not [g for g in got if g[0] == "ACCUSE"], got


def test_a_clause_with_its_own_subject_is_no_judgement():
    assert _events("He described the talks as he left the room.") == []
