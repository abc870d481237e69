"""Parquet output of a batch run: one file per shard and partition, byte-identical for the same input.

Layout under the output directory ``DIR`` (Hive partitioning, readable by DuckDB's
``read_parquet('DIR/events/*/*.parquet', hive_partitioning=true)`` and by ``eventwire load``)::

    DIR/events/month=YYYY-MM/<shard_id>.parquet     partitioned by month of the event date
    DIR/quotes/month=YYYY-MM/<shard_id>.parquet     by month of the article's publication date
    DIR/reports/month=YYYY-MM/<shard_id>.parquet    by month of the article's publication date
    DIR/articles/month=YYYY-MM/<shard_id>.parquet   by month of the article's publication date
    DIR/_shards/<shard_id>.json                     ledger of finished shards (see batch.shards)

``month=unknown`` holds records without a date. Quotes, reports and articles carry no event date, so
they are partitioned by the publication month of their article (the closest date they have).

Column choice: the same names and types as the DuckDB store's tables (``eventwire.store.migrations``):
scalar fields keep their type; ``context`` and ``sources`` are ``list<string>`` (DuckDB ``VARCHAR[]``);
``actor``/``recipient`` are lists of entity structs and ``speaker_entity`` an entity struct (DuckDB
``STRUCT(entity_text, code, sector, name, start, end, source)``); ``text_info``, ``event_loc`` and article
``meta`` are canonical JSON text (DuckDB ``VARCHAR``, as in the store). Event rows are made by the
store's own :func:`eventwire.store.event_row`, so they also carry its flattened filter columns
(``event_date``, ``actor_code``, ``trigger_start``...). A row turns back into the same record with
:func:`eventwire.store.event_from_row` / ``Quote.from_dict``. Each row also names its ``shard_id``.

Determinism: rows sorted by id (then by their canonical JSON), fixed writer settings (zstd level 3,
one row group per 65,536 rows, dictionary encoding, Parquet format 2.6), no pandas metadata, no
timestamps; pyarrow writes only its own version (``created_by``) into the footer.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any, Iterable

from ..schema import Article, BatchResult, DocReport, Event, Quote

TABLES = ("events", "quotes", "reports", "articles")

ROW_GROUP_SIZE = 65_536
COMPRESSION = "zstd"
COMPRESSION_LEVEL = 3
UNKNOWN_MONTH = "unknown"

_MONTH = re.compile(r"^(\d{4})-(\d{2})")


def arrow_schemas():
    """``{table name: pyarrow.Schema}`` of the four output tables (partition column excluded)."""
    import pyarrow as pa

    s, i, f, b, ls = pa.string(), pa.int64(), pa.float64(), pa.bool_(), pa.list_(pa.string())
    entity = pa.struct([("entity_text", s), ("code", s), ("sector", s), ("name", s), ("start", i), ("end", i),
                        ("source", s)])
    return {
        "events": pa.schema([
            ("id", s), ("article_id", s), ("event", s), ("mode", s), ("context", ls),
            ("actor", pa.list_(entity)), ("recipient", pa.list_(entity)), ("negated", b), ("status", s),
            ("reported", b), ("sources", ls), ("date", s), ("date_basis", s), ("event_text", s),
            ("text_info", s), ("cameo", s), ("quad_class", pa.int32()), ("goldstein", f),
            ("plover_score", f), ("event_loc", s), ("coder", s), ("event_date", pa.date32()),
            ("actor_code", s), ("actor_sector", s), ("recipient_code", s), ("recipient_sector", s),
            ("trigger_start", i), ("trigger_end", i), ("sentence", s),
            # corroboration (docs/corroboration.md): empty in shards, filled by the store on load
            ("cluster_id", s), ("num_mentions", pa.int32()), ("num_articles", pa.int32()),
            ("num_sources", pa.int32()), ("shard_id", s)]),
        "quotes": pa.schema([
            ("id", s), ("article_id", s), ("text", s), ("start", i), ("end", i), ("speaker", s),
            ("speaker_entity", entity), ("shard_id", s)]),
        "reports": pa.schema([
            ("article_id", s), ("path", s), ("status", s), ("reason", s), ("events", i), ("seq", i),
            ("shard_id", s)]),
        "articles": pa.schema([
            ("id", s), ("title", s), ("publication_date", s), ("url", s), ("outlet", s), ("path", s),
            ("language", s), ("content_hash", s), ("meta", s), ("text", s), ("shard_id", s)]),
    }


#: Fields stored as JSON text, per table.
JSON_FIELDS = {"events": (), "quotes": (),
               "reports": (), "articles": ("meta",)}


def month_of(date: str | None) -> str:
    """``YYYY-MM`` of an ISO date (``YYYY-MM-DD`` or ``YYYY-MM``), else ``unknown``."""
    m = _MONTH.match(date or "")
    return f"{m.group(1)}-{m.group(2)}" if m else UNKNOWN_MONTH


def event_row(e: Event, shard_id: str) -> dict[str, Any]:
    """The store's own ``events`` row for ``e`` (:func:`eventwire.store.event_row`: record columns
    plus the flattened filter columns) and ``shard_id``."""
    from ..store import event_row as store_event_row

    return {**store_event_row(e), "shard_id": shard_id}


def quote_row(q: Quote, shard_id: str) -> dict[str, Any]:
    d = q.to_dict()
    d["shard_id"] = shard_id
    return d


def report_row(r: DocReport, seq: int, shard_id: str) -> dict[str, Any]:
    return {**r.to_dict(), "seq": seq, "shard_id": shard_id}


def article_row(a: Article, shard_id: str) -> dict[str, Any]:
    return {"id": a.id, "title": a.title, "publication_date": a.publication_date, "url": a.url,
            "outlet": a.outlet, "path": a.path, "language": a.language, "content_hash": a.content_hash,
            "meta": json.dumps(a.meta, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str),
            "text": a.text, "shard_id": shard_id}


def shard_tables(shard_id: str, items: list, result: BatchResult) -> dict[str, dict[str, list[dict]]]:
    """Rows of one coded shard, as ``{table: {month: [row, ...]}}`` sorted for deterministic output.

    ``items``: the shard's input items (for publication months); ``result``: what
    :func:`eventwire.pipeline.code_batch` returned for them (one report per item, in item order).
    """
    pub_month = {it.id: month_of(it.publication_date) for it in items if isinstance(it, Article)}
    out: dict[str, dict[str, list[dict]]] = {t: {} for t in TABLES}

    def put(table: str, month: str, row: dict) -> None:
        out[table].setdefault(month, []).append(row)

    for e in result.events:
        put("events", month_of(e.date), event_row(e, shard_id))
    for q in result.quotes:
        put("quotes", pub_month.get(q.article_id, UNKNOWN_MONTH), quote_row(q, shard_id))
    for seq, r in enumerate(result.reports):
        put("reports", pub_month.get(r.article_id, UNKNOWN_MONTH), report_row(r, seq, shard_id))
    for a in result.articles:
        put("articles", pub_month.get(a.id, UNKNOWN_MONTH), article_row(a, shard_id))

    def key(row: dict) -> tuple:
        rid = row.get("id") if "id" in row else row.get("article_id")
        return (rid or "", json.dumps(row, sort_keys=True, ensure_ascii=False, default=str))

    for table in out.values():
        for rows in table.values():
            rows.sort(key=key)
    return out


def write_table(rows: list[dict], schema, path: Path) -> None:
    """Write ``rows`` to ``path`` atomically (tmp file + rename) with the fixed writer settings."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(rows, schema=schema)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name("." + path.name + ".tmp")
    pq.write_table(table, tmp, row_group_size=ROW_GROUP_SIZE, compression=COMPRESSION,
                   compression_level=COMPRESSION_LEVEL, use_dictionary=True, write_statistics=True,
                   version="2.6", store_schema=True)
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def write_shard(out_dir: str | os.PathLike, shard_id: str, items: list, result: BatchResult) -> list[str]:
    """Write one coded shard's Parquet files under ``out_dir``; returns their paths relative to
    ``out_dir``, sorted. A table with no rows in a shard writes no file. Overwrites the same file
    names with the same bytes when a shard is coded again (idempotent)."""
    schemas = arrow_schemas()
    written = []
    for table, months in shard_tables(shard_id, items, result).items():
        for month, rows in months.items():
            rel = Path(table) / f"month={month}" / f"{shard_id}.parquet"
            write_table(rows, schemas[table], Path(out_dir) / rel)
            written.append(rel.as_posix())
    return sorted(written)


# ----------------------------------------------------------------------------------------------
# reading back


def table_files(out_dir: str | os.PathLike, table: str) -> list[Path]:
    """All Parquet files of ``table`` under ``out_dir`` (sorted; temporary files excluded)."""
    base = Path(out_dir) / table
    if not base.is_dir():
        return []
    return sorted(p for p in base.glob("month=*/*.parquet") if not p.name.startswith("."))


def read_rows(out_dir: str | os.PathLike, table: str) -> list[dict[str, Any]]:
    """Rows of ``table`` from every file under ``out_dir``, JSON fields decoded back to the
    ``to_dict`` values, with ``shard_id`` and ``month`` (from the partition folder)."""
    import pyarrow.parquet as pq

    rows: list[dict[str, Any]] = []
    for p in table_files(out_dir, table):
        month = p.parent.name.split("=", 1)[1]
        for r in pq.read_table(p).to_pylist():
            for k in JSON_FIELDS[table]:
                if r.get(k) is not None:
                    r[k] = json.loads(r[k])
            r["month"] = month
            rows.append(r)
    return rows


def records_from_rows(table: str, rows: Iterable[dict[str, Any]]) -> list:
    """Turn rows of :func:`read_rows` back into schema records (Event, Quote, DocReport, Article)."""
    out = []
    for r in rows:
        r = {k: v for k, v in r.items() if k not in ("shard_id", "month")}
        if table == "events":
            from ..store import event_from_row

            out.append(event_from_row(r))
        elif table == "quotes":
            r.pop("id", None)
            out.append(Quote.from_dict(r))
        elif table == "reports":
            r.pop("seq", None)
            out.append(DocReport(**r))
        elif table == "articles":
            r.pop("content_hash", None)
            out.append(Article(**r))
        else:
            raise ValueError(f"unknown table {table!r}")
    return out


def shard_result(out_dir: str | os.PathLike, files: Iterable[str]) -> BatchResult:
    """Rebuild the :class:`~eventwire.schema.BatchResult` of one recorded shard from its Parquet
    ``files`` (paths relative to ``out_dir``, as listed in the shard's ledger marker)."""
    import pyarrow.parquet as pq

    res = BatchResult()
    by_table: dict[str, list[dict]] = {t: [] for t in TABLES}
    for rel in sorted(files):
        table = rel.split("/", 1)[0]
        rows = pq.read_table(Path(out_dir) / rel).to_pylist()
        for r in rows:
            for k in JSON_FIELDS[table]:
                if r.get(k) is not None:
                    r[k] = json.loads(r[k])
        by_table[table].extend(rows)
    res.events = records_from_rows("events", by_table["events"])
    res.quotes = records_from_rows("quotes", by_table["quotes"])
    res.reports = records_from_rows("reports", sorted(by_table["reports"], key=lambda r: r["seq"]))
    res.articles = records_from_rows("articles", by_table["articles"])
    return res


def load_dir(out_dir: str | os.PathLike, store, progress=None) -> dict[str, int]:
    """Load every *recorded* shard of a batch output directory into a DuckDB store.

    Shards are read in shard-id order from the ledger (``DIR/_shards``), so Parquet files of a shard
    whose run was killed before it was recorded are never loaded. Each shard is one
    ``store.write_batch`` call (one transaction; idempotent: loading twice adds nothing). Returns
    ``{"shards": n, <table>: new rows, ...}``. Raises :class:`~eventwire.errors.StoreError` when
    ``out_dir`` has no ledger.
    """
    from ..errors import StoreError
    from .ledger import done_shards, read_marker

    ids = sorted(done_shards(out_dir))
    if not ids:
        raise StoreError(f"{out_dir} holds no finished shards (no {out_dir}/_shards/*.json): "
                         f"run 'eventwire batch ... --out {out_dir}' first")
    totals: dict[str, int] = {"shards": 0}
    for sid in ids:
        marker = read_marker(out_dir, sid)
        added = store.write_batch(shard_result(out_dir, marker.get("files", [])))
        totals["shards"] += 1
        for k, v in added.items():
            totals[k] = totals.get(k, 0) + v
        if progress:
            progress(sid, totals)
    return totals
