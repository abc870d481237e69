"""A knighthood is an honour: SUPPORT (commend) by the one who confers it, of the one knighted (verbs.tsv row 'knight',
rules); the detector read "knighted" as a COERCE. An agentless "was knighted" names no one who confers it and codes
nothing (it was a COERCE of the story's country). Source: PLOVER manual v0.8, SUPPORT ("express support for,
commend ... actor"); CAMEO 051 "praise or endorse"."""
import pytest

from test_coder_rules import coded


def _of(events, t):
    return [e for e in events if e.event == t and not e.negated]


@pytest.mark.parametrize("text", [
    "The Queen knighted the Kenyan runner.",
    "The British monarch knighted the Kenyan ambassador at Buckingham Palace.",
])
def test_a_knighthood_is_support(text):
    rows, events, _ = coded(text)
    hit = _of(events, "SUPPORT")
    assert hit and "KEN" in [r.code for r in hit[0].recipient], rows
    assert not _of(events, "COERCE"), rows


@pytest.mark.parametrize("text", [
    "The British MP was knighted for services to politics.",
    "The top British civil servant has been knighted in the New Year Honours.",
])
def test_an_agentless_knighthood_is_no_coercion(text):
    rows, events, _ = coded(text)
    assert not _of(events, "COERCE"), rows
