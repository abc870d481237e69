"""Actor rules, one at a time, on hand-built parses (issue 11: each rule testable and switchable alone)."""
import pytest

from eventwire.actors.dictionaries import load_dictionaries
from eventwire.actors.resolve import ActorResolver, ResolveContext
from eventwire.events import actor_rules
from eventwire.events.actor_rules import ACTOR_RULES, find_actor
from eventwire.events.rules import Args
from eventwire.events.triggers import Trigger, default_row, pattern_row, trigger_tokens

PASSIVE = """
Posts    2 nsubjpass NOUN  NNS post
were     2 auxpass   AUX   VBD be
shelled  2 ROOT      VERB  VBN shell
by       2 agent     ADP   IN  by
Russian  5 amod      ADJ   JJ  russian B-NORP
units    3 pobj      NOUN  NNS unit
.        2 punct     PUNCT .   .
"""
ACTIVE = """
Russia   1 nsubj PROPN NNP russia  B-GPE
attacked 1 ROOT  VERB  VBD attack
Ukraine  1 dobj  PROPN NNP ukraine B-GPE
.        1 punct PUNCT .   .
"""
NOMINAL = """
Russia   2 poss  PROPN NNP russia  B-GPE
's       0 case  PART  POS 's
attack   2 ROOT  NOUN  NN  attack
on       2 prep  ADP   IN  on
Ukraine  3 pobj  PROPN NNP ukraine B-GPE
"""


def args_for(doc, i, row=None):
    """Args of the trigger at token ``i`` (its dictionary row, or ``row`` for a trigger without one)."""
    res = ActorResolver(load_dictionaries(), ResolveContext())
    res.set_doc(doc, 0)
    tok = doc[i]
    p = pattern_row(tok)
    row = row or p
    return Args(Trigger(tok, trigger_tokens(tok, row), row, p if row is p else None, "test"), res)


def test_passive_agent_is_the_actor(hand_doc):
    found, rule = find_actor(args_for(hand_doc(PASSIVE), 2))
    assert rule == "passive_agent"
    assert [(e.code, e.entity_text) for e in found.entities] == [("RUS", "Russian units")]


def test_without_the_agent_rule_a_passive_names_nobody(hand_doc, monkeypatch):
    monkeypatch.setattr(actor_rules, "ACTOR_RULES", [r for r in ACTOR_RULES if r is not actor_rules.passive_agent])
    found, rule = find_actor(args_for(hand_doc(PASSIVE), 2))
    assert rule == "passive_without_agent" and found.entities == [] and found.token is None


def test_subject_is_the_actor_of_an_active_verb(hand_doc):
    found, rule = find_actor(args_for(hand_doc(ACTIVE), 1))
    assert rule == "subject" and [e.code for e in found.entities] == ["RUS"] and found.token.text == "Russia"


def test_possessor_is_the_actor_of_an_event_noun(hand_doc):
    found, rule = find_actor(args_for(hand_doc(NOMINAL), 2))
    assert rule == "possessor" and [e.code for e in found.entities] == ["RUS"]


def test_a_verb_without_a_subject_has_no_actor(hand_doc):
    doc = hand_doc("""
    Attack   0 ROOT  VERB VB  attack
    Ukraine  0 dobj  PROPN NNP ukraine B-GPE
    """)
    found, rule = find_actor(args_for(doc, 0))
    assert rule == "subject" and found.entities == [] and found.token is None


def test_the_rules_work_for_a_trigger_without_a_pattern_row(hand_doc):
    """A trained detector's trigger has no row: the rules read the type's default row."""
    row = default_row("ASSAULT", "V")
    assert row.event == "ASSAULT" and row.recipient and row.lemma == "<default>"
    a = args_for(hand_doc(ACTIVE), 1, row=row)
    assert a.trigger.pattern is None and a.trigger.rule_id == "test"
    found, rule = find_actor(a)
    assert rule == "subject" and [e.code for e in found.entities] == ["RUS"]


@pytest.mark.parametrize("rule", ACTOR_RULES)
def test_every_actor_rule_documents_an_example(rule):
    doc = rule.__doc__ or ""
    assert '"' in doc or ":" in doc, f"{rule.__name__}: docstring must give an example sentence or a source"
