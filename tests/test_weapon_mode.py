"""The weapon named as an attack's object, subject or 'with' instrument sets the ASSAULT mode over the verb row's
usual weapon (records.named_weapon_mode; PLOVER manual, ASSAULT modes: firearms are rifles, pistols and light machine
guns; rockets, missiles, artillery and mortars are heavy-weapons; drones are drone; aircraft aerial)."""
import pytest

from eventwire import code_text


def _modes(text):
    evs, _ = code_text(text, publication_date="2024-06-05")
    return [e.mode for e in evs if e.event == "ASSAULT"]


@pytest.mark.parametrize("text,mode", [
    ("The rebels fired missiles at the city.", "heavy-weapons"),
    ("Hamas fired rockets at Israel.", "heavy-weapons"),
    ("North Korea fired ballistic missiles at Japan.", "heavy-weapons"),
    ("Tanks fired shells at the village.", "heavy-weapons"),
    ("Rockets were fired at Israel.", "heavy-weapons"),
    ("Israeli jets fired missiles at the building.", "aerial"),
    ("A drone fired a missile at the convoy.", "drone"),
    ("Drones bombed the base.", "drone"),
])
def test_the_named_weapon_sets_the_mode(text, mode):
    assert _modes(text) == [mode]


@pytest.mark.parametrize("text,mode", [
    ("Soldiers fired on the crowd.", "firearms"),
    ("Soldiers fired shots into the air.", "firearms"),
    ("Gunmen shot two policemen.", "firearms"),
    ("Russian forces bombed the village.", "aerial"),
    ("Israeli forces shelled the town.", "heavy-weapons"),
])
def test_no_other_weapon_keeps_the_row_mode(text, mode):
    assert _modes(text) == [mode]


def test_a_passive_subject_is_the_victim_not_the_weapon():
    assert _modes("A would-be suicide bomber was shot by police.")[0] == "firearms"
