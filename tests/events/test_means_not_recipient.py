"""The weapon or means of an act is nobody's recipient; with a means as the object, "at"/"toward" names the target
(recipient_rules.means_object, lexicon ``projectile_quantity_noun``; PLOVER manual, ASSAULT and THREATEN: the
recipient is the target). Fresh user, twenty-first stop."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.events.recipient_rules import means_object
from eventwire.nlp.model import load_model


def _records(text):
    evs, _ = code_text(text, publication_date="2024-05-10")
    return [(e.event, [a.code for a in e.actor], [a.code for a in e.recipient], [a.entity_text for a in e.recipient])
            for e in evs]


@pytest.mark.parametrize("text,event,actor,recipient", [
    ("North Korea threatened to fire missiles at Japan.", "THREATEN", "PRK", "JPN"),
    ("North Korea threatened to launch more missiles toward Japan next month.", "THREATEN", "PRK", "JPN"),
    ("Iran vowed to fire rockets at Israeli cities.", "THREATEN", "IRN", "ISR"),
    ("Russia threatened to use nuclear weapons against Ukraine.", "THREATEN", "RUS", "UKR"),
])
def test_the_target_not_the_weapon_is_the_recipient(text, event, actor, recipient):
    got = [r for r in _records(text) if r[0] == event]
    assert [(r[1], r[2]) for r in got] == [([actor], [recipient])], _records(text)


def test_a_weapon_is_never_the_recipient():
    got = _records("Iran launched a barrage of rockets at Israeli cities.")
    assert got and all("rockets" not in " ".join(r[3]) for r in got), got


@pytest.mark.parametrize("text,word,expected", [
    ("Iran launched a barrage of rockets.", "barrage", True),
    ("Iran fired missiles.", "missiles", True),
    ("Iran faced a barrage of criticism.", "barrage", False),
    ("Iran attacked the convoy.", "convoy", False),
])
def test_means_object(text, word, expected):
    doc = load_model()(text)
    assert means_object(next(t for t in doc if t.text == word)) is expected
