"""A retaliation announced for or against an economic measure threatens a measure in kind (triggers.consequences,
ECONOMIC_RETALIATION_THREAT; CAMEO2PLOVER 1312: THREATEN restrict, economic), not military force (138)."""
import pytest

from eventwire import code_text


def _threats(text):
    evs, _ = code_text(text, publication_date="2024-06-05")
    return [(e.event, e.mode, e.cameo, "economic" in e.context) for e in evs if e.event == "THREATEN"]


@pytest.mark.parametrize("text", [
    "Beijing vowed to retaliate against the new U.S. tariffs.",
    "China said it would retaliate against any sanctions imposed by Washington.",
    "The European Union said it would retaliate for the steel duties.",
])
def test_retaliation_for_an_economic_measure_is_an_economic_threat(text):
    assert _threats(text) == [("THREATEN", "restrict", "1312", True)]


@pytest.mark.parametrize("text", [
    "Iran vowed to retaliate for the killing of its general.",
    "Russia vowed to retaliate against the strikes on its oil depots.",  # oil is no measure
])
def test_other_retaliation_stays_a_threat_of_force(text):
    assert [t[:3] for t in _threats(text)] == [("THREATEN", "violence", "138")]
