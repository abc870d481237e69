"""story_context.cross_border_target: an attack across a border ("fired across the Line of Control", "shelled
villages across the frontier", "cross-border rocket fire") with no target in the text is on the state on the other
side: the story's other country, not the attacker's own country (PLOVER manual, ASSAULT: dyadic). An attack with
no border crossing, or with a named target, is left to the other rules."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _assaults(text):
    evs, _ = code_text(text, publication_date="2016-10-10")
    return [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in evs if e.event == "ASSAULT"]


@pytest.mark.parametrize("text, want", [
    ("Indian troops fired across the border on Monday, the Pakistani military said. No casualties were reported "
     "in Pakistan.", (["IND"], ["PAK"])),
    ("Turkish artillery shelled villages across the border overnight, Syrian state media said. Two civilians were "
     "hurt in Syria.", (["TUR"], ["SYR"])),
    ("Pakistani troops fired mortars across the Line of Control on Sunday, India's army said. Officials in Delhi "
     "said India would respond.", (["PAK"], ["IND"])),
])
def test_fire_across_a_border_hits_the_other_side(text, want):
    assert want in _assaults(text)


def test_no_border_crossing_keeps_the_home_target():
    got = _assaults("Turkish artillery shelled Kurdish positions in the southeast overnight. Two soldiers were hurt, "
                    "Turkey said.")
    assert got and all(r != ["SYR"] for _, r in got)


def test_a_named_target_stays():
    got = _assaults("Indian troops fired across the border at Pakistani posts, officials said. Pakistan "
                    "protested to India.")
    assert (["IND"], ["PAK"]) in got


def test_a_lone_sentence_gets_no_inferred_target():
    got = _assaults("Indian troops fired across the border on Monday.")
    assert got and all(r in ([], [None]) for _, r in got)


def test_a_lone_sentence_naming_the_other_side_gets_no_inferred_target():
    got = _assaults("Indian troops fired across the border on Monday, the Pakistani military said.")
    assert got and all(r != ["PAK"] for _, r in got)



@pytest.mark.parametrize("sentence, fires", [
    ("Indian troops fired across the Line of Control.", True),
    ("Militants kept up cross-border rocket fire.", True),
    ("Gunmen attacked a post across the border from Iraq.", False),
    ("Gunmen attacked a post near the border.", False),
])
def test_the_cross_border_words(sentence, fires):
    from eventwire.events.story_context import StoryContext, cross_border_target
    from eventwire.schema import Entity, Event
    e = Event(article_id="a", event="ASSAULT", actor=[Entity("x", code="IND")], recipient=[], event_text="fired",
              text_info={"start": 0, "sentence_index": 3, "sentence": sentence})
    story = StoryContext("PAK", story=True)
    got, changed = cross_border_target(e, story)
    assert changed is fires
    if fires:
        assert [r.code for r in got.recipient] == ["PAK"]
