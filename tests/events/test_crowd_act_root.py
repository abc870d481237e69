"""A sentence the model reads as one noun phrase ("Hundreds of students" ROOT, "protested" a participle on it): an
intransitive verb of a crowd's act (lexicon crowd_act_verb) is the sentence's verb, so the crowd is its actor
(nlp.views._verbless_root_subject); a "by" agent still makes a reduced passive."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.nlp.model import load_model
from eventwire.nlp.views import reduced_passive, subject_of


def _protests(text):
    evs, _ = code_text(text, publication_date="2024-02-10")
    return [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in evs if e.event == "PROTEST"]


@pytest.mark.parametrize("text,actor", [
    ("Hundreds of students protested in Seoul on Monday.", "KOR"),
    ("Hundreds of people protested outside the US embassy in Seoul.", "KOR"),
    ("About 500 students protested in Seoul on Monday.", "KOR"),
])
def test_the_crowd_does_the_act(text, actor):
    got = _protests(text)
    assert got and all(a == [actor] for a, _ in got), got


def test_the_root_noun_is_the_subject_and_no_passive():
    doc = load_model()("Hundreds of students protested in Seoul on Monday.")
    verb = next(t for t in doc if t.lower_ == "protested")
    if verb.dep_ != "acl":
        pytest.skip("the model parsed the verb as the root")
    assert subject_of(verb).lower_ == "hundreds"
    assert not reduced_passive(verb)


def test_a_by_agent_keeps_the_passive():
    doc = load_model()("The ruling, protested by thousands of students in Seoul.")
    verb = next(t for t in doc if t.lower_ == "protested")
    assert reduced_passive(verb) or verb.dep_ not in ("acl",)
