"""Benchmark: ``eventwire batch`` local engine vs Ray (local mode) on ~2,000 real articles.

Usage::

    .venv/bin/python bench/batch.py [--n 2000] [--small 50] [--workers 2] [--shard-size 100]
                                    [--engines local,ray] [--json bench/batch_result.json]

Articles come from ../shared (VOA, BBC politics, IndiaPoliceEvents full articles, Reuters leads),
written to a temporary JSONL file (never into the repository). Each engine codes a small input
(``--small`` articles) and the full input, each into a fresh output directory; a two-point fit gives

* fixed overhead (s) = T_small - small / rate  (process spawn / Ray start, model load per worker,
  ingest and sharding of a trivial input), and
* marginal rate (articles/s) = (n - small) / (T_n - T_small).

The baseline, measured in the same process on the same texts, is bare spaCy (``nlp.pipe`` over
the article texts, one core); engine rates are also reported as ratios to it, and per worker.
Wall-clock timings depend on the machine and its load (the 1-minute load average is recorded);
the CPU seconds per article of the whole pipeline (``pipeline_cpu``, one worker in this process)
do not, and are the per-core rate for cluster estimates. Never assert any of them in tests.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def corpus(n: int) -> list[dict]:
    """Up to ``n`` distinct real articles as JSONL records (id, text, title, publication_date)."""
    out: list[dict] = []

    def add(rec: dict) -> None:
        if len(out) < n and (rec.get("text") or "").strip():
            out.append(rec)

    for line in open(SHARED / "corpus/voa/voa_stories.jsonl", encoding="utf-8"):
        r = json.loads(line)
        add({"id": f"voa-{r['id']}", "text": r["text"], "title": r.get("title"),
             "publication_date": (r.get("published") or "")[:10] or None})
    for line in open(SHARED / "corpus/bbc_politics_2004_2005/politics.jsonl", encoding="utf-8"):
        r = json.loads(line)
        add({"id": f"bbc-{r['file']}", "text": r["text"], "title": r.get("title")})
    for line in open(SHARED / "eval/india_police_events/docs.jsonl", encoding="utf-8"):
        r = json.loads(line)
        add({"id": f"toi-{r['doc_id']}", "text": r["doc_text"]})
    for line in open(SHARED / "corpus/plovigy_reuters_leads/plovigy_testfile_0105.jsonl", encoding="utf-8"):
        r = json.loads(line)
        if not r["text"].startswith(">>>"):
            add({"id": f"plv-{len(out)}", "text": r["text"]})
    return out


def write_jsonl(recs: list[dict], path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


def timed_run(engine: str, src: Path, out: Path, workers: int, shard_size: int) -> tuple[float, dict]:
    from eventwire.batch.shards import run_batch

    shutil.rmtree(out, ignore_errors=True)
    t0 = time.perf_counter()
    s = run_batch([str(src)], out, engine=engine, workers=workers, shard_size=shard_size)
    return time.perf_counter() - t0, s.to_dict()


def bare_spacy_rate(texts: list[str]) -> dict:
    """Bare ``nlp.pipe`` on one core: model load seconds, articles per wall second and per CPU second."""
    from eventwire.nlp.model import load_model

    t0 = time.perf_counter()
    nlp = load_model()
    load = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"model_load_s": round(load, 2), "articles_per_s_1core": round(len(texts) / wall, 2),
            "articles_per_cpu_s": round(len(texts) / cpu, 2)}


def cpu_per_article(recs: list[dict], tmp: Path, shard_size: int) -> dict:
    """CPU seconds per article of the whole pipeline (ingest, language check, spaCy, coder, Parquet),
    measured in this process (local engine, 1 worker, model already loaded): independent of how busy
    the machine is, so it is the per-core rate the cluster estimate uses."""
    from eventwire.batch.shards import run_batch

    src = write_jsonl(recs, tmp / "cpu.jsonl")
    run_batch([str(write_jsonl(recs[:2], tmp / "warm.jsonl"))], tmp / "cpu-warm", shard_size=shard_size)
    t0, c0 = time.perf_counter(), time.process_time()
    run_batch([str(src)], tmp / "cpu-out", shard_size=shard_size)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"articles": len(recs), "cpu_s_per_article": round(cpu / len(recs), 4),
            "articles_per_cpu_s": round(len(recs) / cpu, 2), "wall_s": round(wall, 2)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--small", type=int, default=50)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--shard-size", type=int, default=100)
    ap.add_argument("--engines", default="local,ray")
    ap.add_argument("--baseline-n", type=int, default=200,
                    help="articles (spread over the input) for the bare-spaCy baseline and the CPU-time run")
    ap.add_argument("--json", help="write the results as JSON to this file")
    args = ap.parse_args(argv)

    recs = corpus(args.n)
    tmp = Path(tempfile.mkdtemp(prefix="ew-bench-batch-"))
    try:
        big = write_jsonl(recs, tmp / "big.jsonl")
        small = write_jsonl(recs[: args.small], tmp / "small.jsonl")
        chars = sum(len(r["text"]) for r in recs)
        res: dict = {"articles": len(recs), "mean_chars": round(chars / len(recs)), "workers": args.workers,
                     "shard_size": args.shard_size, "cpus": os.cpu_count(),
                     "load_avg_1m_start": round(os.getloadavg()[0], 2), "engines": {}}
        stride = max(1, len(recs) // args.baseline_n)
        sample = recs[::stride][: args.baseline_n]  # spread over all sources, like the full input
        base = bare_spacy_rate([r["text"] for r in sample])
        base_rate = base["articles_per_s_1core"]
        res["baseline_bare_spacy"] = base
        print(f"{len(recs)} articles, mean {res['mean_chars']} chars; bare spaCy: {base_rate:.1f} art/s on 1 core, "
              f"{base['articles_per_cpu_s']:.1f} art/CPU-s", file=sys.stderr)
        res["pipeline_cpu"] = cpu_per_article(sample, tmp, args.shard_size)
        print(f"full pipeline: {res['pipeline_cpu']['articles_per_cpu_s']:.2f} art/CPU-s "
              f"({res['pipeline_cpu']['cpu_s_per_article'] * 1000:.0f} ms CPU per article)", file=sys.stderr)
        for engine in [e for e in args.engines.split(",") if e]:
            t_small, _ = timed_run(engine, small, tmp / f"{engine}-small", args.workers, args.shard_size)
            t_big, summary = timed_run(engine, big, tmp / f"{engine}-big", args.workers, args.shard_size)
            rate = (len(recs) - args.small) / max(t_big - t_small, 1e-9)
            overhead = t_small - args.small / rate
            res["engines"][engine] = {
                "t_small_s": round(t_small, 2), "t_full_s": round(t_big, 2), "fixed_overhead_s": round(overhead, 2),
                "articles_per_s": round(rate, 2), "articles_per_s_per_worker": round(rate / args.workers, 2),
                "ratio_to_bare_spacy_per_worker": round(rate / args.workers / base_rate, 3),
                "events": summary["events"], "documents": summary["documents"]}
            print(f"{engine:6s} overhead {overhead:6.1f}s  rate {rate:7.1f} art/s ({rate / args.workers:.1f}/worker, "
                  f"{rate / args.workers / base_rate:.2f}x bare spaCy)  full run {t_big:.1f}s", file=sys.stderr)
        res["load_avg_1m_end"] = round(os.getloadavg()[0], 2)
        if "local" in res["engines"] and "ray" in res["engines"]:
            res["ray_vs_local_rate"] = round(res["engines"]["ray"]["articles_per_s"]
                                             / res["engines"]["local"]["articles_per_s"], 3)
        print(json.dumps(res, indent=1))
        if args.json:
            Path(args.json).write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
