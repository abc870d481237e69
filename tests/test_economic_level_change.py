"""Moving a figure of an economy is no event (triggers.economic_level_change; lexicon level_change_verb,
economic_figure_noun). Fresh user on real text: 'the central bank raised interest rates' was coded ACCUSE by the
trained detector. PLOVER manual (events are interactions of political actors)."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text", [
    "The central bank raised interest rates on Thursday.",
    "The European Central Bank cut interest rates on Thursday.",
    "OPEC cut oil output by two million barrels.",
    "The government raised fuel prices by 20 percent.",
])
def test_economic_policy_is_no_event(text):
    rows, events, _ = coded(text)
    assert not events, rows


@pytest.mark.parametrize("text,event", [
    ("Russia cut gas supplies to Europe.", "SANCTION"),
    ("Canada cut its embassy staff in Cuba.", "SANCTION"),
])
def test_cuts_aimed_at_a_party_stay(text, event):
    rows, events, _ = coded(text)
    assert [e for e in events if e.event == event], rows
