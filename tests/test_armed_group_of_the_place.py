"""A transnational armed group (IMG) in a story is coded with the country where it operates
(story_context.armed_group_of_the_place); a lone sentence keeps IMG; other codes are never changed."""
from __future__ import annotations

from eventwire.events.story_context import StoryContext, armed_group_of_the_place
from eventwire.schema import Entity, Event


def ev(actor, recipient, loc=()):
    return Event(article_id="a", event="ASSAULT", actor=[Entity("x", code=actor, sector="MIL")],
                 recipient=[Entity("militants", code=recipient, sector="REB")], event_text="clashed",
                 text_info={"start": 50, "end": 57, "sentence_index": 3}, event_loc=[{"country_code": c} for c in loc])


def test_the_group_takes_the_place_else_the_focus():
    e, changed = armed_group_of_the_place(ev("IRQ", "IMG", ["IRQ"]), StoryContext("USA"))
    assert changed and (e.recipient[0].code, e.recipient[0].sector) == ("IRQ", "REB")
    e, _ = armed_group_of_the_place(ev("SYR", "IMG"), StoryContext("SYR"))  # no place: the story's country
    assert e.recipient[0].code == "SYR"


def test_lone_sentences_other_codes_and_unclear_places_unchanged():
    assert not armed_group_of_the_place(ev("IRQ", "IMG", ["IRQ"]), StoryContext(None))[1]
    assert not armed_group_of_the_place(ev("IRQ", "PSE", ["ISR"]), StoryContext("ISR"))[1]
    assert not armed_group_of_the_place(ev("IRQ", "IMG", ["IRQ", "SYR"]), StoryContext("USA"))[1]


def test_whole_story():
    from eventwire import code_text

    text = ("Iraq's army said on Thursday it had retaken two villages. Iraqi troops on Wednesday clashed with "
            "Islamic State militants near Mosul, the Iraqi military said. The army said 14 militants were killed.")
    events, _ = code_text(text, publication_date="2024-05-14")
    clash = [e for e in events if e.event_text == "clashed"]
    assert clash and all(r.code == "IRQ" for e in clash for r in e.recipient), [e.to_dict() for e in clash]
