"""event_dates rule ``attribution_date`` (event_dates.reported_by_dated_saying): an actual act with no date of its own
that the text reports through a dated saying ("X ordered Y, the ministry said on Friday") takes the day of the
saying, marked ``date_basis: attribution`` -- it happened no later than the day it was reported. An act with its own
date keeps it (``text``); a saying dated to no day ("said last week") leaves the publication date; the corroboration
window treats the date like the publication date's. Relative days resolve against the publication date as today.

All sentences are invented.
"""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.corroboration.linking import EventView
from eventwire.schema import Event

PUB = "2024-06-08"  # a Saturday: Monday is 2024-06-03, Tuesday 06-04, Wednesday 06-05, Thursday 06-06, Friday 06-07


def records(text, event, pub=PUB):
    evs, _ = code_text(text, publication_date=pub)
    return [(e.status, e.date, e.date_basis) for e in evs if e.event == event and not e.negated]


@pytest.mark.parametrize("text,event,day", [
    ("Mali's junta ordered the Danish ambassador to leave the country within 72 hours, the foreign ministry said on "
     "Friday.", "SANCTION", "2024-06-07"),
    ("Mali's junta ordered the Danish ambassador to leave, the foreign ministry said in a statement on Friday.",
     "SANCTION", "2024-06-07"),
    ("A statement on Tuesday said Mali's junta had ordered the Danish ambassador to leave.", "SANCTION", "2024-06-04"),
    ("Officials said Monday that Chad's government expelled the German ambassador.", "SANCTION", "2024-06-03"),
    ("The foreign ministry told reporters Thursday that Chad had expelled the German ambassador.", "SANCTION",
     "2024-06-06"),
    ("Chad announced on Friday that it had expelled the German ambassador.", "SANCTION", "2024-06-07"),
    ('"We have expelled the German ambassador," the Chadian foreign ministry said on Friday.', "SANCTION",
     "2024-06-07"),
    ("Police arrested 40 protesters in Nairobi, a police spokesman said on Wednesday.", "COERCE", "2024-06-05"),
    ("Rebels attacked an army post near Goma, the army said yesterday.", "ASSAULT", "2024-06-07"),
])
def test_an_undated_act_takes_the_day_of_the_saying_that_reports_it(text, event, day):
    assert records(text, event) == [("actual", day, "attribution")], records(text, event)


@pytest.mark.parametrize("text,event,day", [
    ("Russia attacked Ukrainian ports on Monday, officials said on Wednesday.", "ASSAULT", "2024-06-03"),
    ("Chad expelled the German ambassador on Tuesday, the foreign ministry said on Friday.", "SANCTION", "2024-06-04"),
    ("Officials said on Friday that police arrested 40 protesters on Wednesday.", "COERCE", "2024-06-05"),
])
def test_an_act_with_its_own_date_keeps_it(text, event, day):
    assert records(text, event) == [("actual", day, "text")], records(text, event)


@pytest.mark.parametrize("text,event", [
    ("Mali's junta ordered the Danish ambassador to leave, the foreign ministry said last week.", "SANCTION"),
    ("Mali's junta ordered the Danish ambassador to leave, the foreign ministry said.", "SANCTION"),
])
def test_a_saying_dated_to_no_day_leaves_the_publication_date(text, event):
    assert records(text, event) == [("actual", PUB, "publication")], records(text, event)


def test_a_statement_of_the_speaker_is_still_dated_as_made_that_day():
    # the speaker's own statement is the saying (made_by_saying): its day is the act's, date_basis text
    got = records("Iran said on Tuesday it rejected the proposal.", "REJECT")
    assert got == [("actual", "2024-06-04", "text")], got


def test_a_future_act_takes_no_day_from_its_reporting():
    got = records("Chad will expel the German ambassador, officials said on Friday.", "SANCTION")
    assert all(d is None or b != "attribution" for _, d, b in got), got


def test_a_saying_long_before_publication_makes_the_act_historical():
    got = records("Mali's junta ordered the Danish ambassador to leave, the foreign ministry said on March 3, 2019.",
                  "SANCTION")
    assert got == [("historical", "2019-03-03", "attribution")], got


def test_without_a_publication_date_only_a_saying_dated_in_full_dates_the_act():
    evs, _ = code_text("Mali's junta ordered the Danish ambassador to leave, the foreign ministry said on Friday.")
    assert [(e.date, e.date_basis) for e in evs if e.event == "SANCTION"] == [(None, None)]
    evs, _ = code_text("Mali's junta ordered the Danish ambassador to leave, the foreign ministry said on "
                       "March 3, 2024.")
    assert [(e.date, e.date_basis) for e in evs if e.event == "SANCTION"] == [("2024-03-03", "attribution")]


def test_corroboration_reads_an_attribution_date_as_no_date_of_the_act():
    evs, _ = code_text("Chad expelled the German ambassador, the foreign ministry said on Friday.",
                       publication_date=PUB)
    e = next(e for e in evs if e.event == "SANCTION")
    view = EventView.from_record(e.to_dict(), publication_date=PUB)
    assert e.date_basis == "attribution" and view.date_from_text is False
    assert isinstance(e, Event)
