"""Plain-text reader: one article per file.

A first line without final punctuation is the headline (it stays in the article text, so offsets
are into the file as read, and is also stored as ``title``).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from ..errors import InputError
from ..schema import Article, DocReport
from .core import _skip, article_from_text, decode_bytes

_FINAL_PUNCT = re.compile(r"[.!?\"”’']\s*$")


def headline_of(text: str) -> str | None:
    """The first non-empty line when it has no final punctuation and is short (< 200 chars)."""
    for line in text.split("\n"):
        if line.strip():
            line = line.strip()
            return line if len(line) < 200 and not _FINAL_PUNCT.search(line) else None
    return None


def read_txt(path: Path, **_opts) -> Iterator[Article | DocReport]:
    """Yield one :class:`Article` for a text file (id = file stem + content hash prefix)."""
    try:
        text = decode_bytes(path.read_bytes(), name=str(path))
        art = article_from_text(text, path=str(path))
    except InputError as e:
        yield _skip(str(path), e)
        return
    art.title = headline_of(art.text)
    yield art
