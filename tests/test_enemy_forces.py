"""Soldiers attacked by a state's forces are the other side's (eventwire.events.story_context.enemy_forces;
eventwire.events.implicit.enemy_force_victim): not the attacker's own country. Unit tests on hand-made records, then
invented whole texts through the pipeline."""
from __future__ import annotations

from collections import Counter

import pytest

from eventwire.events.story_context import CONTEXT_RULES, complete_from_story
from eventwire.schema import Entity
from test_state_counterpart import rec, story  # the same record and story builders


AZE = Entity("Azerbaijani forces", code="AZE", sector="MIL")


def test_soldiers_attacked_by_a_states_forces_are_the_other_sides():
    soldiers = Entity("two soldiers", code=None, sector="MIL", start=60)
    out = story(rec("ASSAULT", [AZE], [soldiers], start=40), mentions={"AZE": 6, "ARM": 5})
    r = out[0].recipient[0]
    assert (r.code, r.sector, r.entity_text, r.source) == ("ARM", "MIL", "two soldiers", "context:enemy-forces")
    assert out[0].text_info["rule"]["context"] == ["enemy-forces"]
    # the article's home-country guess of the attacker's country is replaced too
    guessed = Entity("two policemen", code="AZE", sector="COP", source="context")
    assert story(rec("ASSAULT", [AZE], [guessed], start=40), mentions={"AZE": 6, "ARM": 5})[0].recipient[0].code == "ARM"


def test_the_war_the_story_codes_decides_before_the_text():
    # the story codes AZE attacking ARM: the victims are Armenia's though the text names Russia more
    war = rec("ASSAULT", [AZE], [Entity("Armenia", code="ARM", sector="GOV")], start=0, sent=1)
    civilians = Entity("three civilians", code=None, sector="CVL", start=90)
    out = story(war, rec("ASSAULT", [AZE], [civilians], start=80), mentions={"AZE": 6, "RUS": 5, "ARM": 2})
    assert out[1].recipient[0].code == "ARM"


@pytest.mark.parametrize("actor,victim,mentions", [
    (AZE, Entity("two soldiers", code="AZE", sector="MIL"), {"AZE": 6, "ARM": 5}),          # coded by the text
    (AZE, Entity("two soldiers", code=None, sector="MIL"), {"AZE": 6}),                      # no other side: later rules
    (AZE, Entity("three civilians", code=None, sector="CVL"), {"AZE": 6, "ARM": 5}),         # civilians: only in a war
    (Entity("gunmen", code="AZE", sector="UAF"), Entity("two soldiers", sector="MIL"), {"AZE": 6, "ARM": 5}),
    (Entity("the army", code="AZE", sector="MIL", source="context"), Entity("two soldiers", sector="MIL"),
     {"AZE": 6, "ARM": 5}),                                                                  # attacker's country guessed
])
def test_other_victims_are_not_moved(actor, victim, mentions):
    only = [r for r in CONTEXT_RULES if r[0] == "enemy-forces"]
    out = complete_from_story([rec("ASSAULT", [actor], [victim], start=40)], rules=only, drops=[],
                              mentions=(Counter(mentions), {}), sentences=5)
    assert out[0].recipient[0].code == victim.code


# ---------------------------------------------------------------- whole texts

@pytest.fixture(scope="module")
def code():
    from eventwire.pipeline import code_text

    return lambda text: code_text(text, publication_date="2024-03-01")[0]


def _of(events, typ, actor):
    return [e for e in events if e.event == typ and actor in {a.code for a in e.actor}]


def test_soldiers_killed_by_foreign_forces_are_not_the_attackers(code):
    text = ("Armenia accused Azerbaijan of violating the ceasefire on Tuesday. Azerbaijani forces shelled the village, "
            "killing two soldiers. Armenian Prime Minister Nikol Pashinyan called on Russia to help.")
    got = _of(code(text), "ASSAULT", "AZE")
    assert got and [(r.code, r.sector) for r in got[0].recipient] == [("ARM", "MIL")], got
    # a lone sentence: the coder leaves the soldiers uncoded rather than give them the attacker's country
    alone = _of(code("Azerbaijani forces killed two soldiers."), "ASSAULT", "AZE")
    assert alone and [(r.code, r.sector) for r in alone[0].recipient] == [(None, "MIL")], alone


def test_a_states_forces_still_act_on_their_own_institutions(code):
    # negative: arrests of officials, not an attack on soldiers, keep the actor's country (implicit.own_institution)
    got = _of(code("Nigerian troops arrested two officials in Borno state."), "COERCE", "NGA")
    assert got and {r.code for r in got[0].recipient} == {"NGA"}, got
