"""Run-in subheadings: a flattened page joins a section heading to the next paragraph with one space; the heading is
cut out of the coded text and recorded as dropped (nlp.segment.run_in_subheads; lexicon sentence_opener)."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.nlp.segment import segment_article


def _subheads(text):
    seg = segment_article(text, None)
    return [text[s:e] for s, e, why in seg.dropped if why == "subhead"]


@pytest.mark.parametrize("text,head", [
    ("The court ruled on Monday. Sovereignty negotiations Negotiations between Britain and Mauritius have gone on "
     "for years.", "Sovereignty negotiations"),
    ("The train was stuck in the tunnel. Recent attacks Since the beginning of the year, the rebels have ramped up "
     "attacks.", "Recent attacks"),
    ("The prison is empty now. International reaction A State Department spokesperson urged the government to act.",
     "International reaction"),
    ("Talks resumed on Friday. Financial strain Both camps opened in the 1990s.", "Financial strain"),
])
def test_a_heading_before_a_sentence_opener_is_cut(text, head):
    assert _subheads(text) == [head]


@pytest.mark.parametrize("text", [
    "The hearing was adjourned. The case went before The Hague-based court in 2014.",
    "He spoke on Monday. Secretary of State Marco Rubio said the talks would resume.",
    "Trade rose. Canada and Belgium are among countries that have banned imports.",
    "Aid was cut. The media watchdog Reporters Without Borders said conditions had worsened.",
    "The vote passed. In a letter last week to The Hague-based court, Kenya asked for a delay.",
    "Prices rose. But British British Casino Association chairman said the plan would fail.",
])
def test_a_sentence_that_goes_on_is_not_cut(text):
    assert _subheads(text) == []


def test_the_sentence_after_a_heading_is_coded_with_its_own_subject():
    text = ("The jailbreak left ten dead. International reaction A U.S. State Department spokesperson urged the "
            "Haitian government to address security failures.")
    evs, _ = code_text(text, publication_date="2024-02-10")
    assert any(e.event == "REQUEST" and [a.code for a in e.actor] == ["USA"] and [r.code for r in e.recipient] == ["HTI"]
               for e in evs), [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in evs]
    assert not any("reaction" in (e.event_text or "").lower() for e in evs)
