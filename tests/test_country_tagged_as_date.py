"""A country name the small English model tags DATE ("Niger") is a place, never the event's own date: the
publication date stands in as for any other country (event_dates.is_country_name). Fresh-user tryout: "Police
arrested ten people in Niger." had no date while Kenya, Chad and Mali got the publication day."""
import pytest

from eventwire import code_text


@pytest.mark.parametrize("text", [
    "Police arrested ten people in Niger.",
    "France condemned Niger.",
    "The UN Security Council condemned the coup in Niger.",
    "Police in Niger arrested ten people.",
])
def test_a_country_tagged_date_leaves_the_publication_date(text):
    events, _ = code_text(text, publication_date="2024-05-15")
    assert events, text
    assert all(e.date == "2024-05-15" and e.date_basis == "publication" for e in events), [e.to_dict() for e in events]


@pytest.mark.parametrize("text,date", [
    ("Police arrested ten people in Niger on Monday.", "2024-05-13"),
    ("Police arrested ten people in Niger in March.", "2024-03"),
])
def test_a_real_date_beside_the_country_still_dates_the_event(text, date):
    events, _ = code_text(text, publication_date="2024-05-15")
    assert events and all(e.date == date and e.date_basis == "text" for e in events), [e.to_dict() for e in events]


def test_a_year_still_makes_the_act_coarse_and_historical():
    events, _ = code_text("Russia invaded Ukraine in 2014.", publication_date="2024-05-15")
    assert events and events[0].date is None and events[0].status == "historical", [e.to_dict() for e in events]
