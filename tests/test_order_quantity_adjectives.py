"""triggers.not_evaluative / lexicon order_quantity_adjective: an adjective of order, number, quantity or time
("was first to share word", "the last to leave", "further action", "the annual drill") names no act and judges nobody,
so the trained detector never proposes one (like a light verb). Evaluative adjectives stay open. Variants of our own
wording."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.events.triggers import not_evaluative
from eventwire.nlp.model import load_model


def _tok(text, word):
    return next(t for t in load_model()(text) if t.text == word)


def _events(text):
    evs, _ = code_text(text, publication_date="2024-05-01")
    return [(e.event, e.event_text) for e in evs]


@pytest.mark.parametrize("text, word", [
    ("The defence minister was first to share word of the raid.", "first"),
    ("The envoy was the last to leave the talks.", "last"),
    ("The council holds out the possibility of further action.", "further"),
    ("The annual drill involves two aircraft carriers.", "annual"),
    ("Several ministers attended the summit.", "Several"),
])
def test_an_adjective_of_order_or_quantity_is_no_detector_trigger(text, word):
    assert not_evaluative(_tok(text, word))
    assert not [e for e in _events(text) if e[1] == word], _events(text)


@pytest.mark.parametrize("text, word", [
    ("The opposition said the plan was deeply flawed.", "flawed"),
    ("The minister said the ruling was unacceptable.", "unacceptable"),
    ("Washington said it is willing to mediate.", "willing"),
])
def test_evaluative_adjectives_stay_open(text, word):
    assert not not_evaluative(_tok(text, word))


def test_the_first_to_share_word_codes_no_accusation():
    got = _events("The interior minister was first to share word of the arrests, posting on social media Friday.")
    assert not [e for e in got if e[0] == "ACCUSE"], got
