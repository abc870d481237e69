"""A relative clause on the group its members are said to belong to ("X is among the countries that ...", "X is one
of the states that ...") tells what the members did (resolve._membership_subject). An unnamed or anonymous doer of
violence is an unidentified armed actor, UAF (ANNOTATION.md: unnamed gunmen -> the country of the act, sector UAF;
lexicon unidentified_modifier)."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _dyads(text, event):
    evs, _ = code_text(text, publication_date="2024-02-10")
    return [(sorted(a.code for a in e.actor), [r.code for r in e.recipient]) for e in evs if e.event == event]


@pytest.mark.parametrize("text,event,actors", [
    ("Canada and Belgium are among countries that have recently banned imports of wildlife trophies from Botswana.",
     "SANCTION", ["BEL", "CAN"]),
    ("Britain is among the nations that imposed sanctions on Russia last year.", "SANCTION", ["GBR"]),
    ("Kenya is one of the countries that criticized Somalia over the election delay.", "ACCUSE", ["KEN"]),
])
def test_the_members_do_the_relative_clause(text, event, actors):
    got = _dyads(text, event)
    assert sorted(c for a, _ in got for c in a) == actors, got


def test_an_antecedent_without_members_stays_uncoded():
    got = _dyads("Several countries that have banned trophy imports criticized Botswana.", "SANCTION")
    assert all(a == [] or a == [None] for a, _ in got), got


def test_unnamed_individuals_are_an_unidentified_armed_actor():
    evs, _ = code_text("The judge said he had been threatened by unnamed individuals.", publication_date="2024-02-10")
    threats = [e for e in evs if e.event == "THREATEN"]
    assert threats and all(a.sector == "UAF" for e in threats for a in e.actor), \
        [(e.event, [(a.entity_text, a.sector) for a in e.actor]) for e in evs]
