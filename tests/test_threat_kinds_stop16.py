"""THREATEN kinds (stop 16, PLOVER manual THREATEN): a speaker's first-person announcement of force
(recode.own_words_of_force), a pledge's clausal complement (recode.pledged), a penalty to be borne
(triggers.borne_penalty: "would face severe consequences"), the act in the condition of a threat is no event
(admission.condition_of_threat), and "a spokesman for X" is X (resolve.group_sector_of, lexicon speaker_for_head)."""
import pytest

from eventwire import code_text


def _coded(text):
    evs, _ = code_text(text, publication_date="2024-06-05")
    return evs


def _parties(ents):
    return [(a.code, a.sector) for a in ents]


@pytest.mark.parametrize("text", [
    '"We will crush the rebels," the general said.',
    '"We will destroy the enemy," the commander said.',
    '"We will crush the militants," the army chief told reporters.',
])
def test_own_words_of_force_are_a_threat(text):
    evs = _coded(text)
    assert [(e.event, e.mode, e.status) for e in evs] == [("THREATEN", "violence", "actual")]


def test_pledged_clause_of_force_is_a_threat():
    evs = _coded("The general vowed that the army would crush the rebels.")
    assert [(e.event, e.mode) for e in evs] == [("THREATEN", "violence")]


def test_third_person_plan_stays_assault():
    # negative: a reported plan of its doer is a decided future act (test_announced_force)
    evs = _coded("The army said it will bomb the rebel positions.")
    assert [(e.event, e.status) for e in evs] == [("ASSAULT", "future")]


@pytest.mark.parametrize("text,speaker,bearer", [
    ("Russia would face severe consequences if it attacked a NATO member, Stoltenberg said.", "IGO", "RUS"),
    ("China will face a firm response if it blockades Taiwan, the Japanese prime minister said.", "JPN", "CHN"),
    ("Iran will suffer the consequences, Israeli Prime Minister Benjamin Netanyahu said.", "ISR", "IRN"),
])
def test_penalty_to_be_borne_is_a_threat_of_the_speaker(text, speaker, bearer):
    evs = _coded(text)
    threats = [e for e in evs if e.event == "THREATEN"]
    assert threats and speaker in [a.code for a in threats[0].actor]
    assert bearer in [r.code for r in threats[0].recipient]
    # the condition's act is the threat's supposition, no event of its doer
    assert not [e for e in evs if e.event != "THREATEN"]


def test_consequences_of_a_cause_are_no_threat():
    # negative: an "of" phrase names a cause, no penalty imposed by anybody
    evs = _coded("Farmers will face the consequences of climate change, the minister said.")
    assert not [e for e in evs if e.event == "THREATEN"]


@pytest.mark.parametrize("text,doer", [
    ("A spokesman for the Arakan Army warned that the group would launch an offensive on Sittwe if the military did "
     "not withdraw.", None),
    ("Kenya warned Somalia of serious consequences if it did not withdraw its troops.", "SOM"),
    ("The United States will impose sanctions if Iran enriches uranium to weapons grade.", "IRN"),
])
def test_condition_of_a_threat_is_no_event(text, doer):
    evs = _coded(text)
    assert [e.event for e in evs] == ["THREATEN"]
    if doer:
        assert doer in [r.code for r in evs[0].recipient]


def test_condition_of_an_offer_is_left_alone():
    # negative: no threat on the main clause, the condition stays as it was read
    evs = _coded("Hamas will free the hostages if Israel agrees to a ceasefire.")
    assert ("CONCEDE", "hypothetical") in [(e.event, e.status) for e in evs]


@pytest.mark.parametrize("text,party", [
    ("A spokesman for the Arakan Army warned the military junta.", ("MMR", "REB")),
    ("A spokesperson for the Houthis condemned the strikes.", ("YEM", "REB")),
    ("A spokesman for Hamas rejected the proposal.", ("PSE", "REB")),
])
def test_spokesman_for_a_group_is_the_group(text, party):
    evs = _coded(text)
    assert evs and _parties(evs[0].actor) == [party]


def test_spokesman_for_a_state_body_stays_government():
    evs = _coded("A spokesman for the Kremlin denied the report.")
    assert evs and _parties(evs[0].actor) == [("RUS", "GOV")]


def test_warning_of_the_warners_own_group_is_a_threat():
    evs = _coded("A spokesman for the Arakan Army warned that the group could launch an offensive on Sittwe.")
    assert [(e.event, _parties(e.actor)) for e in evs] == [("THREATEN", [("MMR", "REB")])]


def test_warning_about_another_group_stays_a_criticism():
    # negative: a modified "group" is somebody else's
    evs = _coded("The minister warned that the opposition group could cause unrest.")
    assert [e.event for e in evs] == ["ACCUSE"]
