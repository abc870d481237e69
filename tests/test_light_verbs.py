"""triggers.model_triggers / lexicon light_verb: a light verb has no event of its own -- the event lies in its object
or complement, which the rules (or the detector, on the object) read -- so the trained detector never proposes one.
The pattern rows of such verbs ("held talks", "opened fire", "took ... into custody") still code."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _events(text):
    evs, _ = code_text(text, publication_date="2011-03-21")
    return [(e.event, e.text_info["rule"]["trigger"]) for e in evs]


@pytest.mark.parametrize("text", [
    "A memorial service was held for the dead soldiers on Sunday.",
    "The regional elections will be held simultaneously in Taipei and Kaohsiung on Saturday.",
    "The Kenyan government would play its part in cultivating an environment where technology can flourish, the "
    "minister said.",
    "French President Nicolas Sarkozy took on the challenge of getting a resolution from the Security Council.",
    "The ministry opened an office in Nairobi.",
])
def test_no_event_is_read_on_a_light_verb(text):
    assert all(not rule.startswith(("model:hold/", "model:play/", "model:take/", "model:open/"))
               for _, rule in _events(text))
    assert _events(text) == []


@pytest.mark.parametrize("text, event, rule", [
    ("Israeli troops opened fire on protesters.", "ASSAULT", "pattern:open/V"),
    ("Iran and Iraq held talks in Baghdad.", "CONSULT", "pattern:hold/V"),
    ("Police took the suspect into custody.", "COERCE", "pattern:take/V"),
    ("Police took two men into detention in Lahore.", "COERCE", "pattern:take/V"),
])
def test_the_rules_still_read_light_verbs_with_their_objects(text, event, rule):
    got = _events(text)
    assert any(ev == event and r.startswith(rule) for ev, r in got), got


def test_the_event_noun_after_a_light_verb_is_coded():
    # "led the massacre": the massacre is the event (verbs.tsv row massacre/N), done by the army
    evs, _ = code_text("Members of the army led the massacre of hundreds of villagers.", publication_date="2011-03-21")
    assault = [e for e in evs if e.event == "ASSAULT"]
    assert assault and assault[0].actor and assault[0].actor[0].sector == "MIL"
