"""Harm to animals, self-harm and the destruction of one's own records are no ASSAULT (admission.animal_target,
admission.self_harm, admission.nothing_of_another_party with admission.patients); attacks on people and their
property stay."""
import pytest

from eventwire import code_text


def types(text):
    events, _ = code_text(text, publication_date="2024-05-14")
    return [e.event for e in events]


@pytest.mark.parametrize("text", [
    "Farmers shot the foxes near the village.",
    "Hunters killed two deer in Scotland.",
    "The numbers of badgers killed had fallen sharply.",
    "Foxes and other animals had been killed legally, the group said.",
    "Hunts may still flush out foxes to be shot.",
    "The riders shot their quarry in the woods.",
    "Farmers in Kenya trapped the wolves and then shot them.",
    "Farmers in Wales trapped the badgers and killed them.",
    "Hunters in Scotland chased the foxes and then shot them.",
])
def test_harm_to_animals_is_no_assault(text):
    assert "ASSAULT" not in types(text)


@pytest.mark.parametrize("text", [
    "The agency destroyed nearly 40,000 files last year.",
    "The ministry destroyed nearly 37,000 files last year - up 22,000 on four years ago.",
    "The number of files destroyed by the Home Office has risen.",
    "Once there is no further use for the record, the ministry may destroy it.",
    "British officials kept the documents for a year and then destroyed them.",
    "The Kenyan police kept the file for ten years before destroying it.",
])
def test_destroying_records_with_a_time_or_as_participle_is_no_assault(text):
    assert "ASSAULT" not in types(text)


@pytest.mark.parametrize("text", [
    "Soldiers shot two protesters in the capital.",
    "Gunmen killed five villagers and their cattle.",
    "Rebels destroyed five houses last year.",
    "The number of civilians killed by the militia has risen.",
    "Police cornered the gunmen in Nairobi and shot them.",
    "Soldiers surrounded the protesters and beat them.",
    "The rebels captured the bridge and destroyed it.",
    "Russian troops seized the villages and destroyed them.",
])
def test_attacks_on_people_or_property_stay(text):
    assert "ASSAULT" in types(text)


@pytest.mark.parametrize("text", [
    "The Afghan gunman later shot himself, police said.",
    "A Nigerian man tried to kill himself outside the parliament in Abuja.",
])
def test_self_harm_is_no_assault(text):
    """admission.self_harm: every patient a reflexive pronoun."""
    assert "ASSAULT" not in types(text)


@pytest.mark.parametrize("text", [
    "A Kenyan policeman shot himself after killing two colleagues.",
    "A suicide bomber blew himself up at a checkpoint in Kabul, killing five soldiers.",
])
def test_an_attack_beside_self_harm_stays(text):
    assert "ASSAULT" in types(text)
