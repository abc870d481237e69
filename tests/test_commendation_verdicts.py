"""A verdict that commends (lexicon commendation_word: "commendable", "laudable") is SUPPORT by the judge on the judged
party, said in a clause ("the minister said China's role was commendable": triggers.verdict_statements) or with a verb
of judging ("called Qatar's mediation laudable": triggers.judgements); data/APPROVAL_VERDICT. It was left to the
trained detector, which read "commendable" as ACCUSE at a probability below the coder's threshold. A merely
favourable word ("the talks were productive") commends no party and a negated verdict is none. PLOVER manual,
SUPPORT ("express support for, commend, approve"); CAMEO 051."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text, actor, recipient", [
    ("The Pakistani foreign minister said China's role in the talks was commendable.", "PAK", "CHN"),
    ("The Kenyan president said Ethiopia's decision was commendable.", "KEN", "ETH"),
    ("Guterres called Qatar's mediation laudable.", "UNO", "QAT"),
    ("The French foreign minister said Morocco's response to the earthquake was admirable.", "FRA", "MAR"),
])
def test_commending_verdict_is_support(text, actor, recipient):
    rows, events, _ = coded(text)
    assert ("SUPPORT", (actor,), (recipient,)) in [r[:3] for r in rows], rows
    assert not [r for r in rows if r[0] == "ACCUSE"], rows


@pytest.mark.parametrize("text", [
    "Blinken said the talks were productive.",
    "The minister said Russia's actions were not commendable.",
])
def test_no_commendation_no_support(text):
    rows, _, _ = coded(text)
    assert not [r for r in rows if r[0] == "SUPPORT"], rows
