"""One fired beside a verb of leaving a post, or from a job, or a passive "he was fired" is dismissed, not shot at
(triggers.dismissed_from_post, triggers._left_post; lexicon leave_post_verb, job_noun). Audit of 1987 Reuters stories
outside the evaluation sets: "Regan, expected to resign or be fired shortly" was coded ASSAULT (firearms). PLOVER
manual, ASSAULT (mode firearms: shooting at a target)."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text", [
    "The Nigerian finance minister, expected to resign or be fired this week, met the president.",
    "The Kenyan police chief was fired from his job on Monday.",
    "He refused to quit and was fired last week, the Iraqi ministry said.",
    "Officials said she was fired after the Brazilian audit.",
])
def test_a_dismissal_is_no_assault(text):
    rows, events, _ = coded(text)
    assert not [e for e in events if e.event == "ASSAULT"], rows


@pytest.mark.parametrize("text", [
    "Shots were fired at the Kenyan police station.",
    "Police said he was fired upon by Syrian soldiers.",
    "Syrian troops fired from their positions at the rebels.",
])
def test_a_shot_stays_an_assault(text):
    rows, events, _ = coded(text)
    assert [e for e in events if e.event == "ASSAULT"], rows
