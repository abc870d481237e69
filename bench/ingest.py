"""Runner scaling: documents/s and peak RSS of ``eventwire code``'s local runner
(:func:`eventwire.batch.local.run_local`: language detection + ``code_batch``) with 1 and 2 workers on
real articles from ../shared/corpus (VOA, BBC politics, ConfliBERT samples, repeated with distinct ids
to reach ``--n``; dedup is off so every document is coded).

Each configuration runs in its own child process so that peak RSS (``ru_maxrss``: the process itself
for 1 worker, the largest worker process for 2) is its own. Wall time includes starting the pool and
loading the model in every worker; ``steady`` leaves out the time to the first finished chunk.

CPU seconds per document (the process and its workers, including start-up) are printed too: on a
shared machine wall-clock scaling shows the other load, while the CPU ratio bounds the scaling that
idle cores would give.

Targets (issue 4): >= 1.7x documents/s with 2 workers on long runs; peak RSS per worker <= 1.5 GB.
Usage: ``python bench/ingest.py [--n 2000] [--chunk-size 32] [--workers 1,2]``
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def child(n: int, workers: int, chunk: int) -> dict:
    from _corpus import real_articles
    from eventwire.batch.local import run_local

    arts = real_articles(n)
    t0 = time.perf_counter()
    first = None
    docs = events = 0
    for res in run_local(arts, workers=workers, chunk_size=chunk):
        if first is None:
            first = (time.perf_counter() - t0, len(res.reports))
        docs += len(res.reports)
        events += len(res.events)
    wall = time.perf_counter() - t0
    ru_me, ru_kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    me, kids = ru_me.ru_maxrss / 1024, ru_kids.ru_maxrss / 1024
    cpu = ru_me.ru_utime + ru_me.ru_stime + ru_kids.ru_utime + ru_kids.ru_stime
    steady = (docs - first[1]) / (wall - first[0]) if docs > first[1] and wall > first[0] else float("nan")
    return {"workers": workers, "documents": docs, "events": events, "wall_s": wall, "docs_per_s": docs / wall,
            "steady_docs_per_s": steady, "main_rss_mb": me, "worker_rss_mb": kids if workers > 1 else me,
            "cpu_s_per_doc": cpu / docs, "load_avg": os.getloadavg()[0]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--chunk-size", type=int, default=32)
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.n, args.child, args.chunk_size)))
        return
    rows = []
    for w in [int(x) for x in args.workers.split(",")]:
        out = subprocess.run([sys.executable, __file__, "--child", str(w), "--n", str(args.n), "--chunk-size",
                              str(args.chunk_size)], capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        rows.append(r)
        print(f"workers={w}: {r['documents']} docs in {r['wall_s']:.1f} s = {r['docs_per_s']:.2f} docs/s "
              f"(steady {r['steady_docs_per_s']:.2f}); peak RSS main {r['main_rss_mb']:.0f} MB, "
              f"per worker {r['worker_rss_mb']:.0f} MB; events {r['events']}; CPU {r['cpu_s_per_doc']:.3f} s/doc; "
              f"load average at end {r['load_avg']:.1f}", flush=True)
    base = rows[0]
    for r in rows[1:]:
        print(f"scaling {r['workers']} vs {base['workers']} workers: {r['docs_per_s'] / base['docs_per_s']:.2f}x wall, "
              f"{r['steady_docs_per_s'] / base['steady_docs_per_s']:.2f}x steady (target >= 1.7x); "
              f"CPU per doc {r['cpu_s_per_doc'] / base['cpu_s_per_doc']:.2f}x of 1 worker, so on {r['workers']} "
              f"idle cores the ceiling is {r['workers'] * base['cpu_s_per_doc'] / r['cpu_s_per_doc']:.2f}x")


if __name__ == "__main__":
    main()
