"""What a threat names is its content, also when a phrase between makes the parser hang the to-infinitive as an
adverbial clause (triggers.content_of_other): "threatened on Thursday to launch a nuclear strike" is one THREATEN,
no actual ASSAULT (PLOVER manual, THREATEN: the threatened act is not coded). Only threats: the training
annotations code the act an agreement names this way."""
import pytest

from eventwire import code_text


def _types(text):
    evs, _ = code_text(text, publication_date="2023-05-10")
    return [(e.event, e.status) for e in evs]


@pytest.mark.parametrize("text", [
    "North Korea threatened on Thursday to launch a nuclear strike against the United States.",
    "Iran threatened on Monday to carry out strikes on US bases.",
])
def test_threatened_act_is_no_event(text):
    assert _types(text) == [("THREATEN", "actual")]


def test_an_attack_beside_a_threat_stays():
    assert ("ASSAULT", "actual") in _types("Russia launched a missile strike on Kyiv on Thursday and threatened "
                                          "to escalate.")
