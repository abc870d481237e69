"""Fresh user, stop 21: four kinds of wrong record.

1. One trigger, one record: a date word of a reported clause ("drones struck the port overnight, officials said on
   Friday") is that clause's date, not the saying's, so an act noun in a phrase of the saying ("in the latest
   attack") does not get two dates and two records (event_dates.dates_for); and the speakers of the saying are not
   the doer of that act noun (actor_rules._reported_act_phrase).
2. "in April last year", "last year in April", "in May this year", "in April next year": the relative year phrase
   fixes the month's year (dates.year_of_relative).
3. "marked the 85th anniversary of the German invasion of 1939": the act commemorated is historical and is not
   dated by the commemoration's day (event_dates.commemorated_act).
4. "Hungary, which has blocked several EU sanctions packages, met Chinese officials on Monday": the background act of
   a relative clause takes no date of the main clause (event_dates.background_relative).

All sentences are invented.
"""
from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from eventwire import code_text
from eventwire.events.dates import resolve_expression

PUB = "2024-05-01"  # a Wednesday: Friday is 2024-04-26


@pytest.mark.parametrize("text", [
    "Russian drones struck the port of Odesa overnight, Ukrainian officials said on Friday, in the latest attack on "
    "the country's food exports.",
    "Israeli jets bombed Rafah overnight, Palestinian officials said on Monday, in a new assault on the city.",
    "Russia shelled Kharkiv yesterday, the governor said on Tuesday, in the latest strike on the city.",
])
def test_one_trigger_gives_one_record_and_speakers_do_not_attack(text):
    evs, _ = code_text(text, publication_date=PUB)
    per_trigger = Counter((e.text_info["start"], e.event) for e in evs)
    assert max(per_trigger.values()) == 1
    assert all(e.event == "ASSAULT" for e in evs)
    speakers = {"UKR", "PSE"} if "Odesa" in text or "Rafah" in text else {"UKR"}
    doers = {a.code for e in evs for a in e.actor}
    assert doers and not doers & speakers - ({"UKR"} if "Kharkiv" in text else set())


def test_overnight_of_the_reported_clause_is_not_the_sayings():
    evs, _ = code_text("Russian drones struck the port of Odesa overnight, Ukrainian officials said on Friday, in "
                       "the latest attack on the country's food exports.", publication_date=PUB)
    assert [(e.event_text, [a.code for a in e.actor], e.date) for e in evs] == [("struck", ["RUS"], "2024-05-01")]


def test_act_noun_of_light_verb_keeps_its_doer():
    evs, _ = code_text("The rebels launched an attack on the convoy, the army said on Tuesday.",
                       publication_date=PUB)
    assert [(e.event, e.event_text) for e in evs] == [("ASSAULT", "attack")]
    assert [a.entity_text for a in evs[0].actor] == ["The rebels"]


@pytest.mark.parametrize("expr,future,want", [
    ("April last year", False, ("2023-04", "month")),
    ("in April last year", False, ("2023-04", "month")),
    ("last year in April", False, ("2023-04", "month")),
    ("in May this year", False, ("2024-05", "month")),
    ("June this year", True, ("2024-06", "month")),
    ("in April next year", True, ("2025-04", "month")),
    ("3 May last year", False, ("2023-05-03", "day")),
    ("April", False, ("2024-04", "month")),   # no year phrase: the month on or before publication
    ("June", False, ("2023-06", "month")),
    ("May", False, None),                     # the modal verb alone is no month
])
def test_month_with_relative_year(expr, future, want):
    assert resolve_expression(expr, date(2024, 5, 10), future=future) == want


@pytest.mark.parametrize("text,want", [
    ("Macron visited Beijing in April last year.", "2023-04"),
    ("In April last year, Macron visited Beijing.", "2023-04"),
    ("Macron visited Beijing last year in April.", "2023-04"),
    ("Macron visited Beijing in May this year.", "2024-05"),
])
def test_month_with_relative_year_dates_the_record(text, want):
    evs, _ = code_text(text, publication_date="2024-05-10")
    assert [(e.event, e.date, e.date_basis) for e in evs] == [("CONSULT", want, "text")]


@pytest.mark.parametrize("text", [
    "On Tuesday, Poland marked the 85th anniversary of the German invasion of 1939.",
    "On Tuesday, Kuwait marked the anniversary of the Iraqi invasion of 1990.",
    "On Tuesday, Poland marked the anniversary of the 1939 German invasion.",
    "Poland marked the anniversary of the German invasion on Tuesday.",
])
def test_commemorated_act_is_historical_and_undated(text):
    evs, _ = code_text(text, publication_date="2024-05-10")
    assert [(e.event, e.status, e.date) for e in evs] == [("ASSAULT", "historical", None)]


def test_act_not_commemorated_keeps_the_day():
    evs, _ = code_text("On Tuesday, Russia launched an invasion of Ukraine.", publication_date="2024-05-10")
    assert [(e.event, e.status, e.date) for e in evs] == [("ASSAULT", "actual", "2024-05-07")]


@pytest.mark.parametrize("text,event", [
    ("Hungary, which has blocked several EU sanctions packages, met Chinese officials on Monday.", "REJECT"),
    ("The rebels, who attacked the convoy, were arrested on Tuesday.", "ASSAULT"),
])
def test_background_relative_clause_takes_no_date_of_the_main_clause(text, event):
    evs, _ = code_text(text, publication_date="2024-05-10")
    assert [(e.status, e.date) for e in evs if e.event == event] == [("actual", None)]


@pytest.mark.parametrize("text,event,day", [
    ("The rebels, who attacked the convoy on Sunday, were arrested on Tuesday.", "ASSAULT", "2024-05-05"),
    ("Hungary blocked several EU sanctions packages and met Chinese officials on Monday.", "REJECT", "2024-05-06"),
])
def test_relative_clause_own_date_and_coordinated_clause_keep_theirs(text, event, day):
    evs, _ = code_text(text, publication_date="2024-05-10")
    assert [e.date for e in evs if e.event == event] == [day]
