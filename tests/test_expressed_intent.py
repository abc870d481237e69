"""triggers.expressed_intent: a verb of making one's stance known whose object is a noun of the party's own intent
("expressed interest in bidding", "voiced interest in making aid conditional") states an intention -- CAMEO 03
"express intent to ...", AGREE in PLOVER --: the trained detector's SUPPORT, ACCUSE or REQUEST there is dropped.
"expressed concern", "voiced support" (no intent noun) stay open."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.events import triggers as T
from eventwire.nlp.model import load_model


def _events(text):
    evs, _ = code_text(text, publication_date="2022-03-15")
    return [e for e in evs if not e.negated and e.event_text in ("expressed", "voiced", "signalled")]


@pytest.mark.parametrize("text", [
    "The Kenyan president has voiced interest in making continued military aid conditional on access to minerals.",
    "Several Japanese companies had expressed interest in bidding for the Kenyan insurer.",
])
def test_expressed_intent_gives_no_other_type(text):
    assert [e.event for e in _events(text) if e.event != "AGREE"] == []


def _dropped(text, verb, event):
    doc = load_model()(text)
    tok = next(t for t in doc if t.lower_ == verb)
    trig = T.Trigger(tok, (tok,), T.default_row(event, "V"), None, "model", 0.1, 0.1)
    return T.expressed_intent(trig, {})


@pytest.mark.parametrize("text, verb, event, expected", [
    ("The company expressed interest in bidding for the insurer.", "expressed", "ACCUSE", True),
    ("The president voiced interest in making aid conditional.", "voiced", "SUPPORT", True),
    ("The president voiced interest in making aid conditional.", "voiced", "AGREE", False),  # intent: AGREE
    ("The minister expressed concern about the arrests.", "expressed", "ACCUSE", False),  # no intent noun
    ("Lawmakers voiced support for the plan.", "voiced", "SUPPORT", False),
])
def test_expressed_intent_shapes(text, verb, event, expected):
    assert _dropped(text, verb, event) is expected


def test_rule_triggers_are_never_dropped():
    doc = load_model()("The company expressed interest in bidding for the insurer.")
    tok = next(t for t in doc if t.lower_ == "expressed")
    row = T.default_row("SUPPORT", "V")
    assert T.expressed_intent(T.Trigger(tok, (tok,), row, row, "dictionary"), {}) is False
