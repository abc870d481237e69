"""triggers.interview_question, triggers.anonymity_request, triggers.names_a_need: a question put to someone in the
passive, a source's condition of anonymity and a statement of what a party needs ask no party for an act or a thing
(PLOVER manual, REQUEST). Requests in the passive, active questions by a party and needs of an act stay open."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _requests(text):
    evs, _ = code_text(text, publication_date="2022-03-15")
    return [e for e in evs if e.event == "REQUEST" and not e.negated]


@pytest.mark.parametrize("text", [
    "The French foreign minister was asked by German reporters on Monday whether Paris would send troops to Mali.",
    "The German chancellor was asked by reporters about the sanctions on Russia.",
    "The Russian ambassador was asked by the UN envoy what Moscow wanted from the talks.",
    "Syria was asked by Russia about the chemical weapons, and Damascus said nothing.",
    "The Turkish spokesman was asked by Greek journalists if Ankara would recall its envoy.",
])
def test_interview_question_is_no_request(text):
    assert _requests(text) == []


@pytest.mark.parametrize("text, actor, recipient", [
    ("Egyptian police were asked by Britain to release the detained journalists.", "GBR", "EGY"),
    ("Iran was asked by the IAEA for access to the nuclear site.", "UNO", "IRN"),
])
def test_passive_request_for_an_act_stays(text, actor, recipient):
    req = _requests(text)
    assert req and [a.code for a in req[0].actor] == [actor] and [r.code for r in req[0].recipient] == [recipient]


def test_active_question_by_a_party_stays():
    req = _requests("The Iraqi judge asked the lawyers whether the evidence was admissible.")
    assert [a.code for a in req[0].actor] == ["IRQ"]


@pytest.mark.parametrize("text", [
    "Iraqi troops will withdraw next month, said a Pentagon official, who asked not to be named.",
    "A Kenyan diplomat, who requested anonymity, said Nairobi would not send troops.",
    "Chinese forces held drills near the island, said a Taiwanese officer who asked not to be identified.",
])
def test_anonymity_is_no_request(text):
    assert _requests(text) == []


def test_asking_a_party_not_to_act_stays():
    req = _requests("Kenya asked Uganda not to deport the refugees.")
    assert req and [r.code for r in req[0].recipient] == ["UGA"]


@pytest.mark.parametrize("text", [
    "The Kenyan president said Africa needs a stronger union.",
    "Britain needed a slimmer government, the Tory leader said.",
    "Uganda needed more troops in Somalia, the Ugandan president said.",
])
def test_need_of_a_thing_is_no_request(text):
    assert _requests(text) == []
