"""Tourists' visits are tourism, no CONSULT visit (admission.tourist_visit; lexicon tourist_noun). Audit of VOA
feature stories outside the evaluation set: "more than 2.8 million Chinese tourists visited Vietnam" was coded
CONSULT. PLOVER manual, CONSULT mode visit (visits by officials)."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text", [
    "More than two million South Korean tourists visited Japan in the first half of the year.",
    "Millions of Russian holidaymakers visit Turkey every summer.",
    "Thousands of Chinese visitors visited Thailand during the new year holiday.",
])
def test_tourists_visiting_a_country_is_no_consult(text):
    rows, events, _ = coded(text)
    assert not [e for e in events if e.event == "CONSULT"], rows


@pytest.mark.parametrize("text", [
    "The Chinese foreign minister visited Vietnam on Monday.",
    "A delegation of Chinese business leaders visited Vietnam.",
    "Japanese lawmakers visited Taiwan last week.",
])
def test_an_official_visit_stays_a_visit(text):
    rows, events, _ = coded(text)
    assert [e for e in events if e.event == "CONSULT"], rows
