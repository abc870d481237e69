"""A verb of reinforcement is MOBILIZE only when it acts on an armed force or what one holds, and a deployment of civilians is none (admission.civilian_deployment)
(admission.reinforcement_of_no_force); an abstract or reflexive object is the actor made stronger."""
import pytest

from eventwire import code_text


def types(text):
    events, _ = code_text(text, publication_date="2024-05-14")
    return [e.event for e in events]


@pytest.mark.parametrize("text", [
    "The German chancellor said Europe instead needed to reinforce its own cohesion.",
    "Germany needed to reinforce its own unity, the chancellor said.",
    "The Kenyan government reinforced public trust in the courts.",
    "Paris reinforced its influence in West Africa last year.",
    "The Nigerian army is reinforcing its image among villagers.",
    "Turkey reinforced itself against such criticism.",
])
def test_reinforcing_an_abstraction_is_no_mobilization(text):
    assert "MOBILIZE" not in types(text)


@pytest.mark.parametrize("text", [
    "Russia reinforced its troops along the Ukrainian border on Monday.",
    "The Indian army reinforced its positions in Kashmir.",
    "Israel reinforced the border with Lebanon after the rocket attack.",
    "The Syrian army reinforced Aleppo with thousands of soldiers.",
])
def test_reinforcing_a_force_or_position_stays(text):
    assert "MOBILIZE" in types(text)


@pytest.mark.parametrize("text", [
    "About 4,000 Haitian and foreign observers were deployed to monitor voting.",
    "The Kenyan government deployed 300 doctors and nurses to the flooded region.",
    "The African Union deployed election observers to Malawi on Monday.",
    "Nigeria deployed aid workers to the camps in Borno.",
])
def test_deploying_civilians_is_no_mobilization(text):
    assert "MOBILIZE" not in types(text)


@pytest.mark.parametrize("text", [
    "The Kenyan government deployed 300 police officers to the flooded region.",
    "Russia deployed troops to the Ukrainian border on Monday.",
    "China deployed warships near Taiwan.",
])
def test_deploying_forces_stays(text):
    assert "MOBILIZE" in types(text)
