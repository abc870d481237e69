"""A date written in numbers dates the act when it reads one way only ("13/04/2023", "04/13/2023": 13 April 2023);
read both ways ("03/04/2023": 3 April or March 4) it dates nothing, and the publication date does not stand in for it
(events.event_dates.numeric_dates; GDELT/POLECAT date by the text). Reported by a fresh user: "clashed in Jenin on
03/04/2023" was dated from the publication date. spaCy tags some of these numbers as places, so the sentence text
is read as well as its date entities."""
import pytest

from eventwire import code_text
from eventwire.events.event_dates import numeric_dates


@pytest.mark.parametrize("text, want", [
    ("on 13/04/2023.", [("2023-04-13", "day")]),
    ("on 04/13/2023", [("2023-04-13", "day")]),
    ("on 25.12.2022, then", [("2022-12-25", "day")]),
    ("on 03/04/2023.", [None]),            # both ways
    ("on 31/02/2023", [None]),             # no such day
    ("the 2023/24 budget, page 3/4", []),  # no date
])
def test_numeric_dates(text, want):
    assert numeric_dates(text) == want


@pytest.mark.parametrize("text, date, basis", [
    ("Israeli troops clashed with gunmen in Jenin on 03/04/2023.", None, None),
    ("Israeli troops clashed with gunmen in Jenin on 13/04/2023.", "2023-04-13", "text"),
    ("Israeli troops clashed with gunmen in Jenin on 04/13/2023.", "2023-04-13", "text"),
    ("Israeli troops clashed with gunmen in Jenin on Monday.", "2024-05-13", "text"),
    ("Israeli troops clashed with gunmen in Jenin.", "2024-05-14", "publication"),
])
def test_an_event_dated_by_a_numeric_date(text, date, basis):
    evs, _ = code_text(text, publication_date="2024-05-14")
    assert [(e.event, e.date, e.date_basis) for e in evs] == [("ASSAULT", date, basis)]
