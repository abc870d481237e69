"""triggers.frame_of_naming: a verb of judging with a predicate complement or an "as" phrase ("called X a Y",
"described X as Y", "were called as witnesses") names or judges; the trained detector may read it only as a
judgement (ACCUSE or SUPPORT), and never as an ACCUSE when the judgement is praise (lexicon approval_word).
Source: PLOVER manual, ACCUSE; CAMEO 051 (praise is SUPPORT); verbs.tsv (REQUEST only with "call on/for",
MOBILIZE only with "call up")."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.events import triggers as T
from eventwire.nlp.model import load_model


def _events(text):
    evs, _ = code_text(text, publication_date="2022-03-15")
    return [e for e in evs if not e.negated]


@pytest.mark.parametrize("text", [
    # praise read as criticism
    "The French president called the ceasefire a significant achievement.",
    'Posting on X, the Iraqi prime minister called the death a "significant security victory."',
    # a role named ("as witnesses") read as a mobilisation, the sense of "call up"
    "Three former Ugandan ministers have been called as witnesses in this trial.",
    "Former defence ministers of France were called as witnesses in the case.",
])
def test_detector_type_the_frame_does_not_code_is_dropped(text):
    assert [e for e in _events(text) if e.event_text == "called"] == []


def test_criticism_in_the_frame_stays():
    evs = [e for e in _events("The Kenyan minister called the ruling a disgrace.") if e.event_text == "called"]
    assert [(e.event, [a.code for a in e.actor]) for e in evs] == [("ACCUSE", ["KEN"])]


def test_favourable_judgement_is_no_criticism():
    """"called the change pragmatic" (lexicon approval_word): the detector may read praise, never a criticism (the
    detector retrained at the nineteenth stop reads ACCUSE here, which the frame drops)."""
    evs = [e for e in _events("Mark Oaten called the change pragmatic.") if e.event_text == "called"]
    assert [e.event for e in evs] in ([], ["SUPPORT"])
    assert _dropped("Mark Oaten called the change pragmatic.", "called", "ACCUSE") is True


def _dropped(text, verb, event):
    doc = load_model()(text)
    tok = next(t for t in doc if t.lower_ == verb)
    trig = T.Trigger(tok, (tok,), T.default_row(event, "V"), None, "model", 0.1, 0.1)
    return T.frame_of_naming(trig, {})


@pytest.mark.parametrize("text, verb, event, expected", [
    ("The minister called the agreement a historic success.", "called", "ACCUSE", True),  # praise
    ("The minister called the agreement a historic success.", "called", "SUPPORT", False),  # praise is SUPPORT
    ("The opposition leader described the talks as productive.", "described", "ACCUSE", True),
    ("The senator called the plan a disaster.", "called", "ACCUSE", False),  # criticism
    ("The senator called the plan a disaster.", "called", "REQUEST", True),  # no act in a judgement
    ("Two ministers were called as witnesses.", "called", "MOBILIZE", True),
    ("Police were called to the scene.", "called", "MOBILIZE", False),  # a summons, no naming frame
    ("The president called the election for June.", "called", "REQUEST", False),  # no naming frame
])
def test_frame_of_naming_shapes(text, verb, event, expected):
    assert _dropped(text, verb, event) is expected


def test_rule_triggers_are_never_dropped():
    doc = load_model()("The senator called the plan a historic success.")
    tok = next(t for t in doc if t.lower_ == "called")
    row = T.default_row("ACCUSE", "V")
    assert T.frame_of_naming(T.Trigger(tok, (tok,), row, row, "judgement"), {}) is False
