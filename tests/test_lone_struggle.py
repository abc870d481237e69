"""A struggle waged by one person with no opponent is a figure of speech, no ASSAULT (admission.lone_struggle;
lexicon struggle_verb): "he is still fighting", "fighting for her life in hospital". Fighters, groups and fights
with an opponent keep the ASSAULT. PLOVER manual, ASSAULT (force against people or property). Sentences invented
for the test."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text", [
    "The jailed Kenyan activist Mr Ouko is still strong, and he is still fighting, his son said.",
    "The Kenyan journalist is fighting for her life in hospital.",
    "Kenyan opposition leader Raila Odinga vowed to keep fighting.",
])
def test_a_lone_struggle_is_no_attack(text):
    rows, events, _ = coded(text)
    assert not [e for e in events if e.event in ("ASSAULT", "THREATEN")], rows


@pytest.mark.parametrize("text", [
    "Kenyan soldiers are still fighting in the north.",
    "Kenyan troops fought for three days.",
    "The Kenyan soldier fought bravely.",
    "The Kenyan gunman fought with police.",
])
def test_fighters_and_fights_with_an_opponent_stay(text):
    rows, events, _ = coded(text)
    assert [e for e in events if e.event == "ASSAULT"], rows
