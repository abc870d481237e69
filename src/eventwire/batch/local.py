"""Local runner: stream documents through :func:`eventwire.pipeline.code_batch` in bounded chunks,
optionally on a process pool, yielding one :class:`~eventwire.schema.BatchResult` per chunk in input
order (so the output is the same byte for byte whatever ``workers`` is).

Shape (shard in -> records out): :func:`code_chunk` takes a list of Article/DocReport and returns a
BatchResult; it is the only thing a worker runs, so a distributed runner (Ray) is a thin adapter that
maps :func:`code_chunk` over shards.

Memory: at most ``max_pending`` chunks (default ``2 * workers``) are in flight, each of ``chunk_size``
documents, so memory stays flat on any input size. The spaCy model and the language detector are
loaded once per worker process (pool initializer), not once per chunk.

Workers are started with the ``spawn`` method (no fork of a process holding threads, a DuckDB handle or
a tqdm thread), so a script that calls :func:`run_local` with ``workers > 1`` needs the usual
``if __name__ == "__main__":`` guard; without it every worker dies at start and its documents are
reported ``EW901 worker_crashed``.

Interrupts: workers ignore SIGINT; on Ctrl-C (KeyboardInterrupt in the main process) pending chunks are
cancelled, the workers are terminated and the exception propagates — results of chunks already yielded
are complete (the caller writes each yielded chunk as a unit), nothing half-coded is ever yielded.
A parent that dies without cleaning up (``kill -9`` of ``eventwire code --workers N`` or ``batch``) takes its
workers with it: each worker watches its parent process (:func:`_watch_parent`) and exits within about a
second of its death, so no worker (265-310 MB each) nor the multiprocessing resource tracker is left behind.
A worker that dies (out of memory, segfault in a library) takes every chunk in flight with it: the pool
is restarted, the chunk at the head is run again alone, and only if it kills the fresh pool too are its
documents failed (reason ``EW901 worker_crashed``); the other chunks are resubmitted and the run goes on.
"""
from __future__ import annotations

import logging
import multiprocessing
import signal
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterable, Iterator

from ..schema import Article, BatchResult, DocReport

log = logging.getLogger(__name__)


def code_chunk(items: list, *, language: bool = True) -> BatchResult:
    """Code one shard: language annotation (:func:`eventwire.ingest.language.annotate`, non-English
    documents become ``language:xx`` skips) then :func:`eventwire.pipeline.code_batch`. Returns one
    BatchResult with one DocReport per item, in order. Raises only when the run cannot go on
    (:class:`~eventwire.errors.ModelError`)."""
    from ..pipeline import code_batch

    return code_batch(items, batch_size=max(len(items), 1), language=language)


#: Seconds between two checks of a worker's parent (see :func:`_watch_parent`).
PARENT_CHECK_SECONDS = 0.5


def _ignore_sigint() -> None:
    """Pool initializer for a custom shard function: ignore Ctrl-C and exit with the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _watch_parent()


def _watch_parent() -> None:
    """Start a daemon thread that ends this worker process (``os._exit``) as soon as its parent is gone:
    a worker orphaned by ``kill -9`` of the run is re-parented (its parent pid changes), polled every
    :data:`PARENT_CHECK_SECONDS`. Portable (no ``prctl``), and a chunk being coded is simply abandoned:
    its parent, which would write it, no longer exists."""
    import os
    import threading
    import time

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="eventwire-parent-watch", daemon=True).start()


def _init_worker() -> None:
    """Pool initializer: ignore Ctrl-C (the main process handles it), load the language detector and
    the model once for this process and warm the coder on one sentence; exit with the parent."""
    _ignore_sigint()
    from ..ingest.language import detector
    from ..nlp.model import load_model

    detector()
    try:
        load_model()
        # warm the coder's lazy tables (dictionaries, gazetteer) once per worker, not in the first chunk
        from ..pipeline import code_batch
        from ..schema import Article as _A

        code_batch([_A(text="Officials in Paris met their counterparts from Kenya on Monday.")])
    except Exception:  # reported by the first code_chunk call, which raises ModelError in the parent
        pass


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for it in items:
        chunk.append(it)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _crashed(chunk: list, err: BaseException) -> BatchResult:
    res = BatchResult()
    for it in chunk:
        if isinstance(it, DocReport):
            res.reports.append(it)
        else:
            res.reports.append(DocReport(it.id, "failed", f"EW901 worker_crashed: {type(err).__name__}: {err}",
                                         path=it.path))
    return res


def run_local(items: Iterable[Article | DocReport], *, workers: int = 1, chunk_size: int = 32,
              max_pending: int | None = None, language: bool = True,
              fn: Callable[..., BatchResult] = code_chunk) -> Iterator[BatchResult]:
    """Code ``items`` and yield one BatchResult per chunk of ``chunk_size`` items, in input order.

    ``workers``: 1 codes in this process (no pool); N > 1 uses N spawned worker processes.
    ``max_pending``: chunks in flight at once (default ``2 * workers``). ``language``: run language
    detection in the workers (leave True unless the items were annotated already). ``fn``: the shard
    function, ``fn(chunk, language=...) -> BatchResult`` (default :func:`code_chunk`; must be importable
    by name for the pool).
    Raises :class:`~eventwire.errors.ModelError` when the model cannot be loaded, and re-raises
    KeyboardInterrupt after stopping the workers.
    """
    if workers < 1:
        from ..errors import InputError

        raise InputError(f"--workers must be >= 1, got {workers}")
    chunks = _chunks(items, max(1, chunk_size))
    if workers == 1:
        for chunk in chunks:
            yield fn(chunk, language=language)
        return
    max_pending = max_pending or 2 * workers
    ctx = multiprocessing.get_context("spawn")

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=workers, mp_context=ctx,
                                   initializer=_init_worker if fn is code_chunk else _ignore_sigint)

    pool = new_pool()
    pending: deque = deque()  # (chunk, future)
    exhausted = False
    try:
        while True:
            while not exhausted and len(pending) < max_pending:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                pending.append((chunk, _submit(pool, fn, chunk, language)))
            if not pending:
                return
            chunk, fut = pending.popleft()
            try:
                res = fut.result()
            except BrokenProcessPool:
                # A worker died; every chunk in flight fails with it. Run this chunk again alone on a
                # fresh pool: if it kills that one too, it is the culprit and only its documents fail.
                _stop(pool)
                pool = new_pool()
                try:
                    res = _submit(pool, fn, chunk, language).result()
                except BrokenProcessPool as e:
                    log.error("worker crashed on a chunk; its %d documents failed; restarting the pool", len(chunk))
                    res = _crashed(chunk, e)
                    _stop(pool)
                    pool = new_pool()
                pending = deque((c, _submit(pool, fn, c, language)) for c, _ in pending)
            yield res
    finally:
        _stop(pool)


def _submit(pool: ProcessPoolExecutor, fn: Callable[..., BatchResult], chunk: list, language: bool) -> Future:
    """Submit ``fn(chunk, language=language)`` to ``pool``; returns its Future.

    A pool can break between two submits (a worker that was handed the previous chunk dies at once,
    before the next submit). ``ProcessPoolExecutor.submit`` then raises BrokenProcessPool; here that
    error is put in the returned Future instead, so it reaches the caller where every other crash does
    (``Future.result()``) and the chunk is retried on a fresh pool like any chunk in flight."""
    try:
        return pool.submit(fn, chunk, language=language)
    except BrokenProcessPool as e:
        fut: Future = Future()
        fut.set_exception(e)
        return fut


def _stop(pool: ProcessPoolExecutor) -> None:
    """Cancel queued chunks and end the worker processes now (no waiting for running chunks, whose
    results are discarded).

    The pool's manager thread reaps the workers too; it is joined before returning, so a worker whose
    exit status that thread collected first is not seen as still running (``waitpid`` races between the
    two threads otherwise leave ``Process.exitcode`` unset for a moment)."""
    procs = list((getattr(pool, "_processes", None) or {}).values())  # no public API for this
    manager = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for p in procs:
        if p.is_alive():
            p.terminate()
    if manager is not None:
        manager.join(timeout=10)
    for p in procs:
        p.join(timeout=5)
        if p.exitcode is None:  # ignored SIGTERM or still starting: no second chance
            p.kill()
            p.join(timeout=5)
