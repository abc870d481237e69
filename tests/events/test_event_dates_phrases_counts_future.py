"""event_dates: three kinds of date fault.

1. A reported clause the parser hangs on the noun of a phrase of the speech verb ("Iran said Tuesday in a statement
   that it rejected the proposal": ``rejected`` an ``acl``/``relcl`` of "statement") is still the saying's
   complement (attribution.saying_of_noun_clause): the saying is its source, a statement made by it takes the day
   of the saying, and a reported "would" is the backshifted "will" (modality.announced).
2. A count of time ("72 hours", "14 days": event_dates.count_of_time) is a length, no date: it neither dates an act
   nor stands beside the sentence's one explicit day as a second date ("expelled the envoy and gave him 72 hours on
   Monday to leave": Monday dates the expulsion). A count measured from another moment ("three days ago") is a date.
3. An act done by publication takes no shared date that lies after publication (event_dates.after_publication):
   "released 20 hostages, with more to be freed tomorrow" -- tomorrow is the later act's.

All sentences are invented.
"""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.events.attribution import saying_of_noun_clause
from eventwire.events.event_dates import count_of_time
from eventwire.nlp.model import load_model

PUB = "2024-06-08"  # a Saturday: Monday is 2024-06-03, Tuesday 06-04, Wednesday 06-05, Thursday 06-06, Friday 06-07


def records(text, event=None):
    evs, _ = code_text(text, publication_date=PUB)
    return [(e.event, e.status, e.date, e.date_basis) for e in evs if (event is None or e.event == event)
            and not e.negated]


# --- 1. the saying's phrase between "said" and its clause -------------------------------------------------------

@pytest.mark.parametrize("text,event,day", [
    ("Iran said Tuesday in a statement that it rejected the proposal.", "REJECT", "2024-06-04"),
    ("Iran said on Tuesday in a statement that it would not accept the proposal.", "REJECT", "2024-06-04"),
    ("Iran said Tuesday in a statement that it condemned the attack.", "ACCUSE", "2024-06-04"),
    ("Iran's foreign ministry said on Monday in a post on X that it condemned the attack.", "ACCUSE", "2024-06-03"),
    ("The Iranian foreign ministry said Monday in a post on X that it rejected the proposal.", "REJECT",
     "2024-06-03"),
    ("China said on Friday in a televised address that it would retaliate against new tariffs.", "THREATEN",
     "2024-06-07"),
])
def test_a_statement_said_in_a_phrase_takes_the_day_of_its_saying(text, event, day):
    assert records(text, event) == [(event, "actual", day, "text")], records(text)


def test_the_clause_hung_on_the_noun_of_the_saying_is_its_complement():
    nlp = load_model()
    doc = nlp("The ministry said on Monday in a post on X that it rejected the proposal.")
    rejected = next(t for t in doc if t.lower_ == "rejected")
    if rejected.dep_ in ("acl", "relcl"):  # the parse this rule is for
        assert saying_of_noun_clause(rejected).lower_ == "said"
    doc = nlp("Iran rejected the proposal that the ministry drafted.")
    drafted = next(t for t in doc if t.lower_ == "drafted")
    assert saying_of_noun_clause(drafted) is None  # a relative clause on a noun of no saying


def test_a_reported_would_in_a_phrase_of_the_saying_is_future_not_hypothetical():
    got = records("Iran said Tuesday in a statement that it would reject the proposal.", "REJECT")
    assert got == [("REJECT", "future", None, None)], got


def test_another_party_s_act_said_in_a_phrase_stays_reported_and_is_dated_by_its_report():
    # not the day of the act (no date_basis text): the day it was reported by (rule attribution_date)
    evs, _ = code_text("Pakistan said on Friday in a statement that India was supporting militants.",
                       publication_date=PUB)
    got = [(e.event, e.reported, e.sources, e.date, e.date_basis) for e in evs]
    assert got == [("SUPPORT", True, ["Pakistan"], "2024-06-07", "attribution")], got


# --- 2. a count of time is no date ----------------------------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("The junta expelled the French envoy and gave him 72 hours on Monday to leave the country.",
     [("SANCTION", "actual", "2024-06-03", "text"), ("THREATEN", "actual", "2024-06-03", "text")]),
    ("Russia expelled the diplomats on Monday and ordered them to leave within 72 hours.",
     [("SANCTION", "actual", "2024-06-03", "text"), ("REQUEST", "actual", "2024-06-03", "text")]),
    ("Mali expelled the French ambassador on Monday and gave him 72 hours to leave.",
     [("SANCTION", "actual", "2024-06-03", "text"), ("THREATEN", "actual", "2024-06-03", "text")]),
    ("Diplomats must leave within 72 hours, the ministry announced on Monday.",
     [("REQUEST", "actual", "2024-06-03", "text")]),
])
def test_a_count_of_time_does_not_block_the_explicit_day(text, want):
    assert records(text) == want, records(text)


@pytest.mark.parametrize("text,count", [
    ("They must leave within 72 hours.", True),
    ("The ministry gave them 48 hours to leave.", True),
    ("The envoy must leave in 14 days.", True),
    ("Police arrested the suspect three days ago.", False),     # measured back from publication: a date
    ("Police arrested the suspect 72 hours after the attack.", False),  # measured from another act
    ("Police arrested the suspect last month.", False),
])
def test_count_of_time(text, count):
    doc = load_model()(text)
    ents = [e for e in doc.ents if e.label_ in ("DATE", "TIME")]
    assert ents and count_of_time(ents[0]) is count, [(e.text, e.label_) for e in ents]


# --- 3. no date after publication for an act done by then ----------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("The rebels released 20 hostages, with more to be freed tomorrow.", [("RETREAT", "actual", PUB, "publication")]),
    ("Egypt and Sudan signed a trade deal, to take effect next month.",
     [("SUPPORT", "actual", PUB, "publication")] * 2),
])
def test_an_actual_act_takes_no_later_date_of_another_act(text, want):
    assert records(text) == want, records(text)


@pytest.mark.parametrize("text,want", [
    # a future act keeps the later date of its own clause
    ("The army will release 20 prisoners tomorrow.", ("future", "2024-06-09", "text")),
    # an announced act to come: the statement is dated as its announcement (record future)
    ("Egypt announced on Monday that it will sign an agreement with Sudan.", ("future", "2024-06-03", "text")),
])
def test_what_a_later_date_still_dates(text, want):
    got = [g[1:] for g in records(text)]
    assert got == [want], got
