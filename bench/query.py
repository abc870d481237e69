"""Benchmark: dyad-by-month aggregation over 1M synthetic events, eventwire's query layer vs a plain DuckDB
GROUP BY on the same table, in the same process (ratio; target <= 1.5x).

    .venv/bin/python bench/query.py [--events 1000000] [--repeat 7] [--keep DIR]

Synthetic events are generated inside DuckDB (deterministic: values are hashes of the row number) straight
into a store's ``events`` table. Timings are medians of ``--repeat`` alternating runs after one warm-up each;
both sides fetch a pandas DataFrame. Two eventwire modes are measured: ``hold=True`` (one connection, the
analyst's notebook) and ``hold=False`` (a connection per call, what the API server does). Results are
printed as JSON and written to bench/results/query.json.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from eventwire.schema import PLOVER_EVENTS  # noqa: E402
from eventwire.store import open_store  # noqa: E402

COUNTRIES = ["USA", "RUS", "UKR", "CHN", "IRN", "ISR", "PSE", "SYR", "IRQ", "TUR", "GBR", "FRA", "DEU", "IND", "PAK",
             "AFG", "NGA", "ETH", "SDN", "SSD", "COD", "MLI", "VEN", "COL", "MEX", "BRA", "PRK", "KOR", "JPN", "TWN"]
SECTORS = ["GOV", "MIL", "COP", "REB", "CVL", "OPP", "BUS", None]

PLAIN = ("SELECT CAST(date_trunc('month', event_date) AS DATE) AS period, actor_code, recipient_code, "
         "count(*) AS events, sum(plover_score) AS plover_score_sum, avg(plover_score) AS plover_score_mean, "
         "sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean FROM events "
         "WHERE event_date IS NOT NULL GROUP BY ALL ORDER BY ALL NULLS FIRST")


def build(path: str, n: int) -> float:
    open_store(path, read_only=False).close()  # schema + migrations
    t = time.perf_counter()
    con = duckdb.connect(path)
    ev = "[" + ", ".join(f"'{e}'" for e in PLOVER_EVENTS) + "]"
    cc = "[" + ", ".join(f"'{c}'" for c in COUNTRIES) + "]"
    sec = "[" + ", ".join("NULL" if s is None else f"'{s}'" for s in SECTORS) + "]"
    con.execute(f"""
        INSERT INTO events
        WITH g AS (
          SELECT i, CAST(hash(i) % 1000000007 AS BIGINT) AS h, CAST(hash(i * 7 + 1) % 1000000007 AS BIGINT) AS h2 FROM range({n}) t(i)
        ), v AS (
          SELECT i, {ev}[1 + h % 16] AS event, {cc}[1 + (h // 16) % 30] AS a, {cc}[1 + h2 % 30] AS r,
                 {sec}[1 + (h2 // 30) % 8] AS asec, DATE '2015-01-01' + CAST((h // 480) % 3650 AS INTEGER) AS d,
                 CAST((h2 // 240) % 21 AS DOUBLE) - 10 AS score
          FROM g
        )
        SELECT 'e-' || lpad(CAST(i AS VARCHAR), 16, '0'), 'a-' || CAST(i // 5 AS VARCHAR), event, NULL, [],
               [{{'entity_text': a, 'code': a, 'sector': asec, 'name': NULL, 'start': 0, 'end': 3}}],
               [{{'entity_text': r, 'code': r, 'sector': NULL, 'name': NULL, 'start': 10, 'end': 13}}],
               false, 'actual', false, [], CAST(d AS VARCHAR), 'text', 'trigger', '{{}}', NULL,
               CASE WHEN score < 0 THEN 4 ELSE 1 END, score * 0.9, score, '[]', 'bench',
               d, a, asec, r, NULL, 5, 12, 'synthetic sentence'
        FROM v
    """)
    con.close()
    return time.perf_counter() - t


def timed(fn) -> tuple[float, object]:
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--keep", help="build the store in this folder and keep it")
    args = ap.parse_args(argv)
    tmp = tempfile.TemporaryDirectory()
    folder = Path(args.keep) if args.keep else Path(tmp.name)
    folder.mkdir(parents=True, exist_ok=True)
    path = str(folder / "bench.duckdb")
    Path(path).unlink(missing_ok=True)
    build_s = build(path, args.events)

    held = open_store(path, read_only=True, hold=True)
    plain = duckdb.connect(path, read_only=True)  # same config: shares the held store's database instance
    percall = open_store(path, read_only=True, hold=False)
    runs = {
        "plain_duckdb": lambda: plain.sql(PLAIN).df(),
        "eventwire_hold": lambda: held.time_series(freq="month", by="dyad"),
        "eventwire_per_call": lambda: percall.time_series(freq="month", by="dyad"),
    }
    results = {}
    for name, fn in runs.items():
        fn()  # warm-up
    times = {k: [] for k in runs}
    for _ in range(args.repeat):
        for name, fn in runs.items():
            s, out = timed(fn)
            times[name].append(s)
            results[name] = out
    ref = results["plain_duckdb"]
    for name in ("eventwire_hold", "eventwire_per_call"):
        got = results[name]
        assert got.shape == ref.shape and list(got.events) == list(ref.events), f"{name} differs from plain SQL"
    med = {k: statistics.median(v) for k, v in times.items()}
    report = {
        "events": args.events, "groups": int(len(ref)), "build_seconds": round(build_s, 2), "repeat": args.repeat,
        "median_seconds": {k: round(v, 4) for k, v in med.items()},
        "ratio_eventwire_hold_vs_plain": round(med["eventwire_hold"] / med["plain_duckdb"], 3),
        "ratio_eventwire_per_call_vs_plain": round(med["eventwire_per_call"] / med["plain_duckdb"], 3),
        "target_ratio": 1.5,
    }
    held.close()
    percall.close()
    plain.close()
    out = Path(__file__).resolve().parent / "results"
    out.mkdir(exist_ok=True)
    (out / "query.json").write_text(json.dumps(report, indent=1) + "\n")
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
