"""Three kinds from war reporting: victims with no country named take the country of the attack's place, not a
dateline's (story_context.victims_of_the_place); a city as possessor owns what is in it ("Odesa's port", resolver
modifier_info); a possessive "its" after a speaker with no country is the subject of its own clause, but not the
one answering the proposal it owns (resolver possessive_antecedent, lexicon proposal_answer_verb)."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.events.story_context import StoryContext, victims_of_the_place
from eventwire.schema import Entity, Event


def _events(text):
    events, _ = code_text(text, publication_date="2024-03-12")
    return [e for e in events if not e.negated]


def _ev(recipient, loc, event="ASSAULT"):
    return Event(article_id="a", event=event, actor=[Entity("Russian missiles", code="RUS", sector="MIL")],
                 recipient=[recipient], event_text="killing", text_info={"start": 50, "end": 57, "sentence_index": 0},
                 event_loc=[{"country_code": c} for c in loc])


def test_home_guess_victims_take_the_country_of_the_attack():
    e, changed = victims_of_the_place(_ev(Entity("four people", code="USA", sector="CVL", source="context"), ["UKR"]),
                                      StoryContext("USA"))
    assert changed and e.recipient[0].code == "UKR"


def test_named_victims_other_types_and_unclear_places_keep_their_country():
    story = StoryContext("USA")
    named = Entity("two American aid workers", code="USA", sector="CVL")  # the text names their country
    assert not victims_of_the_place(_ev(named, ["AFG"]), story)[1]
    guess = Entity("four people", code="USA", sector="CVL", source="context")
    assert not victims_of_the_place(_ev(guess, ["UKR", "RUS"]), story)[1]  # two countries: no single place
    assert not victims_of_the_place(_ev(guess, []), story)[1]
    assert not victims_of_the_place(_ev(guess, ["UKR"], event="PROTEST"), story)[1]
    soldiers = Entity("two soldiers", code="USA", sector="MIL", source="context")  # armed: enemy_forces' matter
    assert not victims_of_the_place(_ev(soldiers, ["UKR"]), story)[1]


def test_dateline_country_is_not_the_victims_country():
    evs = _events("WASHINGTON - Russian missiles struck Odesa on Tuesday, killing four people.")
    killing = [e for e in evs if e.event_text == "killing"]
    assert len(killing) == 1
    assert [a.code for a in killing[0].actor] == ["RUS"]
    assert [r.code for r in killing[0].recipient] == ["UKR"]
    assert "victims-of-the-place" in killing[0].text_info["rule"]["context"]


@pytest.mark.parametrize("text, target", [
    ("Russian drones struck Odesa's port overnight.", "Odesa's port"),
    ("Russian drones attacked Kharkiv's power grid.", "Kharkiv's power grid"),
])
def test_city_possessor_gives_the_target_its_country(text, target):
    evs = [e for e in _events(text) if e.event == "ASSAULT"]
    assert len(evs) == 1
    assert [(r.entity_text, r.code) for r in evs[0].recipient] == [(target, "UKR")]


def test_person_possessor_is_no_place():
    evs = _events("Smith's lawyers attacked the ruling.")
    assert all(not r.code for e in evs for r in e.recipient + e.actor)


def test_possessive_after_an_uncoded_speaker_is_the_clause_subject():
    evs = _events("The United States will keep sanctions in place as long as Russia continues its attacks on "
                  "Ukraine, officials said.")
    attacks = [e for e in evs if e.event == "ASSAULT"]
    assert len(attacks) == 1 and [a.code for a in attacks[0].actor] == ["RUS"]
    assert [r.code for r in attacks[0].recipient] == ["UKR"]


def test_the_one_answering_an_offer_does_not_own_it():
    evs = _events("The United States warned Wednesday that it will keep up pressure on Iran, as Tehran rejected its "
                  "offer for new talks.")
    reject = [e for e in evs if e.event == "REJECT"]
    offer = [e for e in evs if e.event == "AGREE"]
    assert [(a.code, [r.code for r in reject[0].recipient]) for a in reject[0].actor] == [("IRN", ["USA"])]
    assert [a.code for a in offer[0].actor] == ["USA"]


@pytest.mark.parametrize("text, actor, recipients", [
    ("Qatar offered to mediate between Hamas and Israel.", "QAT", {"PSE", "ISR"}),
    ("Turkey offered to broker talks between Russia and Ukraine.", "TUR", {"RUS", "UKR"}),
])
def test_an_offer_to_mediate_is_made_to_the_parties_between(text, actor, recipients):
    agree = [e for e in _events(text) if e.event == "AGREE"]
    assert {a.code for e in agree for a in e.actor} == {actor}
    assert {r.code for e in agree for r in e.recipient} == recipients
