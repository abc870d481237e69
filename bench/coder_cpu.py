"""CPU seconds of eventwire's own coding stages on pre-parsed documents: the coder, geoparse and the story stage
(:func:`eventwire.pipeline.code`, :func:`~eventwire.pipeline.geoparse`, :func:`~eventwire.pipeline.story_context`),
without spaCy's parse, which ``bench/throughput.py`` measures together with them.

The articles of ``bench/_corpus.py`` are normalised, language-checked and segmented as ``code_batch`` does; their
segments are parsed anew before each run (untimed: a Doc caches what the coder reads of it, so a second run over the
same Docs would be cheaper than coding new ones) and the coding of all of them is timed in CPU seconds of the process
(``time.process_time``; on a shared machine another job's load stretches wall time, not the CPU time used). The
minimum of the runs is reported, as ``timeit`` does.

Usage: ``python bench/coder_cpu.py [--n 150] [--runs 3]``. To compare two versions, run both alternately on an idle
machine: the CPU time of the same run still moves by about 5% with the machine's load (shared caches).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("--runs must be at least 1")

    from _corpus import real_articles
    from eventwire import pipeline
    from eventwire.nlp.model import load_model
    from eventwire.schema import DocReport

    items = pipeline._detect_language([pipeline._normalized(a) for a in real_articles(args.n)])
    reports = [r if isinstance(r, DocReport) else None for r in items]
    plans = pipeline.segment(items, reports)
    nlp = load_model()
    texts = [s.text for _, _, seg in plans for s in seg.segments]

    def parsed(k=None):
        docs = iter(list(nlp.pipe(texts if k is None else texts[:k], batch_size=32)))
        out = []
        for _, a, seg in plans:
            try:
                out.append((a, seg, [(s, next(docs)) for s in seg.segments]))
            except StopIteration:
                break
        return out

    def run(work) -> int:
        n = 0
        for a, seg, seg_docs in work:
            coded = pipeline.code(a, seg, seg_docs)
            pipeline.geoparse(a, seg, seg_docs, coded.events)
            n += len(pipeline.story_context(coded.events, coded.story_dropped))
        return n

    run(parsed(10))  # warm-up: coder tables, knowledge base, gazetteer
    times = []
    for _ in range(args.runs):
        work = parsed()
        c0 = time.process_time()
        events = run(work)
        times.append(time.process_time() - c0)
    print(f"articles: {len(plans)}  segments: {len(texts)}  events: {events}")
    print("coder CPU seconds per run: " + "  ".join(f"{t:.2f}" for t in times) + f"  (min {min(times):.2f})")


if __name__ == "__main__":
    main()
