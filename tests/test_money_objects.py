"""A sum of money stands for what it is "in" (nlp.views.objects): "will provide $300 million in military aid to
Ukraine" is the aid provided (AGREE, a future AID), "sent $2 billion in weapons" AID; a sum with no such phrase
names nothing given. Found by the fresh-user check ("The U.S. will provide $300 million in military aid to
Ukraine, the Pentagon announced" gave no event)."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _dyads(text):
    evs, _ = code_text(text, publication_date="2024-06-05")
    return [(e.event, [a.code for a in e.actor], [a.code for a in e.recipient]) for e in evs]


@pytest.mark.parametrize("text,want", [
    ("The U.S. will provide $300 million in military aid to Ukraine, the Pentagon announced.",
     ("AGREE", ["USA"], ["UKR"])),
    ("Germany sent $2 billion in weapons to Ukraine.", ("AID", ["DEU"], ["UKR"])),
])
def test_a_sum_stands_for_what_it_is_in(text, want):
    assert want in _dyads(text), _dyads(text)


def test_a_sum_alone_is_no_aid():
    assert not any(e == "AID" for e, _, _ in _dyads("The company paid $5 million to its shareholders."))
