"""Story drop rule ``foreign-counterpart-guess`` (eventwire.events.story_context.foreign_counterpart_guess): a
meeting or cooperation whose only counterpart is the venue's or the story's country, foreign to the actor, is not
emitted. Unit tests on hand-made records, then invented stories through the pipeline."""
from __future__ import annotations

import pytest

from eventwire.events.story_context import StoryContext, foreign_counterpart_guess
from eventwire.schema import Entity, Event


def ev(typ, actor=(), recipient=(), text="x"):
    def ents(xs):
        out = []
        for x in xs:
            code, _, sec = x.partition("/")
            out.append(Entity(text, code=code or None, sector=sec or None))
        return out
    return Event(article_id="a", event=typ, actor=ents(actor), recipient=ents(recipient), event_text=typ.lower(),
                 text_info={"start": 0, "end": 3, "sentence_index": 2})


def _implicit(e, rid="implicit-recipient"):
    e.text_info["rule"] = {"recipient": f"context:{rid}", "context": [rid]}
    return e


STORY = StoryContext("GBR", story=True)


@pytest.mark.parametrize("typ", ["CONSULT", "COOPERATE"])
def test_a_meeting_whose_only_counterpart_is_a_foreign_guess_is_dropped(typ):
    assert foreign_counterpart_guess(_implicit(ev(typ, ["TUR/GOV"], ["GBR"])), STORY)
    assert foreign_counterpart_guess(_implicit(ev(typ, ["AFG/REB"], ["QAT"])), STORY)


@pytest.mark.parametrize("typ", ["CONSULT", "COOPERATE"])
def test_what_the_rule_keeps(typ):
    # a counterpart the text names, or an earlier act gave
    assert not foreign_counterpart_guess(ev(typ, ["TUR/GOV"], ["GBR/GOV"]), STORY)
    assert not foreign_counterpart_guess(_implicit(ev(typ, ["TUR/GOV"], ["GBR"]), "same-act-recipient"), STORY)
    # a meeting of an international body is held among its members
    for body in ("UNO", "EUR", "IGO", "NGO"):
        assert not foreign_counterpart_guess(_implicit(ev(typ, [body], ["GBR"])), STORY)
    # the actor's own country is own_counterpart's to judge; an actor of no known country is no_codable_party's
    assert not foreign_counterpart_guess(_implicit(ev(typ, ["GBR/GOV"], ["GBR"])), STORY)
    assert not foreign_counterpart_guess(_implicit(ev(typ, ["/GOV"], ["GBR"])), STORY)


@pytest.mark.parametrize("typ", ["AGREE", "REQUEST", "ACCUSE", "AID"])
def test_other_types_keep_the_guess(typ):
    assert not foreign_counterpart_guess(_implicit(ev(typ, ["TUR/GOV"], ["GBR"])), STORY)


STORY_TEXT = """British police arrested five men in Manchester on Monday after a march turned violent.

Prime Minister Keir Starmer condemned the violence and called for calm.

{line}

The Home Office said the men would appear in court on Wednesday."""


def _consults(line):
    from eventwire.pipeline import code_batch
    from eventwire.schema import Article

    evs = code_batch([Article(text=STORY_TEXT.format(line=line), id="t")]).events
    return [([a.code for a in e.actor], [a.code for a in e.recipient]) for e in evs if e.event == "CONSULT"]


def test_talks_held_abroad_with_no_one_named_are_not_coded():
    assert _consults("The Turkish foreign minister held talks in London on Tuesday.") == []


@pytest.mark.parametrize("line,expected", [
    ("The Turkish foreign minister held talks with British officials in London on Tuesday.", (["TUR"], ["GBR"])),
    ("The UN Security Council met in New York on Tuesday to discuss the crisis.", (["UNO"], ["USA"])),
])
def test_talks_with_a_named_party_and_a_bodys_meeting_stay(line, expected):
    assert expected in _consults(line)
