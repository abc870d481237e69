"""A party of a meeting named by a gathering noun ("talks between X and Y", "talks with Y") takes no country from
the "in"/"at" place the parser hangs on it: that is the meeting's venue (eventwire.actors.resolve.gathering_party,
ActorResolver._venue_place). A country named there still places the party ("the rebels in Yemen"). Texts are
invented variants of the kind."""
from __future__ import annotations

import pytest

from eventwire.actors.resolve import gathering_party
from eventwire.nlp.model import load_model


def _tok(text, word):
    doc = load_model()(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text", ["Talks between Sudan's army and the rebels in Geneva ended on Friday.",
                                  "The army held talks with the rebels in Geneva on Friday."])
def test_a_party_of_talks_is_a_gathering_party(text):
    assert gathering_party(_tok(text, "rebels"))


def test_a_party_outside_talks_is_not():
    assert not gathering_party(_tok("The rebels in Geneva protested on Friday.", "rebels"))
    assert not gathering_party(_tok("The army fought with the rebels in Geneva.", "rebels"))


def _codes(text):
    from eventwire.pipeline import code_batch
    from eventwire.schema import Article
    res = code_batch([Article(text=text, id="t", publication_date="2024-05-14")])
    return {(a.entity_text, a.code) for e in res.events for a in e.actor + e.recipient if a.entity_text}


def test_the_venue_city_gives_the_rebels_no_country():
    got = _codes("Talks between Sudan's army and the rebels in Geneva ended without agreement on Friday.\n\n"
                 "Sudan's army said the talks would resume next week.")
    assert ("the rebels", "CHE") not in got


def test_a_country_named_still_places_the_party():
    got = _codes("The army held talks with the rebels in Yemen on Friday.\n\nThe rebels later attacked a checkpoint.")
    assert ("the rebels", "YEM") in got
