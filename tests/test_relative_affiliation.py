"""actors.resolve.ActorResolver.relative_affiliation: a relative clause on a person's name that says which
organisation the person leads or serves ("who heads Oxfam", "who led Care International operations in Iraq",
"who works for the Red Cross") codes the person as that organisation, as an apposition does ("the head of
Oxfam"). PLOVER manual, "Non-state international actors": an NGO's or an IGO's staff are coded as the body.
A clause naming no organisation ("who led an inquiry", "who runs a school in Sudan") leaves the person as before."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _parties(text, event, side):
    evs, _ = code_text(text, publication_date="2005-10-10")
    return [[a.code for a in getattr(e, side)] for e in evs if e.event == event]


@pytest.mark.parametrize("text", [
    "Anna Berg, who heads Oxfam's operations in Sudan, was abducted in Darfur.",
    "Anna Berg, who heads Oxfam, was abducted in Darfur.",
    "Anna Berg, who works for Oxfam, was abducted in Darfur.",
    "Karl Weiss, 47, who ran Care International's office in Somalia, was kidnapped near Mogadishu.",
])
def test_who_heads_an_ngo_is_the_ngo(text):
    assert _parties(text, "ASSAULT", "recipient") == [["NGO"]]


def test_the_affiliation_holds_for_the_actor_too():
    got = _parties("Lena Holm, who directs Amnesty International's research unit, condemned the Kenyan police.",
                   "ACCUSE", "actor")
    assert got and got[0] == ["NGO"]


@pytest.mark.parametrize("text, want", [
    # no organisation in the clause: the place decides, as without the clause
    ("Anna Berg, who runs a school in Sudan, was abducted in Darfur.", [["SDN"]]),
    # a clause of another verb
    ("Anna Berg, who visited Oxfam's office in Sudan, was abducted in Darfur.", [["SDN"]]),
])
def test_a_clause_naming_no_organisation_it_leads_changes_nothing(text, want):
    assert _parties(text, "ASSAULT", "recipient") == want


def test_an_inquiry_is_no_organisation():
    got = _parties("Anna Berg, who led an inquiry into the affair, criticised the Sudanese government.",
                   "ACCUSE", "actor")
    assert got and got[0] in ([None], [])
