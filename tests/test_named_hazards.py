"""Storms and other hazards are no actors (PLOVER manual, ASSAULT: deliberate force by an actor; "Actors"): a storm
named with its title ("Cyclone Freddy", "Tropical Storm Ana", "Cyclones Chido and Dikeledi") stays a hazard when
the story names it bare later ("struck by Chido"); a hazard as the subject of any event drops the record
(admission.hazard_actor); a "by" agent shared by coordinated participles counts ("destroyed or submerged by
floods", nlp.views.shared_agents), and so does a shared human agent for the actor ("destroyed or burned by the
rebels"). Seen on VOA disaster stories outside the evaluation set."""
import pytest

from eventwire.events.accidents import named_hazards
from test_coder_rules import coded


def _events(text):
    rows, events, _ = coded(text)
    return rows, [e for e in events if not e.negated]


@pytest.mark.parametrize("text, names", [
    ("Cyclone Freddy killed 500 people.", {"Freddy"}),
    ("Tropical Storm Ana made landfall.", {"Ana"}),
    ("It follows Cyclones Chido and Dikeledi.", {"Chido", "Dikeledi"}),
    ("Typhoons Haikui, Saola and Koinu hit Taiwan.", {"Haikui", "Saola", "Koinu"}),
    ("Hurricane Milton and Hurricane Helene struck Florida.", {"Milton", "Helene"}),
    ("Ukraine fired Storm Shadow missiles at Crimea.", set()),   # a weapon, not a storm
    ("The storm hit Florida on Monday.", set()),                 # no name
    ("The Accident Investigation Board met.", set()),            # an accident names no storm
])
def test_named_hazards_of_a_text(text, names):
    assert named_hazards(text) == frozenset(names)


@pytest.mark.parametrize("text", [
    "Cyclones Chido and Freddy hit the region last year. Malawi was struck by Chido in December.",
    "Tropical Storm Ana hit Malawi. Ana also destroyed 300 homes in Mulanje.",
    "Hurricane Ian made landfall on Wednesday. Ian destroyed thousands of homes in Fort Myers.",
    "Cyclone Freddy hit Malawi on Monday.",
    "A powerful earthquake struck Turkey and Syria on Monday.",
    "Their houses were either destroyed or submerged by floods in Malawi.",
])
def test_a_hazard_is_no_actor(text):
    rows, got = _events(text)
    assert not got, rows


@pytest.mark.parametrize("text, actor_text", [
    # a person who shares a storm's name still acts: the name is whole, not the storm's bare name
    ("Hurricane Milton made landfall in Florida. Separately, Milton Jones attacked a police officer in Miami.",
     "Milton Jones"),
    # the shared agent of coordinated participles is the actor
    ("Dozens of homes were destroyed or burned by the rebels in North Kivu.", "the rebels"),
    # each conjunct keeps its own agent
    ("Homes were destroyed by the army or submerged by floods in Sindh.", "the army"),
    ("Ukraine fired Storm Shadow missiles at Crimea.", "Ukraine"),
])
def test_people_keep_acting(text, actor_text):
    rows, got = _events(text)
    assaults = [e for e in got if e.event == "ASSAULT"]
    assert assaults and any(a.entity_text == actor_text for e in assaults for a in e.actor), rows
