"""A story filed at home about home parties names a place abroad as a topic (geo.attach.story_main_place): when the
dateline is in a country of the story's coded parties and the one place the story names is in a country none of
them is of, that place is no story place, so the parties' acts with no place of their own are not placed, and
their implicit recipients not coded, abroad."""
from eventwire.pipeline import code_text


def code(text):
    events, _ = code_text(text, publication_date="2016-10-01")
    return events


def recips(events, event):
    return [[r.code for r in e.recipient] for e in events if e.event == event]


def test_a_place_abroad_in_a_story_filed_at_home_is_no_story_place():
    events = code("Inside story of the party meeting\nNEW DELHI: Congress leaders met on Monday to discuss the "
                  "situation in Balochistan.\nSenior Congress leader Rahul Gandhi protested against the decision "
                  "to boycott the parliamentary session.\nThe party later decided to boycott the session.")
    assert recips(events, "PROTEST") and all(r == ["IND"] for r in recips(events, "PROTEST"))
    assert not any(l.get("method") == "story" for e in events for l in e.event_loc)


def test_the_place_stays_when_a_party_is_of_its_country():
    # Pakistani officials are coded parties: Balochistan is their country's place
    events = code("Inside story of the meeting\nNEW DELHI: Indian leaders met on Monday to discuss the situation "
                  "in Balochistan.\nPakistani officials protested against the decision to boycott the session.\n"
                  "The party later decided to boycott the session.")
    assert any(l.get("method") == "story" and l["country_code"] == "PAK" for e in events for l in e.event_loc)


def test_the_place_stays_when_the_dateline_is_abroad_too():
    # filed from a regional bureau: the place is where the story happens
    events = code("Attack in Borno\nNAIROBI: Nigerian soldiers clashed with militants in Borno on Monday.\n"
                  "Nigerian officials protested against the decision to close the schools.\n"
                  "The governor later decided to boycott the session.")
    assert any(l.get("method") == "story" and l["country_code"] == "NGA" for e in events for l in e.event_loc)
