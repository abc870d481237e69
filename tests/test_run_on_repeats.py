"""A run-on stretch (no sentence end) made of one clause repeated is coded once per distinct piece, the repeats
counted as collapsed (nlp.segment._run_on_pieces; fresh user, stop 19: 1,100 records from one repeated clause)."""
from __future__ import annotations

from eventwire.nlp.segment import segment_article


def test_repeated_clauses_of_a_run_on_are_collapsed():
    text = "Houthi rebels shelled government positions near Marib, " * 600
    seg = segment_article(text, None)
    pieces = [" ".join(s.text.split()) for s in seg.segments]
    assert len(pieces) == len(set(pieces)) and len(pieces) <= 3, len(pieces)
    assert seg.collapsed_repeats >= 15 and seg.run_on_cuts >= 20


def test_distinct_clauses_of_a_run_on_are_all_kept():
    text = "".join(f"rebels shelled position number {i} near Marib, " for i in range(400))
    seg = segment_article(text, None)
    assert seg.collapsed_repeats == 0
    assert "".join(s.text for s in seg.segments).replace(" ", "") == text.replace(" ", "")
