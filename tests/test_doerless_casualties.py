"""Story drop rule ``doerless-casualties`` (eventwire.events.story_context.doerless_casualties): in a story that
codes an attack with a coded attacker, a casualty report ("were killed", "wounded", "injured") that stays without a
coded attacker after the context rules is dropped; an attack named as such without a doer (field case C01), a story
with no coded attacker, a lone sentence and other types keep theirs."""
from __future__ import annotations

from collections import Counter

import pytest

from eventwire.events.story_context import StoryContext, complete_from_story, doerless_casualties
from eventwire.schema import Entity, Event

WAR = StoryContext(None, story=True, coded_attack=True)


def ev(typ, actor=(), recipient=(), start=0, sent=3, lemma="kill"):
    def ents(xs):
        out = []
        for x in xs:
            code, _, sec = x.partition("/")
            out.append(Entity("x", code=code or None, sector=sec or None, start=start))
        return out
    return Event(article_id="a", event=typ, actor=ents(actor), recipient=ents(recipient), event_text=lemma,
                 text_info={"start": start, "end": start + 3, "sentence_index": sent, "sentence": f"s{sent}",
                            "rule": {"trigger": f"pattern:{lemma}/V@1"}})


@pytest.mark.parametrize("lemma, actor, recipient", [
    ("wound", [], ["ISR/MIL"]),     # "four Israeli soldiers were lightly wounded during the operation"
    ("kill", ["/UAF"], []),         # "a total of 15 fighters were killed": an uncoded doer
    ("injure", [], []),             # "with more than 1,000 injured"
])
def test_a_doerless_casualty_report_in_a_story_with_a_coded_attack_is_dropped(lemma, actor, recipient):
    assert doerless_casualties(ev("ASSAULT", actor, recipient, lemma=lemma), WAR)


def test_a_coded_attacker_stays():
    assert not doerless_casualties(ev("ASSAULT", ["/UAF", "SYR/REB"], ["SYR/MIL"]), WAR)


@pytest.mark.parametrize("lemma", ["attack", "shell", "gunfight", "abduct"])
def test_an_attack_named_as_such_stays_without_a_doer(lemma):
    # "Separately, an aid convoy was attacked near Kharkiv" (field case C01): a distinct attack
    assert not doerless_casualties(ev("ASSAULT", [], ["UKR/CVL"], lemma=lemma), WAR)


def test_no_coded_attack_in_the_story_or_a_lone_sentence_keeps_it():
    assert not doerless_casualties(ev("ASSAULT", [], ["UKR/CVL"]), StoryContext(None, story=True, coded_attack=False))
    assert not doerless_casualties(ev("ASSAULT", [], ["UKR/CVL"]), StoryContext(None, story=False, coded_attack=True))


@pytest.mark.parametrize("typ", ["COERCE", "PROTEST", "MOBILIZE"])
def test_other_acts_without_a_doer_are_not_touched(typ):
    assert not doerless_casualties(ev(typ, [], ["/CVL"]), WAR)


def test_the_story_stage_drops_and_counts_it():
    evs = [ev("ASSAULT", ["ISR/MIL"], ["PSE"], start=0, sent=0, lemma="strike"),
           ev("ASSAULT", [], [], start=40, sent=2, lemma="injure"),
           ev("ACCUSE", ["PSE/GOV"], ["ISR"], start=80, sent=4, lemma="condemn")]
    dropped = Counter()
    out = complete_from_story(evs, dropped=dropped, sentences=5)
    assert [(e.event, [a.code for a in e.actor]) for e in out] == [("ASSAULT", ["ISR"]), ("ACCUSE", ["PSE"])]
    assert dropped["doerless-casualties"] == 1
    # without the coded attack, the doerless casualties are the story's only record of the violence and stay
    dropped = Counter()
    out = complete_from_story(evs[1:], dropped=dropped, sentences=5)
    assert "ASSAULT" in [e.event for e in out] and dropped["doerless-casualties"] == 0


def test_the_pipeline_drops_the_tally_of_a_coded_attack():
    from eventwire.pipeline import code_batch
    from eventwire.schema import Article

    story = ("Turkish jets bombed rebel positions in northern Iraq on Wednesday.\n\n"
             "A total of 12 fighters were killed during the operation, the ministry said in a statement.")
    res = code_batch([Article(text=story, id="t1", publication_date="2024-05-14")])
    assert [(e.event, [a.code for a in e.actor]) for e in res.events] == [("ASSAULT", ["TUR"])]
    assert "story_dropped:doerless-casualties:1" in (res.reports[0].reason or "")


def test_the_pipeline_keeps_doerless_fighting_when_no_attacker_is_coded():
    from eventwire.pipeline import code_batch
    from eventwire.schema import Article

    # the troops have no country: the story codes no attacker, so its doerless gunfight stays
    story = ("Government troops shelled the rebel-held town on Monday.\n\n"
             "During the mission, a gunfight broke out, the spokesman said.")
    res = code_batch([Article(text=story, id="t2", publication_date="2024-05-14")])
    assert [e.event for e in res.events] == ["ASSAULT", "ASSAULT"]
    assert "doerless-casualties" not in (res.reports[0].reason or "")
