"""actor_rules.judging_speaker / recipient_rules.judged_party: a judgement the trained detector reads in what a
speaker says ("X said Y had failed") is an ACCUSE by the speaker against the judged clause's subject, not by
the subject against whoever the context offers (PLOVER manual, ACCUSE; voa_news ANNOTATION.md)."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _accuse(text):
    evs, _ = code_text(text, publication_date="2022-03-15")
    return [e for e in evs if e.event == "ACCUSE" and not e.negated]


@pytest.mark.parametrize("text, actor, recipient", [
    ("British Foreign Secretary Jack Straw said Iran had continued to break its promises on enrichment.", "GBR", "IRN"),
    ("Japan's foreign minister said North Korea had failed to honour the deal.", "JPN", "PRK"),
    ("The German government said Russia's behaviour was unacceptable.", "DEU", "RUS"),
    ("The French president said Turkey's conduct in the Mediterranean was irresponsible.", "FRA", "TUR"),
    ("I think the Russian government has failed, a Canadian minister said.", "CAN", "RUS"),
])
def test_the_speaker_accuses_the_judged_party(text, actor, recipient):
    evs = _accuse(text)
    assert evs, text
    e = evs[0]
    assert [a.code for a in e.actor] == [actor]
    assert [r.code for r in e.recipient] == [recipient]
    assert e.text_info["rule"]["actor"] == "judging_speaker"
    assert e.text_info["rule"]["recipient"] == "judged_party"


def test_a_rule_trigger_in_the_clause_keeps_its_own_parties():
    # "attacked" is a dictionary trigger: the clause is coded on its own, its doer stays the actor
    evs, _ = code_text("The German government said Russian forces had attacked Ukrainian towns.",
                       publication_date="2022-03-15")
    assault = [e for e in evs if e.event == "ASSAULT"]
    assert assault and [a.code for a in assault[0].actor] == ["RUS"]
    assert all(e.text_info["rule"]["actor"] != "judging_speaker" for e in evs)


def test_a_speaker_that_names_no_party_leaves_the_actor_to_the_next_rules():
    evs, _ = code_text("It said Iran had continued to break its promises on enrichment.", publication_date="2022-03-15")
    assert all(e.text_info["rule"]["actor"] != "judging_speaker" for e in evs)


@pytest.mark.parametrize("text, actor, recipient", [
    ("The Pakistani foreign minister said China's role in the talks was commendable.", "PAK", "CHN"),
    ("The Kenyan president said Ethiopia's decision was commendable.", "KEN", "ETH"),
])
def test_the_speaker_praises_the_judged_party(text, actor, recipient):
    # a judgement the detector reads in what a speaker says is the speaker's, whichever of the judged types
    # (actor_rules.JUDGED_TYPES: ACCUSE, SUPPORT) the retrained detector gives the word
    from eventwire.events.actor_rules import JUDGED_TYPES

    evs, _ = code_text(text, publication_date="2022-03-15")
    sup = [e for e in evs if e.event in JUDGED_TYPES and e.event_text == "commendable"]
    assert sup, [(e.event, e.event_text) for e in evs]
    assert [a.code for a in sup[0].actor] == [actor]
    assert [r.code for r in sup[0].recipient] == [recipient]
    assert sup[0].text_info["rule"]["actor"] == "judging_speaker"


def test_a_praise_verb_keeps_its_own_subject():
    # "praised" is a dictionary trigger: its subject praises, whoever reports it
    evs, _ = code_text("The Kenyan president said Ethiopia had praised the agreement with Somalia.",
                       publication_date="2022-03-15")
    sup = [e for e in evs if e.event == "SUPPORT"]
    assert sup and [a.code for a in sup[0].actor] == ["ETH"]


def test_support_named_with_its_giver_is_not_the_speakers():
    # "enjoyed support from Moscow": Moscow gives the support, Washington only reports it
    evs, _ = code_text("Washington said the new sanctions enjoyed support from Moscow.", publication_date="2022-03-15")
    assert all(e.text_info["rule"]["actor"] != "judging_speaker" for e in evs if e.event == "SUPPORT")
    assert not [e for e in evs if e.event == "SUPPORT" and [a.code for a in e.actor] == ["USA"]]
