"""event_dates: two kinds of date found by a user trying the coder (stop 16).

1. A date entity that the small English model runs on across a comma into the attribution after it ("fired two
   missiles into the sea off its east coast on Sunday, South Korea's military said": the entity is ``Sunday, South
   Korea's``, its root the comma hung on "said") is cut to its date part (event_dates.date_span), so the day dates
   the act, not the saying; the publication day no longer stands in for it.
2. The record of an announced future or conditional act -- the promise (AGREE, CONCEDE) or warning (THREATEN) that
   a recode rule makes of it -- is the announcement: with no date of its own it takes the day of the saying that
   announces it (event_dates.made_by_announcing), whoever says it; its status stays future for a promise. A date of
   the act announced still dates it ("next month"); with no saying date the publication date stands in; a future act
   that stays a future act ("will impose sanctions": SANCTION future) gets no date.

All sentences are invented.
"""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.events.event_dates import date_span
from eventwire.nlp.model import load_model

PUB = "2024-03-12"  # a Tuesday: Sunday is 2024-03-10, Monday 03-11, Friday 03-08


def records(text, event):
    evs, _ = code_text(text, publication_date=PUB)
    return [(e.status, e.date, e.date_basis) for e in evs if e.event == event and not e.negated]


@pytest.mark.parametrize("text,event,day", [
    ("North Korea fired two ballistic missiles into the sea off its east coast on Sunday, South Korea's military "
     "said.", "MOBILIZE", "2024-03-10"),
    ("North Korea fired two ballistic missiles into the sea off its east coast on Sunday, South Korea's Joint Chiefs "
     "of Staff said.", "MOBILIZE", "2024-03-10"),
    ("North Korea fired two ballistic missiles into the sea off its east coast on Sunday.", "MOBILIZE", "2024-03-10"),
    ("Russia launched drones at Kyiv on Sunday, Ukraine's air force said.", "ASSAULT", "2024-03-10"),
    ("Police arrested ten protesters on Friday, Kenya's interior ministry said.", "COERCE", "2024-03-08"),
])
def test_a_date_run_on_into_the_attribution_dates_the_act(text, event, day):
    got = records(text, event)
    assert got and all(g[1:] == (day, "text") for g in got), got


@pytest.mark.parametrize("text,want", [
    ("North Korea fired missiles on Sunday, South Korea's military said.", "Sunday"),
    ("The talks began on Monday, March 4, in Geneva.", "Monday, March 4"),
    ("The attack on October 7, 2023, killed hundreds.", "October 7, 2023"),
])
def test_date_span_cuts_only_the_words_that_name_no_time(text, want):
    doc = load_model()(text)
    ents = [e for e in doc.ents if e.label_ == "DATE"]
    assert ents, [(e.text, e.label_) for e in doc.ents]
    got = date_span(ents[0])
    assert got.text == want and got.label_ == "DATE", (ents[0].text, got.text)


@pytest.mark.parametrize("text,event,want", [
    ("Germany will send aid to Ukraine, Baerbock announced on Monday.", "AGREE", ("future", "2024-03-11", "text")),
    ("Baerbock announced on Monday that Germany will send aid to Ukraine.", "AGREE",
     ("future", "2024-03-11", "text")),
    ("Germany said on Monday it will send aid to Ukraine.", "AGREE", ("future", "2024-03-11", "text")),
    ("Germany will send aid to Ukraine, officials said on Monday.", "AGREE", ("future", "2024-03-11", "text")),
    ("France will host talks with Iran, the foreign ministry said on Monday.", "AGREE",
     ("future", "2024-03-11", "text")),
    ("Russia will withdraw its troops from the border, the Kremlin said on Monday.", "CONCEDE",
     ("future", "2024-03-11", "text")),
    ("Russia will strike any ship that enters the zone, the Kremlin said on Monday.", "THREATEN",
     ("actual", "2024-03-11", "text")),
    # the act announced has its own date: it dates the record (as the seed's AGREE of a meeting "in March")
    ("Germany will send aid to Ukraine next month, the German government announced on Monday.", "AGREE",
     ("future", "2024-04", "text")),
    # no date of the saying: announced by publication
    ("Germany will send aid to Ukraine.", "AGREE", ("future", PUB, "publication")),
])
def test_the_record_of_an_announced_act_takes_the_day_of_the_announcement(text, event, want):
    assert records(text, event) == [want], records(text, event)


def test_a_future_act_that_stays_one_gets_no_date_from_the_saying():
    got = records("The United States will impose sanctions on Iran, the State Department said on Monday.", "SANCTION")
    assert got == [("future", None, None)], got


def test_an_announcement_of_an_earlier_year_is_historical():
    got = records("It claims Mr Blair said in November 2003 he would stand down as prime minister before the next "
                  "election.", "CONCEDE")
    assert got == [("historical", "2003-11", "text")], got
