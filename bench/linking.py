"""Precision and recall of event linking (corroboration) on hand-labelled pairs of reports.

The labels (``bench/data/corroboration_pairs.tsv``, written by hand for eventwire; ids and character
offsets only, no text) name two sentences in two different articles of ``../shared/corpus`` (VOA
stories, BBC politics 2004-2005) and say whether they report the same real-world event of the given
PLOVER type (``same``: ``verbatim`` = a background paragraph reused by a later, otherwise independent
story; ``reworded`` = written independently) or two different events with the same kind of parties
(``different``: ``same-story`` = two events of one news story, ``same-dyad`` = unrelated stories).
Pairs whose two articles are near-duplicate copies were left out: those are counted as one source
by copy detection, not by linking.

Method: the two corpora (491 articles) are coded by ``pipeline.code_batch`` and written batch by batch
into a fresh store, whose corroboration links them exactly as in production. A labelled pair is
*predicted same* when an event of its type whose trigger lies in the first sentence and one in the
second share a cluster id; a pair whose sentence got no event of that type is *not coded* (a coder
miss, reported apart: linking cannot be judged on it).

Usage: ``python bench/linking.py [--cache DIR] [--split dev|test|all]``. ``--cache`` keeps the coded
batches (JSON) so that a second run only re-links (coding takes a few minutes on 2 cores).
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = HERE / "data" / "corroboration_pairs.tsv"
SHARED = HERE.parent.parent / "shared"
CORPORA = {
    "voa": (SHARED / "corpus" / "voa" / "voa_stories.jsonl", None, "Voice of America"),
    "bbc": (SHARED / "corpus" / "bbc_politics_2004_2005" / "politics.jsonl", {"id": "file"}, "BBC News"),
}


def read_labels(path: Path = LABELS) -> list[dict]:
    """The labelled pairs as dicts (offsets as ints)."""
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    for r in rows:
        for k in ("a_start", "a_end", "b_start", "b_end"):
            r[k] = int(r[k])
    return rows


def coded_batches(cache: Path | None, batch_size: int = 16):
    """Yield BatchResults of the two corpora (from ``cache`` when it holds them)."""
    from eventwire.ingest import read_inputs
    from eventwire.pipeline import code_articles
    from eventwire.schema import Article, BatchResult, Event

    if cache is not None and (cache / "batches.jsonl").exists():
        with open(cache / "batches.jsonl", encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                yield BatchResult(events=[Event.from_dict(e) for e in d["events"]],
                                  articles=[Article(**{k: v for k, v in a.items() if k != "content_hash"})
                                            for a in d["articles"]])
        return
    out = None
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        out = open(cache / "batches.jsonl.tmp", "w", encoding="utf-8")
    for name, (path, fm, outlet) in CORPORA.items():
        items = list(read_inputs([str(path)], field_map=fm))
        for a in items:
            if isinstance(a, Article):
                a.outlet = a.outlet or outlet
        for res in code_articles(items, batch_size=batch_size):
            if out is not None:
                out.write(json.dumps({"events": [e.to_dict() for e in res.events],
                                      "articles": [a.to_dict() for a in res.articles]}) + "\n")
            yield res
    if out is not None:
        out.close()
        (cache / "batches.jsonl.tmp").rename(cache / "batches.jsonl")


def evaluate(labels: list[dict], events: list) -> dict:
    """Score ``labels`` against clustered ``events`` (records with ``cluster_id``). Returns counts and
    precision/recall per split (``dev``, ``test``, ``all``) and per kind of positive."""
    by_article: dict[str, list] = {}
    for e in events:
        by_article.setdefault(e.article_id, []).append(e)

    def hits(aid, start, end, etype):
        return [e for e in by_article.get(aid, []) if e.event == etype
                and isinstance(e.text_info.get("start"), int) and start <= e.text_info["start"] < end]

    res: dict = {}
    for r in labels:
        a = hits(r["a_article"], r["a_start"], r["a_end"], r["event"])
        b = hits(r["b_article"], r["b_start"], r["b_end"], r["event"])
        gold = r["label"] == "same"
        for split in (r["split"], "all"):
            c = res.setdefault(split, Counter())
            if not a or not b:
                c["not_coded_" + ("pos" if gold else "neg")] += 1
                continue
            pred = any(x.cluster_id and x.cluster_id == y.cluster_id for x in a for y in b)
            c[("tp" if pred else "fn") if gold else ("fp" if pred else "tn")] += 1
            if gold:
                c[f"{r['kind']}_{'tp' if pred else 'fn'}"] += 1
    out = {}
    for split, c in sorted(res.items()):
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        rec = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        out[split] = {**dict(sorted(c.items())), "precision": round(p, 3), "recall": round(rec, 3)}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", type=Path, help="folder keeping the coded batches between runs")
    ap.add_argument("--mistakes", action="store_true", help="list the pairs linked wrongly")
    args = ap.parse_args()
    from eventwire.store import open_store

    labels = read_labels()
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "link.duckdb", read_only=False, hold=True)
        n_art = 0
        for res in coded_batches(args.cache):
            store.write_batch(res)
            n_art += len(res.articles)
        events = store.event_records()
        clusters = store.sql("SELECT count(*) AS n, count(*) FILTER (WHERE events > 1) AS multi FROM clusters",
                             as_="records")[0]
        store.close()
    scores = evaluate(labels, events)
    print(json.dumps({"articles": n_art, "events": len(events), "clusters": clusters["n"],
                      "multi_event_clusters": clusters["multi"], "seconds": round(time.perf_counter() - t0, 1),
                      "scores": scores}, indent=1))
    if args.mistakes:
        by_article: dict[str, list] = {}
        for e in events:
            by_article.setdefault(e.article_id, []).append(e)
        for r in labels:
            a = [e for e in by_article.get(r["a_article"], []) if e.event == r["event"]
                 and r["a_start"] <= (e.text_info.get("start") or -1) < r["a_end"]]
            b = [e for e in by_article.get(r["b_article"], []) if e.event == r["event"]
                 and r["b_start"] <= (e.text_info.get("start") or -1) < r["b_end"]]
            if not a or not b:
                continue
            pred = any(x.cluster_id == y.cluster_id for x in a for y in b)
            if pred != (r["label"] == "same"):
                print(f"{r['pair']} {r['split']} gold={r['label']} kind={r['kind']}: {r['note']}", file=sys.stderr)


if __name__ == "__main__":
    main()
