"""'Warning' naming a kind of thing is no warning given (triggers.warning_compound; lexicon warning_compound_noun):
"fired tear gas and warning shots" parses as the verb "warn" with "shots" as its object. Training stories: all F1
0.6918 -> 0.6921 (two THREATEN records of one story); dev and voa_news unchanged."""
import pytest

from eventwire.pipeline import code_text


def types(text):
    events, _ = code_text(text, publication_date="2020-01-01")
    return [e.event for e in events]


@pytest.mark.parametrize("text", [
    "Police fired tear gas and warning shots to disperse the protesters.",
    "Troops responded by firing rubber bullets, pellets and warning shots to disperse them.",
    "The coast guard fired warning flares at the fishing boat.",
])
def test_warning_shots_are_no_threat(text):
    assert "THREATEN" not in types(text)


@pytest.mark.parametrize("text", [
    "Iran is warning Israel against any strike on its nuclear sites.",
    "The general warned the rebels that his troops would open fire.",
    "Russia warned Ukraine of a tough response.",
])
def test_a_warning_given_stays_a_threat(text):
    assert "THREATEN" in types(text)
