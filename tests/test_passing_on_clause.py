"""A verb by which a speaker passes on a detail ("shared that", "noted that", "stressed that") with a clausal
complement is attribution, never a trigger of the trained detector (lexicon ``elaborating_verb``;
:func:`eventwire.events.triggers.introduces_clause`). Variants of our own wording."""
import pytest

from eventwire import code_text
from eventwire.events.triggers import introduces_clause
from eventwire.nlp.model import load_model


def verb(text, word):
    return next(t for t in load_model()(text) if t.text == word)


def triggers(text):
    events, _ = code_text(text, publication_date="2024-05-01")
    return [(e.event, e.event_text, e.text_info["rule"]["trigger"]) for e in events]


@pytest.mark.parametrize("text,word", [
    ("Russian Finance Minister Anton Siluanov shared that part of Russia's reserves are in Chinese currency.",
     "shared"),
    ("The French envoy stressed that the aid to Lebanon came from reserve funds.", "stressed"),
    ("Officials in Kyiv mentioned that Russian troops had pulled back.", "mentioned"),
    ("The spokesman noted that the talks would resume next week.", "noted"),
])
def test_a_verb_passing_on_a_clause_is_no_detector_trigger(text, word):
    assert introduces_clause(verb(text, word))
    assert not [t for t in triggers(text) if t[1] == word], triggers(text)


@pytest.mark.parametrize("text,word", [
    ("Britain shared intelligence with Ukraine.", "shared"),  # no clause: a verbs.tsv row (COOPERATE)
    ("The ministry noted the complaint.", "noted"),
    ("The minister said that Israel had attacked the embassy.", "said"),  # a speech verb, not one of this list
])
def test_without_a_clause_or_outside_the_list_the_verb_is_open(text, word):
    assert not introduces_clause(verb(text, word))


def test_the_row_for_sharing_intelligence_still_codes():
    got = triggers("Britain shared intelligence with Ukraine.")
    assert [(t, w) for t, w, rule in got if rule.startswith("pattern:share/V@")] == [
        ("COOPERATE", "shared intelligence")], got  # the row's line number moves as verbs.tsv grows


def test_the_clause_itself_is_still_coded():
    assert any(t[0] == "ASSAULT" for t in triggers("The ambassador noted that Russian forces had shelled Kharkiv."))
