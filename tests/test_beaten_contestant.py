"""A win is no beating (admission.beaten_contestant). Fresh users: sports results in the words of war were coded
ASSAULT between countries. PLOVER manual, ASSAULT mode beat (physical assault of persons)."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text", [
    "France beat Germany on Saturday.",
    "Liverpool beat Chelsea at Anfield.",
    "India beat Pakistan by six wickets.",
    "Kenya beat Uganda to win the regional title.",
])
def test_a_win_is_no_assault(text):
    rows, events, _ = coded(text)
    assert not [e for e in events if e.event == "ASSAULT"], rows


@pytest.mark.parametrize("text", [
    "Police beat protesters in Minsk.",
    "Soldiers beat a journalist in Kabul.",
    "Soldiers surrounded the protesters and beat them.",
    "Police beat Alexei Navalny in custody.",
])
def test_a_beating_of_people_stays(text):
    rows, events, _ = coded(text)
    assert [e for e in events if e.event == "ASSAULT"], rows
