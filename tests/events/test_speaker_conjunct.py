"""A speech act conjoined to what a speaker reports is the speaker's ("X said tensions were rising and called on
Japan to apologise": the parser hangs "called" on "rising"; actor_rules.speaker_conjunct). A reported clause whose
subject is a party keeps that party, and acts of force are not read this way."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _records(text):
    evs, _ = code_text(text, publication_date="2024-02-10")
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient],
             (e.text_info.get("rule") or {}).get("actor")) for e in evs]


@pytest.mark.parametrize("text,event,actor,recipient", [
    ("The Chinese foreign minister said tensions were rising and called on Japan to apologize.",
     "REQUEST", "CHN", "JPN"),
    ("Ukrainian President Volodymyr Zelensky said the talks had failed and urged Russia to withdraw.",
     "REQUEST", "UKR", "RUS"),
    ("The Chinese foreign minister says tensions are rising and calls on Japan to apologize.",
     "REQUEST", "CHN", "JPN"),
    ("The Indian minister said the Pakistani envoy was summoned and accused Islamabad of sheltering militants.",
     "ACCUSE", "IND", "PAK"),
    # hung on an infinitive of the reported clause ("seemed to be improving and praised")
    ("The Indian foreign minister said relations seemed to be improving and praised Pakistan for its restraint.",
     "SUPPORT", "IND", "PAK"),
    ("The Chinese minister said tensions appeared to have been rising and called on Japan to apologise.",
     "REQUEST", "CHN", "JPN"),
])
def test_the_speaker_does_the_conjoined_act(text, event, actor, recipient):
    got = _records(text)
    assert (event, [actor], [recipient], "speaker_conjunct") in got, got


@pytest.mark.parametrize("text", [
    "Police said the protesters were angry and demanded the resignation of the Kenyan minister.",
    "Witnesses said the crowd grew restless and threatened the French journalists.",
    "The Chinese foreign minister criticized Japan and called on Tokyo to apologize.",
    # a change of tense: not the speaker's second verb
    "The Chinese foreign minister said tensions were rising and will call on Japan to apologize.",
])
def test_no_speaker_conjunct(text):
    got = _records(text)
    assert all(rule != "speaker_conjunct" for _, _, _, rule in got), got
