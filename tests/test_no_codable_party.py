"""Story drop rule ``no-codable-party`` (eventwire.events.story_context.no_codable_party): in a story, a record of
an act that needs a doer whose actors and recipients all stay without a code after the context rules names no
party and is dropped; a lone sentence keeps it, and so do a record with one coded party and the acts that may go
without a doer (attacks, arrests, protests, deployments)."""
from __future__ import annotations

from collections import Counter

import pytest

from eventwire.events.story_context import StoryContext, complete_from_story, is_story, no_codable_party
from eventwire.schema import Entity, Event


def ev(typ, actor=(), recipient=(), start=0, sent=3, text="x"):
    def ents(xs):
        out = []
        for x in xs:
            code, _, sec = x.partition("/")
            out.append(Entity(text, code=code or None, sector=sec or None, start=start))
        return out
    return Event(article_id="a", event=typ, actor=ents(actor), recipient=ents(recipient), event_text=typ.lower(),
                 text_info={"start": start, "end": start + 3, "sentence_index": sent, "sentence": f"s{sent}"})


@pytest.mark.parametrize("typ, actor, recipient", [
    ("AGREE", ["/CVL"], []),           # "dozens of people have offered to donate clothes"
    ("ACCUSE", ["/GOV"], ["/"]),       # "the minister said it was essential": a sector, no country
    ("CONSULT", ["/"], ["/"]),         # "Leela Jacinto meets Tanya Lokshina": two uncoded names
    ("REQUEST", [], []),               # nothing at all
])
def test_a_record_with_no_coded_party_is_dropped_in_a_story(typ, actor, recipient):
    assert no_codable_party(ev(typ, actor, recipient), StoryContext(None, story=True))


@pytest.mark.parametrize("typ", ["ASSAULT", "COERCE", "PROTEST", "MOBILIZE"])
def test_acts_that_may_go_without_a_doer_stay_without_parties(typ):
    # "a man has been arrested", "two people were injured in a blast", "protests were also held"
    assert not no_codable_party(ev(typ, ["/COP"], ["/CVL"]), StoryContext(None, story=True))
    assert not no_codable_party(ev(typ), StoryContext(None, story=True))


@pytest.mark.parametrize("actor, recipient", [
    (["GBR/COP"], ["/CVL"]),   # police of a country arrest an unknown man
    (["/UAF"], ["PAK/CVL"]),   # unknown gunmen attack Pakistani civilians
    (["NGO"], []),             # a code that is no country still codes the party
])
def test_a_record_with_one_coded_party_stays(actor, recipient):
    assert not no_codable_party(ev("COERCE", actor, recipient), StoryContext(None, story=True))


def test_a_lone_sentence_keeps_its_uncoded_records():
    assert not no_codable_party(ev("SUPPORT", ["/CVL"], ["/"]), StoryContext(None, story=False))
    assert not is_story([ev("COERCE", ["/COP"], ["/CVL"], sent=0)])
    assert not is_story([ev("COERCE", sent=0), ev("ASSAULT", sent=0)], sentences=1)
    assert is_story([ev("COERCE", sent=0), ev("ASSAULT", sent=2)])
    assert is_story([ev("COERCE", sent=0)], sentences=4)


def test_the_drop_runs_after_the_context_rules_and_is_counted():
    evs = [ev("ACCUSE", ["/GOV"], [], start=0, sent=0), ev("SUPPORT", ["/CVL"], ["/"], start=40, sent=2),
           ev("REQUEST", ["FRA/GOV"], ["/CVL"], start=80, sent=4)]
    dropped = Counter()
    out = complete_from_story(evs, dropped=dropped, sentences=5)
    # the French request gives the story a focus; the context rules code the others with it, so they stay
    assert len(out) == 3 and dropped["no-codable-party"] == 0
    lone = [ev("ACCUSE", ["/GOV"], [], start=0, sent=0), ev("SUPPORT", ["/CVL"], ["/"], start=40, sent=2),
            ev("COERCE", ["/COP"], ["/CVL"], start=80, sent=3)]
    out = complete_from_story(lone, dropped=dropped, sentences=5)
    assert [e.event for e in out] == ["COERCE"] and dropped["no-codable-party"] == 2


@pytest.mark.parametrize("sentence, typ", [
    ("Dozens of residents have offered to donate food and blankets to the families.", "AGREE"),
    ("Jane Porter meets Tom Alder to talk about the future of open learning.", "CONSULT"),
    ("A local shopkeeper rejected the idea that his nephew was responsible.", "REJECT"),
])
def test_the_pipeline_drops_an_act_no_story_places_but_keeps_a_lone_sentence(sentence, typ):
    from eventwire.pipeline import code_batch, code_text
    from eventwire.schema import Article

    evs, _ = code_text(sentence, publication_date="2024-05-14")
    assert [e.event for e in evs] == [typ], "the lone sentence codes the act, with no country"
    assert not [a.code for e in evs for a in e.actor + e.recipient if a.code]
    story = sentence + "\n\nThe fire at the warehouse started shortly after midnight on Sunday."
    res = code_batch([Article(text=story, id="s1", publication_date="2024-05-14")])
    assert not [e for e in res.events if e.event == typ]
    assert "story_dropped:no-codable-party:1" in (res.reports[0].reason or "")


def test_the_pipeline_keeps_an_act_the_story_places_and_an_arrest_without_parties():
    from eventwire.pipeline import code_batch
    from eventwire.schema import Article

    tail = "\n\nThe fire at the warehouse started shortly after midnight on Sunday."
    placed = "Pakistani officials said dozens of residents in Lahore have offered to donate food to the families." + tail
    res = code_batch([Article(text=placed, id="s2", publication_date="2024-05-14")])
    assert [(e.event, [a.code for a in e.actor]) for e in res.events] == [("AGREE", ["PAK"])]
    arrest = "A woman was arrested on suspicion of fraud after a match at the stadium." + tail
    res = code_batch([Article(text=arrest, id="s3", publication_date="2024-05-14")])
    assert [e.event for e in res.events] == ["COERCE"], "an arrest may go without known parties"
