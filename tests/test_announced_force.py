"""Force announced against an open target is THREATEN violence (recode.announced_force; PLOVER manual, THREATEN:
"coercive or forceful warnings"; l.225 THREATEN = ASSAULT + hypothetical): "said they would attack any US ship",
"will strike any ship that ...". An announced attack on a named target, a forecast of others' acts and done
attacks stay ASSAULT."""
import pytest

from eventwire import code_text


def _coded(text):
    evs, _ = code_text(text, publication_date="2024-06-05")
    return [(e.event, e.mode, e.status) for e in evs]


@pytest.mark.parametrize("text", [
    "The Houthis said they would attack any US ship in the Red Sea.",
    "The army said it will bomb any vehicle that approaches the base.",
    "The Houthis will strike any ship that enters the Red Sea.",
    "The rebels will attack anyone who crosses the border.",
])
def test_announced_force_is_a_threat(text):
    coded = _coded(text)
    assert ("THREATEN", "violence", "actual") in coded
    assert not [c for c in coded if c[0] == "ASSAULT"]


@pytest.mark.parametrize("text,status", [
    ("Diplomats said the coalition will bomb the airfield.", "future"),
    ("The army said it will bomb the rebel positions.", "future"),
    ("Obama and Putin said they will attack Iraq.", "future"),
    ("Israel will strike Rafah next week.", "future"),
    ("The Houthis said they attacked a US ship.", "actual"),
    ("Israel attacked a US ship in the Red Sea.", "actual"),
])
def test_forecasts_and_done_attacks_stay_assault(text, status):
    coded = _coded(text)
    assert coded and {c[0] for c in coded} == {"ASSAULT"}
    assert {c[2] for c in coded} == {status}
