"""A trigger the trained detector proposes has no dictionary row saying where its recipient is; the object of a
preposition that introduces the counterpart of an act of its type ("cracked down on", "work with", "exchanged fire
with") is its recipient when it names a party (recipient_rules.detector_counterpart; PLOVER manual: the recipient is
the party acted on or with). Training stories: all F1 0.6148 -> 0.6169 (recall 0.5932 -> 0.5950), dev unchanged."""
import pytest

from test_coder_rules import coded


def _rule(e):
    return ((e.text_info or {}).get("rule") or {}).get("recipient")


@pytest.mark.parametrize("text,event,actor,recipient", [
    ("Ghana's army cracked down on protesters in Accra.", "COERCE", ("GHA", "MIL"), ("GHA", "CVL")),
    ("Pakistan's main opposition party said it would work along with the government on security.", "AGREE",
     ("PAK", "OPP"), ("PAK", "GOV")),
    ("The Thai opposition party said it would work with the government on flood relief.", "AGREE",
     ("THA", "OPP"), ("THA", "GOV")),
    # "exchanged fire with" is a verbs.tsv row now (its recipient row:P:with, both sides: test_exchange_of_fire.py)
])
def test_the_counterpart_of_a_detector_trigger_is_its_recipient(text, event, actor, recipient):
    rows, events, _ = coded(text)
    hit = [e for e in events if e.event == event]
    assert hit, rows
    assert [(a.code, a.sector) for a in hit[0].actor] == [actor], rows
    assert [(r.code, r.sector) for r in hit[0].recipient] == [recipient], rows
    assert _rule(hit[0]) == "detector_counterpart"


@pytest.mark.parametrize("text", [
    "The senator said the ministry was acting against the spirit of the new law.",   # a thing, not a party
    "Only the Liberal Democrats stood against the Iraq war, he said.",               # the war is no party
])
def test_a_thing_after_the_preposition_is_no_recipient(text):
    rows, events, _ = coded(text)
    assert events, rows
    assert all(_rule(e) != "detector_counterpart" for e in events), rows
