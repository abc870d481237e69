"""Registry of readers: format name -> function(path) yielding Article | DocReport."""
from __future__ import annotations

from pathlib import Path

from . import text as _text, jsonl as _jsonl

READERS = {
    "txt": _text.read_txt,
    "jsonl": _jsonl.read_jsonl,
}

EXTENSIONS = {".txt": "txt", ".text": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl"}


def sniff_format(path: Path) -> str:
    """Reader name for ``path`` from its extension (``.jsonl.gz`` counts as jsonl); ``txt`` for
    files without a known extension."""
    name = path.name.lower()
    for ext, fmt in sorted(EXTENSIONS.items(), key=lambda kv: -len(kv[0])):
        if name.endswith(ext) or name.endswith(ext + ".gz"):
            return fmt
    return "txt" if not path.suffix else path.suffix.lstrip(".")
