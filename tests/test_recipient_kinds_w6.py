"""Recipients (and actors) of six kinds found by a user trying the coder, on invented variants:

* ``object_pronoun_disjoint`` (actors.resolve): an object "them" is never its clause's own subject;
* ``judged_act_doer``: "in what Taipei called an act of intimidation" judges the act of the governing verb;
* ``frozen_asset_owner``: "froze its assets" -- the owner is the party sanctioned before, not the place;
* ``wanted_party`` / ``sought_arrest_dropped``: a reward for an arrest is a THREATEN arrest on the one wanted;
* ``unnamed_foreign_object``: "seized a foreign oil tanker" has no codable recipient, never the seizer's own;
* ``hypothetical_attack_on_state`` (story_context): "if Taiwan were attacked" invents no TWN UAF attacker.
"""
from __future__ import annotations

import pytest

from eventwire.pipeline import code_batch
from eventwire.schema import Article


def _records(text):
    res = code_batch([Article(text=text, id="w6", title="", publication_date="2024-03-12")])
    return res.events


def _dyads(text, event):
    return [([(a.code, a.sector) for a in e.actor], [(r.code, r.sector) for r in e.recipient])
            for e in _records(text) if e.event == event]


@pytest.mark.parametrize("text, crowd", [
    ("Opposition supporters rallied in Caracas against the Venezuelan government. Security forces fired tear gas "
     "to disperse them.", ("VEN", "CVL")),
    ("Thousands of protesters marched in Santiago on Saturday against pension reform. Police fired tear gas to "
     "disperse them.", ("CHL", "CVL")),
])
def test_an_object_them_is_not_the_subject_of_its_clause(text, crowd):
    evs = _records(text)
    later = [e for e in evs if e.event in ("ASSAULT", "COERCE")]
    assert later
    for e in later:
        assert [(r.code, r.sector) for r in e.recipient] == [crowd], e.to_dict()
        assert all(r.sector not in ("COP", "GOV") for r in e.recipient)


@pytest.mark.parametrize("text, want", [
    ("China sent 30 warplanes near Taiwan on Monday in what Taipei called an act of intimidation.", "CHN"),
    ("Beijing flew dozens of military aircraft near the island, in what Taiwan's defense ministry called an act "
     "of intimidation.", "CHN"),
])
def test_the_judged_act_in_a_free_relative_names_the_accused(text, want):
    got = _dyads(text, "ACCUSE")
    assert got and got[0][0][0][0] == "TWN"
    assert [c for c, _ in got[0][1]] == [want]


def test_frozen_assets_belong_to_the_party_sanctioned_before():
    got = _dyads("Washington sanctioned the Wagner Group on Friday. The Treasury froze its assets in the United "
                 "States.", "SANCTION")
    assert len(got) == 2
    assert got[1][1] == [("RUS", "PRM")]  # not USA (where the assets lie), not empty
    got = _dyads("The U.S. Treasury on Tuesday imposed sanctions on a Chinese company accused of supplying Russia's "
                 "military. The Treasury froze its assets.", "SANCTION")
    assert got[-1][1] == [("CHN", "BUS")]


def test_a_reward_for_an_arrest_is_a_threat_of_arrest_on_the_wanted():
    evs = _records("The United States offered a $5 million reward for information leading to the arrest of Mexican "
                   "cartel leader Rafael Caro Quintero.")
    assert [e.event for e in evs] == ["THREATEN"]  # no AGREE, and the arrest sought is no arrest made
    e = evs[0]
    assert e.mode == "arrest"
    assert [(a.code, a.sector) for a in e.actor] == [("USA", "GOV")]
    assert [(r.code, r.sector) for r in e.recipient] == [("MEX", "CRM")]


@pytest.mark.parametrize("text", [
    "Iran has increased patrols in the Strait of Hormuz. Iran's coast guard seized a foreign oil tanker on Thursday. "
    "Iranian officials said the tanker was smuggling fuel.",
    "Indonesia seized a foreign-flagged oil tanker suspected of illegal fuel transfers.",
])
def test_an_unnamed_foreign_vessel_has_no_country(text):
    got = [e for e in _records(text) if e.event == "COERCE"]
    assert got
    for e in got:
        assert [r.code for r in e.recipient] == [None]
        assert "foreign" in e.recipient[0].entity_text


def test_a_supposed_attack_on_a_state_has_no_attacker_of_its_own():
    evs = _records("U.S. officials said Washington would respond. China held military drills near Taiwan this week. "
                   "Japan's prime minister said Tokyo would act if Taiwan were attacked.")
    att = [e for e in evs if e.event == "ASSAULT"]
    assert att and att[0].status == "hypothetical"
    assert att[0].actor == [] or all(a.code != "TWN" for a in att[0].actor)
    assert [r.code for r in att[0].recipient] == ["TWN"]


def test_a_foreign_flow_is_no_foreign_party():
    """"cutting foreign aid": aid is an act (a pattern noun), not a foreign party; the rule leaves it alone."""
    evs = _records("The EU imposed trade sanctions on Somalia last year. It then cut foreign aid to Somalia.")
    assert all(e.text_info["rule"]["recipient"] != "unnamed_foreign_object" for e in evs)
