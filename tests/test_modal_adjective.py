"""triggers.weighs_likelihood: an adjective of likelihood, necessity or typicality ("unlikely", "essential", "vitally
important"; lexicon modal_adjective) weighs a state of affairs and accuses, asks and promises nobody, so the trained
detector proposes no trigger on it (../shared/eval/voa_news/ANNOTATION.md: no commentary; PLOVER manual). Evaluative
adjectives ("unacceptable", "reckless") stay ACCUSE."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.nlp.model import load_model
from eventwire.events.triggers import weighs_likelihood


def _events(text):
    evs, _ = code_text(text, publication_date="2022-03-15")
    return [e for e in evs if not e.negated]


@pytest.mark.parametrize("text", [
    "Kenyan officials said the Ugandan bill was unlikely to become law before the election.",
    "The Kenyan education minister said engaging young voters was \"essential\" to the future of democracy.",
    "The French minister said it was vitally important that the safety of the tribunal's staff should be assured.",
])
def test_likelihood_or_necessity_is_no_event(text):
    assert [(e.event, e.event_text) for e in _events(text) if e.event in ("ACCUSE", "REQUEST")] == []


@pytest.mark.parametrize("text, word", [
    ("The Kenyan minister said the Ugandan plan was unacceptable.", "unacceptable"),
    ("The Tory leader said the government's spending plans were reckless.", "reckless"),
])
def test_evaluative_adjective_stays_accuse(text, word):
    assert any(e.event == "ACCUSE" and e.event_text == word for e in _events(text))


def test_only_modal_adjectives():
    doc = load_model()("The deal was unlikely, the step was essential and the plan was reckless.")
    got = {t.lower_ for t in doc if weighs_likelihood(t)}
    assert got == {"unlikely", "essential"}
