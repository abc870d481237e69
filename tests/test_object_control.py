"""nlp.views.subject_of: the object of an object-control verb ("prompting Kiev to call for", "forced Syria to seek")
does its to-infinitive (lexicon object_control_verb); a subject-control verb ("wants to") keeps its subject."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _first(text, typ):
    evs, _ = code_text(text, publication_date="2022-03-15")
    return next(e for e in evs if e.event == typ)


@pytest.mark.parametrize("text, actor", [
    ("Russia said it had detained a Ukrainian journalist for spying, prompting Kiev to call for his release.", "UKR"),
    ("The attack prompted Kenya to call for a ceasefire.", "KEN"),
    ("The shelling forced Syria to seek help from Russia.", "SYR"),
    ("The border clashes led India to demand talks with China.", "IND"),
])
def test_object_does_the_complement(text, actor):
    assert [a.code for a in _first(text, "REQUEST").actor] == [actor]


@pytest.mark.parametrize("text, actor", [
    ("Russia wants to call for a ceasefire.", "RUS"),
    ("Iran urged Iraq to expel the rebels.", "IRN"),
    ("Turkey decided to demand talks with Syria.", "TUR"),
])
def test_subject_control_and_requests_keep_their_actor(text, actor):
    assert [a.code for a in _first(text, "REQUEST").actor] == [actor]
