"""Shards and coded shards in plain-column form (dicts of lists of strings): what every engine moves between
the driver and its workers, and the one function that codes a shard (see :mod:`eventwire.batch.shards`)."""
from __future__ import annotations

import json
from typing import Any

from ..schema import Article, DocReport

#: Plain columns of one shard row (all lists are aligned, one entry per input item).
ROW_COLUMNS = ("shard_id", "kind", "id", "text", "title", "publication_date", "url", "outlet", "path",
               "language", "meta", "status", "reason")


def shard_to_row(shard) -> dict[str, Any]:
    """One shard as a dict of plain values: ``shard_id`` (str) and, per column of :data:`ROW_COLUMNS`,
    a list with one entry per item. ``kind`` is ``article`` or ``report``; ``meta`` is JSON text."""
    row: dict[str, Any] = {c: [] for c in ROW_COLUMNS if c != "shard_id"}
    row["shard_id"] = shard.id
    for it in shard.items:
        if isinstance(it, Article):
            vals = {"kind": "article", "id": it.id, "text": it.text, "title": it.title,
                    "publication_date": it.publication_date, "url": it.url, "outlet": it.outlet,
                    "path": it.path, "language": it.language,
                    "meta": json.dumps(it.meta, sort_keys=True, ensure_ascii=False, default=str),
                    "status": None, "reason": None}
        else:
            vals = {"kind": "report", "id": it.article_id, "text": None, "title": None,
                    "publication_date": None, "url": None, "outlet": None, "path": it.path,
                    "language": None, "meta": None, "status": it.status, "reason": it.reason}
        for k, v in vals.items():
            row[k].append(v)
    return row


def items_from_row(row: dict[str, Any]) -> list[Article | DocReport]:
    """Inverse of :func:`shard_to_row` (accepts lists or numpy arrays per column)."""
    out: list[Article | DocReport] = []
    kinds = list(row["kind"])
    for j, kind in enumerate(kinds):
        def g(col: str):
            v = row[col][j]
            return None if v is None else str(v)

        if kind == "article":
            meta = g("meta")
            out.append(Article(text=g("text") or "", id=g("id"), title=g("title"),
                               publication_date=g("publication_date"), url=g("url"), outlet=g("outlet"),
                               path=g("path"), language=g("language"), meta=json.loads(meta) if meta else {}))
        else:
            out.append(DocReport(article_id=g("id"), status=g("status") or "failed", reason=g("reason"),
                                 path=g("path")))
    return out


def rows_to_arrow(rows: list[dict[str, Any]]):
    """A ``pyarrow.Table`` with one row per shard: ``shard_id`` string, other columns list<string>."""
    import pyarrow as pa

    fields = [pa.field("shard_id", pa.string())] + [pa.field(c, pa.list_(pa.string())) for c in ROW_COLUMNS[1:]]
    schema = pa.schema(fields)
    return pa.Table.from_pylist(rows, schema=schema)


#: Columns of a coded shard as returned by a worker: ``shard_id`` and four lists of canonical JSON
#: records (``schema.*.to_dict``): events, quotes, reports (one per input item, in item order) and
#: the coded articles.
RESULT_COLUMNS = ("shard_id", "events", "quotes", "reports", "articles")


def _j(d: dict) -> str:
    return json.dumps(d, ensure_ascii=False, separators=(",", ":"))


def code_shard_row(row: dict[str, Any]) -> dict[str, Any]:
    """Code one shard given in plain-column form (:func:`shard_to_row`) with
    :func:`eventwire.batch.local.code_chunk` (language check, then :func:`eventwire.pipeline.code_batch`
    over the whole shard as one batch), so every engine gives spaCy the same batches and returns the
    same records as ``eventwire code``. Returns a dict of :data:`RESULT_COLUMNS`. Never raises for a bad
    document (:class:`~eventwire.errors.ModelError` when the model is missing)."""
    from .local import code_chunk

    return result_to_row(str(row["shard_id"]), code_chunk(items_from_row(row)))


def result_to_row(shard_id: str, res) -> dict[str, Any]:
    """A :class:`~eventwire.schema.BatchResult` as a dict of :data:`RESULT_COLUMNS` (plain strings)."""
    arts = []
    for a in res.articles:
        d = a.to_dict()
        d.pop("content_hash", None)
        arts.append(_j(d))
    return {"shard_id": shard_id, "events": [_j(e.to_dict()) for e in res.events],
            "quotes": [_j(q.to_dict()) for q in res.quotes], "reports": [_j(r.to_dict()) for r in res.reports],
            "articles": arts}


def result_from_row(row: dict[str, Any]):
    """Inverse of :func:`code_shard_row`'s output: a :class:`~eventwire.schema.BatchResult`."""
    from ..schema import BatchResult, Event, Quote

    res = BatchResult()
    res.events = [Event.from_dict(json.loads(s)) for s in row["events"]]
    res.quotes = [Quote.from_dict({k: v for k, v in json.loads(s).items() if k != "id"}) for s in row["quotes"]]
    res.reports = [DocReport(**json.loads(s)) for s in row["reports"]]
    res.articles = [Article(**json.loads(s)) for s in row["articles"]]
    return res


def result_arrow_schema():
    import pyarrow as pa

    return pa.schema([pa.field("shard_id", pa.string())]
                     + [pa.field(c, pa.list_(pa.string())) for c in RESULT_COLUMNS[1:]])
