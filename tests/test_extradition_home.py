"""An extradition is between two states (admission.extradition_home; PLOVER manual, COOPERATE, legal cooperation):
one whose actor is of the country the person is sent to has the wrong actor (the extradited person, read as the
subject of a participle the small model tagged as a finite verb, or a court of the receiving country) and is
dropped; an extradition from one state to another stays.
"""
import pytest

from expectations import records


def extraditions(text):
    return [e for e in records(text) if e.event == "COOPERATE"]


@pytest.mark.parametrize("text", [
    "The British businessman was arrested in Spain and extradited to Britain.",
    "The Indian tycoon was detained in London and later extradited to India.",
    "An Australian drug smuggler was held in Bali and then extradited to Australia.",
])
def test_an_extradition_to_the_actors_own_country_is_dropped(text):
    assert not [e for e in extraditions(text) if {a.code for a in e.actor} & {r.code for r in e.recipient}]


@pytest.mark.parametrize("text,actor,recipient", [
    ("Spain extradited the British businessman to Britain.", "ESP", "GBR"),
    ("Pakistan extradited the suspect to India on Monday.", "PAK", "IND"),
    ("The fugitive was extradited to the United States by Mexico.", "MEX", "USA"),
])
def test_an_extradition_between_two_states_stays(text, actor, recipient):
    got = extraditions(text)
    assert got, text
    assert actor in {a.code for a in got[0].actor} and recipient in {r.code for r in got[0].recipient}
