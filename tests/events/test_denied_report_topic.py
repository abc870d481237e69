"""triggers.denied_report_topic: an act named as the topic of a report, claim or rumour that the same sentence
denies or calls false ("calling reports of her detention 'fake news'", "dismissed rumours of his arrest", "reports of
her detention were false") is no event, as the content of "denied that it had arrested" is none; a confirmed report
or a condemned act keeps its event. Source: PLOVER manual (an event is coded when the text asserts it occurred);
user report. Sentences are invented variants."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.events.triggers import Trigger, default_row, denied_claim, denied_report_topic
from eventwire.nlp.model import load_model


def _tok(text, word):
    doc = load_model()(text)
    return next(t for t in doc if t.text == word)


def _types(text):
    evs, _ = code_text(text, publication_date="2024-03-12")
    return sorted((e.event, e.event_text) for e in evs)


def _filtered(text, word):
    tok = _tok(text, word)
    return denied_report_topic(Trigger(tok, (tok,), default_row("COERCE", "N"), None, "pattern"), {})


DENIED = [
    ('Venezuela denied that it had arrested opposition leader Maria Corina Machado, calling reports of her detention '
     '"fake news."', "detention"),
    ("The ministry called reports of the arrest of the journalist fake news.", "arrest"),
    ("Reports of her detention were false, the government said.", "detention"),
    ("The government dismissed rumours of his arrest.", "arrest"),
    ("The army rejected claims of an attack on the convoy.", "attack"),
    ("The ministry denied reports of a coup.", "coup"),
    ("The interior ministry described reports of the bombing of the market as baseless.", "bombing"),
    ("Rumours of a military coup were dismissed by the army on Sunday.", "coup"),
]
KEPT = [
    ("Police confirmed reports of his arrest.", "arrest"),
    ("Rights groups condemned the detention of the journalist.", "detention"),
    ("Reports of the detention of the activist were confirmed by police.", "detention"),
    ("The government did not deny reports of his arrest.", "arrest"),
    ("Reports of her detention were not false, the lawyer said.", "detention"),
    ("The minister called reports of the arrest worrying.", "arrest"),
]


@pytest.mark.parametrize("text,word", DENIED)
def test_denied_report_topic(text, word):
    assert _filtered(text, word) is True


@pytest.mark.parametrize("text,word", KEPT)
def test_confirmed_or_undenied_topic_stays(text, word):
    assert _filtered(text, word) is False


def test_denied_claim_needs_a_report_noun_governed_by_a_denial():
    assert denied_claim(_tok("The government dismissed rumours of his arrest.", "rumours")) is True
    assert denied_claim(_tok("Police confirmed reports of his arrest.", "reports")) is False
    assert denied_claim(_tok("The government did not deny reports of his arrest.", "reports")) is False


@pytest.mark.parametrize("text,want", [
    ('Venezuela denied that it had arrested opposition leader Maria Corina Machado, calling reports of her detention '
     '"fake news."', [("REJECT", "denied")]),
    ("Venezuela denied that it had arrested opposition leader Maria Corina Machado.", [("REJECT", "denied")]),
    # the government's statement that the reports are false is its denial (triggers.states_dismissal)
    ("Reports of her detention were false, the government said.", [("REJECT", "said")]),
    ("The ministry called reports of the arrest of the journalist fake news.", []),
])
def test_no_record_of_the_denied_act(text, want):
    assert _types(text) == want


@pytest.mark.parametrize("text,want", [
    ("Police confirmed reports of his arrest.", ("COERCE", "arrest")),
    ("Rights groups condemned the detention of the journalist.", ("COERCE", "detention")),
    ("Police arrested the activist on Monday, and the ministry later dismissed reports of his torture as lies.",
     ("COERCE", "arrested")),
])
def test_real_acts_stay(text, want):
    assert want in _types(text)
