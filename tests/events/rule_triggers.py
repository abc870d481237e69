"""Shared test helper: a trigger on one word of a sentence, for a trigger filter to judge (used by the tests of
events/nonacts.py and events/nonevent_senses.py)."""
from __future__ import annotations

from dataclasses import replace

from eventwire.events.triggers import Trigger, default_row


def trigger_at(nlp, text, word, event, lemma=None):
    """A trigger of ``event`` on ``word`` of ``text`` (the first token with that form), for a rule to judge."""
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    row = default_row(event, "V" if tok.pos_ == "VERB" else "N")
    if lemma is not None:
        row = replace(row, lemma=lemma)
    return Trigger(tok, (tok,), row, None, "pattern")
