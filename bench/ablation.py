"""Ablation of the trained trigger detector and its learning curve (issue 13).

    python bench/ablation.py [--sets voa_news,plover_gsr,universalpetrarch_gsr,cases] [--curve] [--out FILE.md]

Ablation: the same gold sets scored three ways in one process --
* ``rules only``: the rule trigger sources (pattern dictionary, demand statements, allegations, judgements), no
  detector;
* ``detector only``: the detector's proposals alone (every candidate token at or above the threshold);
* ``combined``: the shipped coder (rules, then the detector's proposals on tokens no rule reads).
Learning curve (``--curve``, needs scikit-learn): detectors fitted on 25%, 50% and 100% of the training corpus's
train split (``eventwire.train``), each used by the combined coder on ``voa_news``. Prints Markdown tables.
"""
from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager
from pathlib import Path

HEAD = {"stories": ("event_precision", "event_recall", "event_f1"),
        "events": ("type_macro_f1", "event_precision", "event_recall", "event_f1"),
        "acled": ("recall",)}


@contextmanager
def sources(kind: str):
    """Run the coder with the trigger sources of ``kind``: ``rules`` (no detector: the triggers module sees no
    packaged model, so neither its proposals nor its scores), ``detector`` (no rule source: every sentence is one
    the rules leave unread, so the detector reads all of them; :func:`eventwire.events.triggers.detector_reads`),
    ``combined`` (the shipped coder)."""
    from eventwire.events import triggers as T

    saved, saved_load = list(T.TRIGGER_SOURCES), T.load_detector
    if kind == "rules":
        T.load_detector = lambda: None
    elif kind == "detector":
        T.TRIGGER_SOURCES[:] = []
    try:
        yield
    finally:
        T.TRIGGER_SOURCES[:] = saved
        T.load_detector = saved_load


def score(name: str) -> dict:
    from eventwire.evaluate.harness import score_set

    limit = 300 if name == "case2021" else None
    r = score_set(name, limit)
    return {k: r.metrics.get(k) for k in HEAD.get(r.kind, ())}


def ablation(sets: list[str]) -> list[str]:
    rows = ["| set | metric | rules only | detector only | combined |", "|---|---|---|---|---|"]
    res = {}
    for kind in ("rules", "detector", "combined"):
        with sources(kind):
            for s in sets:
                res[(kind, s)] = score(s)
                print(f"{kind} {s} {res[(kind, s)]}", file=sys.stderr, flush=True)
    for s in sets:
        for m in res[("combined", s)]:
            rows.append(f"| {s} | {m} | " + " | ".join(f"{res[(k, s)][m]:.3f}" if res[(k, s)][m] is not None
                                                      else "n/a" for k in ("rules", "detector", "combined")) + " |")
    return rows


def curve() -> list[str]:
    from eventwire.evaluate.loaders import shared_root
    from eventwire.train import trigger as T
    from eventwire.train.corpus import build_trigger_docs, load_annotated
    from eventwire.train.tune import detector_in_use
    from eventwire.events.triggers import DETECTOR_ADD

    tdocs = build_trigger_docs(load_annotated(shared_root()))
    rows = ["| share of training articles | train tokens | voa_news P | R | F1 |", "|---|---|---|---|---|"]
    for fr in (0.25, 0.5, 1.0):
        X, y, _ = T.examples(tdocs, "train", fr)
        with detector_in_use(T.fit(X, y), DETECTOR_ADD):
            m = score("voa_news")
        rows.append(f"| {int(fr * 100)}% | {len(X)} | {m['event_precision']:.3f} | {m['event_recall']:.3f} | "
                    f"{m['event_f1']:.3f} |")
        print(rows[-1], file=sys.stderr, flush=True)
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="voa_news,plover_gsr,universalpetrarch_gsr,cases,case2021")
    ap.add_argument("--curve", action="store_true", help="also the learning curve (needs scikit-learn)")
    ap.add_argument("--no-ablation", action="store_true")
    ap.add_argument("--out", help="write the tables to this Markdown file")
    a = ap.parse_args(argv)
    out = []
    if not a.no_ablation:
        out += ["## Ablation: rules only / detector only / combined", ""] + ablation(a.sets.split(","))
    if a.curve:
        out += ["", "## Learning curve (combined coder, voa_news)", ""] + curve()
    text = "\n".join(out) + "\n"
    print(text)
    if a.out:
        Path(a.out).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
