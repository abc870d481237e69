"""Deterministic shards of input documents, their plain-column (Arrow) form, and the shard ledger.

A *shard* is a run of consecutive input items (``Article`` or ingest ``DocReport``) in the order
:func:`eventwire.ingest.read_inputs` yields them (directories walked in sorted order, so the order is
fixed for a given input). Its id is a content hash of its members (article id + content hash, or the
skip report's path/status/reason), so the same input gives the same shard ids on every machine and a
changed document changes only its own shard's id.

Shards travel to workers as Arrow rows of *plain columns* (strings, lists of strings, ints): never
Python objects, never a spaCy object. :func:`shard_to_row` / :func:`items_from_row` are exact inverses.

The ledger (``DIR/_shards/<shard_id>.json``) records finished shards; a marker is written atomically
(temporary file + rename) only after every Parquet file of the shard is in place, so a run killed at
any point leaves either a complete, recorded shard or one that the next run codes again.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import BatchOutputLocked, InputError
from ..schema import Article, DocReport, stable_id
# ledger and plain-column rows live in their own modules (no import cycle with parquet_out/ray_runner);
# their names stay importable from here
from .ledger import (COUNT_KEYS, LEDGER_DIR, done_shards, is_done, ledger_dir, marker_counts,  # noqa: F401
                     read_marker, record_done)
from .rows import (RESULT_COLUMNS, ROW_COLUMNS, code_shard_row, items_from_row, result_arrow_schema,  # noqa: F401
                   result_from_row, result_to_row, rows_to_arrow, shard_to_row)

#: Default number of input documents per shard.
DEFAULT_SHARD_SIZE = 100


def item_key(item: Article | DocReport) -> list[Any]:
    """Content key of one input item: ``["a", article id, content hash]`` for an article,
    ``["r", path, status, reason, article id]`` for an ingest skip/fail report."""
    if isinstance(item, Article):
        return ["a", item.id, item.content_hash]
    return ["r", item.path, item.status, item.reason, item.article_id]


@dataclass
class Shard:
    """One shard: ``id`` (``s-`` + 16 hex, content hash of the member keys), ``index`` (position in
    this run's input, for messages only: it is not part of the id), ``items`` (Articles and ingest
    DocReports, in input order)."""

    id: str
    index: int
    items: list[Article | DocReport] = field(default_factory=list)

    @property
    def n_items(self) -> int:
        return len(self.items)


def make_shards(items: Iterable[Article | DocReport], shard_size: int = DEFAULT_SHARD_SIZE) -> Iterator[Shard]:
    """Group ``items`` into consecutive shards of ``shard_size`` items (the last may be shorter).

    Raises :class:`~eventwire.errors.InputError` when ``shard_size`` < 1.
    """
    if shard_size < 1:
        raise InputError(f"--shard-size must be at least 1 (got {shard_size})")
    chunk: list[Article | DocReport] = []
    index = 0
    for it in items:
        chunk.append(it)
        if len(chunk) >= shard_size:
            yield _shard(index, chunk)
            index += 1
            chunk = []
    if chunk:
        yield _shard(index, chunk)


def _shard(index: int, items: list[Article | DocReport]) -> Shard:
    return Shard(id="s-" + stable_id("shard", [item_key(i) for i in items]), index=index, items=list(items))


# ----------------------------------------------------------------------------------------------
# engines: iterate (shard_id, result row) for pending shard rows, in any order


def local_engine(shard_list: Iterable[Shard], workers: int = 1) -> Iterator[dict[str, Any]]:
    """The local engine: :func:`eventwire.batch.local.run_local` (this process for ``workers`` = 1,
    else a pool of spawned processes that load the model once each, restart after a worker crash,
    and yield in input order) over the shards' items, one chunk per shard. Yields result rows
    (:data:`RESULT_COLUMNS`) in shard order.

    Chunks line up with shards because every shard but the input's last one is full-sized; each
    result is checked against its shard (same number of reports, same article ids) and a mismatch
    raises ``RuntimeError`` rather than recording a wrong shard.
    """
    from collections import deque

    from .local import run_local

    queue: deque[Shard] = deque()
    size = {"n": 0}

    def items() -> Iterator[Article | DocReport]:
        for shard in shard_list:
            if size["n"] and shard.n_items > size["n"]:
                raise RuntimeError("shards of unequal size")  # cannot happen: make_shards cuts evenly
            size["n"] = size["n"] or shard.n_items
            queue.append(shard)
            yield from shard.items

    stream = items()
    first = next(stream, None)
    if first is None:
        return

    def chained():
        yield first
        yield from stream

    for res in run_local(chained(), workers=workers, chunk_size=size["n"]):
        shard = queue.popleft()
        want = [getattr(it, "id", None) if isinstance(it, Article) else it.article_id for it in shard.items]
        if [r.article_id for r in res.reports] != want:
            raise RuntimeError(f"local runner chunk does not match shard {shard.id}")
        yield result_to_row(shard.id, res)


ENGINES = ("local", "ray")


# ----------------------------------------------------------------------------------------------
# the driver


@dataclass
class RunSummary:
    """What one ``run_batch`` call did, and what the output holds for its input.

    This run: shard counts (``shards`` seen in the input, ``already_done`` skipped because recorded
    by an earlier run or repeated in the input, ``coded`` in this run), document outcomes of the shards
    coded *in this run* (``documents``, ``coded_docs``, ``skipped_docs``, ``failed_docs``), ``events``,
    ``quotes``, and the ids of the shards coded in this run (sorted). A re-run of a finished job has
    ``coded == 0`` and these document counts all 0.

    The input's totals in the output directory: ``total_*`` (``total_documents``, ``total_coded_docs``,
    ``total_skipped_docs``, ``total_failed_docs``, ``total_events``, ``total_quotes``) sum every distinct
    shard of this input, those recorded by an earlier run (from their ledger markers, see
    :func:`marker_counts`) and those coded now, each shard once. After a finished job they equal the
    first complete run's ``documents``/``coded_docs``/... whatever number of re-runs.
    ``uncounted_shard_ids``: recorded shards of this input whose marker could not be read (not re-coded,
    left out of the totals; sorted)."""

    shards: int = 0
    already_done: int = 0
    coded: int = 0
    documents: int = 0
    coded_docs: int = 0
    skipped_docs: int = 0
    failed_docs: int = 0
    events: int = 0
    quotes: int = 0
    coded_shard_ids: list[str] = field(default_factory=list)
    total_documents: int = 0
    total_coded_docs: int = 0
    total_skipped_docs: int = 0
    total_failed_docs: int = 0
    total_events: int = 0
    total_quotes: int = 0
    uncounted_shard_ids: list[str] = field(default_factory=list)

    @property
    def nothing_to_do(self) -> bool:
        """True when the input had shards and every one was already done (nothing coded in this run)."""
        return self.shards > 0 and self.coded == 0

    def add_totals(self, counts: dict[str, int]) -> None:
        """Add one shard's outcome counts (keys of :data:`COUNT_KEYS`) to the ``total_*`` fields."""
        self.total_documents += counts.get("documents", 0)
        self.total_coded_docs += counts.get("coded", 0)
        self.total_skipped_docs += counts.get("skipped", 0)
        self.total_failed_docs += counts.get("failed", 0)
        self.total_events += counts.get("events", 0)
        self.total_quotes += counts.get("quotes", 0)

    def to_dict(self) -> dict[str, Any]:
        """Every field as a JSON-ready dict (what ``eventwire batch --report`` writes)."""
        from dataclasses import asdict

        return asdict(self)


#: Name of the lock file a run holds in its output directory.
LOCK_NAME = ".eventwire-batch.lock"


def _lock(out_dir: Path):
    """Hold an exclusive ``flock`` on ``DIR/.eventwire-batch.lock``, creating the file; returns the open
    file, to pass to :func:`_unlock` when the run ends.

    The kernel drops the lock when its process ends in any way, so a lock file left by a killed run
    (``kill -9``, OOM, lost node) is not held by anyone and is simply taken over. Raises
    :class:`~eventwire.errors.BatchOutputLocked` (EW410) when a live run holds it.

    :func:`_unlock` deletes the file while holding the lock. A run that opened the file just before
    that would lock the deleted file and believe it owns ``DIR``, so after locking, the open file is
    checked to still be the one at the path; if not, it starts over on the current file.
    """
    import fcntl

    path = Path(out_dir) / LOCK_NAME
    while True:
        fh = open(path, "a")  # never truncate: "w" would empty a file another run holds
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            fh.close()
            raise BatchOutputLocked(f"another 'eventwire batch' run is writing to {out_dir}") from e
        try:
            same = os.path.samestat(os.fstat(fh.fileno()), os.stat(path))
        except FileNotFoundError:
            same = False
        if same:
            return fh
        fh.close()  # the previous holder removed it between our open and our lock: take the new one


def _unlock(out_dir: Path, fh) -> None:
    """Remove ``DIR/.eventwire-batch.lock`` (if it is still the file ``fh`` locks), then release the
    lock. Never raises for a file already gone."""
    path = Path(out_dir) / LOCK_NAME
    try:
        if os.path.samestat(os.fstat(fh.fileno()), os.stat(path)):
            path.unlink()
    except OSError:  # already gone, or the directory was removed: nothing left to clean
        pass
    finally:
        fh.close()


def _clean_tmp(out_dir: Path) -> None:
    for p in out_dir.rglob(".*.tmp"):
        p.unlink(missing_ok=True)


def _not_own_outputs(items, out_dir: Path, exclude) -> Iterator:
    """Drop the documents read from ``out_dir`` (Parquet, ledger, lock file) or from an ``exclude``
    path: a run's own outputs are never its inputs."""
    from ..outputs import is_under, same_path

    others = [os.fspath(p) for p in exclude if p]
    last, own = None, False  # the documents of one file come together: one check per file
    for it in items:
        path = getattr(it, "path", None) or ""
        head, _, line = path.rpartition(":")
        path = head if line.isdigit() else path  # a JSONL document's path is "FILE:LINE"
        if path != last:
            last = path
            own = bool(path) and (is_under(path, out_dir) or any(same_path(path, p) for p in others))
        if own:
            continue
        yield it


def run_batch(inputs: list[str], out_dir: str | os.PathLike, *, engine: str = "local",
              address: str | None = None, workers: int = 1, shard_size: int = DEFAULT_SHARD_SIZE,
              input_format: str | None = None, publication_date: str | None = None,
              recycle_after: int = 20_000, progress=None, dedupe: bool = False,
              exclude: Iterable[str | os.PathLike] = (), max_doc_bytes: int | None = None) -> RunSummary:
    """Code ``inputs`` (files, folders, globs: anything :func:`eventwire.ingest.read_inputs` takes)
    into Parquet under ``out_dir``, shard by shard, skipping shards recorded by an earlier run.

    ``engine``: ``local`` (this machine, ``workers`` processes) or ``ray`` (Ray Data actors, see
    :mod:`eventwire.batch.ray_runner`; ``address`` None starts Ray locally, ``auto`` or
    ``ray://HOST:PORT`` joins a cluster). ``recycle_after``: articles a Ray actor codes before it
    reloads its model (the local engine's pool is :func:`eventwire.batch.local.run_local`'s).
    ``progress``: optional callable(summary) after each finished shard. ``dedupe``: skip exact and near
    duplicate stories across the whole input as ``eventwire code`` does (reason ``duplicate:<id>``); off
    by default because it keeps one ~1 KB signature per story in this process (about 1 GB per million
    stories). Without it, repeated articles are coded in each shard and merged by article id at
    ``eventwire load``. Files under ``out_dir`` (when it lies inside an input folder) and the paths in
    ``exclude`` (e.g. the run's ``--report``) are this run's own outputs: they are left out of the
    documents (no report row), so a re-run codes the same shards. ``max_doc_bytes``: the per-document
    size limit (see :func:`eventwire.ingest.read_inputs`; None: its default).

    Output is identical for both engines and any ``workers`` (see :mod:`eventwire.batch.parquet_out`).
    Returns a :class:`RunSummary`: this run's counts plus the input's totals in ``out_dir``
    (``total_*``, which include the shards recorded by earlier runs, so a re-run of a finished job
    reports the job's totals, not zeros).

    ``out_dir/.eventwire-batch.lock`` is held for the whole run and removed when the run ends, normally
    or by an exception (a lock file left by a killed process is taken over, see :func:`_lock`).
    Raises :class:`~eventwire.errors.InputError` for a bad argument,
    :class:`~eventwire.errors.BatchOutputLocked` (EW410) when another live run holds ``out_dir``; a bad
    document never raises (it gets a ``skipped``/``failed`` report row).
    """
    from ..ingest import read_inputs
    from . import parquet_out

    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    if workers < 1:
        raise InputError(f"--workers must be at least 1 (got {workers})")
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:  # e.g. an existing file, or a folder that cannot be made (/proc/x)
        from ..errors import OutputError

        raise OutputError(f"cannot create the output folder {out}: {e.strerror or e}") from e
    lock = _lock(out)
    try:
        _clean_tmp(out)
        done = done_shards(out)
        summary = RunSummary()
        inflight: dict[str, list] = {}
        totalled: set[str] = set()  # recorded shards already in the totals (an input may repeat a shard)

        def pending() -> Iterator[Shard]:
            seen: set[str] = set()
            limit = {} if max_doc_bytes is None else {"max_doc_bytes": max_doc_bytes}
            items = _not_own_outputs(read_inputs(inputs, input_format=input_format,
                                                 publication_date=publication_date, dedupe=dedupe,
                                                 language=dedupe, **limit),
                                     out, exclude)
            for shard in make_shards(items, shard_size):
                summary.shards += 1
                if shard.id in done or shard.id in seen:  # recorded, or the same content twice
                    summary.already_done += 1
                    if shard.id in done and shard.id not in totalled:
                        totalled.add(shard.id)
                        counts = marker_counts(out, shard.id)
                        if counts is None:  # not re-coded (it is recorded); named in the summary
                            summary.uncounted_shard_ids.append(shard.id)
                        else:
                            summary.add_totals(counts)
                    continue
                seen.add(shard.id)
                inflight[shard.id] = shard.items
                yield shard

        if engine == "local":
            results = local_engine(pending(), workers=workers)
        else:
            from .ray_runner import ray_engine

            results = ray_engine((shard_to_row(s) for s in pending()), workers=workers, address=address,
                                 recycle_after=recycle_after)
        for row in results:
            sid = row["shard_id"]
            items = inflight.pop(sid)
            res = result_from_row(row)
            files = parquet_out.write_shard(out, sid, items, res)
            c = res.counts()
            record_done(out, sid, {"n_items": len(items), "counts": c, "files": files})
            summary.coded += 1
            summary.coded_shard_ids.append(sid)
            summary.documents += c["documents"]
            summary.coded_docs += c["coded"]
            summary.skipped_docs += c["skipped"]
            summary.failed_docs += c["failed"]
            summary.events += c["events"]
            summary.quotes += c["quotes"]
            summary.add_totals(c)
            if progress:
                progress(summary)
        summary.coded_shard_ids.sort()
        summary.uncounted_shard_ids.sort()
        return summary
    finally:
        _unlock(out, lock)
