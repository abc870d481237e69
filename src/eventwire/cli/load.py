"""``eventwire load DIR --db FILE``: bring the Parquet output of ``eventwire batch`` into a DuckDB store."""
from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser(
        "load", help="load 'eventwire batch' Parquet output into a DuckDB store",
        description="Load every finished shard of an 'eventwire batch' output directory (events, quotes, "
                    "articles, per-document reports) into the DuckDB store FILE (created if missing). "
                    "Idempotent: loading the same directory twice adds nothing.")
    p.add_argument("dir", metavar="DIR", help="output directory of 'eventwire batch'")
    p.add_argument("--db", required=True, metavar="FILE", help="DuckDB store file")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..batch.parquet_out import load_dir
    from ..store import open_store

    store = open_store(args.db, read_only=False, hold=True)
    try:
        totals = load_dir(args.dir, store)
    finally:
        store.close()
    new = "  ".join(f"{k}: {v}" for k, v in totals.items() if k != "shards")
    print(f"shards loaded: {totals['shards']}  new rows -> {new}", file=sys.stderr)
    print("(rows already in the store, and articles repeated in the input under the same article id, are "
          "added once; run 'eventwire batch --dedupe' to skip near-duplicate stories too)", file=sys.stderr)
    return 0
