"""``eventwire batch INPUT... --out DIR [--engine local|ray] [--address A] [--workers N] [--shard-size N]``"""
from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser(
        "batch", help="code many articles into Parquet, resumably (local processes or Ray)",
        description="Split the inputs (.txt/.jsonl/... files, folders, globs) into deterministic shards, code "
                    "them on this machine or on Ray, and write events, quotes, articles and per-document "
                    "reports as Parquet under DIR (partitioned by month). Finished shards are recorded in "
                    "DIR/_shards; re-running skips them and still reports the totals of the whole job. Load the "
                    "result with 'eventwire load DIR --db FILE'.")
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("--out", required=True, metavar="DIR",
                   help="output directory (created if missing; its parent folder must exist; it must not be an "
                        "input: inside an input folder it is left out of the documents)")
    p.add_argument("--engine", choices=("local", "ray"), default="local", help="execution engine (default local)")
    p.add_argument("--address", help="Ray cluster to join: 'auto' (on a cluster node) or ray://HOST:PORT (Ray Client: "
                                     "needs pip install \"ray[client]\"); default: start Ray locally")
    p.add_argument("--workers", type=int, default=1, help="worker processes / Ray actors (default 1)")
    p.add_argument("--shard-size", type=int, default=100, help="documents per shard (default 100)")
    p.add_argument("--input-format", help="force a reader (txt, jsonl, ...)")
    p.add_argument("--pub-date", help="publication date (YYYY-MM-DD) for articles that carry none")
    p.add_argument("--max-doc-bytes", type=int, default=None, metavar="N",
                   help="per-document size limit: a document whose text is over N bytes (UTF-8) is skipped with "
                        "reason too_large:<bytes> (default 1000000; 0: no limit)")
    p.add_argument("--recycle-after", type=int, default=20_000,
                   help="articles a worker codes before it reloads its model (default 20000)")
    p.add_argument("--dedupe", action="store_true",
                   help="skip duplicate stories across the whole input like 'eventwire code' (keeps ~1 KB per "
                        "story in memory; default off: duplicates are merged by article id at 'eventwire load')")
    p.add_argument("--report", help="write this run's summary (JSON) to this file at the end (atomically: complete "
                                    "or absent)")
    p.add_argument("--quiet", action="store_true", help="no per-shard progress on stderr")
    from .actors import add_actors_option

    add_actors_option(p)
    p.set_defaults(func=run)


def check_ray_client() -> None:
    """Raise :class:`~eventwire.errors.EngineUnavailable` (EW210) when Ray Client (needed for
    ``--address ray://HOST:PORT``) is not installed: plain ``ray`` lacks it (it needs ``grpcio``,
    installed by ``pip install "ray[client]"``). Without Ray at all the engine raises its own EW210."""
    import importlib.util

    from ..errors import EngineUnavailable

    if importlib.util.find_spec("ray") is None:
        return  # the engine says to install Ray
    if importlib.util.find_spec("grpc") is None:
        raise EngineUnavailable('--address ray://... uses Ray Client, which is not installed: '
                                'pip install "ray[client]" (or run on the cluster with --address auto)')


def run(args) -> int:
    from ..batch.shards import run_batch
    from ..errors import OutputError
    from ..outputs import check_outputs, is_under, make_folder, write_json_atomic

    if args.pub_date:
        from ..events.dates import parse_publication_date

        parse_publication_date(args.pub_date)
    from .code import check_inputs, doc_limit

    max_doc_bytes = doc_limit(args.max_doc_bytes)
    check_inputs(args.inputs)  # no existing input at all stops the run (exit 2), as for 'code'
    from .actors import apply_actors_option

    apply_actors_option(args)  # user actor tables, validated here and passed to the workers
    # before anything is written: no output is an input, folders exist (see eventwire.outputs)
    check_outputs([("--out", args.out), ("--report", args.report)], args.inputs, folders=("--out",))
    if args.report and is_under(args.report, args.out):
        raise OutputError(f"--report {args.report}: is inside the output folder --out {args.out}; write it elsewhere")
    if args.engine == "ray" and args.address and args.address.startswith("ray://"):
        check_ray_client()
    make_folder(args.out, "--out")
    if args.address and args.engine != "ray":
        print("eventwire: note: --address is only used by --engine ray", file=sys.stderr)

    def progress(s) -> None:
        if not args.quiet:
            print(f"  shard {s.coded_shard_ids[-1]} done: {s.coded} coded this run, "
                  f"{s.documents} documents, {s.events} events", file=sys.stderr)

    s = run_batch(args.inputs, args.out, engine=args.engine, address=args.address, workers=args.workers,
                  shard_size=args.shard_size, input_format=args.input_format, publication_date=args.pub_date,
                  recycle_after=args.recycle_after, progress=progress, dedupe=args.dedupe,
                  max_doc_bytes=max_doc_bytes,
                  exclude=[args.report] if args.report else ())
    if args.report:
        write_json_atomic(args.report, s.to_dict(), "--report", indent=1, sort_keys=True)
    for line in summary_lines(s, args.out):
        print(line, file=sys.stderr)
    return 0


def summary_lines(s, out: str) -> list[str]:
    """The end-of-run lines for a :class:`~eventwire.batch.shards.RunSummary` ``s`` of a run into
    ``out``, as printed on stderr: a note when every shard was already done (nothing re-coded), the
    totals of this input's work in ``out`` (shards recorded earlier + coded now), what this run coded
    when earlier shards were reused, and a warning for recorded shards whose marker could not be read.
    """
    lines = []
    if s.nothing_to_do:
        lines.append(f"all {s.shards} shards were already done in {out}: nothing was re-coded "
                     f"(the totals below are those of the finished run, from {out}/_shards)")
    lines.append(f"shards: {s.shards}  already done: {s.already_done}  coded now: {s.coded}  |  documents: "
                 f"{s.total_documents}  coded: {s.total_coded_docs}  skipped: {s.total_skipped_docs}  "
                 f"failed: {s.total_failed_docs}  events: {s.total_events}  quotes: {s.total_quotes}")
    if s.coded and s.already_done:
        lines.append(f"this run: {s.documents} documents  coded: {s.coded_docs}  skipped: {s.skipped_docs}  "
                     f"failed: {s.failed_docs}  events: {s.events}  quotes: {s.quotes} (the rest was "
                     f"recorded by an earlier run)")
    if s.uncounted_shard_ids:
        lines.append(f"eventwire: warning: {len(s.uncounted_shard_ids)} recorded shard(s) have an unreadable "
                     f"marker in {out}/_shards and are left out of the totals: "
                     f"{', '.join(s.uncounted_shard_ids[:5])}{' ...' if len(s.uncounted_shard_ids) > 5 else ''}")
    return lines
