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
    p.add_argument("--db", required=True, metavar="FILE",
                   help="DuckDB store file (created if missing, in an existing folder; not created when the load fails)")
    p.set_defaults(func=run)


def run(args) -> int:
    import os

    from ..batch.parquet_out import load_dir
    from ..batch.shards import done_shards
    from ..errors import EventwireError, StoreError
    from ..outputs import check_outputs
    from ..store import open_store

    # inputs and outputs are checked before the store is opened: a failing command creates no store file
    if not done_shards(args.dir):  # also a missing DIR
        raise StoreError(f"{args.dir} holds no finished shards (no {args.dir}/_shards/*.json): "
                         f"run 'eventwire batch ... --out {args.dir}' first")
    check_outputs([("--db", args.db)], [args.dir])
    new_file = not os.path.exists(args.db)
    store = open_store(args.db, read_only=False, hold=True)
    try:
        totals = load_dir(args.dir, store)
    except EventwireError:
        store.close()
        if new_file:  # a bad input found while loading: the store this command created is removed again
            for p in (args.db, args.db + ".wal"):
                if os.path.exists(p):
                    os.remove(p)
        raise
    finally:
        store.close()  # idempotent; on Ctrl-C the rows loaded so far stay (a re-run adds only the rest)
    new = "  ".join(f"{k}: {v}" for k, v in totals.items() if k != "shards")
    print(f"shards loaded: {totals['shards']}  new rows -> {new}", file=sys.stderr)
    print("(rows already in the store, and articles repeated in the input under the same article id, are "
          "added once; run 'eventwire batch --dedupe' to skip near-duplicate stories too)", file=sys.stderr)
    return 0
