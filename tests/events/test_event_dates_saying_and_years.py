"""event_dates: two kinds of date.

1. A statement made by its saying takes the day of the saying ("Iran said on Tuesday it rejected the proposal":
   event_dates.saying_dates, made_by_saying) when it has no date of its own -- the weekday attached to the reporting
   verb, or hung by the parser between it and the reported clause, resolved against the publication date (the most
   recent such day on or before it). A reported act of another party, or a statement told as made earlier ("had
   demanded"), is not dated as done that day: it was done by then (date_basis attribution); a date inside the
   clause still wins.
2. A year (or another date) that premodifies a noun is the date of that noun's act (event_dates.premodified_noun):
   it dates the trigger when the noun is the trigger ("Russia's 2022 invasion") or the act of the trigger's clause
   ("the 2017 offensive killed hundreds": clause_act), and the act it took place during ("during the 2019 protests");
   it does not date another act's verb ("the UN condemned the 2017 offensive"). A year gives no ISO date (the schema
   allows YYYY-MM-DD or YYYY-MM; no month is invented, dates.year_alone): date and date_basis stay empty, and a year
   before the publication's makes the act historical, as "in 2017" does.

All sentences are invented.
"""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.events.event_dates import names_a_time, premodified_noun
from eventwire.nlp.model import load_model

PUB = "2024-06-08"  # a Saturday: Tuesday is 2024-06-04, Wednesday 06-05, Thursday 06-06, Friday 06-07, Monday 06-03


def records(text, event):
    evs, _ = code_text(text, publication_date=PUB)
    return [(e.status, e.date, e.date_basis) for e in evs if e.event == event and not e.negated]


@pytest.mark.parametrize("text,event,day", [
    ("Iran said in a statement Wednesday that it rejected the proposal.", "REJECT", "2024-06-05"),
    ("Iran said on Wednesday it rejects the proposal.", "REJECT", "2024-06-05"),
    ("Iran on Tuesday said it rejected the proposal.", "REJECT", "2024-06-04"),
    ("Iran said Wednesday that it would not accept the proposal.", "REJECT", "2024-06-05"),
    ("Beijing said on Tuesday it strongly opposed the sanctions.", "REJECT", "2024-06-04"),
    ("Beijing announced on Thursday that it opposed the sanctions.", "REJECT", "2024-06-06"),
    ("Egypt said Thursday it demanded an immediate ceasefire.", "REQUEST", "2024-06-06"),
    ("Egypt told reporters on Monday that it demanded an immediate ceasefire.", "REQUEST", "2024-06-03"),
    ("Japan said on Friday it protested to China over the incursion.", "ACCUSE", "2024-06-07"),
    ('"We demand an immediate ceasefire," Egypt said in a statement on Thursday.', "REQUEST", "2024-06-06"),
    ("Egypt demands an immediate ceasefire, the Egyptian government said Thursday.", "REQUEST", "2024-06-06"),
    ("Iran said yesterday it rejected the proposal.", "REJECT", "2024-06-07"),
])
def test_a_statement_takes_the_day_of_its_saying(text, event, day):
    assert records(text, event) == [("actual", day, "text")], records(text, event)


@pytest.mark.parametrize("text,event,day", [
    ("China warned on Friday that it would retaliate against new tariffs.", "THREATEN", "2024-06-07"),
    ("The minister told reporters on Monday that Iran must release the prisoners.", "REQUEST", "2024-06-03"),
    ("Pakistan accused India on Friday of supporting militants.", "ACCUSE", "2024-06-07"),
    ("Turkey threatened Tuesday to expel the ambassador.", "THREATEN", "2024-06-04"),
])
def test_a_speech_act_on_the_reporting_verb_keeps_its_day(text, event, day):
    assert records(text, event) == [("actual", day, "text")], records(text, event)


@pytest.mark.parametrize("text,event,want", [
    # another party's act, reported: not done on the day it was told, but by then (date_basis attribution, not text:
    # test_event_dates_attribution.py)
    ("Russia said on Tuesday that Ukraine had attacked its border towns.", "ASSAULT",
     ("actual", "2024-06-04", "attribution")),
    # a statement told as made before the saying (field case C03): made by the day of the saying
    ("Venezuela said on Monday it had demanded the withdrawal of the ambassador.", "REQUEST",
     ("actual", "2024-06-03", "attribution")),
    # the clause's own date wins
    ("Iran said on Tuesday it rejected the proposal on Monday.", "REJECT", ("actual", "2024-06-03", "text")),
])
def test_what_the_saying_does_not_date(text, event, want):
    assert records(text, event) == [want], records(text, event)


@pytest.mark.parametrize("text,event", [
    ("Russia's 2022 invasion of Ukraine displaced millions.", "ASSAULT"),       # the trigger's own year
    ("Israel launched the 2014 offensive in Gaza.", "ASSAULT"),
    ("The army began its offensive in 2017.", "ASSAULT"),                       # "in 2017" in the clause
    ("In 2017 the army launched an offensive against the rebels.", "ASSAULT"),
    ("The 2017 offensive killed hundreds of civilians.", "ASSAULT"),            # the clause's act
    ("Israel's 2014 Gaza offensive killed more than 2,000 Palestinians.", "ASSAULT"),
    ("Police arrested 20 protesters during the 2019 protests.", "COERCE"),     # during a dated act
    ("Turkey arrested thousands after the 2016 coup attempt.", "COERCE"),      # after it: the year bounds it
    ("Iraq and Turkey signed a 2019 agreement on water.", "SUPPORT"),          # the year in the trigger's words
])
def test_an_earlier_year_dates_the_act_to_no_day_and_makes_it_historical(text, event):
    got = records(text, event)
    assert got and all(g == ("historical", None, None) for g in got), got


def test_a_year_of_this_year_gives_no_day_and_no_publication_date():
    assert records("The 2024 offensive killed hundreds of civilians.", "ASSAULT") == [("actual", None, None)]


@pytest.mark.parametrize("text,event", [
    ("The UN condemned the 2017 offensive.", "ACCUSE"),
    ("The UN investigated the 2017 offensive in Mosul.", "ACCUSE"),
    ("The president praised the 2019 agreement with Turkey.", "SUPPORT"),
    ("The 2017 offensive was condemned by the United Nations.", "ACCUSE"),     # a passive subject is the object
])
def test_the_year_of_another_act_does_not_date_this_one(text, event):
    assert records(text, event) == [("actual", PUB, "publication")], records(text, event)


def test_the_year_of_another_act_is_not_shared_with_a_coordinated_act():
    got = records("The UN condemned the 2017 offensive and demanded an inquiry.", "REQUEST")
    assert got == [("actual", PUB, "publication")], got


@pytest.mark.parametrize("text,day", [
    ("The October 7 attack killed 1,200 people in Israel.", "2023-10-07"),      # a compound date of the subject act
    ("Yesterday's attack killed ten soldiers.", "2024-06-07"),                  # a possessive one
])
def test_a_dated_subject_act_dates_its_clause(text, day):
    assert records(text, "ASSAULT") == [("actual", day, "text")], records(text, "ASSAULT")


def test_premodified_noun_climbs_a_compound():
    doc = load_model()("The 2014 Gaza war killed more than 2,000 Palestinians.")
    year = next(e for e in doc.ents if e.text == "2014")
    assert premodified_noun(year).text == "war"


@pytest.mark.parametrize("text,want", [
    ("2017", True), ("the 1990s", True), ("October 7", True), ("Monday's", True), ("last month's", True),
    ("annual", False), ("two-day", False), ("weekly", False),
])
def test_names_a_time(text, want):
    assert names_a_time(text) is want
