"""``eventwire follow FEEDS.txt --db F.duckdb [--every 15m] [--once] [--rules R.toml] [--sink SPEC]...``

Polls the feeds and article lists of FEEDS.txt (:mod:`eventwire.monitor.feeds`), codes what is new into
the store, corroborates it and, with ``--rules``, alerts (:mod:`eventwire.monitor.follow`). Progress on
stderr, one summary line per poll. Exit 0 when the polls ran (failed feeds and pages are reported and
retried, never fatal); 2 when it could not start (bad feed list, rules file, store); 130 on Ctrl-C (the
store keeps every batch written; run again to go on where it stopped).
"""
from __future__ import annotations

import re
import sys

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr|d)?\s*$", re.I)
_UNIT = {None: 1, "s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hr": 3600, "d": 86400}


def parse_duration(text: str) -> float:
    """Seconds from ``90``, ``30s``, ``15m``, ``1h``, ``1d``. Raises InputError (EW100) otherwise or
    for zero."""
    from ..errors import InputError

    m = _DURATION.match(str(text))
    if not m:
        raise InputError(f"--every {text!r}: expected a duration like 30s, 15m, 1h")
    secs = float(m.group(1)) * _UNIT[(m.group(2) or "").lower() or None]
    if secs <= 0:
        raise InputError(f"--every {text!r}: must be more than zero")
    return secs


def add_fetch_args(p) -> None:
    g = p.add_argument_group("fetching")
    g.add_argument("--timeout", type=float, default=10.0, help="seconds to wait for a server (default 10)")
    g.add_argument("--retries", type=int, default=2, help="retries after a timeout, connection error, 429 or 5xx "
                                                          "(default 2, with backoff)")
    g.add_argument("--delay", type=float, default=1.0, help="seconds between two requests to one host (default 1)")
    g.add_argument("--max-bytes", type=int, default=5_000_000, help="largest feed or page accepted (default 5 MB)")
    g.add_argument("--workers", type=int, default=4, help="parallel fetches (default 4)")


def register(sub) -> None:
    p = sub.add_parser("follow", help="poll RSS/Atom feeds and article lists, code and store what is new",
                       description="Poll the RSS/Atom feeds, article-URL lists and pages named in FEEDS (one URL per "
                                   "line, optionally followed by the outlet's name), code new articles into the store, "
                                   "link reports of the same event across outlets, and alert on watch rules.")
    p.add_argument("feeds", metavar="FEEDS", help="feed list file")
    p.add_argument("--db", required=True, help="DuckDB store (created if missing); also holds what was seen")
    p.add_argument("--every", default="15m", help="time between polls (default 15m; 30s, 1h...)")
    p.add_argument("--once", action="store_true", help="poll once and exit")
    p.add_argument("--polls", type=int, help="stop after this many polls")
    p.add_argument("--rules", help="watch rules (TOML) evaluated as articles are coded")
    p.add_argument("--sink", action="append", default=[], metavar="SPEC",
                   help="alert sink: stdout, jsonl:PATH or webhook:URL (repeatable; adds to the rules file's sinks)")
    p.add_argument("--batch-size", type=int, default=16, help="articles coded per batch (default 16)")
    p.add_argument("--max-attempts", type=int, default=3, help="polls a failing page is tried before it is given up "
                                                                "(default 3)")
    p.add_argument("--report", help="write the poll reports (JSON) to this file at the end")
    add_fetch_args(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from ..alerts.rules import load_rules, parse_sink_spec
    from ..alerts.sinks import open_sinks
    from ..errors import InputError
    from ..monitor.feeds import read_feed_list
    from ..monitor.fetch import Fetcher
    from ..monitor.follow import Follower
    from ..outputs import check_outputs, write_json_atomic
    from ..store import open_store

    every = parse_duration(args.every)
    if args.polls is not None and args.polls < 1:
        raise InputError(f"--polls must be >= 1, got {args.polls}")
    feeds = read_feed_list(args.feeds)
    ruleset = load_rules(args.rules) if args.rules else None
    sinks = list(ruleset.sinks) if ruleset else []
    sinks += [parse_sink_spec(s) for s in args.sink]
    if ruleset and not sinks:
        sinks = [parse_sink_spec("stdout")]
    check_outputs([("--db", args.db), ("--report", args.report)], [args.feeds] + ([args.rules] if args.rules else []))
    fetcher = Fetcher(timeout=args.timeout, retries=args.retries, delay=args.delay, max_bytes=args.max_bytes)
    store = open_store(args.db, read_only=False)
    reports = []
    try:
        follower = Follower(store, feeds, fetcher=fetcher, rules=ruleset.rules if ruleset else None,
                            sinks=open_sinks(sinks, fetcher=None), batch_size=args.batch_size, workers=args.workers,
                            max_attempts=args.max_attempts)
        print(f"following {len(feeds)} feed{'s' if len(feeds) != 1 else ''} into {args.db}"
              f"{f' with {len(ruleset.rules)} watch rules' if ruleset else ''}", file=sys.stderr)
        try:
            reports = follower.run(every=every, once=args.once, polls=args.polls)
        except KeyboardInterrupt:
            print(f"eventwire: interrupted after {follower.polls} poll(s); every batch written is in {args.db}",
                  file=sys.stderr)
            return 130
    finally:
        fetcher.close()
        store.close()
        if args.report:
            write_json_atomic(args.report, {"polls": [r.to_dict() for r in reports]}, "--report", indent=1)
    return 0
