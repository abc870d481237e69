"""triggers.stresses_topic / lexicon stressed_topic_noun: a verb of passing on a detail whose object is a noun of need
or weight ("underscored the need for monitors", "stressed the urgency of rearming") states a topic -- no accusation,
demand or meeting -- so the trained detector never proposes the verb. Other objects stay open. Variants of our own
wording."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.events.triggers import stresses_topic
from eventwire.nlp.model import load_model


def _tok(text, word):
    return next(t for t in load_model()(text) if t.text == word)


def _events(text):
    evs, _ = code_text(text, publication_date="2024-05-01")
    return [(e.event, e.event_text) for e in evs]


@pytest.mark.parametrize("text, word", [
    ("The senator has underscored the need for observers if a truce holds.", "underscored"),
    ("The Polish defence minister stressed the urgency of rearming Europe.", "stressed"),
    ("The Japanese premier emphasized the importance of dialogue with Seoul.", "emphasized"),
    ("The envoy highlighted the role of women in the peace process.", "highlighted"),
])
def test_stressing_a_need_is_no_detector_trigger(text, word):
    assert stresses_topic(_tok(text, word))
    assert not [e for e in _events(text) if e[1] == word], _events(text)


@pytest.mark.parametrize("text, word", [
    ("The spokesman highlighted the party's broken promises.", "highlighted"),
    ("The minister stressed that the talks would resume.", "stressed"),  # a clause: introduces_clause's case
    ("The general underlined the failures of the campaign.", "underlined"),
])
def test_other_objects_are_not_this_kind(text, word):
    assert not stresses_topic(_tok(text, word))
