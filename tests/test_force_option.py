"""An attack noun governed by a verb that weighs or allows it is a threat of force (recode.planned_force, row
planned-force-as-threaten, lexicon force_plan_word; two helpers wrote the same kind and it was merged into one
rule): "France is considering airstrikes" is THREATEN, not ASSAULT."""
import pytest

from test_coder_rules import coded


def types(text):
    rows, events, _ = coded(text)
    return rows, [(e.event, [a.code for a in e.actor]) for e in events if not e.negated]


@pytest.mark.parametrize("text,actor", [
    ("France is considering airstrikes against the Islamic State group in Syria.", "FRA"),
    ("The UN resolution authorizes attacks on Libyan army vehicles.", "UNO"),
    ("Turkey is contemplating airstrikes on Kurdish militants in Iraq.", "TUR"),
])
def test_an_attack_weighed_or_allowed_is_a_threat(text, actor):
    rows, got = types(text)
    assert any(e == "THREATEN" and actor in a for e, a in got), rows
    assert not any(e == "ASSAULT" and actor in a for e, a in got), rows


@pytest.mark.parametrize("text,actor", [
    ("France launched airstrikes against the Islamic State group in Syria.", "FRA"),
    ("Turkey carried out strikes on Kurdish militants in Iraq.", "TUR"),
])
def test_an_attack_done_stays_an_assault(text, actor):
    rows, got = types(text)
    assert any(e == "ASSAULT" and actor in a for e, a in got), rows
