"""CPU cost of coding ONE article as it grows: CPU seconds per 100 KB of text at several sizes, in the
same process, against the smallest size as the baseline (issue 15: a 5 MB article must not cost more per
100 KB than a 0.1 MB one; target: flat within 1.5x).

The article is built from real stories (../shared/corpus: VOA, BBC politics, ConfliBERT samples), their
paragraphs joined with newlines, repeated (with a counter line between copies, so no two paragraphs
collapse as live-blog repeats) until the wanted size. Each size is coded once with
:func:`eventwire.pipeline.code_batch`, after one warm-up article, with no document size limit.

Usage: ``python bench/doc_size.py [--sizes 0.1,1,5] [--profile FILE.prof]`` (sizes in MB; ``--profile``
writes a cProfile of the largest size).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def article_of_size(n_bytes: int, texts: list[str]) -> str:
    """Real article paragraphs joined by newlines until the text is ``n_bytes`` long (UTF-8), cut at a
    paragraph end; copies of the corpus beyond the first are preceded by a line "Part N." so that the
    text never repeats a whole paragraph sequence verbatim."""
    parts: list[str] = []
    size = 0
    k = 0
    while size < n_bytes:
        if k:
            parts.append(f"Part {k + 1}.")
        for t in texts:
            for para in t.split("\n"):
                if para.strip():
                    parts.append(para.strip())
                    size += len(para.encode("utf-8")) + 1
                    if size >= n_bytes:
                        break
            if size >= n_bytes:
                break
        k += 1
    return "\n".join(parts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="0.1,1,5", help="article sizes in MB, comma-separated")
    ap.add_argument("--profile", help="write a cProfile of the largest size to this file")
    args = ap.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]

    from _corpus import real_articles
    from eventwire.pipeline import code_batch
    from eventwire.schema import Article

    texts = [a.text for a in real_articles(560)]
    code_batch([Article(text=texts[0], id="warm-up")], max_doc_bytes=0)  # model, tables, gazetteer
    rows = []
    for mb in sizes:
        text = article_of_size(int(mb * 1_000_000), texts)
        art = Article(text=text, id=f"size-{mb}", publication_date="2022-03-13")
        prof = None
        if args.profile and mb == max(sizes):
            import cProfile

            prof = cProfile.Profile()
            prof.enable()
        t0 = time.process_time()
        res = code_batch([art], max_doc_bytes=0)
        cpu = time.process_time() - t0
        if prof is not None:
            prof.disable()
            prof.dump_stats(args.profile)
        kb = len(text.encode("utf-8")) / 1000
        rows.append((mb, kb, cpu, len(res.events), res.reports[0].status))
        print(f"{mb:>5} MB  {kb:>8.0f} KB  cpu {cpu:8.1f} s  per 100 KB {cpu / kb * 100:6.2f} s  "
              f"events {len(res.events)}  {res.reports[0].status}", flush=True)
    base = rows[0][2] / rows[0][1]
    for mb, kb, cpu, _, _ in rows:
        print(f"{mb:>5} MB: {cpu / kb / base:.2f}x the per-100-KB cost at {rows[0][0]} MB")


if __name__ == "__main__":
    main()
