"""An agentless attack in a story of war between states is done by the one country the story has attacking the
victim's country (story_context.enemy_attacker); with two attackers of that country, or no victim's country, the
attacker stays unnamed (field case C01)."""
from __future__ import annotations

from eventwire import code_text
from eventwire.events.story_context import complete_from_story
from dataclasses import replace

from eventwire.schema import Entity, Event


def assaults(text):
    events, _ = code_text(text, publication_date="2024-05-14")
    return [([a.code for a in e.actor], [r.code for r in e.recipient], e.text_info["rule"].get("actor"))
            for e in events if e.event == "ASSAULT" and not e.negated]


def test_victims_of_one_side_are_attacked_by_the_other():
    out = assaults("Armenian artillery shelled Azerbaijani villages on Monday. Azerbaijani drones struck Armenian "
                   "positions in response. Three Azerbaijani civilians were killed overnight, officials said.")
    assert (["ARM"], ["AZE"], "context:enemy-attacker") in out
    out = assaults("Russian forces shelled the Ukrainian city of Kharkiv on Monday. Two Ukrainian soldiers were "
                   "wounded near the front.")
    assert (["RUS"], ["UKR"], "context:enemy-attacker") in out


def test_no_attacker_without_a_victims_country_or_with_two_attackers():
    out = assaults("Russian forces shelled the Ukrainian city of Kharkiv on Monday. Separately, an aid convoy was "
                   "attacked near Kharkiv.")
    assert not any(r == "context:enemy-attacker" for _, _, r in out)
    assert not any(a == ["UKR"] for a, _, _ in out)  # C01: no Ukrainian attacker of the convoy
    out = assaults("Armenian artillery shelled Azerbaijani villages on Monday. Azerbaijani drones struck Armenian "
                   "positions. Iranian drones also struck Armenian positions. Two Armenian soldiers were killed.")
    assert not any(r == "context:enemy-attacker" for _, _, r in out)


def test_a_domestic_story_keeps_the_unidentified_attacker():
    out = assaults("Police in Lagos arrested two men on Monday. Three Nigerian villagers were killed overnight, "
                   "officials said.")
    assert (["NGA"], ["NGA"], "context:implicit-actor") in out


def ev(typ, actor, recipient=(), start=0, sent=3):
    return Event(article_id="a", event=typ, actor=[Entity("forces", code=c, start=start) for c in actor],
                 recipient=[Entity("victims", code=c, start=start + 20) for c in recipient], event_text=typ.lower(),
                 text_info={"start": start, "end": start + 3, "sentence_index": sent, "rule": {}})


def test_only_assaults_and_only_a_coded_victim():
    lead = [ev("ASSAULT", ["ISR"], ["PSE"], start=0, sent=0), ev("ASSAULT", ["PSE"], ["ISR"], start=50, sent=1)]
    out = complete_from_story(lead + [ev("ASSAULT", [], ["PSE"], start=100), ev("ASSAULT", [], ["ISR"], start=200),
                                      ev("COERCE", [], ["PSE"], start=300), ev("ASSAULT", [], [], start=400)])[2:]
    assert [a.code for a in out[0].actor] == ["ISR"] and [a.code for a in out[1].actor] == ["PSE"]
    assert not any(a.code for a in out[3].actor)  # no victim named: no attacker
    assert out[2].text_info["rule"].get("actor") != "context:enemy-attacker"


# --- enemy_target: an attack with no target in the text is on the one country the attacker's side attacks -------
def test_an_untargeted_attack_is_on_the_other_side():
    out = assaults("Israeli jets struck targets in Gaza on Monday. Hamas fired rockets at Israel. Gaza militants "
                   "fired more rockets on Tuesday, officials said.")
    assert (["PSE"], ["ISR"], "subject") in out
    recs = [e for e in code_text("Armenian artillery shelled Azerbaijani villages on Monday. Azerbaijani drones "
                                 "struck Armenian positions. Armenian forces also fought on Tuesday.",
                                 publication_date="2024-05-14")[0] if e.event_text == "fought"]
    assert [[r.code for r in e.recipient] for e in recs] == [["AZE"]]
    assert recs[0].text_info["rule"]["recipient"] == "context:enemy-target"


def test_no_enemy_target_when_the_side_attacks_two_countries_or_outside_a_war():
    events, _ = code_text("Russian forces shelled Ukrainian towns. Russian forces also shelled Georgian villages. "
                          "Russian troops fired rockets on Tuesday.", publication_date="2024-05-14")
    assert not any(e.text_info["rule"].get("recipient") == "context:enemy-target" for e in events)
    lead = [ev("ASSAULT", ["NGA"], ["NGA"], start=0, sent=0), ev("ACCUSE", ["NGA"], ["NGA"], start=50, sent=1)]
    out = complete_from_story(lead + [ev("ASSAULT", ["NGA"], [], start=100)])
    assert out[2].text_info["rule"].get("recipient") != "context:enemy-target"  # a domestic story: no war
    lead = [ev("ASSAULT", ["ISR"], ["PSE"], start=0, sent=0), ev("ASSAULT", ["PSE"], ["ISR"], start=50, sent=1)]
    out = complete_from_story(lead + [ev("ACCUSE", ["PSE"], [], start=100)])
    assert out[2].text_info["rule"].get("recipient") != "context:enemy-target"  # not an attack


# --- retaliation_target: a response or retaliation is on the latest attacker of the responder's country ---------
def test_a_response_is_on_the_latest_attacker():
    events, _ = code_text("Israeli jets struck Gaza on Monday. Two rockets fired from Lebanon hit northern Israel. "
                          "Israel responded with artillery fire.", publication_date="2024-05-14")
    got = [e for e in events if e.event_text == "responded"]
    assert [[r.code for r in e.recipient] for e in got] == [["LBN"]]
    assert got[0].text_info["rule"]["recipient"] == "context:retaliation-target"


def test_retaliation_needs_an_attack_on_the_responder_and_a_verb_of_response():
    lead = [ev("ASSAULT", ["ISR"], ["PSE"], start=0, sent=0), ev("ASSAULT", ["LBN"], ["ISR"], start=50, sent=1)]
    resp = ev("ASSAULT", ["ISR"], [], start=100)
    resp.text_info["rule"] = {"trigger": "model:respond/V"}
    other = ev("ASSAULT", ["ISR"], [], start=200)
    other.text_info["rule"] = {"trigger": "pattern:shell/V@187"}
    hit = ev("ASSAULT", ["ISR"], [], start=300)
    hit.text_info["rule"] = {"trigger": "model:hit/V"}  # "hit" without "back" is no response
    out = complete_from_story(lead + [resp, other, hit])[2:]
    assert [r.code for r in out[0].recipient] == ["LBN"]
    assert out[1].text_info["rule"].get("recipient") != "context:retaliation-target"
    assert out[2].text_info["rule"].get("recipient") != "context:retaliation-target"
    # nobody attacked the responder's country: no retaliation target
    out = complete_from_story([ev("ASSAULT", ["ISR"], ["PSE"], start=0, sent=0),
                               ev("ACCUSE", ["ISR"], ["PSE"], start=50, sent=1), resp])
    assert out[2].text_info["rule"].get("recipient") != "context:retaliation-target"


# --- a gang's raid across a border makes no war between states (story_context._gang_attack) ---------------------
def test_a_gang_raid_across_a_border_is_no_war_between_states():
    gang = Event(article_id="a", event="ASSAULT", actor=[Entity("gunmen", code="PHL", sector="UAF", start=0)],
                 recipient=[Entity("a farmer", code="MYS", start=20)], event_text="seized",
                 text_info={"start": 0, "end": 3, "sentence_index": 0, "rule": {}}, event_loc=[{"country_code": "MYS"}])
    lead = ev("ACCUSE", ["MYS"], ["MYS"], start=40, sent=1)
    victim = ev("ASSAULT", [], ["MYS"], start=100)
    victim.event_loc = [{"country_code": "MYS"}]
    out = complete_from_story([gang, lead, victim])
    # no war: the unnamed attacker is an unidentified armed force of the place, as in any domestic story
    assert [(a.code, a.sector) for a in out[2].actor] == [("MYS", "UAF")]
    # an army's raid is one
    army = Event(article_id="a", event="ASSAULT", actor=[Entity("troops", code="PHL", sector="MIL", start=0)],
                 recipient=[Entity("a farmer", code="MYS", start=20)], event_text="seized",
                 text_info={"start": 0, "end": 3, "sentence_index": 0, "rule": {}}, event_loc=[{"country_code": "MYS"}])
    out = complete_from_story([army, lead, victim])
    assert [a.code for a in out[2].actor] == ["PHL"]  # enemy-attacker


# --- no enemy target by default: an armed group's untargeted attack is not turned on the story's foreign attacker --
def test_militants_at_home_are_not_turned_on_a_foreign_attacker():
    """Measured and not kept (issue 13, s11): giving an armed group that attacks no named target the one country
    attacking its own raised training F1 by 0.002 but lowered voa_news by 0.0007, and misfires on insurgencies at
    home under foreign strikes: al-Shabab's mortars after a US strike are not fired on the United States."""
    out = assaults("A US drone strike killed five al-Shabab fighters in Somalia on Monday. Al-Shabab militants attacked "
                   "a Somali army base in Baidoa. The militants fired mortars overnight.")
    assert out and not [r for r in out if r[0] == ["SOM"] and r[1] == ["USA"]], out


# --- enemy_attacker: an unidentified force of the attack's place is no attacker in a war between states ---------
def test_an_unidentified_force_in_a_war_is_the_other_side():
    out = assaults("Israeli jets struck Hamas positions in Gaza on Monday. An attack on the northern Gaza Strip hit "
                   "a school, killing two teachers.")
    assert (["ISR"], ["PSE"], "context:enemy-attacker") in out, out
    out = assaults("Russian forces shelled Ukrainian towns on Monday. Two Ukrainian soldiers were killed by a "
                   "roadside bomb near Kharkiv.")
    assert (["RUS"], ["UKR"], "context:enemy-attacker") in out and (["UKR"], ["UKR"], "unidentified_bomber") \
        not in out, out


def test_an_unidentified_force_stays_outside_a_war_or_with_two_attackers():
    out = assaults("Police arrested two men in Kabul on Monday. A roadside bomb killed three Afghan soldiers in "
                   "Helmand.")
    assert (["AFG"], ["AFG"], "unidentified_bomber") in out, out
    lead = [ev("ASSAULT", ["RUS"], ["UKR"], start=0, sent=0), ev("ASSAULT", ["BLR"], ["UKR"], start=50, sent=1)]
    bomb = Event(article_id="a", event="ASSAULT", actor=[Entity("", code="UKR", sector="UAF")],
                 recipient=[Entity("soldiers", code="UKR", sector="MIL", start=120)], event_text="killed",
                 text_info={"start": 100, "end": 106, "sentence_index": 3, "rule": {}})
    out = complete_from_story(lead + [bomb])
    assert [a.code for a in out[2].actor] == ["UKR"], out[2]  # two attackers of Ukraine: the place's force stays
