"""The ledger of a batch run's finished shards: one marker file ``DIR/_shards/<shard_id>.json`` per shard,
written atomically when its outputs are complete (see :mod:`eventwire.batch.shards`)."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

LEDGER_DIR = "_shards"


def ledger_dir(out_dir: str | os.PathLike) -> Path:
    return Path(out_dir) / LEDGER_DIR


def is_done(out_dir: str | os.PathLike, shard_id: str) -> bool:
    """True when ``shard_id`` has a marker in ``DIR/_shards/``."""
    return (ledger_dir(out_dir) / f"{shard_id}.json").exists()


def done_shards(out_dir: str | os.PathLike) -> set[str]:
    """Ids of all recorded (finished) shards in ``DIR``."""
    d = ledger_dir(out_dir)
    if not d.is_dir():
        return set()
    return {p.name[:-5] for p in d.iterdir() if p.name.endswith(".json") and p.name.startswith("s-")}


def read_marker(out_dir: str | os.PathLike, shard_id: str) -> dict[str, Any]:
    """The recorded marker of a finished shard (see :func:`record_done`)."""
    return json.loads((ledger_dir(out_dir) / f"{shard_id}.json").read_text(encoding="utf-8"))


#: Keys of a marker's ``counts`` that :func:`marker_counts` returns (all ints).
COUNT_KEYS = ("documents", "coded", "skipped", "failed", "events", "quotes")


def marker_counts(out_dir: str | os.PathLike, shard_id: str) -> dict[str, int] | None:
    """The outcome counts recorded for a finished shard: ``{"documents", "coded", "skipped", "failed",
    "events", "quotes"}`` -> int (the ``counts`` :func:`record_done` was given, i.e.
    ``BatchResult.counts()`` of the shard; a missing key counts 0).

    Returns None, never raises, when the marker cannot be read or holds no ``counts`` object (a
    damaged or foreign file), so a re-run can still go on and say which shards it could not total.
    """
    try:
        counts = read_marker(out_dir, shard_id).get("counts")
    except (OSError, ValueError, AttributeError):  # unreadable, not JSON, JSON but not an object
        return None
    if not isinstance(counts, dict):
        return None
    try:
        return {k: int(counts.get(k, 0) or 0) for k in COUNT_KEYS}
    except (TypeError, ValueError):
        return None


def record_done(out_dir: str | os.PathLike, shard_id: str, info: dict[str, Any]) -> Path:
    """Write the marker ``DIR/_shards/<shard_id>.json`` atomically (tmp file, fsync, rename).

    ``info`` must be JSON-ready and deterministic (no clocks, no host names): typically the item
    count, the per-status document counts and the Parquet files written.
    """
    d = ledger_dir(out_dir)
    d.mkdir(parents=True, exist_ok=True)
    final = d / f"{shard_id}.json"
    tmp = d / f".{shard_id}.json.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump({"shard_id": shard_id, **info}, fh, sort_keys=True, indent=1)
        fh.write("\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, final)
    return final
