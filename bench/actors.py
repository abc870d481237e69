"""Actor knowledge base benchmark (issue 12): load time and memory of the packaged KB as ratios to loading the
spaCy model, measured in the same process, and person look-ups per second after loading.

Run: .venv/bin/python bench/actors.py [--lookups N] [--coding N]

``--coding N`` (issue 12, "coding throughput within 10% of before"): codes N real articles
(``_corpus.real_articles``) with ``eventwire.code_articles`` and measures the CPU seconds spent inside the KB's
entry points during coding (``kb.kb_matches``: organisations, people by full name and government bodies by
pattern; ``ActorKB.person``: a name or surname with title at a date; ``ActorKB.place_country``;
``ActorKB.given_names`` is built once at warm-up, then a cached attribute), each
counted once when nested, against the CPU seconds of the whole coding run, in the
same process. Coding without the KB would save at most that share, so throughput with the KB is at least
``1 - share`` of throughput without it (the ratio printed).

Order: the spaCy model is loaded first (its time and RSS growth are the baseline), then the KB
(``eventwire.actors.kb.load_kb``: persons, index, organisations, places) and the packaged dictionaries with the
KB in force. Look-ups are full names, surnames with titles and unknown names, at dates.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gc
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from _corpus import rss_mib as _rss_mib  # noqa: E402


NAMES = [("Nikol Pashinyan", None), ("Pashinyan", None), ("Scott Morrison", None), ("Sharif", "prime minister"),
         ("Recep Tayyip Erdogan", None), ("Lopez Obrador", None), ("Nobody Atall", None), ("Imran Khan", None),
         ("Volodymyr Zelenskyy", None), ("Park Jin", "foreign minister")]




def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lookups", type=int, default=20_000)
    ap.add_argument("--coding", type=int, default=0, metavar="N", help="also measure the KB's share of coding CPU on N real articles")
    args = ap.parse_args()

    import spacy  # noqa: F401  (import cost is not load cost)

    gc.collect()
    r0 = _rss_mib()
    t0 = time.perf_counter()
    from eventwire.nlp.model import load_model

    load_model()
    model_s = time.perf_counter() - t0
    gc.collect()
    r1 = _rss_mib()

    t0 = time.perf_counter()
    from eventwire.actors.kb import load_kb

    kb = load_kb()
    kb_s = time.perf_counter() - t0
    gc.collect()
    r2 = _rss_mib()

    on = dt.date(2022, 6, 1)
    t0 = time.perf_counter()
    found = 0
    for i in range(args.lookups):
        name, title = NAMES[i % len(NAMES)]
        found += kb.person(name, on, title=title) is not None
    look_s = time.perf_counter() - t0

    c = kb.stats()
    print(f"knowledge base: {c['persons']} persons, {c['roles']} roles, {c['person_name_variants']} name variants, "
          f"{c['organisations']} organisations, {c['countries']} countries; "
          f"{sum(kb.manifest['files'].values()) / 1e6:.1f} MB compressed")
    print(f"spaCy model load: {model_s:.2f} s, +{r1 - r0:.0f} MiB RSS (baseline)")
    print(f"KB load:          {kb_s:.2f} s, +{r2 - r1:.0f} MiB RSS")
    print(f"ratio KB/model: load time {kb_s / model_s:.2f}, memory {(r2 - r1) / max(r1 - r0, 1):.2f}")
    print(f"look-ups: {args.lookups / look_s:,.0f} names/s ({found} found of {args.lookups})")
    if args.coding:
        coding_share(args.coding)


def coding_share(n: int) -> None:
    """Print the CPU share of coding ``n`` real articles spent in the KB's entry points (see module doc)."""
    import functools

    from _corpus import real_articles

    from eventwire.actors import kb as kbmod
    from eventwire.pipeline import code_articles

    spent = [0.0]
    calls = [0]
    depth = [0]

    def timed(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            if depth[0]:
                return fn(*a, **k)
            depth[0] += 1
            calls[0] += 1
            c0 = time.thread_time()  # this thread only: the pipeline may parse in another thread meanwhile
            try:
                return fn(*a, **k)
            finally:
                spent[0] += time.thread_time() - c0
                depth[0] -= 1
        return wrapper

    arts = real_articles(n)
    for _ in code_articles(arts[:3], batch_size=3):  # warm-up: model, tables, KB
        pass
    kbmod.kb_matches = timed(kbmod.kb_matches)
    for name in ("person", "place_country"):
        setattr(kbmod.ActorKB, name, timed(getattr(kbmod.ActorKB, name)))
    c0 = time.process_time()
    events = sum(len(r.events) for r in code_articles(arts, batch_size=32))
    total = time.process_time() - c0
    share = spent[0] / total
    print(f"coding {len(arts)} articles ({events} events): {total:.1f} s CPU, of which {spent[0]:.2f} s in the KB "
          f"({calls[0]:,} calls): share {share:.3f}; throughput with the KB >= {1 - share:.3f} of without "
          f"(target >= 0.90)")


if __name__ == "__main__":
    main()
