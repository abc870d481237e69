"""actors.resolve.ActorResolver.described_again (rule same_noun_antecedent): a definite "the junta" names the party
written earlier with its own country ("Niger's junta"), not the country of the sentence's other party; "the
government" keeps the last-state rule."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _dyads(text):
    evs, _ = code_text(text, publication_date="2024-03-12")
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in evs]


@pytest.mark.parametrize("text,want", [
    ("Niger's junta ordered the French ambassador to leave. France condemned the junta.",
     ("ACCUSE", ["FRA"], ["NER"])),
    ("The Sudanese army shelled Omdurman on Monday. Chad condemned the army.", ("ACCUSE", ["TCD"], ["SDN"])),
    ("Malian soldiers attacked a village. France criticised these soldiers.", ("ACCUSE", ["FRA"], ["MLI"])),
])
def test_definite_noun_takes_its_antecedents_country(text, want):
    assert want in _dyads(text), _dyads(text)


def test_the_government_keeps_the_last_state_rule():
    text = "The Pakistani government banned the party. India criticised the government."
    assert ("ACCUSE", ["IND"], ["PAK"]) in _dyads(text), _dyads(text)
