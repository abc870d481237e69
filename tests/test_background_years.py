"""event_dates: acts put in an earlier year than the publication's are historical (voa_news ANNOTATION.md:
"historical: background, clearly long before the story's news") -- when the year is said without a number ("last
year", "two years ago": lexicon past_year_phrase) and when the act shares its sentence's one date with the act it
is coordinated with ("arrested Zamora in 2022 and later froze its assets"); a length of time ("sentenced to six
years", "jailed for two years") is no date."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.events.event_dates import earlier_year
from datetime import date

PUB = "2025-03-13"


def records(text):
    events, _ = code_text(text, publication_date=PUB)
    return [(e.event, e.status, e.date, e.date_basis) for e in events if not e.negated]


@pytest.mark.parametrize("expr,expected", [
    ("last year", True), ("Last year", True), ("two years ago", True), ("a year ago", True), ("in 2011", True),
    ("March 2019", True), ("in 2025", False), ("this year", False), ("last month", False), ("on Monday", False),
])
def test_earlier_year(expr, expected):
    assert earlier_year(expr, date(2025, 3, 13)) is expected


@pytest.mark.parametrize("text,event", [
    ("Last year, India helped Mauritius build an airstrip.", "AID"),
    ("Two years ago, Russia expelled three British diplomats.", "SANCTION"),
    ("A year ago the army arrested the opposition leader.", "COERCE"),
])
def test_unnamed_earlier_year_is_historical(text, event):
    got = [r for r in records(text) if r[0] == event]
    assert got and all(r[1] == "historical" and r[2] is None for r in got), records(text)


@pytest.mark.parametrize("text,event", [
    ("In 2022, authorities arrested the editor and later froze the newspaper's assets.", "SANCTION"),
    ("The journalist had been arrested and sentenced to six years in prison in 2011.", "COERCE"),
])
def test_coordinated_act_shares_the_earlier_year(text, event):
    got = [r for r in records(text) if r[0] == event]
    assert got and all(r[1] == "historical" and r[3] != "publication" for r in got), records(text)


def test_this_year_stays_actual():
    got = records("Russia expelled three British diplomats this year.")
    assert [r for r in got if r[0] == "SANCTION" and r[1] == "actual"], got


def test_a_length_of_time_is_no_date():
    got = [r for r in records("Police detained 20 protesters on Monday and jailed three of them for two years.")
           if r[0] == "COERCE"]
    assert len(got) == 2 and all(r[2] == "2025-03-10" and r[3] == "text" for r in got), got
