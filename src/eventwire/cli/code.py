"""``eventwire code PATH... [--input-format F] [--workers N] [--db F] [--report F] ...``

Reads .txt/.jsonl(.gz)/.html/RSS/WARC inputs (files, folders, globs), deduplicates stories across the
run, detects languages and codes articles into PLOVER events through the local runner
(:mod:`eventwire.batch.local`). Exit code 0 when the run completed (whatever happened to single
documents — see ``--report``); 2 when it could not start; 130 when interrupted (Ctrl-C: the store keeps
every batch written so far; run again with the same ``--db`` to resume, already coded articles are
skipped by content hash).
"""
from __future__ import annotations

import sys

from ..outputs import StreamOutput, check_outputs, write_json_atomic
from .actors import add_actors_option, apply_actors_option
from ..schema import BatchResult, DocReport, dumps

INPUT_FORMATS = ("txt", "jsonl", "html", "rss", "warc")


def register(sub) -> None:
    p = sub.add_parser("code", help="code articles into PLOVER events",
                       description="Code articles (.txt, .jsonl[.gz], .html, RSS/Atom, WARC[.gz]; files, folders, "
                                   "globs) into PLOVER event records.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--pub-date", help="publication date (YYYY-MM-DD) for articles that carry none")
    p.add_argument("--format", choices=("jsonl", "table"), default="table", help="stdout format (default: table)")
    p.add_argument("--out", help="write events as JSONL to this file instead of stdout (its folder must exist; "
                                 "an input file is never overwritten)")
    p.add_argument("--quotes", help="write quote records as JSONL to this file")
    p.add_argument("--db", help="also write articles, events and quotes into this DuckDB file; articles already "
                                "in it (same content hash) are skipped (resume)")
    p.add_argument("--report", help="write the per-document run report (JSON) to this file at the end of the run "
                                    "(atomically: complete or absent, also after Ctrl-C)")
    p.add_argument("--input-format", choices=INPUT_FORMATS,
                   help="force a reader (default: by extension, then by content)")
    p.add_argument("--field", action="append", default=[], metavar="NAME=KEY",
                   help="JSONL field mapping, e.g. --field text=body --field publication_date=published "
                        "(names: id, text, title, publication_date, url, outlet, author)")
    p.add_argument("--max-doc-bytes", type=int, default=None, metavar="N",
                   help="per-document size limit: a document whose text is over N bytes (UTF-8) is skipped with "
                        "reason too_large:<bytes> (default 1000000; 0: no limit)")
    p.add_argument("--batch-size", type=int, default=32, help="documents per coding batch (default 32; memory grows with it)")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1: code in this process)")
    p.add_argument("--story-events", action="store_true",
                   help="write one record per story event, its clearest mention (text_info.story_event.primary; "
                        "default: every mention, each marked with its story event; --db always keeps every mention)")
    p.add_argument("--no-dedupe", action="store_true", help="keep duplicate stories (default: skip them)")
    p.add_argument("--no-language", action="store_true", help="do not detect languages (code every document)")
    add_actors_option(p)
    prog = p.add_mutually_exclusive_group()
    prog.add_argument("--progress", dest="progress", action="store_true", default=None,
                      help="always show a progress bar on stderr (default: when stderr is a terminal)")
    prog.add_argument("--no-progress", dest="progress", action="store_false")
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


def parse_field_map(specs: list[str]) -> dict[str, str]:
    """``["text=body", ...]`` -> ``{"text": "body"}``; raises InputError on a malformed or unknown name."""
    from ..errors import InputError
    from ..ingest.jsonl import FIELDS

    fm: dict[str, str] = {}
    for s in specs:
        name, sep, key = s.partition("=")
        if not sep or not name or not key:
            raise InputError(f"--field expects NAME=KEY, got {s!r}")
        if name not in FIELDS:
            raise InputError(f"--field: unknown name {name!r} (choose from {', '.join(FIELDS)})")
        fm[name] = key
    return fm


def skip_known(items, store):
    """Replace articles whose content hash is already in ``store`` by ``skipped`` reports with reason
    ``already_coded`` (resume after an interrupted run). Stores without ``has_article`` pass all."""
    has = getattr(store, "has_article", None)
    for it in items:
        if has is not None and not isinstance(it, DocReport) and has(it.content_hash):
            yield DocReport(it.id, "skipped", "already_coded", path=it.path)
        else:
            yield it


def run(args) -> int:
    from ..batch.local import run_local
    from ..errors import InputError
    from ..events.dates import parse_publication_date
    from ..events.story_events import primary_mentions
    from ..ingest import read_inputs

    if args.pub_date:
        parse_publication_date(args.pub_date)
    if args.workers < 1:
        raise InputError(f"--workers must be >= 1, got {args.workers}")
    if args.batch_size < 1:
        raise InputError(f"--batch-size must be >= 1, got {args.batch_size}")
    apply_actors_option(args)  # user actor tables: validated before anything is read or written
    max_doc_bytes = doc_limit(args.max_doc_bytes)
    field_map = parse_field_map(args.field)
    check_inputs(args.paths)
    check_outputs([("--out", args.out), ("--quotes", args.quotes), ("--report", args.report), ("--db", args.db)],
                  args.paths)
    total = BatchResult()
    table_events = []
    n_quotes = n_shown = 0
    # outputs are checked above before anything is written; the streamed ones are opened now, the
    # report is written atomically at the end (complete or absent, also on Ctrl-C)
    out = open_output(args.out, "--out")
    qout = open_output(args.quotes, "--quotes")
    store = None
    bar = None
    results = None
    if args.db:
        from ..store import open_store

        store = open_store(args.db, read_only=False)
    show = sys.stderr.isatty() if args.progress is None else args.progress
    if show:
        from tqdm import tqdm

        bar = tqdm(unit="doc", file=sys.stderr, dynamic_ncols=True, mininterval=0.5)
    try:
        inputs = read_inputs(args.paths, input_format=args.input_format, publication_date=args.pub_date,
                             field_map=field_map or None, dedupe=not args.no_dedupe,
                             language=not args.no_dedupe and not args.no_language, max_doc_bytes=max_doc_bytes)
        inputs = _not_outputs(inputs, [args.out, args.quotes, args.report, args.db])
        if store is not None:
            inputs = skip_known(inputs, store)
        results = run_local(inputs, workers=args.workers, chunk_size=args.batch_size,
                            language=not args.no_language)
        for res in results:
            if store is not None:
                store.write_batch(res)
            shown_events = primary_mentions(res.events) if args.story_events else res.events
            n_shown += len(shown_events)
            if args.format == "jsonl" or out:
                target = out or sys.stdout
                for e in shown_events:
                    target.write(dumps(e) + "\n")
            if qout:
                for q in res.quotes:
                    qout.write(dumps(q) + "\n")
            total.reports.extend(res.reports)
            n_quotes += len(res.quotes)
            if args.format == "table" and not out:
                table_events.extend(shown_events)
            if bar is not None:
                bar.update(len(res.reports))
                c = total.counts()
                bar.set_postfix(coded=c["coded"], skipped=c["skipped"], failed=c["failed"], refresh=False)
    finally:
        if results is not None:
            results.close()  # stops the worker pool now (also on Ctrl-C), before the store is closed
        if bar is not None:
            bar.close()
        for f in (out, qout):
            if f:
                f.close()  # never raises; a failed flush (disk full) is raised by check() below
        if store is not None:
            store.close()
    for f in (out, qout):
        if f:
            f.check()
    if args.format == "table" and not out:
        print(format_table(table_events))
    from ..ingest.dedupe import note_uncoded_originals

    total.reports = note_uncoded_originals(total.reports)  # a duplicate whose original was not coded says so
    counts = total.counts()
    counts["events"] = sum(r.events for r in total.reports)
    counts["quotes"] = n_quotes
    if args.report:
        write_json_atomic(args.report, {"documents": [r.to_dict() for r in total.reports], "counts": counts},
                          "--report", indent=1)
    print(f"documents: {counts['documents']}  coded: {counts['coded']}  skipped: {counts['skipped']}  "
          f"failed: {counts['failed']}  events: {counts['events']}"
          + (f"  story events written: {n_shown}" if args.story_events else ""), file=sys.stderr)
    reasons: dict[str, int] = {}
    for r in total.reports:
        if r.status != "coded":
            key = f"{r.status}: {(r.reason or '').split(':')[0]}"
            reasons[key] = reasons.get(key, 0) + 1
    for key in sorted(reasons):
        print(f"  {key}: {reasons[key]}", file=sys.stderr)
    shown = [r for r in total.reports if r.status != "coded"]
    for r in shown[:MAX_LISTED]:
        print(f"  {r.status}: {r.path or r.article_id}: {r.reason}", file=sys.stderr)
    if len(shown) > MAX_LISTED:
        more = "see --report" if args.report else "use --report FILE for all"
        print(f"  ... and {len(shown) - MAX_LISTED} more ({more})", file=sys.stderr)
    return 0


#: Documents not coded that are listed one by one on stderr (all of them are in --report).
MAX_LISTED = 20


def open_output(path: str | None, flag: str):
    """Open a streamed output file (``--out``, ``--quotes``) for writing now: a
    :class:`~eventwire.outputs.StreamOutput`, or None when ``path`` is not given. Raises
    :class:`~eventwire.errors.OutputError` (EW110) with one readable line when it cannot be opened;
    a later failed write (disk full) raises it too. Check the path first with
    :func:`~eventwire.outputs.check_outputs` (missing folder, same file as an input)."""
    if not path:
        return None
    return StreamOutput(path, flag)


def _not_outputs(items, outputs):
    """Drop this run's own output files from its input stream ("code . --out out.jsonl" must not read
    out.jsonl, which it is writing); they are not documents, so they get no report line."""
    import os

    own = {os.path.realpath(p) for p in outputs if p}
    for it in items:
        path = getattr(it, "path", None) or ""
        head, _, line = path.rpartition(":")
        path = head if line.isdigit() else path  # a JSONL document's path is "FILE:LINE"
        if path and os.path.realpath(path) in own:
            continue
        yield it


def doc_limit(value: int | None) -> int | None:
    """The per-document size limit of ``--max-doc-bytes`` (None: the default
    :data:`eventwire.ingest.core.MAX_DOC_BYTES`; 0: no limit). Raises InputError (EW100) for a negative
    value."""
    from ..errors import InputError
    from ..ingest.core import MAX_DOC_BYTES

    if value is None:
        return MAX_DOC_BYTES
    if value < 0:
        raise InputError(f"--max-doc-bytes must be >= 0 (0: no limit), got {value}")
    return value


def check_inputs(paths: list[str]) -> None:
    """Raise InputError when no input exists at all (a mistyped path must not look like a finished
    run); single missing paths among others are reported per document."""
    import glob
    import os

    from ..errors import InputError

    def exists(p: str) -> bool:
        return os.path.exists(p) or (any(ch in p for ch in "*?[") and bool(glob.glob(p, recursive=True)))

    if not any(exists(p) for p in paths):
        hint = " (standard input is not read: give a file or folder)" if "-" in paths else ""
        raise InputError(f"no such file or directory: {', '.join(paths)}{hint}")
