"""Registry of readers: format name -> function(path, **options) yielding Article | DocReport.

Format choice (:func:`sniff_format`): the extension when it is known (:data:`EXTENSIONS`, also under
``.gz`` for jsonl and warc), else the first bytes of the file: ``WARC/`` -> warc, an XML prolog or
``<rss``/``<feed`` -> rss, ``<!doctype html``/``<html`` -> html, ``{`` -> jsonl, other SGML/XML markup
-> ``markup`` (no reader: skipped as ``unsupported_format``, e.g. a Reuters-21578 ``.sgm`` file of 1,000
articles), anything else -> txt (whose reader reports binary content as ``unsupported_binary_input``, C34).
"""
from __future__ import annotations

import re
import zlib
from pathlib import Path

from . import html as _html, jsonl as _jsonl, rss as _rss, text as _text, warc as _warc

READERS = {
    "txt": _text.read_txt,
    "jsonl": _jsonl.read_jsonl,
    "html": _html.read_html,
    "rss": _rss.read_rss,
    "warc": _warc.read_warc,
}

#: Names accepted by ``--input-format``.
FORMATS: tuple[str, ...] = tuple(READERS)

EXTENSIONS = {
    ".txt": "txt", ".text": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".rss": "rss", ".atom": "rss", ".warc": "warc", ".arc": "warc",
}

_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html|<head|<body)", re.I | re.S)
_FEED = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.I)


def sniff_content(head: bytes) -> str:
    """Format name from the first bytes of a file (see module doc)."""
    if head.startswith(b"\x1f\x8b"):
        try:
            head = _gunzip_head(head)
        except (OSError, EOFError, zlib.error):
            return "txt"
    h = head.lstrip(b"\xef\xbb\xbf")
    if h.startswith(b"WARC/"):
        return "warc"
    if _FEED.search(h[:2048]) and (h.lstrip().startswith(b"<?xml") or h.lstrip()[:5].lower() in (b"<rss ", b"<rss>", b"<feed")):
        return "rss"
    if _HTML_START.match(h):
        return "html"
    if h.lstrip().startswith(b"<?xml") and _FEED.search(h):
        return "rss"
    if h.lstrip().startswith(b"{"):
        return "jsonl"
    if re.match(rb"\s*<(?:!doctype|\?xml|[a-z][\w:-]*[\s>])", h, re.I):
        # SGML or XML that is neither HTML nor a feed (a Reuters-21578 .sgm file holds 1,000 articles):
        # never coded as one plain-text article; skipped as unsupported_format: markup
        return "markup"
    return "txt"


def _gunzip_head(data: bytes, n: int = 4096) -> bytes:
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    return d.decompress(data, n)


def sniff_format(path: Path) -> str:
    """Reader name for ``path``: by extension (``.jsonl.gz``, ``.warc.gz`` included), else by content
    (:func:`sniff_content`); ``txt`` when the file cannot be read (its reader then reports why)."""
    name = path.name.lower()
    if name.endswith((".json", ".json.gz")):
        # one JSON document (not JSON Lines): skipped as a whole with reason unsupported_format: .json
        # (use a .jsonl file, one article per line, or --input-format jsonl)
        return "json"
    for ext, fmt in sorted(EXTENSIONS.items(), key=lambda kv: -len(kv[0])):
        if name.endswith(ext) or name.endswith(ext + ".gz"):
            return fmt
    if name.endswith(".xml") or not name.endswith(tuple(EXTENSIONS)):
        try:
            with open(path, "rb") as fh:
                return sniff_content(fh.read(4096))
        except OSError:
            return "txt"
    return "txt"
