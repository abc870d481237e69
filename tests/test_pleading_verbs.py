"""Verbs of pleading ("pleaded with Uganda to release", "begged Uganda to release", "beseeched the government to end
the blockade", "entreated Uganda to withdraw") are appeals: REQUEST by the one who pleads, of the one pleaded with
(verbs.tsv rows 'plead' with prep=with, 'beg' with a to-infinitive, 'beseech', 'entreat'; like 'implore'). Without
them the pleader was coded as doing the act pleaded for (RETREAT "release the prisoners") or as accusing (model
'beseech' ACCUSE). A plea in court ("pleaded guilty", "pleaded not guilty") is no appeal and keeps its reading.
Source: PLOVER manual v0.8, REQUEST ("All requests, demands, and orders"); CAMEO 02 "appeal"."""
import pytest

from test_coder_rules import coded


def _of(events, t):
    return [e for e in events if e.event == t and not e.negated]


@pytest.mark.parametrize("text", [
    "The Kenyan minister pleaded with Uganda to release the prisoners.",
    "Kenya begged Uganda to release the prisoners.",
    "Kenya beseeched the Ugandan government to end the blockade.",
    "Kenya entreated Uganda to withdraw its troops.",
])
def test_a_plea_is_a_request_of_the_one_pleaded_with(text):
    rows, events, _ = coded(text)
    hit = _of(events, "REQUEST")
    assert hit and "KEN" in [a.code for a in hit[0].actor] and "UGA" in [r.code for r in hit[0].recipient], rows
    assert not _of(events, "ACCUSE"), rows


@pytest.mark.parametrize("text", [
    "The Kenyan minister pleaded guilty to corruption charges.",
    "The Kenyan minister pleaded not guilty.",
    "That begs the question of Kenyan aid.",
])
def test_a_plea_in_court_or_a_begged_question_is_no_request(text):
    rows, events, _ = coded(text)
    assert not _of(events, "REQUEST"), rows
