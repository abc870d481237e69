"""An attack noun governed by a verb that weighs or allows it is a threat of force (recode.force_option, lexicon
force_option_verb): "France is considering airstrikes" is THREATEN, not ASSAULT. Training stories: all F1
0.6957 -> 0.6963, dev 0.6886 -> 0.6935; voa_news unchanged."""
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
