"""Protests reported as growing ("protests against the president are increasing", "demonstrations against the
government have swelled") are protests taking place: PROTEST demo with the target of "against" as recipient
(PLOVER manual, PROTEST: demonstrations; verbs.tsv rules-only rows protest/demonstration N head=grow|increase|swell|
mount|multiply, lexicon occurrence_verb). A mere mention of a protest under such a verb is not one."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text,recipient", [
    ("Protests against the Kenyan government are growing.", "KEN"),
    ("Demonstrations against the Chilean president have swelled in recent weeks.", "CHL"),
    ("Protests against Venezuelan President Nicolas Maduro are increasing.", "VEN"),
])
def test_growing_protests_are_protest(text, recipient):
    rows, events, _ = coded(text)
    hit = [e for e in events if e.event == "PROTEST" and not e.negated]
    assert hit and recipient in [r.code for r in hit[0].recipient], rows


@pytest.mark.parametrize("text", [
    "Criticism of the protest against the Kenyan government grew.",
    "The number of Kenyan teachers grew last year.",
])
def test_growth_of_something_else_is_no_protest(text):
    rows, events, _ = coded(text)
    assert not [e for e in events if e.event == "PROTEST"], rows
