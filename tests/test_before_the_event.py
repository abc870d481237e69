"""A verb placed before an event is not its light verb: "told reporters before the meeting" makes the speaker no
party to a meeting (actor_rules._light_verb, lexicon time_preposition). Light verbs reached through another
preposition stay ("went on strike", "took part in talks"). Training-story error: "As one backbencher said before
the meeting: ..." coded as a CONSULT by the backbencher."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text", [
    "A Kenyan opposition MP told reporters before the meeting that the talks would fail.",
    "The Indian foreign minister spoke to reporters before the summit.",
])
def test_a_verb_before_the_event_is_not_its_doing(text):
    rows, _, _ = coded(text)
    assert not [r for r in rows if r[0] == "CONSULT"], rows


@pytest.mark.parametrize("text,event", [
    ("The Nigerian unions went on strike on Monday.", "PROTEST"),
    ("The Kenyan minister took part in talks with Ugandan officials.", "CONSULT"),
])
def test_a_light_verb_through_another_preposition_stays(text, event):
    rows, _, _ = coded(text)
    assert [r for r in rows if r[0] == event and r[1] and r[1][0]], rows
