"""JSONL reader: one article per line with ``id``, ``text`` and optional ``title``,
``publication_date``, ``url``, ``outlet``. ``.jsonl.gz`` is read through gzip."""
from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Iterator

from ..errors import InputError
from ..schema import Article, DocReport
from .core import _skip, article_from_text

FIELDS = ("id", "text", "title", "publication_date", "url", "outlet")


def read_jsonl(path: Path, field_map: dict[str, str] | None = None) -> Iterator[Article | DocReport]:
    """Yield an :class:`Article` per line; a malformed line yields a ``failed`` DocReport naming the
    line number, and reading goes on. ``field_map`` maps eventwire field -> input key."""
    fm = {f: f for f in FIELDS}
    fm.update(field_map or {})
    opener = gzip.open if path.name.endswith(".gz") else open
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
                yield DocReport(article_id=None, status="failed", reason=f"EW104 malformed: {where}: {e}", path=where)
                continue
            rid = rec.get(fm["id"])
            try:
                date = rec.get(fm["publication_date"])
                yield article_from_text(rec.get(fm["text"]) or "", id=str(rid) if rid is not None else None,
                                        title=rec.get(fm["title"]), publication_date=str(date)[:10] if date else None,
                                        url=rec.get(fm["url"]), outlet=rec.get(fm["outlet"]), path=where)
            except InputError as e:
                yield _skip(where, e, str(rid) if rid is not None else None)
