"""modality.yes_no_question: an act asked about in a direct yes/no question (subject-auxiliary inversion and a
question mark) is not asserted: status hypothetical, in a headline, a body sentence or a speaker's quoted question.
A wh-question about an act presupposes it and stays actual; a statement stays actual. An auxiliary the model glues to
the name after it ("Will Putin" PERSON) is no part of the name (actors.resolve._question_auxiliary). Source: PLOVER
manual, auxiliary modes; fresh user. Sentences are invented variants."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.events.modality import yes_no_question
from eventwire.nlp.model import load_model


def _tok(text, word):
    doc = load_model()(text)
    return next(t for t in doc if t.text == word)


def _records(text):
    evs, _ = code_text(text, publication_date="2024-03-12")
    return [(e.event, e.status, e.event_text, [(a.entity_text, a.code) for a in e.actor]) for e in evs]


ASKED = [
    ("Will China invade Taiwan?", "invade"),
    ("Is Russia preparing to attack NATO?", "attack"),
    ("Did Israel strike Iran last week?", "strike"),
    ('"Will Russia attack Poland?" the minister asked.', "attack"),
    ("Has Russia attacked Poland? No, but it has shelled Kharkiv.", "attacked"),
    ("Will the EU impose sanctions on Iran?", "impose"),
]
ASSERTED = [
    ("Why did Russia attack Ukraine?", "attack"),
    ("When did Russia invade Crimea?", "invade"),
    ("Russia attacked Ukraine?", "attacked"),
    ("Has Russia attacked Poland? No, but it has shelled Kharkiv.", "shelled"),
    ("Russia will attack Poland, the minister said.", "attack"),
]


@pytest.mark.parametrize("text,word", ASKED)
def test_asked_act(text, word):
    assert yes_no_question(_tok(text, word))


@pytest.mark.parametrize("text,word", ASSERTED)
def test_asserted_act(text, word):
    assert not yes_no_question(_tok(text, word))


def test_question_is_hypothetical():
    assert _records("Will China invade Taiwan?") == [("ASSAULT", "hypothetical", "invade", [("China", "CHN")])]
    assert [r[1] for r in _records("Is Russia preparing to attack NATO?")] == ["hypothetical"]
    assert [r[1] for r in _records("Why did Russia attack Ukraine?")] == ["actual"]


def test_glued_auxiliary_is_no_part_of_the_name():
    recs = _records("Will Putin invade Finland?\nAnalysts in Helsinki are divided over the risk.")
    assert recs == [("ASSAULT", "hypothetical", "invade", [("Putin", "RUS")])]


@pytest.mark.parametrize("text", [
    "Had NATO intervened in 2014, Russia would not have annexed Crimea, the analyst argued.",
    "Russia would not have invaded Ukraine without Chinese support, the report said.",
])
def test_stacked_auxiliaries_of_a_counterfactual(text):
    """modality._aux: "would" and "not" hung on "have" are the verb's own; the conditional perfect is hypothetical."""
    from eventwire.events.modality import counterfactual_past, status
    tok = next(t for t in load_model()(text) if t.text in ("annexed", "invaded"))
    assert counterfactual_past(tok)
    assert status(tok, tok.sent) == "hypothetical"
    assert [r[1] for r in _records(text)] == ["hypothetical"]


def test_counterfactual_is_no_threat():
    """recode.conditioned_or_announced: the conditional perfect of an "if" clause warns of nothing."""
    assert [(r[0], r[1]) for r in _records("If NATO had intervened, Russia would have annexed Crimea.")] == [
        ("ASSAULT", "hypothetical")]
    assert [r[0] for r in _records("Russia will attack Poland if NATO expands.")] == ["THREATEN"]
