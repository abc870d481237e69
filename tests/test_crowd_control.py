"""Less-lethal crowd-control weapons and tactics are PLOVER ASSAULT, mode crowd-control (PLOVER manual v0.8, ASSAULT
mode table: "tear gas, water cannons, firing weapons in the air, lathi charges"; "reserved for instances where
there is an explicit mention of a crowd control weapon or tactic"; CAMEO 175). verbs.tsv rows: fire/use with a
crowd-control weapon as object, lathicharge, lob/burst tear-gas shells or canisters. Fresh-user tryout: "Police
fired tear gas at protesters" was ASSAULT firearms."""
import pytest

from test_coder_rules import coded


def assaults(text):
    rows, events, _ = coded(text)
    return rows, [e for e in events if e.event == "ASSAULT"]


@pytest.mark.parametrize("text,actor", [
    ("Police fired tear gas at protesters in Nairobi on Tuesday.", "KEN"),
    ("Riot police fired teargas at students outside the university in Santiago.", "CHL"),
    ("Georgian security forces used tear gas and water cannon against demonstrators in Tbilisi.", "GEO"),
    ("Police used water cannons on protesters in Jakarta.", "IDN"),
    ("Police in Lahore fired tear gas canisters at lawyers marching on the high court.", "PAK"),
    ("Police lathicharged the protesters in Patna.", "IND"),
])
def test_crowd_control_weapons_are_assault_crowd_control(text, actor):
    rows, hit = assaults(text)
    assert hit, rows
    assert hit[0].mode == "crowd-control", rows
    assert actor in [a.code for a in hit[0].actor], rows
    assert hit[0].cameo == "175", rows


@pytest.mark.parametrize("text,mode", [
    ("Soldiers fired on protesters in Khartoum, killing three.", "firearms"),
    ("Gunmen fired at a police checkpoint in Kano.", "firearms"),
])
def test_firing_without_a_crowd_control_weapon_keeps_its_mode(text, mode):
    rows, hit = assaults(text)
    assert hit, rows
    assert all(e.mode != "crowd-control" for e in hit), rows
    assert hit[0].mode == mode, rows


def test_using_force_or_chemical_weapons_is_not_crowd_control():
    rows, hit = assaults("Syrian government forces used chlorine against rebels in Douma.")
    assert hit and hit[0].mode == "unconventional", rows


@pytest.mark.parametrize("text", [
    "Police used tear gas to disperse the crowd in Nairobi.",
    "Riot police fired tear gas to disperse hundreds of protesters in Santiago.",
])
def test_a_dispersal_with_a_named_weapon_is_one_act(text):
    """subsume.dispersal_by_weapon_dropped: the dispersal is the weapon's use, one record."""
    rows, events, _ = coded(text)
    assert [(e.event, e.mode) for e in events] == [("ASSAULT", "crowd-control")], rows


def test_a_dispersal_without_a_weapon_stays_coerce():
    rows, events, _ = coded("Police dispersed the crowd outside parliament in Nairobi.")
    assert [(e.event, e.mode) for e in events] == [("COERCE", "crowd-control")], rows


@pytest.mark.parametrize("text", [
    "Police fired tear gas at protesters in Nairobi on Tuesday.",
    "Georgian security forces used water cannon against demonstrators in Tbilisi.",
])
def test_the_weapon_adds_no_context(text):
    """records.contexts: 'gas' is no economic context and 'water' no natural resource when they are the weapon."""
    rows, hit = assaults(text)
    assert hit and hit[0].mode == "crowd-control", rows
    assert not set(hit[0].context) & {"economic", "natural_resource"}, rows
