"""A demand's for-to clause (nlp.views.for_to_clause): "called for Assad to step down", "its calls for the president
to resign". The demand is a REQUEST of the caller with the clause's subject as recipient (recipient_rules.
complement_subject); the demanded act is its content, not an event that happened (triggers.content_of_other;
PLOVER manual, REQUEST: "the content of a demand is not coded as having occurred"). The verb's "for" is the
particle of the row "call for"; a noun "call" is a REQUEST only with such a clause (row condition inf), so "a
call for calm" stays the detector's and a phone call is no demand."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.nlp.model import load_model
from eventwire.nlp.views import for_to_clause


def _events(text):
    evs, _ = code_text(text, publication_date="2015-09-01")
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient], e.status) for e in evs]


@pytest.mark.parametrize("text,actor,recipient", [
    ("Turkey called for Assad to step down.", "TUR", "SYR"),
    ("The United States has called for Russia to withdraw its troops from the border.", "USA", "RUS"),
    ("On Monday Germany called for Iran to release the detained sailors.", "DEU", "IRN"),
    ("Saudi Arabia renewed its call for Assad to step down on Monday.", "SAU", "SYR"),
    ("Officials said France's repeated calls for the Syrian president to quit had gone unanswered.", "FRA", "SYR"),
    ("Protesters in Cairo repeated their demands for the Egyptian prime minister to resign.", "EGY", "EGY"),
])
def test_a_for_to_demand_is_a_request_to_the_clause_subject(text, actor, recipient):
    got = _events(text)
    req = [g for g in got if g[0] == "REQUEST"]
    assert req and actor in req[0][1] and recipient in req[0][2], got


@pytest.mark.parametrize("text,act", [
    ("Turkey called for Assad to step down.", "RETREAT"),
    ("The United States has called for Russia to withdraw its troops from the border.", "RETREAT"),
    ("Saudi Arabia renewed its call for Assad to step down on Monday.", "RETREAT"),
])
def test_the_demanded_act_is_not_coded_as_an_event(text, act):
    assert not [g for g in _events(text) if g[0] == act]


@pytest.mark.parametrize("text,act", [
    # the same acts asserted, not demanded, are events
    ("Assad stepped down on Monday.", "RETREAT"),
    ("Russia withdrew its troops from the border.", "RETREAT"),
])
def test_the_same_act_asserted_is_coded(text, act):
    assert [g for g in _events(text) if g[0] == act]


def test_a_call_noun_without_a_for_to_clause_is_no_rule_request():
    # a phone call is no demand; "a call for calm" has no clause and is left to the detector
    assert not [g for g in _events("Biden took a call from Zelensky on Monday.") if g[0] == "REQUEST"]
    evs, _ = code_text("Lib Dem leader Charles Kennedy's call for a pause was ignored.", publication_date="2015-09-01")
    assert all(not str(e.text_info["rule"].get("trigger", "")).startswith("pattern:call/N") for e in evs)
    # a call made again ("repeated his call for a pause") is read by its own row (verbs.tsv call N with
    # head=reiterate|renew|repeat|...; tests/test_renewed_calls_and_submissions.py), not by the for-to row
    evs, _ = code_text("Lib Dem leader Charles Kennedy repeated his call for a pause.", publication_date="2015-09-01")
    rows = [str(e.text_info["rule"].get("trigger", "")) for e in evs if e.event == "REQUEST"]
    assert rows and all(r.startswith("pattern:call/N") and r != "pattern:call/N@29" for r in rows), rows


def test_for_to_clause_finds_the_clause_on_the_noun_or_the_verb_above_it():
    nlp = load_model()
    doc = nlp("Saudi Arabia renewed its call for Assad to step down.")
    call = next(t for t in doc if t.lower_ == "call")
    assert for_to_clause(call) is not None and for_to_clause(call).lemma_ == "step"
    # a "for" phrase that is not adjacent to the noun is not its clause; a plain "for" phrase is no clause
    doc = nlp("Saudi Arabia renewed its call for a ceasefire.")
    assert for_to_clause(next(t for t in doc if t.lower_ == "call")) is None
    doc = nlp("He waited for the rain to stop.")
    assert for_to_clause(next(t for t in doc if t.lower_ == "waited")).lemma_ == "stop"


@pytest.mark.parametrize("text,act", [
    # the infinitive clause of a demand noun is what is demanded (nlp.views.noun_infinitive)
    ("Washington stepped up pressure on Beijing to release the activists.", "RETREAT"),
    ("Obama came under pressure from Congress to sanction Russia.", "SANCTION"),
    ("Germany's request to deploy troops in Mali was approved.", "MOBILIZE"),
])
def test_a_demand_nouns_infinitive_is_its_content(text, act):
    got = _events(text)
    assert [g for g in got if g[0] == "REQUEST"], got
    assert not [g for g in got if g[0] == act], got


def test_noun_infinitive_needs_the_clause_right_after_the_noun_phrase():
    nlp = load_model()
    from eventwire.nlp.views import noun_infinitive
    doc = nlp("Washington stepped up pressure on Beijing to release the activists.")
    assert noun_infinitive(next(t for t in doc if t.lower_ == "pressure")).lemma_ == "release"
    doc = nlp("Washington kept up the pressure for weeks, and on Monday it moved to release the activists.")
    assert noun_infinitive(next(t for t in doc if t.lower_ == "pressure")) is None
