"""Police act in their own country (story_context.police_of_the_place): police the coder filled with the article's
home country take the country of the arrest's place instead; police named with a country, and other sectors,
keep theirs."""
from __future__ import annotations

from eventwire.events.story_context import police_of_the_place, StoryContext
from eventwire.schema import Entity, Event


def ev(actor, loc):
    return Event(article_id="a", event="COERCE", actor=[actor], recipient=[], event_text="arrested",
                 text_info={"start": 50, "end": 58, "sentence_index": 3}, event_loc=[{"country_code": c} for c in loc])


STORY = StoryContext("USA")


def test_home_country_police_take_the_place_of_the_arrest():
    e, changed = police_of_the_place(ev(Entity("", code="USA", sector="COP", source="context"), ["IND"]), STORY)
    assert changed and e.actor[0].code == "IND"
    e, _ = police_of_the_place(ev(Entity("police", code="GBR", sector="COP", source="context"), ["DEU"]), STORY)
    assert e.actor[0].code == "DEU"


def test_named_police_other_sectors_and_unclear_places_keep_their_country():
    named = Entity("Pakistani police", code="PAK", sector="COP")  # the text names the country
    assert police_of_the_place(ev(named, ["AFG"]), STORY) == (ev(named, ["AFG"]), False)
    officials = Entity("officials", code="USA", sector="GOV", source="context")  # officials travel
    assert not police_of_the_place(ev(officials, ["CHE"]), STORY)[1]
    home = Entity("", code="USA", sector="COP", source="context")
    assert not police_of_the_place(ev(home, ["IND", "PAK"]), STORY)[1]  # two countries: no single place
    assert not police_of_the_place(ev(home, []), STORY)[1]


def test_whole_text_arrest_abroad():
    from eventwire import code_text

    text = ("US prosecutors charged a British businessman with bank fraud. The court heard that he was arrested in "
            "Mumbai on April 7 after a request was received from the US authorities. He denies the charges.")
    events, _ = code_text(text, publication_date="2024-05-14")
    arrests = [e for e in events if e.event == "COERCE"]
    assert [(a.code, a.sector) for e in arrests for a in e.actor] == [("IND", "COP")]
