"""A reported clause of obligation with "need to" is a demand statement as one with "must"/"should" is
(triggers.is_demand_statement, _obligation_clause; lexicon obligation_verb): the speaker is the actor and the
clause's subject the recipient (PLOVER manual, REQUEST; CAMEO 10). A need of a thing is no demand."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _requests(text):
    evs, _ = code_text(text, publication_date="2024-02-10")
    return [([a.code for a in e.actor], [r.code for r in e.recipient], e.text_info["rule"]["trigger"])
            for e in evs if e.event == "REQUEST"]


@pytest.mark.parametrize("text,actor,recipient", [
    ("America needed to listen to the world too, the British prime minister said.", "GBR", "USA"),
    ("The French president said Iran needs to stop enriching uranium.", "FRA", "IRN"),
    ("Japan's foreign minister said North Korea needed to return the abducted citizens.", "JPN", "PRK"),
])
def test_a_reported_need_to_act_is_the_speakers_demand(text, actor, recipient):
    got = _requests(text)
    assert (([actor], [recipient], "demand-statement")) in got, got
    assert not [g for g in got if g[0] == [recipient]], got  # the one who must act is not the one asking


@pytest.mark.parametrize("text", [
    "The French president said Iran needs more time.",
    "The Conservative leader said the party needs him.",
    "The minister said the bill needs yet to be approved by parliament.",
])
def test_a_need_of_a_thing_or_a_not_yet_is_no_demand_statement(text):
    assert not [g for g in _requests(text) if g[2] == "demand-statement"], _requests(text)


@pytest.mark.parametrize("text", [
    "The French minister said the Italian decision must have been a blow to Rome.",
    "The Kenyan opposition leader said the election commission must have miscounted the votes.",
])
def test_must_have_done_is_an_inference_not_a_demand(text):
    assert not [g for g in _requests(text) if g[2] == "demand-statement"]


def test_must_do_stays_a_demand():
    got = _requests("The French minister said Italy must stop the shipments.")
    assert (["FRA"], ["ITA"], "demand-statement") in got, got
