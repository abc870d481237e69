"""Workers who "strike" with no one struck walk out: PROTEST mode strike, not ASSAULT (PLOVER manual, PROTEST:
strikes; recode row labour-strike-as-protest). Headlines write it this way ("Dockworkers strike in Los Angeles" was
ASSAULT while its body's "went on strike" was PROTEST; fresh user). Armed forces and gunmen striking keep the attack."""
import pytest

from test_coder_rules import coded


def _types(text):
    rows, events, _ = coded(text)
    return rows, [(e.event, e.mode) for e in events if not e.negated]


@pytest.mark.parametrize("text", [
    "Dockworkers strike in Los Angeles",
    "Nurses in Nairobi struck for a third day on Tuesday.",
    "Doctors in Lagos will strike on Monday, their union said.",
])
def test_workers_who_strike_walk_out(text):
    rows, got = _types(text)
    assert ("PROTEST", "strike") in got and not [t for t in got if t[0] == "ASSAULT"], rows


@pytest.mark.parametrize("text", [
    "Israeli jets strike Gaza",
    "Gunmen struck a police post in Zamfara on Friday.",
    "Russian missiles struck Kyiv overnight.",
])
def test_armed_strikes_stay_attacks(text):
    rows, got = _types(text)
    assert [t for t in got if t[0] == "ASSAULT"] and ("PROTEST", "strike") not in got, rows
