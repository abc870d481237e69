"""triggers.nothing_said: a verb of speaking with nothing said and nobody addressed ("Putin spoke in Moscow on
Tuesday"), or a statement put out with nothing in it ("Russia issued a statement on Tuesday"), is attribution with
no content: the trained detector's guess of a type there (REQUEST, COERCE) is dropped. Source: PLOVER reference,
note 6 (speech verbs are attribution)."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.events import triggers as T
from eventwire.nlp.model import load_model


def _events(text):
    evs, _ = code_text(text, publication_date="2022-03-15")
    return [e for e in evs if not e.negated]


@pytest.mark.parametrize("text", [
    "Putin spoke in Moscow on Tuesday.",
    "Russia issued a statement on Tuesday.",
    "The Kenyan foreign ministry issued a statement on Friday.",
    "The ministry released a communique on Monday.",
])
def test_nothing_said_gives_no_record(text):
    assert _events(text) == []


def test_talks_with_a_counterpart_stay():
    evs = _events("Putin spoke with Erdogan on Tuesday.")
    assert [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in evs] == \
        [("CONSULT", ["RUS"], ["TUR"])]


def test_statement_with_content_stays():
    evs = _events("Russia issued a statement condemning the attack.")
    assert [e.event for e in evs] == ["ACCUSE"]


def _dropped(text, verb, event="REQUEST"):
    doc = load_model()(text)
    tok = next(t for t in doc if t.lower_ == verb)
    trig = T.Trigger(tok, (tok,), T.default_row(event, "V"), None, "model", 0.1, 0.1)
    return T.nothing_said(trig, {})


@pytest.mark.parametrize("text, verb, expected", [
    ("Putin spoke in Moscow on Tuesday.", "spoke", True),
    ("The minister commented at a news conference in Nairobi.", "commented", True),
    ("Putin spoke out against the sanctions.", "spoke", False),  # a particle and a target
    ("Putin spoke to reporters in Moscow.", "spoke", False),  # an addressee
    ("Putin spoke about the sanctions on Tuesday.", "spoke", False),  # a topic
    ("Putin spoke on the sanctions.", "spoke", False),  # "on" a topic, not a date
    ("The minister said Kenya would retaliate.", "said", False),  # a clause said
    ("Russia issued a statement on Tuesday.", "issued", True),
    ("Russia issued a statement on the attack.", "issued", False),  # a topic
    ("Russia issued a warning to Ukraine.", "issued", False),  # no statement noun
    ("Russia issued a decree on Tuesday.", "issued", False),  # a decree is an act
])
def test_nothing_said_shapes(text, verb, expected):
    assert _dropped(text, verb) is expected


def test_rule_triggers_are_never_dropped():
    doc = load_model()("Putin spoke in Moscow on Tuesday.")
    tok = next(t for t in doc if t.lower_ == "spoke")
    row = T.default_row("CONSULT", "V")
    assert T.nothing_said(T.Trigger(tok, (tok,), row, row, "dictionary"), {}) is False
