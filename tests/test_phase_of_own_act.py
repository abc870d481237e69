"""triggers.phase_of_own_act: a verb of the start or end of an act (lexicon phase_verb) whose complement is its
subject's own act ("Iran stopped implementing its commitments") is no act of another type: the trained detector's
REQUEST or COERCE read from the verb alone is dropped. A phase verb with an object of its own ("stopped the
convoy") and the verbs of a persisting condition ("continued to build") stay open. Source: PLOVER manual, REQUEST
and COERCE (acts on another party)."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.events import triggers as T
from eventwire.nlp.model import load_model


def _events(text):
    evs, _ = code_text(text, publication_date="2022-03-15")
    return [e for e in evs if not e.negated]


@pytest.mark.parametrize("text", [
    "Iran stopped implementing its commitments in 2021.",
    "In February 2021, Iran stopped implementing its commitments altogether.",
    "In 2020, North Korea gradually stopped honouring its pledges.",
])
def test_phase_of_own_act_gives_no_record(text):
    assert _events(text) == []


def test_stopping_another_party_stays():
    evs = _events("Uganda stopped the convoy at the border.")
    assert [(e.event, [a.code for a in e.actor]) for e in evs] == [("COERCE", ["UGA"])]


def _dropped(text, verb, event="REQUEST"):
    doc = load_model()(text)
    tok = next(t for t in doc if t.lower_ == verb)
    trig = T.Trigger(tok, (tok,), T.default_row(event, "V"), None, "model", 0.1, 0.1)
    return T.phase_of_own_act(trig, {})


@pytest.mark.parametrize("text, verb, event, expected", [
    ("Iran stopped implementing its commitments in 2021.", "stopped", "REQUEST", True),
    ("Iran stopped implementing its commitments in 2021.", "stopped", "COERCE", True),
    ("The ministry began reviewing the contracts last year.", "began", "REQUEST", True),
    ("Uganda stopped the convoy at the border.", "stopped", "COERCE", False),  # an object of its own
    ("The Kenyan government continued to build the wall.", "continued", "ACCUSE", False),  # not a phase_verb
    ("The rebels stopped fighting.", "fighting", "ASSAULT", False),  # the act itself is no phase verb
])
def test_phase_of_own_act_shapes(text, verb, event, expected):
    assert _dropped(text, verb, event) is expected


def test_rule_triggers_are_never_dropped():
    doc = load_model()("Iran stopped implementing its commitments in 2021.")
    tok = next(t for t in doc if t.lower_ == "stopped")
    row = T.default_row("COERCE", "V")
    assert T.phase_of_own_act(T.Trigger(tok, (tok,), row, row, "dictionary"), {}) is False
