"""``eventwire query --db FILE [filters] [--aggregate KIND] [--format table|csv|jsonl|parquet] [--out F]``
and ``--export plover|gdelt|parquet-months --out PATH [--overwrite]``.

Outputs follow :mod:`eventwire.outputs`: ``--out`` must be in an existing folder and is not the store; files
are written atomically; a non-empty ``parquet-months`` folder is refused unless ``--overwrite``. Aggregate
scores are rounded to 4 decimals (:data:`eventwire.query.aggregate.SCORE_DECIMALS`)."""
from __future__ import annotations

import sys
from pathlib import Path

FLAT = ("id", "event_date", "event", "mode", "actor_code", "actor_sector", "recipient_code", "recipient_sector",
        "quad_class", "plover_score", "goldstein", "status", "negated", "reported", "event_text", "article_id",
        "num_sources")


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
    g.add_argument("--negated", choices=("true", "false", "any"),
                   help="negated events only (true), none (false), or both (any); aggregates and --export gdelt "
                        "count asserted events by default: negated false and status actual,future,historical")
    g.add_argument("--reported", choices=("true", "false"))
    g.add_argument("--text", help="case-insensitive substring of trigger or sentence")
    g.add_argument("--article", dest="article_id", help="one article id")
    g.add_argument("--min-sources", dest="min_sources", type=int, metavar="N",
                   help="only events carried by at least N independent sources (docs/corroboration.md)")
    g.add_argument("--story-events", dest="story_events", action="store_const", const=True, default=None,
                   help="one record per story event: its clearest mention (docs/coding.md, story events)")


FILTER_NAMES = ("date_from", "date_to", "actor", "actor_sector", "recipient", "recipient_sector", "event", "mode",
                "quad_class", "status", "negated", "reported", "text", "article_id", "min_sources", "story_events")


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
                   help="what to output (default: the events); aggregate scores are rounded to 4 decimals")
    p.add_argument("--freq", choices=("day", "week", "month", "quarter", "year"), default="month",
                   help="time-series period (default month)")
    p.add_argument("--by", default="dyad,event", help="time-series groups, e.g. dyad,event (default)")
    p.add_argument("--role", choices=("actor", "recipient", "any"), default="actor", help="for --aggregate actors")
    p.add_argument("--limit", type=int, help="at most this many rows (events and actors)")
    p.add_argument("--format", choices=("table", "csv", "jsonl", "parquet"), default="table",
                   help="output format (default table; parquet needs --out)")
    p.add_argument("--out", help="output file (export: file, or folder for parquet-months); its folder must exist. "
                                 "Files are written atomically (complete or absent)")
    p.add_argument("--export", choices=("plover", "gdelt", "parquet-months"),
                   help="write an export of the filtered events to --out")
    p.add_argument("--overwrite", action="store_true",
                   help="with --export parquet-months: replace an earlier export in --out DIR (default: a "
                        "non-empty DIR is refused, so stale month partitions never mix with new ones)")
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
    from ..outputs import atomic_open, atomic_path, check_outputs
    from ..query.export import export_gdelt_tsv, export_plover_jsonl, write_table
    from ..store import open_store

    flt = filter_from_args(args)
    if args.export and not args.out:
        raise InputError("--export needs --out PATH", code="EW106")
    if args.overwrite and args.export != "parquet-months":
        raise InputError("--overwrite only goes with --export parquet-months (files are always replaced)",
                         code="EW106")
    months = args.export == "parquet-months"
    # before anything is written: --out is not the store, its folder exists (see eventwire.outputs)
    check_outputs([("--out", args.out)], [args.db], folders=("--out",) if months else ())
    if months:
        check_months_folder(args.out, overwrite=args.overwrite)
    if args.migrate:
        open_store(args.db, read_only=False).close()
    store = open_store(args.db, read_only=True)
    try:
        if args.export:
            if args.export == "plover":
                with atomic_open(args.out, "--out") as fh:
                    n = export_plover_jsonl(store, fh, flt)
            elif args.export == "gdelt":
                with atomic_open(args.out, "--out", newline="\n") as fh:
                    n = export_gdelt_tsv(store, fh, flt)
            else:
                n = write_months(store, args.out, flt)
            print(f"exported {n} events to {args.out}", file=sys.stderr)
            return 0
        if args.aggregate == "events" and args.format == "jsonl":
            if args.out:
                with atomic_open(args.out, "--out") as fh:
                    export_plover_jsonl(store, fh, flt)
            else:
                from ..schema import dumps

                recs = store.event_records(flt, limit=args.limit)
                for e in recs:
                    sys.stdout.write(dumps(e) + "\n")
            return 0
        if args.aggregate == "events":
            tbl = store.events(flt, limit=args.limit, as_="arrow")
            if args.format in ("table", "csv"):
                # the event date as coded: a month-only date stays "2022-01" (the DATE column event_date holds its
                # first day, for filtering and sorting; printed, it would claim a day the text never gave)
                dates = tbl.column("date")
                tbl = tbl.select(list(FLAT))
                tbl = tbl.set_column(FLAT.index("event_date"), "event_date", dates)
        elif args.aggregate == "timeseries":
            tbl = store.time_series(flt, freq=args.freq, by=args.by, as_="arrow")
        elif args.aggregate == "actors":
            tbl = store.top_actors(flt, role=args.role, limit=args.limit or 20, as_="arrow")
        else:
            tbl = store.network(flt, as_="arrow")
        if args.format == "table":
            text = _table(tbl) + "\n"
            if args.out:
                with atomic_open(args.out, "--out") as fh:
                    fh.write(text)
            else:
                sys.stdout.write(text)
        elif args.format == "parquet":
            if not args.out:
                raise InputError("parquet output needs --out FILE", code="EW106")
            with atomic_path(args.out, "--out") as tmp:
                write_table(tbl, tmp, "parquet")
        elif args.out:
            with atomic_open(args.out, "--out") as fh:
                write_table(tbl, fh, args.format)
        else:
            write_table(tbl, sys.stdout, args.format)
        print(f"{tbl.num_rows} rows", file=sys.stderr)
        return 0
    finally:
        store.close()


def _is_months_export(folder: Path) -> bool:
    """True when ``folder`` holds only what ``--export parquet-months`` writes: ``month=*`` folders of
    ``.parquet`` files."""
    for d in folder.iterdir():
        if not (d.is_dir() and not d.is_symlink() and d.name.startswith("month=")):
            return False
        if any(not (f.is_file() and f.suffix == ".parquet") for f in d.iterdir()):
            return False
    return True


def check_months_folder(out: str, *, overwrite: bool) -> None:
    """The rule for ``--export parquet-months --out DIR``: DIR is new or empty; a non-empty DIR is
    refused (its old month partitions would mix with this export), unless ``overwrite`` and DIR holds
    only an earlier parquet-months export (``month=*/*.parquet``), which is then replaced. Raises
    :class:`~eventwire.errors.OutputError` (EW110); changes nothing."""
    from ..errors import OutputError

    folder = Path(out)
    if not folder.is_dir() or not any(folder.iterdir()):
        return
    if not overwrite:
        raise OutputError(f"--out {out}: folder is not empty (its month partitions would mix with this "
                          f"export): give a new or empty folder, or add --overwrite to replace an earlier "
                          f"parquet-months export")
    if not _is_months_export(folder):
        raise OutputError(f"--out {out}: --overwrite only replaces an earlier parquet-months export "
                          f"(month=*/*.parquet), and this folder holds other files: empty it yourself or give "
                          f"a new folder")


def write_months(store, out: str, flt) -> int:
    """Export the filtered events of ``store`` as Parquet by month into the folder ``out`` (see
    :func:`eventwire.query.export.export_parquet`), built in a temporary sibling folder and moved into
    place when complete, so ``out`` holds exactly this export (an earlier one is replaced whole, and an
    interrupted export leaves ``out`` as it was). Returns the number of events written. Raises
    :class:`~eventwire.errors.OutputError` (EW110) when the folder cannot be written."""
    import shutil
    import tempfile

    from ..errors import OutputError
    from ..query.export import export_parquet

    target = Path(out).resolve()
    try:
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    except OSError as e:
        raise OutputError(f"--out {out}: cannot write: {e.strerror or e}") from e
    old = None
    try:
        n = sum(export_parquet(store, tmp, flt).values())
        if target.exists():
            old = target.with_name(f".{target.name}.old-{tmp.name}")
            target.rename(old)
        tmp.rename(target)
    except OSError as e:
        if old is not None and not target.exists():
            old.rename(target)  # put the earlier export back
        raise OutputError(f"--out {out}: cannot write: {e.strerror or e}") from e
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
        if old is not None and old.exists() and target.exists():
            shutil.rmtree(old, ignore_errors=True)
    return n
