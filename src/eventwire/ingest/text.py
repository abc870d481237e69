"""Plain-text reader: one article per file.

A first line without final punctuation is the headline (it stays in the article text, so offsets
are into the file as read, and is also stored as ``title``).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from ..errors import InputError, TooLarge
from ..schema import Article, DocReport
from .core import _skip, article_from_text, decode_text, non_utf8

_FINAL_PUNCT = re.compile(r"[.!?\"”’']\s*$")


def headline_of(text: str) -> str | None:
    """The first non-empty line when it has no final punctuation and is short (< 200 chars)."""
    for line in text.split("\n"):
        if line.strip():
            line = line.strip()
            return line if len(line) < 200 and not _FINAL_PUNCT.search(line) else None
    return None


def read_txt(path: Path, max_doc_bytes: int | None = None, **_opts) -> Iterator[Article | DocReport]:
    """Yield one :class:`Article` for a text file (id = file stem + content hash prefix).
    ``max_doc_bytes``: per-document limit on the text's UTF-8 bytes (skipped, ``too_large:<bytes>``); a
    file over 4 times the limit (room for UTF-16/32) is skipped unread, with its file size. A file that is not
    UTF-8 keeps the encoding it was read in in ``meta["encoding"]`` (:func:`eventwire.ingest.core.decode_text`)."""
    try:
        size = path.stat().st_size
        if max_doc_bytes and size > 4 * max_doc_bytes:
            raise TooLarge(f"{path}: file of {size} bytes is over the per-document limit of {max_doc_bytes} bytes "
                           f"(--max-doc-bytes; 0 for none); not read", size=size)
        text, encoding = decode_text(path.read_bytes(), name=str(path))
        art = article_from_text(text, path=str(path), max_bytes=max_doc_bytes, encoding=non_utf8(encoding))
    except InputError as e:
        yield _skip(str(path), e)
        return
    art.title = headline_of(art.text)
    yield art
