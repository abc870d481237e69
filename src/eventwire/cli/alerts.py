"""``eventwire alerts --db F.duckdb --rules R.toml [--since D] [--as-of D] [--sink SPEC]...``

Evaluates watch rules (:mod:`eventwire.alerts.rules`) over the event clusters of a store, records the new
alerts in its ``alerts`` table and sends them to the sinks (the rules file's ``[[sink]]`` tables and
``--sink``; stdout when none is given). Alerts fired before (same rule and cluster, same level) are not
repeated. Exit 0; 1 when some alert did not reach a sink (each problem listed, EW610; the alert stays in the store
with the sink's outcome in its ``delivery`` column); 2 for a bad rules file (``FILE:LINE``), date, store or a JSONL
sink that cannot be written (EW110, checked before any rule is evaluated, so no alert is recorded unsent).
"""
from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("alerts", help="evaluate watch rules over a store and send the new alerts",
                       description="Evaluate the watch rules of a TOML file over the event clusters of a store; record "
                                   "new alerts in the store and send them to the sinks (stdout by default).")
    p.add_argument("--db", required=True, help="DuckDB store written by eventwire code/follow")
    p.add_argument("--rules", required=True, help="watch rules (TOML; see the README's Monitor section)")
    p.add_argument("--since", metavar="DATE", help="only events dated (or, undated, published) on or after DATE")
    p.add_argument("--as-of", dest="as_of", metavar="DATE",
                   help="evaluation date for max_age_days (default: today, UTC)")
    p.add_argument("--sink", action="append", default=[], metavar="SPEC",
                   help="alert sink: stdout, jsonl:PATH or webhook:URL (repeatable; adds to the rules file's sinks)")
    p.set_defaults(func=run)


def run(args) -> int:
    from datetime import date

    from ..alerts.evaluate import evaluate_rules
    from ..alerts.rules import load_rules, parse_sink_spec
    from ..alerts.sinks import deliver, open_sinks
    from ..errors import DateError
    from ..events.dates import parse_iso_date
    from ..store import open_store

    ruleset = load_rules(args.rules)
    if args.since:
        parse_iso_date(args.since)
    as_of = None
    if args.as_of:
        try:
            as_of = date.fromisoformat(args.as_of)
        except ValueError as e:
            raise DateError(f"--as-of {args.as_of!r}: expected YYYY-MM-DD") from e
    sinks = list(ruleset.sinks) + [parse_sink_spec(s) for s in args.sink]
    if not sinks:
        sinks = [parse_sink_spec("stdout")]
    opened = open_sinks(sinks)  # an unwritable JSONL sink stops the run here (EW110), before alerts are recorded
    store = open_store(args.db, read_only=False)
    try:
        alerts = evaluate_rules(store, ruleset.rules, since=args.since, as_of=as_of)
        problems = deliver(alerts, opened, store)
    finally:
        store.close()
    by_rule: dict[str, int] = {}
    for a in alerts:
        by_rule[a.rule] = by_rule.get(a.rule, 0) + 1
    print(f"rules: {len(ruleset.rules)}  new alerts: {len(alerts)}"
          + "".join(f"\n  {r}: {n}" for r, n in sorted(by_rule.items())), file=sys.stderr)
    for p in problems:
        print(f"  {p}", file=sys.stderr)
    return 1 if problems else 0
