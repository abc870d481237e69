"""An act done during another, dated act takes that act's date (event_dates.dates_for, DURING_MARKS): "abducted 200
people during the October 7 attack" is dated 7 October, not the publication day. A date of an act the trigger only
follows ("since the October 7 attack", "after last month's coup") still dates nothing."""
import pytest

from eventwire import code_text


def _dates(text):
    evs, _ = code_text(text, publication_date="2024-03-14")
    return [(e.event, e.date, e.date_basis) for e in evs]


@pytest.mark.parametrize("text,expected", [
    ("Hamas fighters abducted more than 200 Israelis during the October 7 attack.",
     [("ASSAULT", "2023-10-07", "text")]),
    ("Two soldiers were killed in the February 20 raid on the village.", [("ASSAULT", "2024-02-20", "text")]),
])
def test_act_inside_a_dated_act_takes_its_date(text, expected):
    assert _dates(text) == expected


def test_act_after_a_dated_act_does_not():
    assert _dates("Israel has bombed Gaza since the October 7 attack.") == [("ASSAULT", "2024-03-14", "publication")]


@pytest.mark.parametrize("text,date", [
    # a length of time is no date: the publication day stands in
    ("Modi met Jugnauth during a two-day visit to Mauritius.", "2024-03-14"),
    # the clause's own date wins over the containing act's
    ("Gunmen kidnapped 20 pupils last Friday during the March 1 raid on their school.", "2024-03-08"),
])
def test_durations_and_own_dates_come_first(text, date):
    assert [d for _, d, _ in _dates(text)][:1] == [date]


@pytest.mark.parametrize("text,expected", [
    # fresh user (thirteenth stop): the small model tags "the October 7" and "2023" apart; the year was lost and the
    # month and day placed in the year before publication (2022-10-07 for a story of June 2023)
    ("Hamas militants abducted more than 200 people during the October 7, 2023 attack on southern Israel.",
     [("ASSAULT", "2023-10-07", "text")]),
    ("Israeli troops raided the camp on October 7, 2021, the army said.", [("COERCE", "2021-10-07", "text")]),
])
def test_a_year_written_after_the_month_and_day_is_kept(text, expected):
    evs, _ = code_text(text, publication_date="2023-06-15")
    assert [(e.event, e.date, e.date_basis) for e in evs] == expected
