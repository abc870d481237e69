"""A game's final is sports reporting (triggers.FINAL_CUE, read by triggers.sports_text). Fresh user on real text:
'Argentina destroyed the French defense in the final' was coded ASSAULT ARG->FRA. PLOVER manual, ASSAULT (the use of
force; teams are named like states and games in the verbs of war)."""
import pytest

from test_coder_rules import coded
from eventwire.events.triggers import sports_text


@pytest.mark.parametrize("text", [
    "Argentina destroyed the French defense in the final.",
    "Spain crushed England in the final on Sunday.",
    "Liverpool beat Chelsea in the cup final.",
    "Italy thrashed Wales to reach the final.",
    "Japan stunned Germany in the finals against all odds.",
])
def test_a_final_codes_no_event(text):
    assert sports_text(text)
    rows, _, _ = coded(text)
    assert rows == [], rows


@pytest.mark.parametrize("text", [
    "Russia attacked Ukraine in the final days of the year.",
    "Troops attacked the rebels in the final stage of the offensive.",
    "In the final analysis, Russia attacked Ukraine.",
    "Israel struck Gaza in the final hours before the truce.",
])
def test_final_as_an_adjective_is_no_game(text):
    assert not sports_text(text)
    rows, _, _ = coded(text)
    assert [r for r in rows if r[0] == "ASSAULT"], rows


def test_wickets_are_sports_reporting():
    """lexicon sports_cue 'wickets' ("won by six wickets")."""
    assert sports_text("India beat Pakistan by six wickets.")
    rows, _, _ = coded("India beat Pakistan by six wickets.")
    assert rows == [], rows
