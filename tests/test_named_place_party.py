"""A party named by the event's own resolved place is of that place's country (story_context.located_party): in a
story that names Russia most, "Russia shelled Kherson" gave the uncoded name "Kherson" (the small model may call it a
person) the story's focus, Russia; it is the geoparsed place, in Ukraine. Found by the fresh-user check."""
from __future__ import annotations

from eventwire import code_text


def test_a_shelled_city_named_as_recipient_is_of_its_own_country():
    text = ("Ukraine says Russia shelled Kherson overnight\n"
            "Russian artillery hit residential areas of Kherson overnight, killing two people, regional officials said.")
    evs, _ = code_text(text, publication_date="2024-06-05")
    shelled = [e for e in evs if e.event_text == "shelled"]
    assert shelled and [(r.entity_text, r.code) for r in shelled[0].recipient] == [("Kherson", "UKR")]
    assert [a.code for a in shelled[0].actor] == ["RUS"]


def test_a_person_named_abroad_still_takes_the_story_focus():
    # a named person who is no place keeps the story's focus (a president who met "in Geneva" is not Swiss)
    text = ("Armenia says talks with Azerbaijan are stalled\n"
            "Armenian officials said Nikol Pashinyanyan met the envoy in Geneva on Monday. Armenia wants a deal.")
    evs, _ = code_text(text, publication_date="2024-06-05")
    assert all(a.code != "CHE" for e in evs for a in e.actor), [(e.event, [a.code for a in e.actor]) for e in evs]
