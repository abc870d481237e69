"""triggers.own_intention: a wish to act oneself ("would like to develop", "wants to visit") is no REQUEST of any
party, though the trained detector reads it as one (PLOVER manual, REQUEST: addressed to another party). A wish that
another party act, a wish to see a state of affairs and a wish for a thing stay open."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.events import triggers as T
from eventwire.nlp.model import load_model


def _requests(text):
    evs, _ = code_text(text, publication_date="2022-03-15")
    return [e for e in evs if e.event == "REQUEST" and not e.negated]


@pytest.mark.parametrize("text", [
    "Many Kenyan employers would like to develop a local core in their workforce.",
    "Ugandan exporters would like to grow their sales in Europe, the minister said.",
])
def test_wish_to_act_oneself_is_no_request(text):
    assert _requests(text) == []


def test_wish_that_another_party_acts_stays():
    req = _requests("The Kenyan minister would like to see the Ugandan ministers resign.")
    assert req and [a.code for a in req[0].actor] == ["KEN"]


def _own(text, lemma):
    doc = load_model()(text)
    tok = next(t for t in doc if t.pos_ == "VERB" and t.lower_.startswith(lemma[:3]))
    trig = T.Trigger(tok, (tok,), T.default_row("REQUEST", "V"), None, "model", 0.1, 0.1)
    return T.own_intention(trig, {})


@pytest.mark.parametrize("text, lemma, expected", [
    ("The Kenyan minister wants to visit the border next month.", "want", True),
    ("The Kenyan government hopes to host the regional summit.", "hope", True),
    ("Kenya wants Uganda to release the prisoners.", "want", False),  # an object: another party acts
    ("The minister would like to see a new speaker in parliament.", "like", False),  # witness_verb
    ("The Tories want the publication of the legal advice.", "want", False),  # a thing wished for
    ("The envoy hopes that the tribunal will uphold the law.", "hope", False),  # a clause wished of others
])
def test_own_intention_shapes(text, lemma, expected):
    assert _own(text, lemma) is expected
