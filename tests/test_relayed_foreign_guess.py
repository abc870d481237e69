"""Story drop rule ``relayed-foreign-guess`` (eventwire.events.story_context.relayed_foreign_guess): a reported act
of a party foreign to the country the story's context gave it as recipient, with no recipient in the text, is not
emitted. Unit tests on hand-made records, then invented stories through the pipeline."""
from __future__ import annotations

from collections import Counter

import pytest

from eventwire.events.story_context import StoryContext, complete_from_story, relayed_foreign_guess
from eventwire.schema import Entity, Event


def ev(typ, actor=(), recipient=(), start=0, sent=3, reported=False, text="x"):
    def ents(xs):
        out = []
        for x in xs:
            code, _, sec = x.partition("/")
            out.append(Entity(text, code=code or None, sector=sec or None, start=start))
        return out
    return Event(article_id="a", event=typ, actor=ents(actor), recipient=ents(recipient), event_text=typ.lower(),
                 text_info={"start": start, "end": start + 3, "sentence_index": sent}, reported=reported)


def _implicit(e, rid="implicit-recipient"):
    e.text_info["rule"] = {"recipient": f"context:{rid}", "context": [rid]}
    return e


STORY = StoryContext("KEN", story=True)


@pytest.mark.parametrize("typ", ["THREATEN", "REQUEST", "ACCUSE", "AGREE"])
def test_a_reported_foreign_act_with_a_guessed_recipient_is_dropped(typ):
    assert relayed_foreign_guess(_implicit(ev(typ, ["UGA/GOV"], ["KEN"], reported=True)), STORY)
    # an act with no coded actor has no country of its own: the guess is as empty
    assert relayed_foreign_guess(_implicit(ev(typ, [], ["KEN"], reported=True)), STORY)


@pytest.mark.parametrize("typ", ["THREATEN", "REQUEST", "ACCUSE", "AGREE"])
def test_what_the_rule_keeps(typ):
    # the text states the act itself (not relayed)
    assert not relayed_foreign_guess(_implicit(ev(typ, ["UGA/GOV"], ["KEN"])), STORY)
    # the recipient is the actor's own country (own_counterpart judges those)
    assert not relayed_foreign_guess(_implicit(ev(typ, ["KEN/GOV"], ["KEN"], reported=True)), STORY)
    # the text names the recipient, or an earlier act of the story gave it
    assert not relayed_foreign_guess(ev(typ, ["UGA/GOV"], ["KEN/GOV"], reported=True), STORY)
    assert not relayed_foreign_guess(
        _implicit(ev(typ, ["UGA/GOV"], ["KEN"], reported=True), "same-act-recipient"), STORY)
    # an international body acts in and for the country its story is about
    for body in ("UNO", "EUR", "IGO", "NGO"):
        assert not relayed_foreign_guess(_implicit(ev(typ, [body], ["KEN"], reported=True)), STORY)


def test_a_later_act_keeps_the_recipient_it_took_from_a_dropped_one():
    # focus KEN: two Kenyan records; a relayed Ugandan threat with no recipient (implicit KEN, dropped), then a
    # Ugandan threat stated by the text, which takes its recipient from the earlier threat (same-act-recipient)
    evs = [ev("COERCE", ["KEN/COP"], ["KEN/CVL"], start=0, sent=0),
           ev("ACCUSE", ["KEN/GOV"], ["KEN/OPP"], start=40, sent=1),
           ev("THREATEN", ["UGA/GOV"], [], start=80, sent=2, reported=True),
           ev("THREATEN", ["UGA/GOV"], [], start=120, sent=3)]
    dropped = Counter()
    out = complete_from_story(evs, dropped=dropped, sentences=4)
    assert [e.event for e in out] == ["COERCE", "ACCUSE", "THREATEN"]
    last = out[-1]
    assert not last.reported and [a.code for a in last.recipient] == ["KEN"]
    assert dropped["relayed-foreign-guess"] == 1
    # the same story with the first threat stated, not relayed: all four stay
    evs[2].reported = False
    assert len(complete_from_story(evs, sentences=4)) == 4
    # explicit drop rules (``drops``) replace the late ones too
    evs[2].reported = True
    assert len(complete_from_story(evs, drops=[], sentences=4)) == 4


STORY_TEXT = """Kenyan police arrested 12 protesters in Nairobi on Monday after clashes over a new tax law.

President William Ruto said the government would not withdraw the law.

Opposition leader Raila Odinga called on the government to release the detained protesters.

{line}

Kenyan lawmakers approved the budget on Tuesday."""


def _code(line):
    from eventwire.pipeline import code_batch
    from eventwire.schema import Article

    return code_batch([Article(text=STORY_TEXT.format(line=line), id="t")]).events


def _records(events, code):
    return [(e.event, [a.code for a in e.recipient]) for e in events if code in {a.code for a in e.actor}]


@pytest.mark.parametrize("line,code", [
    ("Uganda has threatened to retaliate, an official said.", "UGA"),
    ("Analysts said Tanzania would demand compensation.", "TZA"),
    ("Ethiopia condemned the violence, according to a statement.", "ETH"),
])
def test_a_relayed_act_of_a_neighbour_naming_no_target_is_not_coded(line, code):
    evs = _code(line)
    assert _records(evs, code) == []
    # the story's own records stay, the reported domestic one with its implicit recipient included
    assert ("REJECT", ["KEN"]) in _records(evs, "KEN") and ("COERCE", ["KEN"]) in _records(evs, "KEN")


@pytest.mark.parametrize("line,code,expected", [
    ("Uganda has threatened to retaliate against Kenya, an official said.", "UGA", ("THREATEN", ["KEN"])),
    ("Ethiopia condemned the violence.", "ETH", ("ACCUSE", ["KEN"])),
    ("The United Nations condemned the violence, according to a statement.", "UNO", ("ACCUSE", ["KEN"])),
])
def test_a_named_target_a_stated_act_and_an_international_body_stay(line, code, expected):
    assert expected in _records(_code(line), code)
