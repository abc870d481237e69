"""A repeated article id with a different text within one run: renamed <id>#2, never merged."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.ingest import read_inputs
from eventwire.ingest.ids import IdRegistry, unique_ids
from eventwire.pipeline import code_articles, code_batch
from eventwire.schema import Article, DocReport

RUSSIA = "Russia asked China for military equipment on Sunday, officials said."
NAIROBI = ("Protesters clashed with police in Nairobi on Monday after the vote, witnesses said. "
           "Police fired tear gas at the crowd.")
NOTE = "renamed: id a1 already used by a different text in this run; coded as a1#2"


def _jsonl(path: Path, recs) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    return path


@pytest.fixture()
def dup(tmp_path):
    return _jsonl(tmp_path / "dup.jsonl", [
        {"id": "a1", "text": RUSSIA, "publication_date": "2022-03-13"},
        {"id": "a1", "text": NAIROBI, "publication_date": "2022-03-14"},
        {"id": "a1", "text": RUSSIA, "publication_date": "2022-03-13"},   # identical copy of line 1
        {"id": "a1", "text": NAIROBI, "publication_date": "2022-03-14"},  # identical copy of line 2
    ])


def test_registry_renames_only_a_different_text_and_is_stable():
    reg = IdRegistry()
    a = Article(text="one", id="a1")
    b = Article(text="two", id="a1")
    c = Article(text="three", id="a1")
    real = Article(text="four", id="a1#2")  # an input id that looks like a renamed one
    got = [reg.assign(x) for x in (a, b, Article(text="one", id="a1"), c, Article(text="two", id="a1"), real)]
    assert [x.id for x in got] == ["a1", "a1#2", "a1", "a1#3", "a1#2", "a1#2#2"]
    assert got[0] is a and got[1] is not b and b.id == "a1" and "renamed_from" not in b.meta  # no mutation
    assert got[1].meta["renamed_from"] == "a1" and got[5].meta["renamed_from"] == "a1#2"
    assert got[1].text == "two"
    reports = [DocReport("x", "failed", "malformed")]
    assert list(unique_ids(reports)) == reports


def test_read_inputs_renames_a_reused_id_and_keeps_identical_copies(dup):
    got = list(read_inputs([str(dup)]))
    assert [(a.id, a.text[:9]) for a in got] == [("a1", "Russia as"), ("a1#2", "Protester"),
                                                  ("a1", "Russia as"), ("a1#2", "Protester")]
    assert got[1].meta["renamed_from"] == "a1" and "renamed_from" not in got[0].meta
    # dedupe (the CLI default): identical copies are skipped as before, the renamed story is kept
    deduped = list(read_inputs([str(dup)], dedupe=True))
    assert [type(x).__name__ for x in deduped] == ["Article", "Article", "DocReport", "DocReport"]
    assert [x.reason for x in deduped[2:]] == ["duplicate:a1", "duplicate:a1#2"]
    assert deduped[1].id == "a1#2"


def test_code_batch_reports_the_rename_and_events_never_mix(dup):
    res = code_batch(list(read_inputs([str(dup)], dedupe=True)))
    assert [(r.article_id, r.status, r.reason) for r in res.reports] == [
        ("a1", "coded", None), ("a1#2", "coded", NOTE),
        ("a1", "skipped", "duplicate:a1"), ("a1#2", "skipped", "duplicate:a1#2")]
    texts = {a.id: a.text for a in res.articles}
    assert texts == {"a1": RUSSIA, "a1#2": NAIROBI}
    by_article = {}
    for e in res.events:
        by_article.setdefault(e.article_id, []).append(e.event)
        t = texts[e.article_id]  # every offset slices its own article's text
        assert t[e.text_info["start"]:e.text_info["end"]] == e.event_text
        for x in e.actor + e.recipient:
            if x.start is not None:
                assert t[x.start:x.end] == x.entity_text
    assert by_article == {"a1": ["REQUEST"], "a1#2": ["ASSAULT", "ASSAULT"]}


def test_api_batches_and_chunked_streams_give_the_same_ids():
    arts = [Article(text=RUSSIA, id="a1"), Article(text=NAIROBI, id="a1")]
    res = code_batch(arts)
    assert [r.article_id for r in res.reports] == ["a1", "a1#2"] and res.reports[1].reason == NOTE
    assert arts[1].id == "a1"  # the caller's object is untouched
    # chunks of one: the stream is made unique before chunking, so the rename survives the split
    chunks = list(code_articles([Article(text=RUSSIA, id="a1"), Article(text=NAIROBI, id="a1")], batch_size=1))
    assert [r.article_id for c in chunks for r in c.reports] == ["a1", "a1#2"]
    assert chunks[1].reports[0].reason == NOTE


def test_a_renamed_document_that_is_skipped_still_says_so():
    res = code_batch([Article(text=RUSSIA, id="a1"),
                      Article(text="Le gouvernement français a annoncé lundi de nouvelles mesures contre "
                                   "la corruption dans les marchés publics du pays.", id="a1")])
    assert res.reports[1].article_id == "a1#2" and res.reports[1].status == "skipped"
    assert res.reports[1].reason == f"language:fr; {NOTE}"


def test_store_keeps_both_texts_with_their_own_events(dup, tmp_path):
    from eventwire.store import open_store

    db = tmp_path / "ew.duckdb"
    s = open_store(db, read_only=False)
    s.write_batch(code_batch(list(read_inputs([str(dup)], dedupe=True))))
    assert s.article("a1")["text"] == RUSSIA and s.article("a1#2")["text"] == NAIROBI
    rows = s.sql("SELECT article_id, count(*) AS n FROM events GROUP BY article_id ORDER BY article_id")
    assert list(zip(rows.article_id, rows.n)) == [("a1", 1), ("a1#2", 2)]
    s.close()


def test_cli_workers_give_the_same_ids_as_one_process(dup, tmp_path):
    outs = {}
    for workers in (1, 2):
        out, rep = tmp_path / f"o{workers}.jsonl", tmp_path / f"r{workers}.json"
        subprocess.run([sys.executable, "-m", "eventwire", "code", str(dup), "--no-dedupe", "--workers",
                        str(workers), "--batch-size", "1", "--out", str(out), "--report", str(rep)],
                       check=True, capture_output=True, timeout=300)
        docs = json.loads(rep.read_text())["documents"]
        outs[workers] = (out.read_text(), [(d["article_id"], d["reason"]) for d in docs])
    assert outs[1] == outs[2]
    assert outs[1][1] == [("a1", None), ("a1#2", NOTE), ("a1", None), ("a1#2", NOTE)]
    ids = [json.loads(line)["article_id"] for line in outs[1][0].splitlines()]
    assert ids == ["a1", "a1#2", "a1#2", "a1", "a1#2", "a1#2"]


def test_batch_shards_of_one_document_keep_the_renamed_id(dup, tmp_path):
    import pandas as pd

    from eventwire.batch.shards import run_batch

    out = tmp_path / "out"
    run_batch([str(dup)], out, shard_size=1)
    ev = pd.concat(pd.read_parquet(p) for p in sorted((out / "events").rglob("*.parquet")))
    assert sorted(zip(ev.article_id, ev.event)) == [("a1", "REQUEST"), ("a1#2", "ASSAULT"), ("a1#2", "ASSAULT")]
    arts = pd.concat(pd.read_parquet(p) for p in sorted((out / "articles").rglob("*.parquet")))
    assert dict(zip(arts.id, arts.text)) == {"a1": RUSSIA, "a1#2": NAIROBI}
