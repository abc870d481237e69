"""Animals killed or slaughtered, also when counted ("millions of dogs are killed"), are no attack
(admission.animal_target, admission._counted; lexicon animal_noun). Audit of VOA feature stories outside the
evaluation set: "millions of dogs are killed for their meat annually" was coded ASSAULT. PLOVER manual, ASSAULT
(force against people or the property of another party)."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text", [
    "Millions of dogs are killed for their meat in Vietnam every year.",
    "Thousands of cattle were slaughtered in Kenya during the drought.",
    "Cats were killed in Indonesia for meat, the charity said.",
])
def test_animals_killed_are_no_assault(text):
    rows, events, _ = coded(text)
    assert not [e for e in events if e.event in ("ASSAULT", "COERCE")], rows


@pytest.mark.parametrize("text", [
    "Thousands of civilians were killed in Sudan.",
    "Two of the soldiers were killed in Mali.",
    "Nigerian police killed 12 protesters.",
])
def test_people_killed_stay_an_assault(text):
    rows, events, _ = coded(text)
    assert [e for e in events if e.event == "ASSAULT"], rows
