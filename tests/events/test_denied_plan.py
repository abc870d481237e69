"""triggers.denied_plan: the act of a plan, intention or claim that the sentence denies is no event -- the
to-infinitive of a denied noun ("Kremlin denies plan to attack NATO", "dismissed any intention to invade"), the
infinitive of a planning verb in a denied "that" clause ("denied Western reports that it plans to attack NATO",
"denied that it intends to invade Finland"); the denial stays a REJECT. A plan not denied ("unveiled a plan to
attack", "did not deny plans to attack") keeps its THREATEN. Source: PLOVER manual (an event is coded when the text
asserts it occurred); annotation protocol (a denied claim is no event); fresh user. Sentences are invented
variants."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.events.triggers import denied_plan
from eventwire.nlp.model import load_model


def _tok(text, word):
    doc = load_model()(text)
    return next(t for t in doc if t.text == word)


def _types(text):
    evs, _ = code_text(text, publication_date="2024-03-12")
    return sorted((e.event, e.event_text) for e in evs)


DENIED = [
    ("Kremlin denies plan to attack NATO", "attack"),
    ("The Kremlin on Friday denied Western reports that it plans to attack NATO.", "attack"),
    ("Moscow denied that it intends to invade Finland.", "invade"),
    ("Israel denied that it had plans to strike Iran.", "strike"),
    ("The ministry denied reports of a plan to bomb the bridge.", "bomb"),
    ("China dismissed any intention to invade Taiwan.", "invade"),
]
KEPT = [
    ("The Kremlin did not deny plans to attack NATO.", "attack"),
    ("Russia unveiled a plan to attack NATO.", "attack"),
    ("Reports that Russia plans to attack NATO alarmed Poland.", "attack"),
]


@pytest.mark.parametrize("text,word", DENIED)
def test_denied_plan_is_no_act(text, word):
    assert denied_plan(_tok(text, word))
    assert all(w != word for _, w in _types(text))


@pytest.mark.parametrize("text,word", KEPT)
def test_plan_not_denied_stays(text, word):
    assert not denied_plan(_tok(text, word))


def test_denial_stays_reject():
    assert _types("The Kremlin on Friday denied Western reports that it plans to attack NATO.") == [
        ("REJECT", "denied")]
    assert ("ASSAULT", "shelled") in _types(
        "Moscow denied Western reports that it plans to attack NATO, and it shelled Kharkiv on Friday.")
