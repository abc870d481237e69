"""Recipient rules, one at a time, on hand-built parses."""
from eventwire.events import recipient_rules
from eventwire.events.recipient_rules import RECIPIENT_RULES, find_recipient
from eventwire.events.triggers import default_row
from eventwire.schema import Entity, Event

from test_actor_rules import ACTIVE, NOMINAL, args_for

REJECTED = """
Iran     1 nsubj PROPN NNP iran   B-GPE
rejected 1 ROOT  VERB  VBD reject
calls    1 dobj  NOUN  NNS call
by       2 prep  ADP   IN  by
Russia   3 pobj  PROPN NNP russia B-GPE
.        1 punct PUNCT .   .
"""


def with_actor(a, *codes):
    a.actors = [Entity(c, c, "GOV") for c in codes]
    a.actor_codes = set(codes)
    return a


def test_the_row_source_finds_the_direct_object(hand_doc):
    found, rule = find_recipient(with_actor(args_for(hand_doc(ACTIVE), 1), "RUS"))
    assert rule == "row:dobj" and [e.code for e in found.entities] == ["UKR"]


def test_a_prepositional_source_of_a_nominal_row(hand_doc):
    found, rule = find_recipient(with_actor(args_for(hand_doc(NOMINAL), 2), "RUS"))
    assert rule == "row:P:on|against" and [e.code for e in found.entities] == ["UKR"]


def test_the_doer_of_the_rejected_act_is_the_recipient(hand_doc):
    found, rule = find_recipient(with_actor(args_for(hand_doc(REJECTED), 1), "IRN"))
    assert rule == "object_event_doer" and [e.code for e in found.entities] == ["RUS"]


def test_each_rule_can_be_switched_off_alone(hand_doc, monkeypatch):
    """Without the first rule that fires, the next one in the list does: the owner of the proposal."""
    rules = [r for r in RECIPIENT_RULES if r is not recipient_rules.object_event_doer]
    monkeypatch.setattr(recipient_rules, "RECIPIENT_RULES", rules)
    found, rule = find_recipient(with_actor(args_for(hand_doc(REJECTED), 1), "IRN"))
    assert rule == "proposal_owner" and [e.code for e in found.entities] == ["RUS"]
    rules = [r for r in rules if r is not recipient_rules.proposal_owner]
    monkeypatch.setattr(recipient_rules, "RECIPIENT_RULES", rules)
    found, rule = find_recipient(with_actor(args_for(hand_doc(REJECTED), 1), "IRN"))
    assert rule == "clause_other_state" and [e.code for e in found.entities] == ["RUS"]  # the one other state named
    monkeypatch.setattr(recipient_rules, "RECIPIENT_RULES", [r for r in rules if r is not recipient_rules.clause_other_state])
    found, rule = find_recipient(with_actor(args_for(hand_doc(REJECTED), 1), "IRN"))
    assert (rule, found.entities) == ("none", [])


def test_a_definite_event_noun_refers_to_the_latest_earlier_event(hand_doc):
    doc = hand_doc("""
    Kyiv      1 nsubj PROPN NNP kyiv   B-GPE
    demanded  1 ROOT  VERB  VBD demand
    the       3 det   DET   DT  the
    pullout   1 dobj  NOUN  NN  pullout
    .         1 punct PUNCT .   .
    """)
    a = with_actor(args_for(doc, 1), "UKR")
    earlier = Event("a", "RETREAT", [Entity("Russian troops", "RUS", "MIL", None, 0, 14)], [], "withdrew", {})
    a.earlier = [earlier]
    found, rule = find_recipient(a)
    assert rule == "earlier_event_actor"
    assert [(e.code, e.sector, e.start) for e in found.entities] == [("RUS", "MIL", 0)]


def test_the_recipient_rules_work_for_a_trigger_without_a_pattern_row(hand_doc):
    a = with_actor(args_for(hand_doc(ACTIVE), 1, row=default_row("ASSAULT", "V")), "RUS")
    found, rule = find_recipient(a)
    assert rule.startswith("row:") and [e.code for e in found.entities] == ["UKR"]


def test_every_recipient_rule_documents_an_example():
    for rule in RECIPIENT_RULES:
        assert rule.__doc__ and ('"' in rule.__doc__ or "PLOVER" in rule.__doc__), rule.__name__
