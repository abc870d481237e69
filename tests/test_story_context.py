"""Parties from the story's context (eventwire.events.story_context): a country for parties the text leaves
uncoded. Unit tests on hand-made records, then whole texts through the pipeline."""
from __future__ import annotations

import pytest

from eventwire.events.story_context import (CONTEXT_RULES, complete_from_story, event_home, story_focus)
from eventwire.schema import Entity, Event


def ev(typ, actor=(), recipient=(), start=0, sent=3, loc=None, text="x"):
    def ents(xs):
        out = []
        for x in xs:
            code, _, sec = x.partition("/")
            out.append(Entity(text if code or sec else "", code=code or None, sector=sec or None, start=start))
        return out
    return Event(article_id="a", event=typ, actor=ents(actor), recipient=ents(recipient), event_text=typ.lower(),
                 text_info={"start": start, "end": start + 3, "sentence_index": sent},
                 event_loc=[{"country_code": loc}] if loc else [])


def test_story_focus_counts_parties_and_places_with_the_lead_weighted():
    evs = [ev("ACCUSE", ["USA/GOV"], ["RUS"], start=50, sent=4), ev("ASSAULT", ["RUS"], ["UKR"], start=90, sent=5),
           ev("REQUEST", ["UKR"], ["USA"], start=10, sent=0, loc="UKR")]
    # RUS 2, USA 1+2 (lead), UKR 1+2+2 (lead, place): UKR
    assert story_focus(evs) == "UKR"
    assert story_focus([ev("ACCUSE", ["/GOV"], [], sent=1), ev("ACCUSE", ["/COP"], [], sent=2)]) is None
    # IGO-like codes are no country: "the UN urged Haiti" focuses on Haiti
    assert story_focus([ev("REQUEST", ["UNO"], ["HTI"], sent=1), ev("ACCUSE", ["UNO"], [], sent=2)]) == "HTI"
    # a lone sentence is no story: no focus to infer implicit parties from
    assert story_focus([ev("REQUEST", ["UNO"], ["HTI"], sent=1), ev("ACCUSE", ["HTI"], [], sent=1)]) is None
    assert story_focus([ev("REQUEST", ["UNO"], ["HTI"], sent=1)], sentences=1) is None
    # but a story whose records all come from one of its sentences is a story: its text's sentences count
    assert story_focus([ev("REQUEST", ["UNO"], ["HTI"], sent=1), ev("ACCUSE", ["HTI"], [], sent=1)],
                       sentences=6) == "HTI"


def test_event_home_is_the_place_else_the_focus():
    assert event_home(ev("ASSAULT", loc="PAK"), "AFG") == "PAK"
    assert event_home(ev("ASSAULT"), "AFG") == "AFG"


def test_a_sector_actor_and_an_uncoded_name_take_the_country_of_the_act():
    evs = [ev("ACCUSE", ["HTI/GOV"], ["HTI/CRM"], start=0, sent=0),
           ev("ASSAULT", ["/COP"], ["/"], start=40, text="police")]
    evs[1].recipient = [Entity("the gang leader", start=60, end=75)]
    assert complete_from_story(evs[1:]) == evs[1:]  # alone: no story, no place, nothing to infer from
    out = complete_from_story(evs)
    a = out[1]
    assert (a.actor[0].code, a.actor[0].sector, a.actor[0].entity_text) == ("HTI", "COP", "police")
    assert (a.recipient[0].code, a.recipient[0].start) == ("HTI", 60)
    assert a.text_info["rule"]["context"] == ["located-party"]
    assert a.id != evs[1].id and out[0] is evs[0]          # a changed record gets a new id; others stay
    assert evs[1].actor[0].code is None                     # inputs are not modified


def test_a_sector_party_takes_the_place_a_named_one_only_the_story():
    # "Obama met President Joko Widodo in Geneva": a president met abroad is not of the venue's country
    e = ev("CONSULT", ["USA/GOV"], [], loc="CHE")
    e.recipient = [Entity("President Joko Widodo", start=20, end=41)]
    assert complete_from_story([e])[0].recipient[0].code is None
    # "the army is ready to attack the rebel positions near Goma": the army is of the place
    e = ev("THREATEN", ["/MIL"], [], loc="COD", text="The army")
    assert complete_from_story([e])[0].actor[0].code == "COD"


def test_an_unnamed_attacker_is_inferred_only_in_a_story_of_domestic_violence():
    domestic = [ev("ASSAULT", ["PAK/REB"], ["PAK/MIL"], start=0, sent=0), ev("ASSAULT", [], ["PAK/CVL"], start=50)]
    a = complete_from_story(domestic)[1].actor[0]
    assert (a.code, a.sector, a.entity_text, a.start) == ("PAK", "UAF", "", None)
    # field case C01: after Russian shelling of Ukraine, "an aid convoy was attacked near Kharkiv" has no attacker
    # (the convoy has no country in the text; a victim the text gives a country is attacked by the story's one
    # attacker of that country: enemy_attacker, tests/test_enemy_attacker.py)
    war = [ev("ASSAULT", ["RUS/MIL"], ["UKR/MIL"], start=0, sent=0), ev("ASSAULT", [], [], start=50, loc="UKR")]
    assert complete_from_story(war)[1].actor == []


def test_implicit_parties_have_no_text_and_no_offsets():
    evs = [ev("ASSAULT", ["PAK/REB"], ["PAK/MIL"], start=0, sent=0), ev("ACCUSE", ["PAK/GOV"], [], start=50)]
    out = complete_from_story(evs)
    r = out[1].recipient[0]
    assert (r.code, r.entity_text, r.start, r.end, r.sector) == ("PAK", "", None, None, None)
    assert out[1].text_info["rule"] == {"context": ["implicit-recipient"], "recipient": "context:implicit-recipient"}
    # focus PAK (4: the lead names it twice), IND once
    out = complete_from_story([ev("REQUEST", ["PAK/GOV"], ["PAK/COP"], start=0, sent=0), ev("RETREAT", [], ["IND/MIL"], start=50)])
    assert [a.code for a in out[1].actor] == ["PAK"] and out[1].actor[0].entity_text == ""


def test_a_repeated_act_keeps_the_recipient_the_story_gave_it():
    evs = [ev("REQUEST", ["RUS/GOV"], ["CHN/GOV"], start=10, sent=1), ev("REQUEST", ["RUS/GOV"], [], start=80)]
    out = complete_from_story(evs)
    assert [r.code for r in out[1].recipient] == ["CHN"]
    assert out[1].text_info["rule"]["recipient"] == "context:same-act-recipient"
    # another type, or another actor, does not carry it over: the story's focus (RUS) is used
    out = complete_from_story([evs[0], ev("THREATEN", ["RUS/GOV"], [], start=80)])
    assert [r.code for r in out[1].recipient] == ["RUS"]


def test_a_coded_party_is_never_changed_and_nothing_is_invented_without_a_country():
    evs = [ev("SANCTION", ["USA/GOV"], ["RUS"], start=0)]
    assert complete_from_story(evs) == evs
    bare = [ev("ASSAULT", ["/UAF"], [], start=0, sent=0), ev("ACCUSE", ["/GOV"], [], start=9, sent=1)]
    out = complete_from_story(bare, drops=[])
    assert out[0].actor[0].code is None and out[0].recipient == [] and "rule" not in out[0].text_info
    # with the story's drop rules, a statement that stays without any coded party is dropped (no-codable-party);
    # an attack may go without known parties
    assert [e.event for e in complete_from_story(bare)] == ["ASSAULT"]


def test_rules_can_be_switched_off_one_by_one():
    ids = [rid for rid, _ in CONTEXT_RULES]
    assert ids == ["police-of-the-place", "protesters-of-the-place", "victims-of-the-place", "armed-group-of-the-place",
                   "enemy-forces", "official-antecedent",
                   "located-party", "implicit-actor", "enemy-attacker",
                   "accuser-of-denier", "answered-act-doer", "co-actor-recipient", "retaliation-target", "enemy-target",
                   "cross-border-target",
                   "released-captives",
                   "mediated-sides", "same-act-recipient", "launch-as-show-of-force", "state-counterpart", "implicit-recipient", "own-body-recipient", "visitor-first"]
    assert all(fn.__doc__ and "Example" in fn.__doc__ for _, fn in CONTEXT_RULES)
    evs = [ev("ASSAULT", ["PAK/REB"], ["PAK/MIL"], start=0, sent=0), ev("ACCUSE", ["PAK/GOV"], [], start=50)]
    only_located = [r for r in CONTEXT_RULES if r[0] == "located-party"]
    assert complete_from_story(evs, only_located)[1].recipient == []


# ---------------------------------------------------------------- whole texts

@pytest.fixture(scope="module")
def code():
    from eventwire.pipeline import code_text

    return lambda text, d="2021-02-08": code_text(text, publication_date=d)[0]


def test_domestic_actors_in_a_story_on_haiti(code):
    text = ("Haiti's President Jovenel Moise condemned the jailbreak in Port-au-Prince on Sunday.\n\n"
            "Police shot and killed the gang leader during a gun battle in the capital, officials said.")
    evs = code(text)
    kill = [e for e in evs if e.event == "ASSAULT"]
    assert kill, "the killing is coded"
    assert [(a.code, a.sector) for a in kill[0].actor] == [("HTI", "COP")]
    assert [r.code for r in kill[0].recipient] == ["HTI"]
    # the police's country comes from the story: issue 12's article fill (entity source "context") or, when that
    # left it open, this module's located-party rule; either way the record says so
    police = kill[0].actor[0]
    assert police.source == "context" or "located-party" in kill[0].text_info["rule"].get("context", []), \
        kill[0].to_dict()
    assert kill[0].text_info["rule"]["type"]  # the coder's own rule ids are kept


def test_an_agentless_accusation_in_a_story_on_pakistan(code):
    text = ("Pakistan's army said on Tuesday it had killed 33 militants who attacked a train in Balochistan.\n\n"
            "Islamabad blamed the attack on militants operating from across the border.")
    evs = code(text, "2025-03-12")
    blame = [e for e in evs if e.event == "ACCUSE"]
    assert blame and [a.code for a in blame[0].actor] == ["PAK"]
    assert blame[0].recipient and all(r.code for r in blame[0].recipient)


# ---------------------------------------------------------------- story drop rules (issue 13: precision)

def _implicit(e, rid="implicit-recipient"):
    e.text_info["rule"] = {"recipient": f"context:{rid}", "context": [rid]}
    return e


@pytest.mark.parametrize("typ", ["AGREE", "CONSULT", "AID"])
def test_own_counterpart_drops_a_cooperation_whose_only_counterpart_is_the_actors_own_country(typ):
    from eventwire.events.story_context import StoryContext, own_counterpart

    story = StoryContext("GBR")
    assert own_counterpart(_implicit(ev(typ, ["GBR/GOV"], ["GBR"])), story)
    # a counterpart of another country, one the text names, or one an earlier act gave is kept
    assert not own_counterpart(_implicit(ev(typ, ["GBR/GOV"], ["FRA"])), story)
    assert not own_counterpart(ev(typ, ["GBR/GOV"], ["GBR/LEG"]), story)
    assert not own_counterpart(_implicit(ev(typ, ["GBR/GOV"], ["GBR"]), "same-act-recipient"), story)
    # other types keep an inferred domestic recipient ("police arrested two men"), and so do domestic sanctions
    assert not own_counterpart(_implicit(ev("COERCE", ["GBR/COP"], ["GBR"])), story)
    convict = _implicit(ev("SANCTION", ["GBR/JUD"], ["GBR"]))
    convict.mode = "convict"
    assert not own_counterpart(convict, story)
    # a cut in exchanges ("doubled the tariff on its neighbour's steel") needs another party
    cut = _implicit(ev("SANCTION", ["USA/GOV"], ["USA"]))
    cut.mode = "discontinue"
    assert own_counterpart(cut, story)


def _with_trigger(e, trigger):
    e.text_info["rule"]["trigger"] = trigger
    return e


def test_own_counterpart_keeps_a_stated_commitment():
    """story_context.CONSENT_LEMMAS: "ministers are committed to free personal care" is an AGREE the training
    annotations code with the domestic recipient; a pledge, promise or offer with none still goes."""
    from eventwire.events.story_context import StoryContext, own_counterpart

    story = StoryContext("GBR")
    committed = _with_trigger(_implicit(ev("AGREE", ["GBR/GOV"], ["GBR"])), "pattern:commit to/V@298")
    assert not own_counterpart(committed, story)
    # the noun: "the government had made a clear commitment to reaching 0.7% of national income for aid"
    noun = _with_trigger(_implicit(ev("AGREE", ["GBR/GOV"], ["GBR"])), "pattern:commitment/N@305")
    assert not own_counterpart(noun, story)
    assert own_counterpart(_with_trigger(_implicit(ev("CONSULT", ["GBR/GOV"], ["GBR"])), "pattern:commitment/N@305"),
                           story)
    for trig in ("pattern:promise/V@60", "pattern:pledge/V@59", "pattern:offer/V@61", "pattern:agree/V@57"):
        assert own_counterpart(_with_trigger(_implicit(ev("AGREE", ["GBR/GOV"], ["GBR"])), trig), story), trig
    # only for AGREE: a CONSULT from the same words would still need a counterpart
    assert own_counterpart(_with_trigger(_implicit(ev("CONSULT", ["GBR/GOV"], ["GBR"])), "pattern:commit to/V@298"),
                           story)


def test_own_counterpart_drops_a_cooperation_with_no_one():
    """story_context.COUNTERPART_WITH_LEMMAS: "Syria should cooperate fully" with only Syria from the story's context
    names no counterpart (PLOVER: COOPERATE requires a recipient); a named counterpart, or a COOPERATE read from
    another word (a symmetric "two unions could merge"), is kept."""
    from eventwire.events.story_context import StoryContext, own_counterpart

    story = StoryContext("SYR")
    for trig in ("pattern:cooperate/V@114", "pattern:cooperation/N@115", "model:collaborate/V"):
        assert own_counterpart(_with_trigger(_implicit(ev("COOPERATE", ["SYR/GOV"], ["SYR"])), trig), story), trig
        # another country from the story, or a counterpart the text names, stays
        assert not own_counterpart(_with_trigger(_implicit(ev("COOPERATE", ["SYR/GOV"], ["RUS"])), trig), story)
        named = _with_trigger(_implicit(ev("COOPERATE", ["SYR/GOV"], ["SYR/MIL"]), "same-act-recipient"), trig)
        assert not own_counterpart(named, story)
    assert not own_counterpart(_with_trigger(_implicit(ev("COOPERATE", ["GBR/LAB"], ["GBR"])), "model:merge/V"),
                               StoryContext("GBR"))


@pytest.mark.parametrize("text, kept", [
    ("Syria's president rejected the accusations of the United Nations on Monday.\n\n"
     "If Damascus does not cooperate, the Syrian opposition will suffer, the minister said.", False),
    ("Syria's president rejected the accusations of the United Nations on Monday.\n\n"
     "The Syrian army cooperated on the withdrawal, the minister said.", False),
    ("Britain's prime minister accused France of blocking the talks in Brussels.\n\n"
     "The Home Office has been cooperating closely on the inquiry.", False),
    ("Syria's president rejected the accusations of the United Nations on Monday.\n\n"
     "The Syrian army cooperated with Russia on the withdrawal, the minister said.", True),
])
def test_a_cooperation_with_no_counterpart_in_a_story_is_dropped(text, kept):
    from eventwire.pipeline import code_batch
    from eventwire.schema import Article

    res = code_batch([Article(text=text, id="s1", publication_date="2024-05-14")])
    got = [e for e in res.events if e.event == "COOPERATE"]
    if kept:
        assert got and {r.code for e in got for r in e.recipient} == {"RUS"}, [e.to_dict() for e in res.events]
    else:
        assert not got, [e.to_dict() for e in got]


def test_own_counterpart_keeps_an_address_to_an_audience():
    """story_context.ADDRESS_LEMMAS: "the home secretary told the Commons committee ...", "was speaking to MPs" is a
    CONSULT with the audience, kept with the domestic recipient; a meeting or visit with none still goes."""
    from eventwire.events.story_context import StoryContext, own_counterpart

    story = StoryContext("GBR")
    for trig in ("model:tell/V", "model:speak/V", "pattern:address/V@1"):
        assert not own_counterpart(_with_trigger(_implicit(ev("CONSULT", ["GBR/GOV"], ["GBR"])), trig), story), trig
    for trig in ("pattern:meet/V@67", "pattern:visit/V@68", "pattern:arrive/V@244"):
        assert own_counterpart(_with_trigger(_implicit(ev("CONSULT", ["GBR/GOV"], ["GBR"])), trig), story), trig
    # only for CONSULT: an AGREE read from "told" still needs a counterpart
    assert own_counterpart(_with_trigger(_implicit(ev("AGREE", ["GBR/GOV"], ["GBR"])), "model:tell/V"), story)


@pytest.mark.parametrize("text", [
    "Britain's prime minister accused France of blocking the talks in Brussels.\n\n"
    "Labour ministers said they were committed to free personal care for the elderly.",
    "Britain's prime minister accused France of blocking the talks in Brussels.\n\n"
    "The Conservatives have committed to cutting immigration.",
    # the noun of the same stance (CONSENT_LEMMAS "commitment")
    "Britain's prime minister accused France of blocking the talks in Brussels.\n\n"
    "The Treasury has made a firm commitment to doubling overseas aid by 2030.",
    "Britain's prime minister accused France of blocking the talks in Brussels.\n\n"
    "The Home Office reaffirmed its commitment to hiring more police officers.",
])
def test_a_domestic_commitment_in_a_story_is_kept(text):
    from eventwire.pipeline import code_batch
    from eventwire.schema import Article

    res = code_batch([Article(text=text, id="s1", publication_date="2024-05-14")])
    got = [e for e in res.events if e.event == "AGREE" and e.text_info["sentence_index"] == 1]
    assert got and all({"GBR"} == {a.code for a in e.actor} for e in got), [e.to_dict() for e in res.events]


def test_own_counterpart_runs_after_the_context_rules_and_is_counted():
    from collections import Counter

    evs = [ev("ACCUSE", ["GBR/GOV"], ["FRA"], start=0, sent=0),
           ev("AGREE", ["GBR/GOV"], [], start=40), ev("AGREE", ["GBR/GOV"], [], start=80, loc="FRA"),
           ev("CONSULT", ["GBR/GOV"], ["FRA/GOV"], start=120)]
    dropped = Counter()
    out = complete_from_story(evs, dropped=dropped)
    assert [e.event for e in out] == ["ACCUSE", "AGREE", "CONSULT"]
    assert [r.code for r in out[1].recipient] == ["FRA"]       # an agreement made in France has France as counterpart
    assert dropped == Counter({"own-counterpart": 1})
    # with no drop rules the record is kept, with the inferred recipient
    kept = complete_from_story(evs, drops=[])
    assert len(kept) == 4 and [r.code for r in kept[1].recipient] == ["GBR"]


@pytest.mark.parametrize("text, typ", [
    ("Britain's prime minister accused France of blocking the talks in Brussels.\n\n"
     "A Labour peer agreed to withdraw his bill after its second reading.", "AGREE"),
    ("India's home minister accused Pakistan of sheltering militants in Kashmir.\n\n"
     "A while later, the state minister arrived on the stage amid slogans.", "CONSULT"),
])
def test_a_domestic_pledge_or_arrival_in_a_story_is_not_a_cooperation(code, text, typ):
    from eventwire.pipeline import code_batch
    from eventwire.schema import Article

    from eventwire.events.triggers import TRIGGER_SOURCES
    from eventwire.nlp.model import load_model

    found = []
    for sent in load_model()(text.split("\n\n")[1]).sents:
        for source in TRIGGER_SOURCES:
            found += source(sent, found, None)
    assert typ in {t.event for t in found}, "the words are read as a trigger"
    res = code_batch([Article(text=text, id="s1", publication_date="2024-05-14")])
    assert res.events, "the story codes its first sentence"
    assert not [e for e in res.events if e.event == typ and {a.code for a in e.actor} & {r.code for r in e.recipient}]
    assert "story_dropped:own-counterpart:1" in (res.reports[0].reason or "")


def test_a_story_with_one_coded_sentence_still_gives_its_parties_a_country(code):
    # only the appeal is coded, but the text is a story on Britain: the appeal is made to the British public
    text = ("A man has died after a crash on the M6 motorway near Birmingham in England on Sunday.\n\n"
            "The motorway reopened later in the evening.\n\n"
            "British police have appealed for witnesses to come forward.")
    appeal = [e for e in code(text) if e.event == "REQUEST"]
    assert appeal and [a.code for a in appeal[0].actor] == ["GBR"]
    assert [r.code for r in appeal[0].recipient] == ["GBR"]
    assert appeal[0].text_info["rule"]["recipient"] == "context:implicit-recipient"
    # the same sentence alone is no story: nothing is invented for it
    alone = [e for e in code("British police have appealed for witnesses to come forward.") if e.event == "REQUEST"]
    assert alone and not [r for r in alone[0].recipient if r.code]


def test_an_act_of_the_body_a_story_is_about_is_addressed_to_the_body():
    from eventwire.events.story_context import story_body
    # a story on the UN that names no country: the president's call goes to the body's own members
    evs = [ev("REQUEST", ["UNO"], [], sent=2), ev("AGREE", ["UNO"], [], sent=5)]
    assert story_body(evs) == "UNO"
    out = complete_from_story(evs)
    assert [[r.code for r in e.recipient] for e in out] == [["UNO"], ["UNO"]]
    assert out[0].text_info["rule"]["recipient"] == "context:own-body-recipient"
    # a story naming a country takes the country; a lone sentence and a tie of two bodies get nothing
    assert story_body([ev("REQUEST", ["UNO"], [], sent=2), ev("ACCUSE", ["UNO"], ["SYR"], sent=4)]) is None
    assert story_body([ev("REQUEST", ["UNO"], [], sent=2)]) is None
    assert story_body([ev("REQUEST", ["UNO"], [], sent=2), ev("REQUEST", ["EUR"], [], sent=3)]) is None
    # another party's act is not the body's
    other = complete_from_story([ev("REQUEST", ["UNO"], [], sent=2), ev("REQUEST", ["UNO", ], [], sent=3),
                                 ev("ACCUSE", ["NGO"], [], sent=4)])
    assert [r.code for r in other[2].recipient] == []
