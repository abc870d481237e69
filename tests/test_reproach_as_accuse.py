"""recode.reproached_past (row reproach-as-accuse): a demand statement whose obligation is a past act ("said the
government should have acted sooner", "should not have released") asks for nothing that can still be done: it is a
reproach, ACCUSE disapprove by the speaker on the party reproached. A demand about what is still to be done stays
REQUEST, and an inference with "must have" is no reproach."""
from __future__ import annotations

import pytest

from eventwire import code_text


def records(text):
    events, _ = code_text(text, publication_date="2022-03-15")
    return [(e.event, e.mode, [a.code for a in e.actor], [r.code for r in e.recipient], e.text_info["rule"]["type"])
            for e in events]


@pytest.mark.parametrize("text, actor, recipient", [
    ("The French minister said the Italian government should have acted sooner.", "FRA", "ITA"),
    ("A lawyer for the Kenyan activist says the police should not have released the officer.", "KEN", "KEN"),
    ("The German chancellor said Poland should have consulted its neighbours before the vote.", "DEU", "POL"),
])
def test_a_demand_about_a_past_act_is_a_reproach(text, actor, recipient):
    got = records(text)
    assert ("ACCUSE", "disapprove", [actor], [recipient], "reproach-as-accuse") in got, got
    assert not any(r[0] == "REQUEST" for r in got), got


@pytest.mark.parametrize("text, actor, recipient", [
    ("The French minister said the Italian government should act sooner.", "FRA", "ITA"),
    ("The German chancellor said Poland must consult its neighbours before the vote.", "DEU", "POL"),
])
def test_a_demand_about_what_is_still_to_do_stays_a_request(text, actor, recipient):
    got = records(text)
    assert any(r[0] == "REQUEST" and r[2] == [actor] and r[3] == [recipient] for r in got), got
    assert not any(r[4] == "reproach-as-accuse" for r in got), got


def test_an_inference_with_must_have_is_no_reproach():
    got = records("The French minister said the Italian decision must have been a blow to Rome.")
    assert not any(r[4] == "reproach-as-accuse" for r in got), got
