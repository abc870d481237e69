"""A question reported with an active verb of asking is no REQUEST (triggers.asked_question): "Why had the council
approved the budget, the senator asked", "asked: 'How can they ...?'", "kept asking him where they could find water",
"can ask questions about the plan". Asking a party for an act or a thing stays a request, and so does a question put
to a named party. PLOVER manual, REQUEST (asking for an act, aid or a concession); the training annotations code no
question as a request. Sentences invented for the test."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text", [
    "The Kenyan senator asked why the council had approved the budget.",
    'The Kenyan senator asked: "How can they run the country when they are quarrelling with each other?"',
    "Which Kenyan militia has ever paid a tax, the Kenyan senator asked.",
    "Kenyan villagers kept asking him where they could find clean water.",
    "Kenyan voters can ask questions about the plan at the town hall.",
    "The Kenyan opposition leader asked whether the president would resign.",
])
def test_a_question_is_no_request(text):
    rows, events, _ = coded(text)
    assert not [e for e in events if e.event == "REQUEST"], rows


@pytest.mark.parametrize("text", [
    "The Kenyan minister asked Uganda to release the prisoners.",
    "Ukraine asked for more air defence systems.",
    "The Kenyan senator asked that the bill be withdrawn.",
    "Egypt asked Israel whether it would withdraw its troops.",
])
def test_asking_for_an_act_or_a_named_party_stays_a_request(text):
    rows, events, _ = coded(text)
    assert [e for e in events if e.event == "REQUEST"], rows


@pytest.mark.parametrize("text", [
    # the question word hangs below the clause's head with crossing arcs ("What" on "do", under "going")
    '"What\'s that going to really do?" asked a Kenyan state representative from Nairobi.',
    "Kenyan officials were asking them which way they were going to vote.",
    # a quoted direct question: the question mark closes the clause, whatever word opens it
    '"If a fight takes place, which premises do you go to?" the Kenyan minister asked on the radio.',
    'The Kenyan senator asked: "Are the farmers being provided with more?"',
])
def test_a_direct_or_crossed_question_is_no_request(text):
    rows, events, _ = coded(text)
    assert not [e for e in events if e.event == "REQUEST"], rows


@pytest.mark.parametrize("text", [
    '"Will you release the prisoners?" the Kenyan envoy asked Uganda.',
    "The Kenyan minister asked Uganda to release the prisoners, saying the detentions were illegal?",
])
def test_a_question_to_a_named_party_or_an_infinitive_stays_a_request(text):
    rows, events, _ = coded(text)
    assert [e for e in events if e.event == "REQUEST"], rows
