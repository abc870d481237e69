"""Actor knowledge base benchmark (issue 12): load time and memory of the packaged KB as ratios to loading the
spaCy model, measured in the same process, and person look-ups per second after loading.

Run: .venv/bin/python bench/actors.py [--lookups N]

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


if __name__ == "__main__":
    main()
