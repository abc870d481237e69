"""A date between a speech verb and its reported clause dates the saying, though the parser hangs it on the
clause ("Paris said on Monday it would sanction Russia": ``on Monday`` is attached to ``sanction``):
event_dates.speech_date. A future act then has no date of its own (README: future events without their own date
are left blank), instead of the next Monday; a date inside the clause still dates the act."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _dated(text):
    evs, _ = code_text(text, publication_date="2024-06-05")  # a Wednesday
    return [(e.event, e.status, e.date, e.date_basis) for e in evs]


def test_the_day_of_saying_does_not_date_an_announced_act():
    got = _dated("Paris said on Monday it would sanction Russia.")
    assert [g for g in got if g[0] == "SANCTION"] == [("SANCTION", "future", None, None)], got


@pytest.mark.parametrize("text,date", [
    ("Paris said it would sanction Russia on Monday.", "2024-06-10"),           # the clause's own date, forward
    ("Officials said Russia attacked Kyiv on Monday.", "2024-06-03"),           # the clause's own date, back
    ("The minister said on Tuesday that police arrested 20 protesters on Sunday.", "2024-06-02"),
])
def test_a_date_inside_the_clause_still_dates_the_act(text, date):
    got = _dated(text)
    assert got and got[0][2] == date and got[0][3] == "text", got


def test_a_reported_past_act_is_dated_by_its_report_not_as_done_that_day():
    # the act was done by the day of the saying (date_basis attribution, rule attribution_date), not on it (text)
    got = _dated("France said on Monday it had sanctioned Russia.")
    assert got == [("SANCTION", "actual", "2024-06-03", "attribution")], got
