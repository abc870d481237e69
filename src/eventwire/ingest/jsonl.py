"""JSONL reader: one article per line with ``id``, ``text`` and optional ``title``,
``publication_date``, ``url``, ``outlet``, ``author``. ``.jsonl.gz`` is read through gzip.

Field names are mapped with ``field_map`` (eventwire field -> input key, e.g. ``{"publication_date":
"published", "text": "body"}``; CLI ``--field publication_date=published``). ``publication_date`` keeps
the ISO prefix of the value (``YYYY-MM-DD`` or ``YYYY-MM``, C21: a month stays a month); a value that
is not ISO is kept as ``meta["raw_date"]`` and the date is left empty rather than guessed.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Iterator

from ..errors import BinaryInput, InputError, a_an
from ..schema import Article, DocReport
from .core import BINARY_MAGIC, _skip, article_from_text
from .dates import publication_date

FIELDS = ("id", "text", "title", "publication_date", "url", "outlet", "author")
#: Common input key names tried, in order, when a record lacks the eventwire name and no --field
#: mapping was given (GDELT/Common Crawl/news-please/VOA dumps).
ALIASES = {
    "id": ("doc_id", "article_id", "uuid", "_id"),
    "text": ("body", "content", "maintext", "article", "full_text"),
    "title": ("headline", "heading"),
    "publication_date": ("date", "published", "pub_date", "date_publish", "publish_date", "published_at",
                         "timestamp"),
    "url": ("link", "source_url"),
    "outlet": ("source", "publisher", "source_domain", "site"),
    "author": ("authors", "byline"),
}


def iso_date(value) -> tuple[str | None, str | None]:
    """``(iso, raw)``: the publication date of ``value`` as ISO (``YYYY-MM-DD``/``YYYY-MM``, see
    :func:`eventwire.ingest.dates.publication_date`) or None, and the raw value (as str) when it is not
    a usable date. ``(None, None)`` for no value. Never raises."""
    iso, why = publication_date(value)
    return (iso, None) if iso or why is None else (None, str(value))


def _str(v) -> str | None:
    return None if v is None else str(v)


def _get(rec: dict, fm: dict, name: str, mapped: set):
    """The record's value for eventwire field ``name``: its mapped key, else (no explicit mapping) the
    first present alias of :data:`ALIASES`."""
    v = rec.get(fm[name])
    if v is None and name not in mapped:
        for key in ALIASES.get(name, ()):
            if rec.get(key) is not None:
                return rec[key]
    return v


def read_jsonl(path: Path, field_map: dict[str, str] | None = None, **_opts) -> Iterator[Article | DocReport]:
    """Yield an :class:`Article` per line; a malformed line yields a ``failed`` DocReport naming the
    line number, and reading goes on. ``field_map`` maps eventwire field -> input key. A binary file
    is one ``unsupported_binary_input`` skip (C34)."""
    fm = {f: f for f in FIELDS}
    fm.update(field_map or {})
    mapped = set(field_map or ())
    opener = gzip.open if path.name.endswith(".gz") else open
    head = b""
    try:
        with opener(path, "rb") as fh:
            head = fh.read(65536)
    except (OSError, EOFError):  # truncated gzip: read the complete lines below, then report the break
        pass
    if head.startswith(BINARY_MAGIC) or b"\x00" in head:
        yield _skip(str(path), BinaryInput(f"{path}: binary content (magic number or NUL bytes), not JSONL"))
        return
    with opener(path, "rt", encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                rec = json.loads(line)
                if not isinstance(rec, dict):
                    raise ValueError("line is not a JSON object")
            except ValueError as e:
                yield DocReport(article_id=None, status="failed", reason=f"malformed: EW104 {where}: {e}", path=where)
                continue
            rid = _get(rec, fm, "id", mapped)
            rid = str(rid) if rid is not None and rid != "" else None
            try:
                text = _get(rec, fm, "text", mapped)
                if text is not None and not isinstance(text, str):
                    yield DocReport(article_id=rid, status="failed", path=where,
                                    reason=f"malformed: EW104 {where}: text is {a_an(type(text).__name__)}, not a string")
                    continue
                date_value = _get(rec, fm, "publication_date", mapped)
                date, why = publication_date(date_value)
                raw = None if date or why is None else str(date_value)
                yield article_from_text(text if isinstance(text, str) else _str(text) or "", id=rid,
                                        title=_str(_get(rec, fm, "title", mapped)), publication_date=date,
                                        url=_str(_get(rec, fm, "url", mapped)), outlet=_str(_get(rec, fm, "outlet", mapped)),
                                        path=where, author=_str(_get(rec, fm, "author", mapped)), raw_date=raw,
                                        raw_date_reason=why if raw else None)
            except InputError as e:
                yield _skip(where, e, rid)
