"""A meeting held in the country of one of its parties has the other party, the visitor, as its actor
(story_context.visitor_first; CAMEO 042 "make a visit": the visitor is the source; PLOVER CONSULT)."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _consults(text):
    evs, _ = code_text(text, publication_date="2024-02-10")
    return [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in evs if e.event == "CONSULT"]


@pytest.mark.parametrize("text,visitor,host", [
    ("Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Moscow on Tuesday.", "TUR",
     "RUS"),
    ("Egyptian President Abdel Fattah al-Sisi met French Foreign Minister Jean-Yves Le Drian in Cairo on Sunday.",
     "FRA", "EGY"),
    ("Speaking at a news conference in Tehran with his visiting Spanish counterpart, the Iranian foreign minister "
     "said the crisis had no military solution.", "ESP", "IRN"),
])
def test_the_visitor_is_the_actor_of_a_meeting_in_the_hosts_country(text, visitor, host):
    assert ([visitor], [host]) in _consults(text), _consults(text)
    assert ([host], [visitor]) not in _consults(text), _consults(text)


@pytest.mark.parametrize("text,actor,recipient", [
    ("Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Ankara on Tuesday.", "RUS",
     "TUR"),  # the subject is the visitor already
    ("Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Geneva on Tuesday.", "RUS",
     "TUR"),  # a third country: no host among the parties
    ("Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan on Tuesday.", "RUS", "TUR"),
    ("Turkish President Recep Tayyip Erdogan visited Russian President Vladimir Putin in Moscow.", "TUR", "RUS"),
    ("Egypt and Qatar met in Cairo on Monday.", "EGY", "QAT"),  # a mutual meeting: both ways
    ("Egypt and Qatar met in Cairo on Monday.", "QAT", "EGY"),
])
def test_the_sentence_order_stays_without_a_host_venue(text, actor, recipient):
    assert ([actor], [recipient]) in _consults(text), _consults(text)
