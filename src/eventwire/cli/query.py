"""``eventwire query --db FILE [filters] [--aggregate KIND] [--format table|csv|jsonl|parquet] [--out F]``
and ``--export plover|gdelt|parquet-months --out PATH``."""
from __future__ import annotations

import sys

FLAT = ("id", "event_date", "event", "mode", "actor_code", "actor_sector", "recipient_code", "recipient_sector",
        "quad_class", "plover_score", "goldstein", "status", "negated", "reported", "event_text", "article_id")


def add_filter_args(p) -> None:
    """The shared filter options (names match :class:`eventwire.query.EventFilter`)."""
    g = p.add_argument_group("filters (lists are comma-separated)")
    g.add_argument("--from", dest="date_from", metavar="DATE", help="event date on or after (YYYY-MM-DD or YYYY-MM)")
    g.add_argument("--to", dest="date_to", metavar="DATE", help="event date on or before (YYYY-MM-DD or YYYY-MM)")
    g.add_argument("--actor", help="first actor's country/non-state code(s), e.g. RUS,USA")
    g.add_argument("--actor-sector", help="first actor's PLOVER sector(s), e.g. GOV,MIL")
    g.add_argument("--recipient", help="first recipient's code(s)")
    g.add_argument("--recipient-sector", help="first recipient's sector(s)")
    g.add_argument("--event", help="PLOVER event type(s), e.g. THREATEN,ASSAULT")
    g.add_argument("--mode", help="PLOVER mode(s)")
    g.add_argument("--quad-class", help="quad class(es) 1-4")
    g.add_argument("--status", help="actual, future, hypothetical, historical")
    g.add_argument("--negated", choices=("true", "false"))
    g.add_argument("--reported", choices=("true", "false"))
    g.add_argument("--text", help="case-insensitive substring of trigger or sentence")
    g.add_argument("--article", dest="article_id", help="one article id")


FILTER_NAMES = ("date_from", "date_to", "actor", "actor_sector", "recipient", "recipient_sector", "event", "mode",
                "quad_class", "status", "negated", "reported", "text", "article_id")


def filter_from_args(args):
    from ..query import EventFilter

    return EventFilter.from_params({k: getattr(args, k) for k in FILTER_NAMES if getattr(args, k, None) is not None})


def register(sub) -> None:
    p = sub.add_parser("query", help="query, aggregate and export a DuckDB event store",
                       description="Filter events in a store; list, aggregate (time series, top actors, network) "
                                   "or export them (PLOVER JSONL, GDELT 2.0-style TSV, Parquet by month).")
    p.add_argument("--db", required=True, help="DuckDB store written by `eventwire code --db`")
    add_filter_args(p)
    p.add_argument("--aggregate", choices=("events", "timeseries", "actors", "network"), default="events",
                   help="what to output (default: the events)")
    p.add_argument("--freq", choices=("day", "week", "month", "quarter", "year"), default="month",
                   help="time-series period (default month)")
    p.add_argument("--by", default="dyad,event", help="time-series groups, e.g. dyad,event (default)")
    p.add_argument("--role", choices=("actor", "recipient", "any"), default="actor", help="for --aggregate actors")
    p.add_argument("--limit", type=int, help="at most this many rows (events and actors)")
    p.add_argument("--format", choices=("table", "csv", "jsonl", "parquet"), default="table",
                   help="output format (default table; parquet needs --out)")
    p.add_argument("--out", help="output file (export: file, or folder for parquet-months)")
    p.add_argument("--export", choices=("plover", "gdelt", "parquet-months"),
                   help="write an export of the filtered events to --out")
    p.add_argument("--migrate", action="store_true", help="migrate an older store to this version first")
    p.set_defaults(func=run)


def _table(tbl, max_width: int = 40) -> str:
    names = tbl.column_names
    rows = [[("" if v is None else str(v))[:max_width] for v in r.values()] for r in tbl.to_pylist()]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(widths[i]) for i, n in enumerate(names)).rstrip()]
    lines += ["  ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip() for r in rows]
    return "\n".join(lines)


def run(args) -> int:
    from ..errors import InputError
    from ..query.export import export_gdelt_tsv, export_parquet, export_plover_jsonl, write_table
    from ..store import open_store

    flt = filter_from_args(args)
    if args.migrate:
        open_store(args.db, read_only=False).close()
    store = open_store(args.db, read_only=True)
    try:
        if args.export:
            if not args.out:
                raise InputError("--export needs --out PATH", code="EW106")
            if args.export == "plover":
                n = export_plover_jsonl(store, args.out, flt)
            elif args.export == "gdelt":
                n = export_gdelt_tsv(store, args.out, flt)
            else:
                n = sum(export_parquet(store, args.out, flt).values())
            print(f"exported {n} events to {args.out}", file=sys.stderr)
            return 0
        if args.aggregate == "events" and args.format == "jsonl":
            if args.out:
                n = export_plover_jsonl(store, args.out, flt)
            else:
                from ..schema import dumps

                recs = store.event_records(flt, limit=args.limit)
                for e in recs:
                    sys.stdout.write(dumps(e) + "\n")
            return 0
        if args.aggregate == "events":
            tbl = store.events(flt, limit=args.limit, as_="arrow")
            if args.format in ("table", "csv"):
                tbl = tbl.select(list(FLAT))
        elif args.aggregate == "timeseries":
            tbl = store.time_series(flt, freq=args.freq, by=args.by, as_="arrow")
        elif args.aggregate == "actors":
            tbl = store.top_actors(flt, role=args.role, limit=args.limit or 20, as_="arrow")
        else:
            tbl = store.network(flt, as_="arrow")
        if args.format == "table":
            text = _table(tbl) + "\n"
            if args.out:
                with open(args.out, "w", encoding="utf-8") as fh:
                    fh.write(text)
            else:
                sys.stdout.write(text)
        else:
            write_table(tbl, args.out if args.out else (None if args.format == "parquet" else sys.stdout),
                        args.format)
        print(f"{tbl.num_rows} rows", file=sys.stderr)
        return 0
    finally:
        store.close()
