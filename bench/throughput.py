"""Throughput of ``eventwire.code_articles`` against bare spaCy ``nlp.pipe`` with the same model on the
same texts, in the same process; plus peak RSS.

Targets (issue 4): eventwire >= 0.6x bare throughput; peak RSS <= 1 GB. Both pipelines are warmed up
first (model, coder tables, gazetteer) so that neither pays a one-off load inside the timed part.

Usage: ``python bench/throughput.py [--n 300] [--batch-size 64] [--repeat K]``

With ``--repeat K`` both runs are repeated K times, alternating, and the ratio is taken of the fastest run of
each (as ``timeit`` does: the minimum is the run least disturbed by other processes on a shared machine); the
ratio of every pair is printed too. The same ratio is also given in CPU seconds of this process
(``time.process_time``): on a shared machine another job's load stretches wall time but not the CPU time the two
runs use, so the CPU ratio is the steadier figure for comparing two versions measured at different moments.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--repeat", type=int, default=1, help="alternate both runs K times; ratio of the fastest")
    args = ap.parse_args()
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")

    from _corpus import real_articles
    from eventwire.nlp.model import load_model
    from eventwire.pipeline import code_articles

    arts = real_articles(args.n)
    texts = [a.text for a in arts]
    chars = sum(map(len, texts))
    nlp = load_model()
    for _ in code_articles(arts[:3], batch_size=3):  # warm-up: coder tables, gazetteer, spaCy
        pass
    list(nlp.pipe(texts[:3]))

    bares, ews, bare_cpu, ew_cpu = [], [], [], []
    for _ in range(args.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        n_tok = sum(len(d) for d in nlp.pipe(texts, batch_size=args.batch_size))
        bares.append(time.perf_counter() - t0)
        bare_cpu.append(time.process_time() - c0)

        t0, c0 = time.perf_counter(), time.process_time()
        events = docs = 0
        for res in code_articles(arts, batch_size=args.batch_size):
            events += len(res.events)
            docs += len(res.reports)
        ews.append(time.perf_counter() - t0)
        ew_cpu.append(time.process_time() - c0)
    bare, ew = min(bares), min(ews)

    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {len(arts)}  characters: {chars}  tokens: {n_tok}  model: {nlp.meta.get('name')}")
    print(f"bare nlp.pipe:          {len(arts) / bare:8.2f} articles/s  ({bare:.1f} s)")
    print(f"eventwire.code_articles: {docs / ew:8.2f} articles/s  ({ew:.1f} s, {events} events)")
    if args.repeat > 1:
        print("ratio of each pair:    " + "  ".join(f"{b / e:.3f}" for b, e in zip(bares, ews)))
    print(f"ratio eventwire/bare: {bare / ew:.3f}  (target >= 0.6)")
    print(f"ratio in CPU seconds:  {min(bare_cpu) / min(ew_cpu):.3f}  (bare {min(bare_cpu):.1f} s, "
          f"eventwire {min(ew_cpu):.1f} s of CPU)")
    print(f"peak RSS: {rss_mb:.0f} MB  (target <= 1024 MB)")


if __name__ == "__main__":
    main()
