"""A word of a longer name is looked up in the gazetteer as the whole name (actors.resolve._entity_name): "firing
across the Line of Control" gave the firing the country of "Line", a Chinese town, and an Indian attack on Pakistan
became one on China. Training stories: all F1 0.6906 -> 0.6918; dev and voa_news unchanged."""
import pytest

from eventwire.pipeline import code_text


def codes(text):
    events, _ = code_text(text, publication_date="2016-10-01")
    return {p.code for e in events for p in list(e.actor) + list(e.recipient)}, events


@pytest.mark.parametrize("text", [
    "Indian troops resorted unprovoked firing across the Line of Control on Monday.",
    "Indian troops resorted heavy shelling along the Line of Control in the Poonch sector.",
])
def test_a_word_of_a_longer_name_gives_no_country_of_its_own(text):
    found, events = codes(text)
    assert events and "CHN" not in found, [(e.event, e.actor, e.recipient) for e in events]


@pytest.mark.parametrize("text,code", [
    ("Residents of New York protested against the mayor.", "USA"),
    ("Residents of Narva protested against the government.", "EST"),
])
def test_a_one_word_or_whole_place_name_still_gives_its_country(text, code):
    found, _ = codes(text)
    assert code in found
