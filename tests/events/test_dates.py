"""The date rules (events/dates.py): named, in order, words from data/lexicon/dates.tsv."""
from datetime import date

import pytest

from eventwire.events import dates
from eventwire.events.dates import DATE_RULES, resolve_expression

PUB = date(2022, 3, 13)  # a Sunday


@pytest.mark.parametrize("expr,want", [
    ("on Monday", ("2022-03-07", "day")), ("last Sunday", ("2022-03-06", "day")), ("yesterday", ("2022-03-12", "day")),
    ("last night", ("2022-03-12", "day")), ("three days ago", ("2022-03-10", "day")), ("15 months ago", ("2020-12", "month")),
    ("a year ago", None), ("3 May", ("2021-05-03", "day")), ("in May", ("2021-05", "month")), ("may", None),
    ("last month", ("2022-02", "month")), ("2024-03-05", ("2024-03-05", "day")), ("in 2014", None),
])
def test_each_kind_of_expression(expr, want):
    assert resolve_expression(expr, PUB) == want


def test_the_rules_are_named_and_the_first_that_applies_answers(monkeypatch):
    assert [r.__name__ for r in DATE_RULES][:3] == ["month_anchor_guard", "iso_in_text", "relative_day"]
    assert resolve_expression("Monday", PUB, anchor_precision="month") is None  # the guard answers None
    monkeypatch.setattr(dates, "DATE_RULES", [r for r in DATE_RULES if r is not dates.month_anchor_guard])
    assert resolve_expression("Monday", PUB, anchor_precision="month") == ("2022-03-07", "day")


def test_future_events_resolve_forward():
    assert resolve_expression("on Monday", PUB, future=True) == ("2022-03-14", "day")
    assert resolve_expression("3 May", PUB, future=True) == ("2022-05-03", "day")
