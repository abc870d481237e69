"""A nominal trigger reached through "to" has the light verb's subject as doer only for a verb of going or being
sent (actor_rules._light_verb, lexicon goal_motion_verb); "referring to the murder" names a topic."""
import pytest

from eventwire import code_text


def records(text):
    events, _ = code_text(text, publication_date="2024-05-14")
    return [(e.event, tuple(a.code for a in e.actor)) for e in events]


@pytest.mark.parametrize("text, country", [
    ("Referring to the murder of the journalist, the Irish minister said there must be justice.", "IRL"),
    ("The French spokesman declined to comment on intelligence relating to a possible attack on Paris.", "FRA"),
    ("Referring to the killing of the activist, the Kenyan minister said the police would investigate.", "KEN"),
])
def test_topic_of_to_is_not_done_by_the_subject(text, country):
    assert ("ASSAULT", (country,)) not in records(text)


@pytest.mark.parametrize("text, event, country", [
    ("Kenyan opposition leaders went to a rally in Nairobi against the new tax.", "PROTEST", "KEN"),
    ("The Iranian foreign minister flew to talks in Cairo with Egyptian officials.", "CONSULT", "IRN"),
])
def test_going_to_an_event_takes_part(text, event, country):
    assert (event, (country,)) in records(text)


def test_taking_to_the_streets_is_protesting():
    assert any(ev == "PROTEST" for ev, _ in records("In recent days, protesters took to the streets in Kampala to decry the arrests."))
