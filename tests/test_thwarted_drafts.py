"""Blocking or vetoing what others draft (lexicon thwarting_verb; verbs.tsv ``block`` with a text or measure as object,
REJECT): the participle on the object ("an EU statement criticizing China") is not the blocker's act
(nlp.views.subject_of). Fresh user: "Hungary blocked an EU statement criticizing China on human rights" gave Hungary
ACCUSE China. PLOVER manual, REJECT ("veto, block")."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text, actor, recipient", [
    ("Hungary blocked an EU statement criticizing China on human rights.", "HUN", "EUR"),
    ("Turkey blocked Sweden's bid to join NATO.", "TUR", "SWE"),
    ("Russia vetoed a UN resolution condemning the coup in Myanmar.", "RUS", "UNO"),
])
def test_blocking_a_draft_is_reject_not_its_content(text, actor, recipient):
    rows, _, _ = coded(text)
    assert ("REJECT", (actor,), (recipient,)) in [r[:3] for r in rows], rows
    assert not [r for r in rows if r[0] == "ACCUSE" and r[1] == (actor,)], rows


def test_issuing_a_statement_keeps_the_issuer_as_critic():
    # the rule it narrows: "issued a statement criticizing" is the issuer's criticism
    rows, _, _ = coded("The EU issued a statement criticizing China on human rights.")
    assert ("ACCUSE", ("EUR",), ("CHN",)) in [r[:3] for r in rows], rows


def test_blocking_a_road_stays_a_protest_row():
    rows, _, _ = coded("Farmers blocked the road to the border crossing.")
    assert [r[0] for r in rows] == ["PROTEST"], rows
