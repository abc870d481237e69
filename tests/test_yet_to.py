"""'has yet to', 'have yet to', 'is yet to' + infinitive: the act has not (yet) been done, so it is negated
(modality.yet_to; PLOVER manual, auxiliary modes). 'is yet to' is no plan ('is to sign' is): not future.
'yet' elsewhere ('withdrew yet more troops', 'yet again') negates nothing."""
import pytest

from eventwire import code_text


def _coded(text):
    evs, _ = code_text(text, publication_date="2024-06-05")
    return [(e.event, e.negated, e.status) for e in evs]


@pytest.mark.parametrize("text,event", [
    ("Russia has yet to withdraw its troops from Transnistria.", "RETREAT"),
    ("The rebels have yet to release the hostages.", "RETREAT"),
    ("Moscow has yet to launch an offensive.", "ASSAULT"),
])
def test_yet_to_negates_the_act(text, event):
    coded = [c for c in _coded(text) if c[0] == event]
    assert coded and all(c[1] for c in coded)


def test_is_yet_to_is_no_future_refusal():
    coded = _coded("Sudan is yet to sign a peace deal with the rebels.")
    assert coded and all(c[0] != "REJECT" and c[1] and c[2] == "actual" for c in coded)


@pytest.mark.parametrize("text,event", [
    ("Russia has withdrawn yet more troops.", "RETREAT"),
    ("Russia withdrew its troops yet again.", "RETREAT"),
    ("Moscow launched yet another offensive.", "ASSAULT"),
])
def test_other_yet_negates_nothing(text, event):
    coded = [c for c in _coded(text) if c[0] == event]
    assert coded and not any(c[1] for c in coded)
