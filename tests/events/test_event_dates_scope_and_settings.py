"""Dates shared across clauses and phrases (eventwire fresh user, stop 22): a fronted time adjunct scopes over the
clause of sequence hung on the main verb (``fronted_date_scope``), a relative clause opened by "in which" shares its
antecedent's date (``within_dated_antecedent``), a date of the containing act dates the act done in it
(``date_of_containing_act``), a vague period of the year dates no day (``span_date_word``), and the act another act
answers does not take the answer's date (``answered_act``). Publication date 2023-06-14."""
from __future__ import annotations

import pytest

from eventwire import code_text

PUB = "2023-06-14"


def records(text, event, trigger=None):
    evs, _ = code_text(text, publication_date=PUB)
    return [(e.status, e.date, e.date_basis) for e in evs
            if e.event == event and not e.negated and (trigger is None or trigger in e.event_text)]


@pytest.mark.parametrize("text,event,trigger", [
    ("In 2016, Saudi Arabia severed diplomatic relations with Iran after protesters stormed its embassy in Tehran.",
     "ASSAULT", "stormed"),
    ("In 2019, France recalled its ambassador from Italy after Italian officials met protesters in Paris.",
     "CONSULT", "met"),
    ("Israel struck Gaza in 2019 after Hamas fired rockets at Tel Aviv.", "ASSAULT", "fired"),
])
def test_an_earlier_year_of_the_main_clause_dates_its_clause_of_sequence(text, event, trigger):
    assert records(text, event, trigger) == [("historical", None, None)], records(text, event, trigger)


def test_a_fronted_month_is_shared_and_a_fronted_day_is_not():
    got = records("In March 2019, Israel struck Gaza after Hamas fired rockets at Tel Aviv.", "ASSAULT", "fired")
    assert got == [("historical", "2019-03", "text")], got
    got = records("On Monday, Israel struck Gaza after Hamas fired rockets at Tel Aviv.", "ASSAULT", "fired")
    assert got == [("actual", None, None)], got


@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan fought a six-week war in 2020, in which more than 6,500 people were killed.",
    "Russia launched an offensive in 2014, in which thousands of civilians were killed.",
    "The two countries fought a six-week war in 2020 over Nagorno-Karabakh, in which more than 6,500 people were "
    "killed.",
])
def test_an_in_which_clause_shares_the_date_of_its_antecedent(text):
    assert records(text, "ASSAULT", "killed") == [("historical", None, None)], records(text, "ASSAULT", "killed")


def test_an_in_which_clause_of_a_dated_report():
    got = records("The UN released a report on Tuesday in which it accused Russia of war crimes.", "ACCUSE")
    assert got == [("actual", "2023-06-13", "text")], got


def test_an_in_which_clause_keeps_a_date_of_its_own():
    got = records("Russia shelled the village on Monday, in which five civilians were killed in 2022.", "ASSAULT",
                  "killed")
    assert got == [("historical", None, None)], got


@pytest.mark.parametrize("text,event,day", [
    ("Islamist militants killed at least 20 soldiers in an attack on an army post in northern Burkina Faso on "
     "Sunday, security sources said.", "ASSAULT", "2023-06-11"),
    ("Jihadists killed five soldiers in an ambush on a patrol near the border with Niger in the Tillaberi region on "
     "Saturday.", "ASSAULT", "2023-06-10"),
    ("Gunmen killed 12 villagers in a raid on a market near a town in central Mali on Tuesday, officials said.",
     "ASSAULT", "2023-06-13"),
])
def test_the_date_of_the_containing_act_dates_the_act_done_in_it(text, event, day):
    assert records(text, event, "killed") == [("actual", day, "text")], records(text, event, "killed")


def test_a_date_of_an_act_followed_is_still_that_acts():
    got = records("Israel struck Gaza weeks after the attack on its embassy on Monday.", "ASSAULT", "struck")
    assert got == [("actual", None, None)], got


@pytest.mark.parametrize("text", [
    "Burkina Faso's junta expelled French troops earlier this year.",
    "Earlier this year, Mali expelled French troops.",
    "Mali expelled French troops this year.",
])
def test_a_period_of_this_year_dates_no_day(text):
    got = records(text, "COERCE")
    assert got and all(d is None and b is None for _, d, b in got), got


def test_earlier_this_month_still_gives_the_month():
    got = records("Mali expelled French troops earlier this month.", "COERCE")
    assert got == [("actual", "2023-06", "text")], got


@pytest.mark.parametrize("text,trigger", [
    ("Germany on Tuesday summoned China's ambassador to protest against the detention of a German journalist.",
     "detention"),
    ("France on Monday condemned the arrest of a French aid worker by Iranian police.", "arrest"),
])
def test_the_act_answered_does_not_take_the_date_of_the_answer(text, trigger):
    got = records(text, "COERCE", trigger)
    assert got == [("actual", None, None)], got


def test_the_act_answered_keeps_its_own_date_or_the_publication_date():
    got = records("France condemned the arrest of a French aid worker by Iranian police.", "COERCE", "arrest")
    assert got == [("actual", PUB, "publication")], got
    got = records("France on Monday condemned the arrest on Friday of a French aid worker.", "COERCE", "arrest")
    assert got == [("actual", "2023-06-09", "text")], got
