"""Recipients that are not the actor's own country (eventwire.events.story_context.state_counterpart): an outward
act of a state named as such with no recipient in its clause is aimed at the story's other country. Unit tests on
hand-made records, then invented whole texts through the pipeline."""
from __future__ import annotations

from collections import Counter

import pytest

from eventwire.events.story_context import (COUNTERPART_SHARE, OUTWARD_TYPES, StoryContext,
                                            complete_from_story, named_state, story_other_country)
from eventwire.schema import Entity, Event


def rec(typ, actor, recipient=(), start=0, sent=3):
    return Event(article_id="a", event=typ, actor=list(actor), recipient=list(recipient), event_text=typ.lower(),
                 text_info={"start": start, "end": start + 3, "sentence_index": sent})


def story(*evs, mentions):
    return complete_from_story(list(evs), mentions=(Counter(mentions), {}), sentences=5)


IRAN = Entity("Iran", code="IRN", sector="GOV")


def test_a_named_state_is_its_countrys_name_capital_or_foreign_affairs_voice():
    assert named_state(IRAN) and named_state(Entity("Beijing", code="CHN", sector="GOV"))
    assert named_state(Entity("Cuba's Foreign Minister", code="CUB", sector="GOV"))
    assert named_state(Entity("the Iranian ambassador", code="IRN", sector="GOV"))
    # sector nouns, other offices and people also act at home
    assert not named_state(Entity("officials", code="IRN", sector="GOV"))
    assert not named_state(Entity("the government", code="IRN", sector="GOV"))
    assert not named_state(Entity("Iran's interior minister", code="IRN", sector="GOV"))
    assert not named_state(Entity("Iran", code="IRN", sector=None))  # the country as a place, not its government


def test_the_other_country_is_named_twice_alone_and_often_enough():
    ctx = StoryContext("IRN", mentions={"IRN": 10, "USA": 4, "IRQ": 1})
    assert story_other_country({"IRN"}, ctx) == "USA"
    assert story_other_country({"IRN"}, ctx, COUNTERPART_SHARE) == "USA"
    assert story_other_country({"IRN"}, StoryContext("IRN", mentions={"IRN": 30, "USA": 4}), COUNTERPART_SHARE) is None
    assert story_other_country({"IRN"}, StoryContext("IRN", mentions={"IRN": 5, "USA": 3, "IRQ": 3})) is None  # a tie
    assert story_other_country({"IRN"}, StoryContext("IRN", mentions={"IRN": 5, "USA": 1})) is None  # in passing


@pytest.mark.parametrize("typ", sorted(OUTWARD_TYPES))
def test_an_outward_act_of_a_named_state_is_aimed_at_the_storys_other_country(typ):
    out = story(rec(typ, [IRAN], start=40), mentions={"IRN": 9, "USA": 5})
    assert [r.code for r in out[0].recipient] == ["USA"]
    assert out[0].text_info["rule"]["recipient"] == "context:state-counterpart"
    assert out[0].recipient[0].entity_text == "" and out[0].recipient[0].start is None  # implicit


@pytest.mark.parametrize("actor,typ,mentions,want", [
    (IRAN, "ACCUSE", {"IRN": 9}, "IRN"),                                 # no other country: the story's own
    (IRAN, "ACCUSE", {"IRN": 30, "USA": 3}, "IRN"),                      # one named in passing
    (IRAN, "ACCUSE", {"IRN": 9, "USA": 4, "IRQ": 4}, "IRN"),             # two others alike: no one side
    (Entity("officials", code="IRN", sector="GOV"), "ACCUSE", {"IRN": 9, "USA": 5}, "IRN"),  # officials act at home
    (IRAN, "COERCE", {"IRN": 9, "USA": 5}, "IRN"),                       # not an outward type: arrests are at home
])
def test_the_state_keeps_its_own_country_otherwise(actor, typ, mentions, want):
    out = story(rec(typ, [actor], start=40), mentions=mentions)
    assert [r.code for r in out[0].recipient] == [want]


def test_a_named_recipient_or_a_lone_sentence_is_left_alone():
    named = rec("ACCUSE", [IRAN], [Entity("Israel", code="ISR", sector="GOV")], start=40)
    assert story(named, mentions={"IRN": 9, "USA": 5}) == [named]
    alone = complete_from_story([rec("ACCUSE", [IRAN], start=40)], mentions=(Counter({"IRN": 9, "USA": 5}), {}),
                                sentences=1)
    assert alone[0].recipient == []


# ---------------------------------------------------------------- whole texts

@pytest.fixture(scope="module")
def code():
    from eventwire.pipeline import code_text

    return lambda text: code_text(text, publication_date="2024-03-01")[0]


def _of(events, typ, actor):
    return [e for e in events if e.event == typ and actor in {a.code for a in e.actor}]


@pytest.mark.parametrize("text,typ,actor,want", [
    ("The United States imposed new sanctions on Iranian oil exports on Monday. Iran condemned the decision. "
     "Tehran said the measures were illegal.", "ACCUSE", "IRN", "USA"),
    ("Washington announced new tariffs on Chinese steel. Beijing rejected the move. The United States said the "
     "tariffs would stay.", "REJECT", "CHN", "USA"),
])
def test_a_states_answer_to_another_state_is_aimed_at_it(code, text, typ, actor, want):
    got = _of(code(text), typ, actor)
    assert got and all(want in {r.code for r in e.recipient} for e in got), got


def test_a_states_act_in_a_story_about_itself_alone_stays_at_home(code):
    got = _of(code("Spain's parliament passed the budget. Madrid condemned the leaks. Spain's prime minister said "
                   "the budget was fair."), "ACCUSE", "ESP")
    assert got and {r.code for r in got[0].recipient} == {"ESP"}
