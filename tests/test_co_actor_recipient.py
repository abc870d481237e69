"""Coordinated actors of one trigger act on one recipient (story_context.co_actor_recipient): an actor's record
without a recipient takes the one a sibling record of the same trigger has, never one of its own countries."""
from __future__ import annotations

from eventwire.events.story_context import complete_from_story
from eventwire.schema import Entity, Event


def ev(typ, actor, recipient=(), start=0, sent=3):
    return Event(article_id="a", event=typ, actor=[Entity("forces", code=c, start=start) for c in actor],
                 recipient=[Entity("targets", code=c, start=start + 20) for c in recipient], event_text=typ.lower(),
                 text_info={"start": start, "end": start + 3, "sentence_index": sent, "rule": {}})


def codes(out):
    return [(e.actor[0].code, tuple(r.code for r in e.recipient)) for e in out]


def story(*joint):
    # a lead about the USA so that the story focus is the USA (the implicit recipient of a bare act)
    lead = [ev("CONSULT", ["USA"], ["USA"], start=0, sent=0), ev("ACCUSE", ["USA"], ["USA"], start=5, sent=1)]
    return complete_from_story(lead + list(joint))[2:]


def test_partners_of_a_joint_attack_share_its_target():
    out = story(ev("ASSAULT", ["USA"], ["LBY"], start=100), ev("ASSAULT", ["FRA"], start=100),
                ev("ASSAULT", ["GBR"], start=100))
    assert codes(out) == [("USA", ("LBY",)), ("FRA", ("LBY",)), ("GBR", ("LBY",))]
    assert out[1].text_info["rule"]["recipient"] == "context:co-actor-recipient"


def test_a_partner_is_never_given_its_own_country_and_other_triggers_do_not_count():
    out = story(ev("ASSAULT", ["USA"], ["FRA"], start=100), ev("ASSAULT", ["FRA"], start=100))
    assert codes(out)[1][1] != ("FRA",)
    out = story(ev("ASSAULT", ["USA"], ["LBY"], start=100), ev("ASSAULT", ["FRA"], start=300))
    assert codes(out)[1][1] != ("LBY",)  # another act: no shared target
    out = story(ev("ASSAULT", ["USA"], ["LBY"], start=100), ev("ACCUSE", ["FRA"], start=100))
    assert codes(out)[1][1] != ("LBY",)  # another type at the same place: no shared target
