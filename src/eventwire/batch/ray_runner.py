"""The Ray engine: shards coded by a pool of Ray Data actors, each loading the spaCy model once.

Ray is an optional extra (``pip install "eventwire[ray]"``) and is imported only inside
:func:`ray_engine`, so ``eventwire batch --engine local`` works without it.

Design (issue 7, and Ray's own advice on stateful transforms):

* Each shard is one row of plain Arrow columns (``shard_id`` plus aligned ``list<string>`` columns,
  see :func:`eventwire.batch.shards.shard_to_row`); one block per shard, so the actors share the
  work shard by shard. ``map_batches(ShardCoder, batch_size=1, batch_format="pyarrow",
  compute=ActorPoolStrategy(size=workers))`` codes each shard with the same shard function as the
  local engine (:func:`eventwire.batch.local.code_chunk`: language check, then one
  :func:`eventwire.pipeline.code_batch` call per shard), hence the same records.
* The spaCy pipeline is created inside the actor (``ShardCoder.__init__`` calls ``load_model()``):
  it never travels through Ray's object store (objects come back read-only there). Only strings go
  in and out.
* Bounded work per worker: after ``recycle_after`` articles an actor drops its pipeline and loads
  a fresh one (spaCy's vocabulary and string store grow in long-lived processes).
* Small containers: a locally started Ray gets a capped object store (``object_store_memory``,
  default 256 MB), no dashboard, ``num_cpus = workers``.
* Results stream back to the driver as shards finish; the driver writes Parquet and records the
  shard (see :func:`eventwire.batch.shards.run_batch`). With a remote cluster, the output directory is
  the driver's, so only the driver needs to see it.
"""
from __future__ import annotations

import gc
import logging
import os
from typing import Any, Iterable, Iterator

from ..errors import EngineUnavailable

log = logging.getLogger(__name__)

#: Object store cap for a Ray instance started by eventwire (bytes); override with
#: EVENTWIRE_RAY_OBJECT_STORE_MB.
DEFAULT_OBJECT_STORE_BYTES = 256 * 1024 * 1024


class ShardCoder:
    """Ray Data callable class: one instance per actor. ``__call__`` takes a ``pyarrow.Table`` of shard
    rows and returns a ``pyarrow.Table`` with one result row per shard
    (:data:`eventwire.batch.shards.RESULT_COLUMNS`)."""

    #: articles coded before the pipeline is reloaded (set per run on a subclass, see ray_engine)
    recycle_after = 20_000

    def __init__(self) -> None:
        from ..ingest.language import detector
        from ..nlp.model import load_model

        detector()  # the language detector and the spaCy model: once per actor, created here,
        load_model()  # never shipped through the object store
        self.articles_since_load = 0

    def __call__(self, batch):
        import pyarrow as pa

        from ..nlp.model import load_model
        from .rows import code_shard_row, result_arrow_schema

        out = []
        for row in batch.to_pylist():
            out.append(code_shard_row(row))
            self.articles_since_load += len(row["kind"])
        if self.recycle_after and self.articles_since_load >= self.recycle_after:
            load_model.cache_clear()
            gc.collect()
            load_model()
            self.articles_since_load = 0
        return pa.Table.from_pylist(out, schema=result_arrow_schema())


def _init_ray(ray, address: str | None, workers: int) -> bool:
    """Start or join Ray unless already initialised; returns True when this call started it."""
    if ray.is_initialized():
        return False
    kw: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False, "ignore_reinit_error": True,
                          "configure_logging": True, "logging_level": logging.WARNING}
    from ..actors.user_tables import ENV_VAR

    if os.environ.get(ENV_VAR):  # user actor tables (--actors) reach the Ray workers (same paths on each node)
        kw["runtime_env"] = {"env_vars": {ENV_VAR: os.environ[ENV_VAR]}}
    if address:
        try:
            ray.init(address=address, **kw)
        except ValueError as e:
            if "ray[client]" in str(e):  # plain "ray" lacks Ray Client (grpcio), which ray:// needs
                raise EngineUnavailable(f'--address {address} uses Ray Client, which is not installed: '
                                        f'pip install "ray[client]"') from e
            raise
        except ConnectionError as e:
            raise EngineUnavailable(f"cannot join the Ray cluster at {address}: {e}") from e
    else:
        mb = os.environ.get("EVENTWIRE_RAY_OBJECT_STORE_MB")
        ray.init(num_cpus=workers, object_store_memory=int(mb) * 1024 * 1024 if mb else DEFAULT_OBJECT_STORE_BYTES,
                 **kw)
    return True


def ray_engine(rows: Iterable[dict[str, Any]], *, workers: int = 1, address: str | None = None,
               recycle_after: int = 20_000) -> Iterator[dict[str, Any]]:
    """Code shard rows on Ray; yields result rows (dicts of RESULT_COLUMNS) as shards finish.

    ``workers``: actors in the pool (one CPU each). ``address``: None starts a local Ray; ``auto`` or
    ``ray://HOST:PORT`` joins a running cluster (its nodes need eventwire and the model installed,
    e.g. the same container image; ``ray://`` needs Ray Client: ``pip install "ray[client]"``). Raises
    :class:`~eventwire.errors.EngineUnavailable` (EW210) when Ray (or Ray Client, for ``ray://``) is not
    installed or the cluster cannot be reached.
    """
    try:
        import ray
        import ray.data
    except ImportError as e:
        raise EngineUnavailable('the Ray engine needs Ray: pip install "eventwire[ray]"') from e
    from .rows import rows_to_arrow

    rows = list(rows)
    if not rows:
        return
    logging.getLogger("ray.data").setLevel(logging.WARNING)  # one line per Dataset run is noise here
    started = _init_ray(ray, address, workers)
    try:
        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False
        ctx.execution_options.preserve_order = False
        # one block per shard: the actor pool shares the work shard by shard
        ds = ray.data.from_arrow([rows_to_arrow([r]) for r in rows])
        # the setting rides on the class, not as constructor arguments in the object store
        coder = type("ShardCoder", (ShardCoder,), {"recycle_after": recycle_after})
        coded = ds.map_batches(coder, batch_size=1, batch_format="pyarrow",
                               compute=ray.data.ActorPoolStrategy(size=min(workers, len(rows))), num_cpus=1)
        for batch in coded.iter_batches(batch_size=None, batch_format="pyarrow"):
            yield from batch.to_pylist()
    finally:
        if started:
            ray.shutdown()
