"""A time expression of the sentence that cannot be placed on a month ("last week" across a month's end) dates the
coordinated act to no month, as it dates the act it hangs on: the publication date does not stand in for the second
verb (event_dates.event_dates, fresh user, twentieth stop)."""
from __future__ import annotations

import pytest

from eventwire import code_text

TEXT = ("Last week, Guyanese President Irfaan Ali accused Caracas of preparing an invasion and asked the United "
        "Nations Security Council to intervene.")


def _dated(text, pub):
    evs, _ = code_text(text, publication_date=pub)
    return {e.event: (e.date, e.date_basis) for e in evs}


@pytest.mark.parametrize("pub", ["2023-12-08", "2023-12-05"])
def test_a_week_across_a_month_end_dates_both_acts_to_no_month(pub):
    got = _dated(TEXT, pub)
    assert set(got) >= {"ACCUSE", "REQUEST"}, got
    assert got["ACCUSE"] == got["REQUEST"] == (None, None), got


def test_a_week_within_one_month_dates_both_acts_to_it():
    got = _dated(TEXT, "2024-02-12")
    assert got["ACCUSE"] == got["REQUEST"] == ("2024-02", "text"), got


def test_an_undated_sentence_still_takes_the_publication_date():
    got = _dated("Guyanese President Irfaan Ali accused Caracas of preparing an invasion and asked the United "
                 "Nations Security Council to intervene.", "2023-12-08")
    assert got["REQUEST"] == ("2023-12-08", "publication"), got
