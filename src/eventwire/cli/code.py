"""``eventwire code PATH... [--pub-date D] [--format jsonl|table] [--out F] [--quotes F] [--db F]``"""
from __future__ import annotations

import json
import sys

from ..schema import BatchResult, dumps


def register(sub) -> None:
    p = sub.add_parser("code", help="code articles into PLOVER events",
                       description="Code .txt/.jsonl articles (files, folders, globs) into PLOVER event records.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--pub-date", help="publication date (YYYY-MM-DD) for articles that carry none")
    p.add_argument("--format", choices=("jsonl", "table"), default="table", help="stdout format (default: table)")
    p.add_argument("--out", help="write events as JSONL to this file instead of stdout")
    p.add_argument("--quotes", help="write quote records as JSONL to this file")
    p.add_argument("--db", help="also write articles, events and quotes into this DuckDB file")
    p.add_argument("--report", help="write the per-document run report (JSON) to this file")
    p.add_argument("--input-format", help="force a reader (txt, jsonl, html, rss, warc)")
    p.add_argument("--batch-size", type=int, default=64, help="documents per coding batch (default 64)")
    p.set_defaults(func=run)


def format_table(events) -> str:
    """A readable fixed-width table: date, actor, event/mode, recipient, status flags, trigger."""
    def ent(xs):
        return ",".join(f"{x.code or '---'}{('/' + x.sector) if x.sector else ''}" for x in xs) or "---"

    rows = [("DATE", "ACTOR", "EVENT", "RECIPIENT", "STATUS", "TRIGGER")]
    for e in events:
        flags = e.status + (" NEG" if e.negated else "") + (" REP" if e.reported else "")
        ev = e.event + (f":{e.mode}" if e.mode else "")
        rows.append((e.date or "", ent(e.actor), ev, ent(e.recipient), flags, e.event_text[:40]))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    return "\n".join("  ".join(c.ljust(widths[i]) if i < 5 else c for i, c in enumerate(r)) for r in rows)


def run(args) -> int:
    from ..events.dates import parse_iso_date
    from ..ingest import read_inputs
    from ..pipeline import code_articles

    if args.pub_date:
        parse_iso_date(args.pub_date)
    total = BatchResult()
    out = open(args.out, "w", encoding="utf-8") if args.out else None
    qout = open(args.quotes, "w", encoding="utf-8") if args.quotes else None
    store = None
    if args.db:
        from ..store import open_store

        store = open_store(args.db, read_only=False)
    try:
        inputs = read_inputs(args.paths, input_format=args.input_format, publication_date=args.pub_date)
        for res in code_articles(inputs, batch_size=args.batch_size):
            if store is not None:
                store.write_batch(res)
            if args.format == "jsonl" or out:
                target = out or sys.stdout
                for e in res.events:
                    target.write(dumps(e) + "\n")
            if qout:
                for q in res.quotes:
                    qout.write(dumps(q) + "\n")
            total.reports.extend(res.reports)
            if args.format == "table" and not out:
                total.events.extend(res.events)
            total.quotes.extend([])
    finally:
        for f in (out, qout):
            if f:
                f.close()
        if store is not None:
            store.close()
    if args.format == "table" and not out:
        print(format_table(total.events))
    counts = total.counts()
    if args.report:
        with open(args.report, "w", encoding="utf-8") as fh:
            json.dump({"documents": [r.to_dict() for r in total.reports], "counts": counts}, fh, indent=1)
    print(f"documents: {counts['documents']}  coded: {counts['coded']}  skipped: {counts['skipped']}  "
          f"failed: {counts['failed']}", file=sys.stderr)
    for r in total.reports:
        if r.status != "coded":
            print(f"  {r.status}: {r.path or r.article_id}: {r.reason}", file=sys.stderr)
    return 0
