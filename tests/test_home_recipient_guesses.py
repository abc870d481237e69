"""Story drop rules for a recipient the story's context guessed as the actor's own country where the act has no
such counterpart (eventwire.events.story_context): ``commentator-reaction`` (a commentator reacting with no party
named), ``untargeted-launch`` (a missile launch at no one) and ``answered-act-at-home`` (a state answering an act the
story does not report against it). Domestic dyads the annotations code (a governor praising the troops, a state
answering an attack on itself) keep theirs. Texts are invented variants of the kinds."""
from __future__ import annotations

from collections import Counter

import pytest

from eventwire.events.story_context import (StoryContext, answered_act_at_home, commentator_reaction,
                                            complete_from_story, untargeted_launch)
from eventwire.schema import Entity, Event

STORY = StoryContext("NGA", story=True)


def ev(typ, actor, recipient, sentence, trigger, rule_rec="context:implicit-recipient", lemma=None, start=None,
       earlier_start=0):
    """A record whose trigger is the first occurrence of ``trigger`` in ``sentence``; parties "TEXT=CODE/SECTOR"."""
    def ents(xs):
        out = []
        for x in xs:
            text, _, cs = x.rpartition("=")
            code, _, sec = cs.partition("/")
            out.append(Entity(text, code=code or None, sector=sec or None))
        return out
    s = sentence.index(trigger) if start is None else start
    lem = lemma or trigger.split()[0]
    return Event(article_id="a", event=typ, actor=ents(actor), recipient=ents(recipient), event_text=trigger,
                 text_info={"start": earlier_start + s, "end": earlier_start + s + len(trigger),
                            "sentence_start": earlier_start, "sentence": sentence, "sentence_index": 1,
                            "rule": {"trigger": f"pattern:{lem}/V@1", "recipient": rule_rec}})


# ------------------------------------------------------------------------------------------- commentator-reaction
@pytest.mark.parametrize("who", ["Security analyst Kabiru Adamu", "Professor Jane Roe", "An expert",
                                 "Political analysts"])
def test_a_commentator_reacting_with_only_the_storys_country_is_dropped(who):
    e = ev("SUPPORT", [f"{who}=NGA"], ["=NGA"], f"{who} welcomed the move, saying it showed resolve.", "welcomed",
           lemma="welcome")
    assert commentator_reaction(e, STORY)


def test_an_official_or_a_named_counterpart_or_a_material_act_stays():
    s = "Governor Uba Sani welcomed the move."
    assert not commentator_reaction(ev("SUPPORT", ["Governor Uba Sani=NGA/GOV"], ["=NGA"], s, "welcomed"), STORY)
    # a party's expert speaks for the party
    assert not commentator_reaction(ev("REJECT", ["Tory expert=GBR/PTY"], ["=GBR"], "Tory expert denies it", "denies"),
                                    STORY)
    # the clause names the counterpart
    assert not commentator_reaction(ev("ACCUSE", ["Analyst Jane Roe=USA"], ["Beijing=CHN/GOV"],
                                       "Analyst Jane Roe criticised Beijing.", "criticised", rule_rec="row:dobj"), STORY)
    # an earlier act of the story gave it
    assert not commentator_reaction(ev("ACCUSE", ["Analyst Jane Roe=USA"], ["=CHN"],
                                       "Analyst Jane Roe criticised it too.", "criticised",
                                       rule_rec="context:same-act-recipient"), STORY)
    # not a statement
    assert not commentator_reaction(ev("ASSAULT", ["An expert=NGA"], ["=NGA"], "An expert was attacked.", "attacked"),
                                    STORY)


# ------------------------------------------------------------------------------------------------ untargeted-launch
@pytest.mark.parametrize("sentence, trigger, rule_rec", [
    ("North Korea is preparing to launch a long-range missile, officials said.", "launch", "context:implicit-recipient"),
    ("Pyongyang fired two ballistic missiles on Sunday.", "fired", "context:implicit-recipient"),
    ("It was seen launching an intercontinental ballistic missile.", "launching", "context:same-act-recipient"),
])
def test_a_missile_launch_at_the_launchers_own_country_is_dropped(sentence, trigger, rule_rec):
    e = ev("ASSAULT", ["North Korea=PRK/GOV"], ["=PRK"], sentence, trigger, rule_rec=rule_rec,
           lemma="fire" if trigger == "fired" else "launch")
    assert untargeted_launch(e, StoryContext("PRK", story=True))


def test_a_launch_at_another_country_or_a_named_target_or_tear_gas_stays():
    story = StoryContext("ISR", story=True)
    # the story's context gave another country: the enemy of a war
    assert not untargeted_launch(ev("ASSAULT", ["Hamas=PSE/REB"], ["=ISR"], "Hamas fired rockets overnight.", "fired",
                                    rule_rec="context:enemy-target", lemma="fire"), story)
    # the clause names the target
    assert not untargeted_launch(ev("ASSAULT", ["Hamas=PSE/REB"], ["Gaza=PSE"], "Hamas fired a rocket at Gaza.",
                                    "fired", rule_rec="row:P:at", lemma="fire"), story)
    # tear-gas shells at protesters: no missile
    assert not untargeted_launch(ev("ASSAULT", ["police=IND/COP"], ["=IND"],
                                    "Police responded by firing tear smoke shells and pellets.", "firing",
                                    lemma="fire"), StoryContext("IND", story=True))
    # not a launch
    assert not untargeted_launch(ev("ASSAULT", ["troops=PRK/MIL"], ["=PRK"], "Troops shot a missile engineer.", "shot",
                                    lemma="shoot"), StoryContext("PRK", story=True))


# --------------------------------------------------------------------------------------------- answered-act-at-home
@pytest.mark.parametrize("actor, sentence, trigger, typ", [
    ("Russia=RUS/GOV", "Russia condemned the strike on Friday.", "condemned", "ACCUSE"),
    ("Moscow=RUS/GOV", "Moscow rejected the decision.", "rejected", "REJECT"),
    ("Iran=IRN/GOV", "Iran welcomed the move.", "welcomed", "SUPPORT"),
])
def test_a_state_answering_an_act_not_reported_against_it_with_its_own_country_is_dropped(actor, sentence, trigger,
                                                                                          typ):
    code = actor.split("=")[1][:3]
    assert answered_act_at_home(ev(typ, [actor], [f"={code}"], sentence, trigger), StoryContext(code, story=True))


def test_an_act_on_the_state_reported_earlier_or_a_domestic_actor_or_a_non_act_object_stays():
    attack = ev("ASSAULT", ["Militants=PAK/UAF"], ["a police post=PAK"], "Militants attacked a police post.",
                "attacked", rule_rec="row:dobj")
    story = StoryContext("PAK", story=True, earlier=[attack])
    assert not answered_act_at_home(ev("ACCUSE", ["Pakistan=PAK/GOV"], ["=PAK"], "Pakistan condemned the attack.",
                                       "condemned"), story)
    fresh = StoryContext("PAK", story=True)
    # officials act at home
    assert not answered_act_at_home(ev("ACCUSE", ["officials=PAK/GOV"], ["=PAK"], "Officials condemned the attack.",
                                       "condemned"), fresh)
    # the object is no act: "Both Pakistan and China reject the claims" (PAK -> PAK, annotated)
    assert not answered_act_at_home(ev("REJECT", ["Pakistan=PAK/GOV"], ["=PAK"], "Pakistan rejected the claims.",
                                       "rejected"), fresh)


# ------------------------------------------------------------------------------------------------------ story stage
def test_the_story_stage_drops_and_counts_them():
    s1 = "Nigerian troops rescued 20 schoolgirls in Kaduna state."
    s2 = "Security analyst Kabiru Adamu welcomed the move."
    evs = [ev("RETREAT", ["Nigerian troops=NGA/MIL"], ["20 schoolgirls=NGA/CVL"], s1, "rescued", rule_rec="row:dobj"),
           ev("SUPPORT", ["Security analyst Kabiru Adamu=NGA"], [], s2, "welcomed", rule_rec=None,
              earlier_start=len(s1) + 1)]
    for e in evs:
        e.text_info["rule"] = {k: v for k, v in e.text_info["rule"].items() if v}
    dropped = Counter()
    out = complete_from_story(evs, dropped=dropped, sentences=3)
    assert [e.event for e in out] == ["RETREAT"]
    assert dropped["commentator-reaction"] == 1


def test_the_pipeline_drops_the_guessed_home_recipients():
    from eventwire.pipeline import code_batch
    from eventwire.schema import Article

    story = ("Nigerian troops rescued 20 schoolgirls kidnapped by gunmen in Kaduna state, the army said on Tuesday.\n\n"
             "Security analyst Kabiru Adamu welcomed the move, saying it showed the military's resolve.\n\n"
             "Governor Uba Sani praised the move.")
    res = code_batch([Article(text=story, id="t1", publication_date="2024-05-14")])
    got = [(e.event, e.actor[0].entity_text if e.actor else None) for e in res.events]
    assert ("SUPPORT", "Governor Uba Sani") in got
    assert all(who != "Security analyst Kabiru Adamu" for _, who in got)
    # the coder drops the analyst's welcome before the story stage (events.commentary.commentator_statement: a
    # commentator's own statement to no counterpart the clause names); the story stage (commentator-reaction,
    # tested above) catches what reaches it
    assert "story_dropped:commentator-reaction" not in (res.reports[0].reason or "")


# ------------------------------------------------------------------------------------------------ named act object
@pytest.mark.parametrize("after, want", [
    (" the strike on Friday.", True),
    (" Friday's strike on the bridge.", True),
    (" the drone attack on Friday.", True),
    (" what it called a terrorist attack.", True),
    (" the attacks, calling them barbaric.", True),
    (" the move as illegal.", True),
    (" the claims.", False),                      # no act noun: "Pakistan and China reject the claims"
    (" Ukraine's leaders.", False),
    (" the very long and winding list of new strikes", False),   # no phrase of six words or fewer
])
def test_named_act_object(after, want):
    from eventwire.events.story_context import named_act_object
    assert named_act_object(after) is want


@pytest.mark.parametrize("sentence", ["Russia condemned Friday's strike on the bridge.",
                                      "Russia's foreign ministry condemned the drone attack on Friday.",
                                      "Russia on Friday condemned what it called a terrorist attack."])
def test_longer_act_phrases_are_answered_acts_too(sentence):
    e = ev("ACCUSE", ["Russia=RUS/GOV" if sentence.startswith("Russia ") else "Russia's foreign ministry=RUS/GOV"],
           ["=RUS"], sentence, "condemned")
    assert answered_act_at_home(e, StoryContext("RUS", story=True))


def test_an_answered_drone_attack_goes_to_its_doer():
    from eventwire.events.story_context import answered_act_doer
    s0 = "Ukrainian drones struck an oil depot in Bryansk."
    attack = ev("ASSAULT", ["Ukrainian drones=UKR/MIL"], ["an oil depot=RUS"], s0, "struck", rule_rec="row:dobj")
    s1 = "Russia's foreign ministry condemned the drone attack on Friday."
    e = ev("ACCUSE", ["Russia's foreign ministry=RUS/GOV"], [], s1, "condemned", rule_rec=None,
           earlier_start=len(s0) + 1)
    out, changed = answered_act_doer(e, StoryContext("RUS", story=True, earlier=[attack]))
    assert changed and [r.code for r in out.recipient] == ["UKR"]


# ---------------------------------------------------------------------------------------- launch-as-show-of-force
def test_a_states_missile_launch_at_no_one_is_a_show_of_force_at_the_storys_other_country():
    from eventwire.events.story_context import launch_as_show_of_force
    e = ev("ASSAULT", ["North Korea=PRK/GOV"], [], "North Korea is preparing to launch a long-range missile.", "launch",
           rule_rec=None)
    story = StoryContext("PRK", story=True, mentions={"PRK": 4, "KOR": 3})
    out, changed = launch_as_show_of_force(e, story)
    assert changed and (out.event, out.mode, [r.code for r in out.recipient]) == ("MOBILIZE", "weapons", ["KOR"])
    assert out.cameo == "150" and out.quad_class == 4


def test_a_launch_with_a_target_or_no_other_country_or_no_named_state_is_left():
    from eventwire.events.story_context import launch_as_show_of_force
    story = StoryContext("PRK", story=True, mentions={"PRK": 4, "KOR": 3})
    s = "North Korea is preparing to launch a long-range missile."
    # a target from the clause or an earlier rule
    assert not launch_as_show_of_force(ev("ASSAULT", ["North Korea=PRK/GOV"], ["Seoul=KOR"], s, "launch",
                                          rule_rec="row:P:at"), story)[1]
    # no other country in the story: the later rules decide (untargeted-launch drops PRK -> PRK)
    assert not launch_as_show_of_force(ev("ASSAULT", ["North Korea=PRK/GOV"], [], s, "launch", rule_rec=None),
                                       StoryContext("PRK", story=True, mentions={"PRK": 4}))[1]
    # unidentified launchers are not a state named as such
    assert not launch_as_show_of_force(ev("ASSAULT", ["militants=PRK/UAF"], [], "Militants launched rockets.",
                                          "launched", rule_rec=None, lemma="launch"), story)[1]
    # not a missile
    assert not launch_as_show_of_force(ev("ASSAULT", ["North Korea=PRK/GOV"], [], "North Korea launched an assault.",
                                          "launched", rule_rec=None, lemma="launch"), story)[1]


# ------------------------------------------------------------------------------------------- threatened response
def test_a_threatened_response_is_aimed_at_the_attacker_not_at_home():
    from eventwire.events.story_context import retaliation_target
    s0 = "Ukraine struck a Russian air base on Friday."
    attack = ev("ASSAULT", ["Ukraine=UKR/GOV"], ["a Russian air base=RUS"], s0, "struck", rule_rec="row:dobj")
    s1 = "Moscow said it would respond."
    e = ev("THREATEN", ["it=RUS/GOV"], [], s1, "respond", rule_rec=None, earlier_start=len(s0) + 1)
    out, changed = retaliation_target(e, StoryContext("RUS", story=True, earlier=[attack]))
    assert changed and [r.code for r in out.recipient] == ["UKR"]
    # with no act on Russia in the story, nothing is answered
    assert not retaliation_target(e, StoryContext("RUS", story=True))[1]
    # a sanction answered by a threat
    sanction = ev("SANCTION", ["The United States=USA/GOV"], ["Iran=IRN/GOV"], "The United States sanctioned Iran.",
                  "sanctioned", rule_rec="row:dobj", lemma="sanction")
    t = ev("THREATEN", ["Tehran=IRN/GOV"], [], "Tehran said it would react.", "react", rule_rec=None, earlier_start=40)
    out, changed = retaliation_target(t, StoryContext("IRN", story=True, earlier=[sanction]))
    assert changed and [r.code for r in out.recipient] == ["USA"]
