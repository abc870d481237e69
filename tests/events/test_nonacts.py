"""Words of an act where no act between parties is reported (events.nonacts: relationship_described, listed_option,
enabled_effect, commitment_to_ideal, physical_encounter, thing_travels; lexicon relation_noun, relation_course_verb,
example_marker, option_noun, option_hedge, weighing_verb, enabling_verb, instrument_noun, ideal_noun, ideal_quality, region_noun,
encounter_verb, armed_person_noun, armed_modifier, cause_noun, knowledge_noun, requirement_noun;
standing_stance, claimed_boundary, wished_act_of_another: stance_verb, practice_noun, border_noun, line_course_verb, desire_governor).

PLOVER manual: an event is an interaction in which an actor does something to or with another party. The sentences
are invented variants of kinds seen on real news: a relationship described ("cooperation will likely develop
slowly"), options listed ("steps such as cutting foreign aid"), an effect ascribed to a law ("the law will help
Beijing tighten control"), a commitment to an ideal ("to a free Indian Ocean"), armed men met ("met by gunmen"), a
thing that arrives ("it arrived in eastern China"), money for a cause ("the sale of hunting licenses to support
conservation"), professed ignorance ("he had no idea whether ..."), a requirement met ("failed to meet its obligations"), an arrival at a meeting ("arrived at the start of the
meeting")."""

import pytest

from eventwire import code_text
from eventwire.events import nonacts
from eventwire.events.triggers import TRIGGER_FILTERS
from rule_triggers import trigger_at


def coded_types(text):
    events, _ = code_text(text, publication_date="2024-05-14")
    return [e.event for e in events]


def test_the_rules_run_among_the_trigger_filters():
    assert all(f in TRIGGER_FILTERS for f in nonacts.NON_ACT_FILTERS)
    assert [f.__name__ for f in nonacts.NON_ACT_FILTERS] == [
        "relationship_described", "listed_option", "enabled_effect", "commitment_to_ideal", "physical_encounter",
        "thing_travels", "cause_supported", "professed_ignorance", "requirement_met",
        "arrival_at_occasion", "standing_stance", "claimed_boundary", "wished_act_of_another"]


@pytest.mark.parametrize("text,word,event,want", [
    ("Australia's defense cooperation with Indonesia will likely grow slowly.", "cooperation", "COOPERATE", True),
    ("China's trade ties with Brazil have expanded rapidly.", "ties", "COOPERATE", True),
    ("Japan and India agreed to deepen cooperation.", "cooperation", "COOPERATE", False),
    ("Cooperation with India was suspended after the coup.", "Cooperation", "COOPERATE", False),
])
def test_relationship_described(nlp, text, word, event, want):
    assert nonacts.relationship_described(trigger_at(nlp, text, word, event), {}) is want


@pytest.mark.parametrize("text,word,want", [
    ("Critics listed possible steps such as cutting foreign aid, raising tariffs and closing embassies.", "cutting",
     True),
    ("Critics listed possible steps such as cutting foreign aid, raising tariffs and closing embassies.", "tariffs",
     True),
    ("Washington is weighing options such as cutting foreign aid and suspending arms sales.", "suspending", True),
    ("Russia has taken steps such as expelling diplomats and closing consulates.", "expelling", False),
    ("Russia expelled ten diplomats on Monday.", "expelled", False),
])
def test_listed_option(nlp, text, word, want):
    assert nonacts.listed_option(trigger_at(nlp, text, word, "SANCTION"), {}) is want


@pytest.mark.parametrize("text,word,want", [
    ("The new law will help Beijing tighten control over Hong Kong.", "tighten", True),
    ("The law is expected to help Beijing tighten control over the territory.", "tighten", True),
    ("China helped Pakistan build a dam.", "build", False),
])
def test_enabled_effect(nlp, text, word, want):
    assert nonacts.enabled_effect(trigger_at(nlp, text, word, "SANCTION"), {}) is want


@pytest.mark.parametrize("text,want", [
    ("Both leaders reaffirmed their commitment to a free and open Pacific.", True),
    ("The two presidents reiterated their commitment to a peaceful Korean peninsula.", True),
    ("The two leaders expressed their commitment to regional stability.", True),
    ("Both sides reaffirmed their commitment to the ceasefire.", False),
    ("Germany reaffirmed its commitment to Ukraine.", False),
    ("The ministers renewed their commitment to free school meals for all pupils.", False),
])
def test_commitment_to_ideal(nlp, text, want):
    assert nonacts.commitment_to_ideal(trigger_at(nlp, text, "commitment", "AGREE"), {}) is want


@pytest.mark.parametrize("text,want", [
    ("The journalists were met at the border by armed men.", True),
    ("When they left the compound, they were met by gunmen.", True),
    ("The delegation was met at the airport by the foreign minister.", False),
    ("Blinken met Chinese Foreign Minister Wang Yi in Beijing.", False),
])
def test_physical_encounter(nlp, text, want):
    word = next(w for w in ("met", "greeted") if w in text.split())
    assert nonacts.physical_encounter(trigger_at(nlp, text, word, "CONSULT"), {}) is want


@pytest.mark.parametrize("text,want", [
    ("The ship was carrying grain. It arrived in eastern China late last year.", True),
    ("The minister arrived in Beijing on Monday.", False),
])
def test_thing_travels(nlp, text, want):
    assert nonacts.thing_travels(trigger_at(nlp, text, "arrived", "CONSULT", "arrive"), {}) is want


@pytest.mark.parametrize("text,word,event,want", [
    ("The government approved the sale of hunting licenses to support conservation.", "support", "SUPPORT", True),
    ("Namibia uses the sale of ivory stocks to fund conservation.", "fund", "AID", True),
    ("Germany supports research into renewable energy in Kenya.", "supports", "SUPPORT", False),
    ("Japan supports Ukraine.", "supports", "SUPPORT", False),
])
def test_cause_supported(nlp, text, word, event, want):
    assert nonacts.cause_supported(trigger_at(nlp, text, word, event), {}) is want


@pytest.mark.parametrize("text,want", [
    ("A spokesman said he had no idea where the reports had come from.", True),
    ("The minister said she had no clue why the talks failed.", True),
    ("He rejected the idea of talks with the rebels.", False),
])
def test_professed_ignorance(nlp, text, want):
    word = next(w for w in ("idea", "clue") if w in text.split())
    assert nonacts.professed_ignorance(trigger_at(nlp, text, word, "ACCUSE"), {}) is want


@pytest.mark.parametrize("text,event,want", [
    ("The government has failed to meet its obligations under the treaty.", "REJECT", True),
    ("Kenya met the deadline for submitting its report to the IMF.", "CONSULT", True),
    ("Ukraine must meet the criteria for joining the European Union.", "CONSULT", True),
    ("The president met the protesters' leaders on Monday.", "CONSULT", False),
    ("Blinken met Chinese Foreign Minister Wang Yi in Beijing.", "CONSULT", False),
])
def test_requirement_met(nlp, text, event, want):
    word = next(w for w in ("meet", "met") if w in text.split())
    assert nonacts.requirement_met(trigger_at(nlp, text, word, event), {}) is want


@pytest.mark.parametrize("text,want", [
    ("The prime minister and his chancellor arrived within seconds of each other at the start of the meeting.", True),
    ("The minister arrived late for the cabinet session.", True),
    ("The foreign minister arrived in Beijing on Monday.", False),
    ("Wang Yi arrived at Kyiv's central station on Friday.", False),
    ("The delegation arrived on Tuesday for talks with Modi.", False),
])
def test_arrival_at_occasion(nlp, text, want):
    assert nonacts.arrival_at_occasion(trigger_at(nlp, text, "arrived", "CONSULT", "arrive"), {}) is want


@pytest.mark.parametrize("text,word,event,want", [
    ("The United States particularly opposes China's maritime expansion.", "opposes", "REJECT", True),
    ("Ms Kelly has opposed embryo research.", "opposed", "REJECT", True),
    ("We are all opposed to discrimination.", "opposed", "REJECT", True),
    ("The party supports abortion and euthanasia.", "supports", "SUPPORT", True),
    ("Germany opposes China's expansion plan.", "opposes", "REJECT", False),
    ("Germany opposed China's maritime expansion on Tuesday.", "opposed", "REJECT", False),
    ("Vietnam will oppose China's maritime expansion.", "oppose", "REJECT", False),
    ("The Greens oppose the expansion of Heathrow airport.", "oppose", "REJECT", False),
    ("The Liberal Democrats oppose the plans.", "oppose", "REJECT", False),
    ("Japan supports Ukraine.", "supports", "SUPPORT", False),
])
def test_standing_stance(nlp, text, word, event, want):
    assert nonacts.standing_stance(trigger_at(nlp, text, word, event), {}) is want


@pytest.mark.parametrize("text,word,event,want", [
    ("Mogadishu argues its maritime border should follow the land border.", "argues", "REQUEST", True),
    ("Nairobi claims the frontier should head due east.", "claims", "ACCUSE", True),
    ("Caracas insists the boundary runs along the river.", "insists", "REJECT", True),
    ("Mogadishu argues Nairobi should respect the court ruling.", "argues", "REQUEST", False),
    ("Kenya said the border should be reopened.", "said", "REQUEST", False),
    ("Somalia said Kenya must withdraw its troops from the border.", "said", "REQUEST", False),
])
def test_claimed_boundary(nlp, text, word, event, want):
    assert nonacts.claimed_boundary(trigger_at(nlp, text, word, event), {}) is want


@pytest.mark.parametrize("text,word,event,want", [
    ("People want their government to step up opposition to Beijing.", "opposition", "REJECT", True),
    ("But the Tories want the information commissioner to investigate.", "investigate", "ACCUSE", True),
    ("Vietnam wants China to withdraw its ships.", "withdraw", "RETREAT", True),
    ("The Tories would like the commissioner to investigate.", "investigate", "ACCUSE", True),
    ("Clarke wants to introduce a points system and increase deportations.", "increase", "COERCE", False),
    ("Japan urged China to release the detained crew.", "release", "RETREAT", False),
    ("Vietnam said China withdrew its ships.", "withdrew", "RETREAT", False),
])
def test_wished_act_of_another(nlp, text, word, event, want):
    assert nonacts.wished_act_of_another(trigger_at(nlp, text, word, event), {}) is want


@pytest.mark.parametrize("text,event", [
    ("People want their government to step up opposition to Beijing.", "REJECT"),
    ("Now he wants Delta to apologize.", "CONCEDE"),
    ("The United States particularly opposes China's maritime expansion.", "REJECT"),
    ("Ms Kelly has opposed embryo research.", "REJECT"),
    ("Mogadishu argues its maritime border should follow the land border.", "REQUEST"),
    ("Nairobi claims the frontier should head due east.", "REQUEST"),
    ("Nairobi claims the frontier should head due east.", "ACCUSE"),
    ("The minister arrived late for the cabinet session.", "CONSULT"),
    ("Britain will not meet its climate targets this decade.", "REJECT"),
    ("Kenya met the deadline for submitting its report to the IMF.", "CONSULT"),
    ("The government approved the sale of hunting licenses to support conservation.", "SUPPORT"),
    ("Japan's security cooperation with India will likely develop slowly.", "AGREE"),
    ("Critics listed possible steps such as cutting foreign aid, raising tariffs and closing embassies.", "SANCTION"),
    ("The new law will help Beijing tighten control over Hong Kong.", "SANCTION"),
    ("Both leaders reaffirmed their commitment to a free Indian Ocean.", "AGREE"),
    ("When they left the compound, they were met by gunmen.", "CONSULT"),
    ("The tanker was carrying crude oil. It arrived in southern Japan last week.", "CONSULT"),
])
def test_the_kind_codes_no_event(text, event):
    assert event not in coded_types(text)


@pytest.mark.parametrize("text,event", [
    ("Japan and India agreed to deepen cooperation.", "AGREE"),
    ("China helped Pakistan build a dam.", "AID"),
    ("Blinken met Chinese Foreign Minister Wang Yi in Beijing.", "CONSULT"),
    ("Japan committed to cooperation with India.", "AGREE"),
    ("The United States imposed sanctions such as freezing assets of Russian officials.", "SANCTION"),
    ("Japan supports Ukraine.", "SUPPORT"),
    ("The foreign minister arrived in Beijing on Monday.", "CONSULT"),
    ("Germany opposed China's maritime expansion on Tuesday.", "REJECT"),
    ("The Liberal Democrats oppose the plans.", "REJECT"),
    ("Somalia said Kenya must withdraw its troops from the border.", "REQUEST"),
    ("Mogadishu argues Nairobi should respect the court ruling.", "REQUEST"),
    ("France condemned the attack on the embassy.", "ACCUSE"),
    ("Japan urged China to release the detained crew.", "REQUEST"),
    ("Vietnam said China withdrew its ships on Monday.", "RETREAT"),
])
def test_real_acts_stay(text, event):
    assert event in coded_types(text)
