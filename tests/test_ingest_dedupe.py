"""Duplicate stories: exact and near duplicates, date guard, window, and no false merges on real news."""
from __future__ import annotations

import json

from conftest import shared_path
from eventwire.ingest import read_inputs
from eventwire.ingest.dedupe import Deduper, dedupe
from eventwire.schema import Article, DocReport

WIRE = ("KYIV, March 1 (Reuters) - Russian forces shelled the central square of Kharkiv on Tuesday, killing at "
        "least ten civilians, regional governor Oleh Synehubov said. The strike hit the regional administration "
        "building, he said, and rescue workers were searching the rubble for survivors late into the night.")
REWRITE = ("Russian forces shelled the central square of Kharkiv on Tuesday, killing at least ten civilians, "
           "the regional governor said, according to Reuters. The strike hit the regional administration "
           "building and rescue workers were searching the rubble for survivors.")
OTHER = ("Ukrainian and Russian delegations met on the Belarus border on Monday for talks that ended without "
         "agreement, both sides said, and agreed to meet again in the coming days.")


def test_exact_duplicate_ignores_case_punctuation_and_whitespace():
    a = Article(text=WIRE, url="https://a.example/1")
    b = Article(text=WIRE.upper().replace(",", "").replace(" ", "  "), url="https://b.example/2")
    out = list(dedupe([a, b]))
    assert out[0] is a and out[1].reason == f"duplicate:{a.id}"
    assert a.meta["mentions"] == ["https://b.example/2"]


def test_near_duplicate_rewrite_and_unrelated_story():
    a, b, c = (Article(text=t, url=f"https://x.example/{i}", publication_date="2022-03-01")
               for i, t in enumerate((WIRE, REWRITE, OTHER)))
    out = list(dedupe([a, b, c]))
    assert [type(x).__name__ for x in out] == ["Article", "DocReport", "Article"]
    assert out[1].reason == f"duplicate:{a.id}"
    assert a.meta["mentions"] == ["https://x.example/1"] and c.meta["mentions"] == []
    assert a.meta["story_id"] != c.meta["story_id"]


def test_same_text_years_apart_is_not_a_duplicate():
    a = Article(text=WIRE + " extra", publication_date="2022-03-01")
    b = Article(text=WIRE + " more", publication_date="2024-03-01")
    out = list(dedupe([a, b]))
    assert all(isinstance(x, Article) for x in out)


def test_copy_after_the_window_is_still_skipped_and_names_the_canonical():
    first = Article(text=WIRE, url="u0")
    fillers = [Article(text=f"Story number {i} about a different matter entirely, officials said on day {i}.")
               for i in range(5)]
    late = Article(text=REWRITE, url="u-late")
    out = list(dedupe([first, *fillers, late], window=2))
    assert out[-1].reason == f"duplicate:{first.id}"
    assert first.meta["mentions"] == []  # already handed on: not mutated afterwards (determinism)


def test_dedupe_is_deterministic_and_reports_pass_through():
    r = DocReport(None, "skipped", "empty_input")
    run = lambda: [x.to_dict() for x in dedupe([Article(text=WIRE), r, Article(text=REWRITE)])]  # noqa: E731
    assert run() == run()
    assert run()[1]["status"] == "skipped" and run()[1]["reason"] == "empty_input"


def test_no_false_duplicates_in_real_corpus_and_repeats_found():
    voa = shared_path("corpus", "voa", "voa_stories.jsonl")
    arts = list(read_inputs([str(voa)]))
    dd = Deduper()
    assert sum(dd.check(a) is not None for a in arts) == 0  # 74 distinct VOA stories
    again = list(read_inputs([str(voa)]))
    assert all(dd.check(a) is not None for a in again)  # the same stories a second time
