"""Leaving office when the term runs out is no RETREAT (triggers.end_of_term_departure; PLOVER manual, RETREAT):
a timetable ("She steps down May 3.") or the end of a term named ("at the end of his term"). Resignations done or
announced for a reason stay RETREAT. Training-story FP kind: an outgoing president's last day coded RETREAT."""
import pytest

from test_coder_rules import coded


def types(text):
    rows, evs, _ = coded(text)
    return rows, [e.event for e in evs if not e.negated]


@pytest.mark.parametrize("text", [
    "The outgoing Chilean president steps down March 11.",
    "She leaves the bank next month and steps down on June 30.",
    "The Mexican governor will step down at the end of her term.",
    "The party chairman resigns when his mandate expires in the spring.",
])
def test_a_scheduled_end_of_term_is_no_retreat(text):
    rows, got = types(text)
    assert "RETREAT" not in got, rows


@pytest.mark.parametrize("text", [
    "The Peruvian interior minister resigned on Monday after the prison escape.",
    "The Kenyan finance minister stepped down last week over the fraud allegations.",
    "The Dutch defence minister resigned on Friday over the helicopter scandal.",
])
def test_a_resignation_stays_a_retreat(text):
    rows, got = types(text)
    assert "RETREAT" in got, rows
