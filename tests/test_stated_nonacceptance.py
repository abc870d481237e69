"""A verb of accepting negated in the simple present ("we do not accept the proposal") is a refusal stated now,
REJECT (PLOVER manual, REJECT: reject a proposal, demand or offer; modality.stated_nonacceptance, lexicon
acceptance_verb). A perfect or past negation ("has not accepted", "did not accept") reports that acceptance has not
happened and stays a negated AGREE (no record)."""
import pytest

from test_coder_rules import coded


def _types(events):
    return [e.event for e in events if not e.negated]


@pytest.mark.parametrize("text,actor", [
    ("Iran does not accept the European proposal, the foreign minister said.", "IRN"),
    ("The Serbian president said Serbia does not accept the plan for Kosovo.", "SRB"),
    ("Venezuela's government said: \"We don't accept the proposal of the United States.\"", "VEN"),
])
def test_a_negated_present_acceptance_is_reject(text, actor):
    rows, events, _ = coded(text)
    hit = [e for e in events if e.event == "REJECT" and not e.negated]
    assert hit and actor in [a.code for a in hit[0].actor], rows
    assert "AGREE" not in _types(events), rows


@pytest.mark.parametrize("text", [
    "Iran has not accepted the European proposal.",
    "Iran did not accept the European proposal last year.",
    "Iran accepts the European proposal, the foreign minister said.",
])
def test_a_perfect_or_past_negation_or_an_acceptance_is_no_reject(text):
    rows, events, _ = coded(text)
    assert "REJECT" not in _types(events), rows
