"""Shots fired and wars declared only in words (triggers.figurative_fire, figurative_war; lexicons projectile_verb,
pelting_verb, figurative_missile, figurative_fire_target, fired_weapon, war_noun). Fresh user on real text: "The central bank fired
a warning shot at markets" was ASSAULT, "declared war on inflation" COERCE. PLOVER manual, ASSAULT (use of force)."""
import pytest

from test_coder_rules import coded, seen

CONFLICT = ("ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION")


@pytest.mark.parametrize("text", [
    "The central bank fired a warning shot at markets.",
    "The Federal Reserve fired a warning shot at markets on Tuesday.",
    "The bank's chief fired a broadside at the government's fiscal policy.",
    "The governor fired a broadside at the bank's critics.",
    "James fired 40 points against the Celtics.",
    "Iran hurled insults at the referee.",
    "The Chinese government declared war on inflation.",
    "Reporters bombarded the minister with questions.",
    "The minister was bombarded with questions by reporters.",
    "The ECB fired the starting gun on rate cuts.",
    "The opposition fired the opening salvo in the campaign.",
])
def test_figurative_shots_and_wars_are_no_force(text):
    assert seen(text) & set(CONFLICT), "the words were read as a trigger of force"
    rows, _, _ = coded(text)
    assert not [r for r in rows if r[0] in CONFLICT], rows


@pytest.mark.parametrize("text", [
    "The government declared war on inflation.",
    "The president waged a war on poverty and corruption.",
    "He fired three-pointers in the second half.",
    "The minister took aim at the budget deficit.",
])
def test_other_figures_code_no_force(text):
    rows, _, _ = coded(text)
    assert not [r for r in rows if r[0] in CONFLICT], rows


@pytest.mark.parametrize("text", [
    "The navy fired a warning shot at the fishing boat.",
    "Rebels fired rockets at markets in Aleppo.",
    "Rebels fired mortars into the market on Monday.",
    "Police fired tear gas at protesters.",
    "Police fired at traders in the market.",
    "Israeli troops fired shots at protesters.",
    "Government forces bombarded the city with artillery.",
    "Russian forces bombarded Kharkiv.",
    "Troops fired a gun at the crowd.",
])
def test_real_shots_stay_assault(text):
    rows, _, _ = coded(text)
    assert [r for r in rows if r[0] == "ASSAULT"], rows
