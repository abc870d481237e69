"""A criticism or rejection of an act the story reported, named again by a definite act noun ("condemned the
decision"), answers whoever did that act to the critic's country (story_context.answered_act_doer, lexicon
anaphoric_act_noun)."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _answer(text):
    events, _ = code_text(text, publication_date="2024-03-12")
    return [e for e in events if e.event in ("ACCUSE", "REJECT") and not e.negated]


@pytest.mark.parametrize("text, actor, recipient", [
    ("The European Union on Monday imposed new sanctions on Iran over its supply of drones to Russia. Iran's foreign "
     "ministry condemned the decision.", "IRN", "EUR"),
    ("The United States imposed new sanctions on Iranian oil. Iran condemned the decision.", "IRN", "USA"),
    ("India banned 59 Chinese apps on Monday. Beijing rejected the move as discriminatory.", "CHN", "IND"),
])
def test_the_answer_is_to_the_doer_of_the_act(text, actor, recipient):
    got = _answer(text)
    assert [(e.actor[0].code, [r.code for r in e.recipient]) for e in got] == [(actor, [recipient])]
    assert "answered-act-doer" in got[0].text_info["rule"]["context"]


def test_without_an_act_on_the_critic_the_rule_gives_nothing():
    text = "The European Union imposed new sanctions on Russia. Iran condemned the decision."
    got = _answer(text)
    assert got and all("answered-act-doer" not in (e.text_info["rule"].get("context") or []) for e in got)


@pytest.mark.parametrize("text, recipient", [
    ("Germany's chancellor condemned Russia's attack on Kyiv on Monday, calling it a \"war crime.\"", "RUS"),
    ("The UN envoy criticised the Taliban's ban on girls' schooling, describing it as cruel.", "AFG"),
])
def test_a_judgement_on_a_condemnation_is_the_same_criticism(text, recipient):
    """triggers.judgement_of_condemnation: "calling it a war crime" words the condemnation; its "it" is the act."""
    accuse = [e for e in _answer(text) if e.event == "ACCUSE"]
    assert len(accuse) == 1, [(e.event_text, [r.code for r in e.recipient]) for e in accuse]
    assert [r.code for r in accuse[0].recipient] == [recipient]
