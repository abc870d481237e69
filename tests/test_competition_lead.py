"""A lead in a race or a market is no withdrawal (triggers.competition_lead). Audit of VOA feature stories outside the
evaluation set: '"China and the U.S. have pulled way out front in the AI race"' was coded RETREAT for both. PLOVER
manual, RETREAT (withdrawal of forces, or from an agreement or a position)."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text", [
    "India and Japan have pulled way out front in the robotics race.",
    "Kenya pulled out ahead of Ethiopia in the coffee export race.",
    "South Korea has pulled out in front in the chip market.",
])
def test_a_lead_is_no_retreat(text):
    rows, events, _ = coded(text)
    assert not [e for e in events if e.event == "RETREAT"], rows


@pytest.mark.parametrize("text", [
    "Russia pulled out of the treaty.",
    "The U.S. pulled its troops out of Syria.",
    "Israeli forces pulled out of the town ahead of the ceasefire.",
])
def test_a_withdrawal_stays_a_retreat(text):
    rows, events, _ = coded(text)
    assert [e for e in events if e.event == "RETREAT"], rows
