"""An animal is the doer of no event (admission.animal_actor): "elephants trampled two farmers", and a subject
"they"/"it" that stands for an animal named as a subject before it ("the animals change their behaviour and they
kill people"), which would otherwise be read as the party of the story's context. PLOVER manual, "Actors" and
ASSAULT (deliberate force by a political actor). Sentences invented for the test."""
import pytest

from test_coder_rules import coded

STORY = "Kenyan police arrested two poachers on Monday near the park. "


@pytest.mark.parametrize("text", [
    STORY + "The Kenyan rangers said the animals that lose their grazing turn aggressive and they kill people.",
    STORY + "Kenyan rangers said hungry elephants that leave the park raid farms and they kill people.",
    STORY + "Kenyan villagers said the lions that roam near the park attack cattle and they kill herders.",
    STORY + "Kenyan officials said the elephant was startled and it trampled two farmers.",
])
def test_an_animal_is_no_attacker(text):
    rows, events, _ = coded(text)
    assert [e.event for e in events] == ["COERCE"], rows


@pytest.mark.parametrize("text", [
    STORY + "The Kenyan rangers said the poachers fear the patrols and they kill anyone who resists.",
    STORY + "Kenyan officials said the police shot the dogs and they then arrested the owner.",
])
def test_people_after_an_animal_word_keep_their_act(text):
    rows, events, _ = coded(text)
    assert len(events) > 1, rows


def test_a_surname_that_is_an_animal_word_is_a_person():
    rows, events, _ = coded("Britain's Conservative co-chairman Liam Fox accused the British prime minister of lying.")
    assert [e.event for e in events] == ["ACCUSE"], rows
