"""A claim judged untrue or empty ("described the reports as baseless", "branded the report as lies", "the claims
were described as idle speculation by X") is a denial: REJECT by the judge (triggers.dismisses_claim, lexicon
dismissal_word; PLOVER manual, CAMEO 016 "deny" as REJECT), not a criticism. The judge of a passive judgement is
found in the "by" phrase the parser puts inside the "as" phrase (actor_rules.passive_agent)."""
import pytest

from test_coder_rules import coded


def _of(events, t):
    return [e for e in events if e.event == t and not e.negated]


@pytest.mark.parametrize("text", [
    "The Kenyan government described the reports as baseless.",
    "The Kenyan government branded the report as lies.",
    "Kenya labelled the Ugandan report baseless.",
    "The claims were described as baseless by the Kenyan government.",
    "Reports that the Kenyan president plans an early election have been described as idle speculation by the "
    "Kenyan government.",
])
def test_a_claim_judged_untrue_is_reject(text):
    rows, events, _ = coded(text)
    hit = _of(events, "REJECT")
    assert hit and "KEN" in [a.code for a in hit[0].actor], rows
    assert not _of(events, "ACCUSE"), rows


@pytest.mark.parametrize("text", [
    "The Kenyan government described the Ugandan decision as illegal.",
    "The Ugandan decision was described as illegal by the Kenyan government.",
])
def test_a_judged_act_stays_a_criticism(text):
    rows, events, _ = coded(text)
    assert _of(events, "ACCUSE") and not _of(events, "REJECT"), rows
