"""A meeting with a commentator is an interview, not a consultation between political actors (voa_news
ANNOTATION.md: "do not code commentary"; PLOVER manual, CONSULT): "X meets Bernard Haykel, a prominent Middle
East expert" (a training-story error, CONSULT EGY -> EGY). admission.press_as_counterpart, extended to
counterparts that the text introduces as commentators (commentary.names_commentator, research_affiliated).
Sentences invented."""
import pytest

from test_coder_rules import coded


def consults(text):
    rows, evs, _ = coded(text)
    return rows, [e for e in evs if e.event == "CONSULT" and not e.negated]


@pytest.mark.parametrize("text", [
    "The Kenyan foreign minister met Jane Roe, a prominent Horn of Africa analyst, in Nairobi on Monday.",
    "On Tuesday the Egyptian envoy met with Carl Smith, an expert on Gulf security.",
    "The Iraqi prime minister met Jane Roe of Georgetown University in Washington on Monday.",
])
def test_a_meeting_with_a_commentator_is_no_consult(text):
    rows, got = consults(text)
    assert got == [], rows


@pytest.mark.parametrize("text", [
    "The Kenyan foreign minister met the Ugandan president in Nairobi on Monday.",
    "The Egyptian envoy met with UN experts in Geneva on Tuesday.",
    "The Iraqi prime minister met Jane Roe, the US secretary of state, in Baghdad on Monday.",
])
def test_a_meeting_with_a_party_stays(text):
    rows, got = consults(text)
    assert got, rows
