"""A rubric label before a colon ("Analysis: ...", "EXCLUSIVE: ...") is no part of the sentence
(nlp.segment.rubric_end, lexicon rubric_label); a failed document's reason carries its error code, for every reader
(fresh user: a corrupt WARC or a text named .rss failed with no EW code)."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.ingest import read_inputs
from eventwire.nlp.segment import segment_article


@pytest.mark.parametrize("label", ["Analysis", "EXCLUSIVE", "Explainer", "Breaking news", "Fact check"])
def test_rubric_label_is_dropped_from_the_sentence(label):
    text = f"{label}: Japan and South Korea agreed to resume talks."
    seg = segment_article(text)
    assert [s.text for s in seg.segments] == ["Japan and South Korea agreed to resume talks."]
    assert seg.dropped == [(0, len(label) + 2, "rubric")]
    events, _ = code_text(text, publication_date="2024-03-12")
    assert sorted((e.actor[0].entity_text, e.recipient[0].code) for e in events if e.event == "AGREE") == [
        ("Japan", "KOR"), ("South Korea", "JPN")]


@pytest.mark.parametrize("text", ["Biden: US will defend Taiwan if China attacks.",
                                  "Japan: South Korea agreed to resume talks.",
                                  "Analysis:"])
def test_a_speaker_or_place_label_is_text(text):
    assert segment_article(text).segments[0].start == 0


def _reasons(path):
    return [(r.status, r.reason) for r in read_inputs([str(path)]) if not hasattr(r, "text")]


@pytest.mark.parametrize("name, body", [
    ("feed.rss", b"Plain text, not a feed.\n"),
    ("bad.warc", b"Plain text, not an archive.\n" * 3),
])
def test_a_malformed_file_fails_with_its_error_code(tmp_path, name, body):
    p = tmp_path / name
    p.write_bytes(body)
    got = _reasons(p)
    assert len(got) == 1 and got[0][0] == "failed", got
    assert got[0][1].startswith("malformed: EW104 "), got
