"""Testimony to a legislature or inquiry is CONSULT: "X gave evidence to a parliamentary committee" (pattern row
``evidence/N`` under "give", recipient the "to"/"before" object, strict), as the training annotations code a
hearing of a Commons committee (PLOVER manual, CONSULT: "all consultations and meetings"). Evidence given to a
court is a step of a trial (admission.testimony_in_court), and evidence with no audience named ("witnesses giving
evidence in courts", "evidence of the attack") is no act.
"""
import pytest

from expectations import records


def hearings(text):
    return [e for e in records(text)
            if e.event == "CONSULT" and e.text_info["rule"]["trigger"].startswith("pattern:evidence/")]


@pytest.mark.parametrize("text,actor,recipient", [
    ("The Kenyan finance minister gave evidence to a parliamentary committee on Tuesday.", "KEN", "KEN"),
    ("Britain's defence secretary was giving evidence to the Commons defence committee.", "GBR", "GBR"),
    ("The Australian foreign minister gave evidence before a Senate committee.", "AUS", "AUS"),
])
def test_evidence_to_a_committee_is_a_consultation(text, actor, recipient):
    got = hearings(text)
    assert got
    assert actor in {a.code for a in got[0].actor} and recipient in {r.code for r in got[0].recipient}


@pytest.mark.parametrize("text", [
    "The Kenyan minister gave evidence to the High Court in Nairobi.",
    "Victims giving evidence in courts will get more support.",
    "The police gave evidence of the attack.",
])
def test_evidence_in_court_or_without_an_audience_is_no_consultation(text):
    assert not hearings(text)
