"""The act of an if/unless clause is the condition of an announced act, not an announced threat of its doer
(modality.announced stops at a condition clause; modality.in_condition_clause). Fresh-user tryout: "If Israel
strikes Iran's nuclear facilities, Tehran would retaliate ..., an Iranian official said" gave ISR THREATEN, actual.
Since admission.condition_of_threat (stop 16, THREATEN kinds) the act in the condition of a threat is no record at
all: the training annotations code no act inside a condition; the threat is the event."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text,doer", [
    ("If Israel strikes Iran's nuclear facilities, Tehran would retaliate against U.S. bases, an Iranian official "
     "said.", "ISR"),
    ("If Russia invades Moldova, NATO will respond, the alliance's chief said.", "RUS"),
    ("If India attacks Pakistan again, Islamabad will defend itself, the army spokesman said.", "IND"),
])
def test_the_condition_is_no_threat_of_its_doer(text, doer):
    rows, events, _ = coded(text)
    theirs = [e for e in events if doer in [a.code for a in e.actor]]
    assert not theirs, rows  # the condition act is the threat's supposition, no event of its doer


def test_an_announced_conditional_act_of_the_speaker_is_still_a_threat():
    # negative: the announced act itself, with its own condition, stays THREATEN ("will withdraw ... unless")
    rows, events, _ = coded("Russia said it would cut gas supplies to Moldova unless Chisinau pays its debts.")
    assert [e for e in events if e.event == "THREATEN" and "RUS" in [a.code for a in e.actor]], rows
