"""Registry of readers: format name -> function(path, **options) yielding Article | DocReport.

Format choice (:func:`sniff_format`): the extension when it is known (:data:`EXTENSIONS`, also under
``.gz`` for jsonl and warc), else the first bytes of the file: ``WARC/`` -> warc, an XML prolog or
``<rss``/``<feed`` -> rss, ``<!doctype html``/``<html`` -> html, ``{`` -> jsonl, other SGML/XML markup
-> ``markup`` (no reader: skipped as ``unsupported_format``, e.g. a Reuters-21578 ``.sgm`` file of 1,000
articles), anything else -> txt (whose reader reports binary content as ``unsupported_binary_input``, C34).
"""
from __future__ import annotations

import os
import re
import zlib
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import InputError
from ..schema import Article, DocReport
from . import html as _html, jsonl as _jsonl, rss as _rss, text as _text, warc as _warc
from .core import _skip

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


# --- reading inputs: paths -> Articles and reports, beside the readers they dispatch to ------------------
def _iter_files(paths: Iterable[str]) -> Iterator[Path]:
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for f in sorted(files):
                    yield Path(root) / f
        elif any(ch in str(p) for ch in "*?["):
            import glob

            for g in sorted(glob.glob(str(p), recursive=True)):
                if Path(g).is_file():
                    yield Path(g)
        else:
            yield path


def read_inputs(paths: Iterable[str], *, input_format: str | None = None,
                publication_date: str | None = None, field_map: dict[str, str] | None = None,
                dedupe: bool = False, language: bool = False,
                dedupe_window: int = 256) -> Iterator[Article | DocReport]:
    """Yield an :class:`Article` or a skip/fail :class:`DocReport` for every document in ``paths``,
    in a deterministic order (directories walked in sorted order, globs sorted).

    ``paths``: files, directories (recursive) or globs. ``input_format``: force a reader (one of
    :data:`eventwire.ingest.readers.FORMATS`: txt, jsonl, html, rss, warc); default by extension, then
    content. ``publication_date`` (ISO) fills articles that carry none. ``field_map``: JSONL field
    names (see :mod:`eventwire.ingest.jsonl`). ``dedupe``: skip exact and near duplicates across the
    whole stream (:func:`eventwire.ingest.dedupe.dedupe`, reason ``duplicate:<id>``). ``language``:
    detect the language here (:func:`eventwire.ingest.language.annotate`; skip ``language:xx``) —
    parallel runners leave it off and annotate in their workers instead.

    Ids are unique per text within the call: a repeated input id with a different text is renamed
    ``<id>#2`` (``meta["renamed_from"]``; see :mod:`eventwire.ingest.ids`), before dedupe and before any
    runner splits the stream, so every runner gets the same ids.

    Never raises for one bad document or file: an unreadable file yields a ``failed`` report (EW100),
    an unexpected reader error a ``failed`` report with code EW900, and iteration goes on.
    """
    if input_format is not None and input_format not in READERS:
        raise InputError(f"unknown input format {input_format!r} (choose from {', '.join(FORMATS)})")
    from .ids import unique_ids

    items = unique_ids(_read_all(paths, input_format=input_format, publication_date=publication_date,
                                 field_map=field_map))
    if dedupe:
        from .dedupe import dedupe as _dedupe

        items = _dedupe(items, window=dedupe_window)
    if language:
        from .language import annotate_all

        items = annotate_all(items)
    return items


def _read_all(paths, *, input_format, publication_date, field_map) -> Iterator[Article | DocReport]:
    for path in _iter_files(paths):
        if not path.exists():
            yield DocReport(article_id=None, status="failed", reason=f"EW100: no such file: {path}", path=str(path))
            continue
        fmt = input_format or sniff_format(path)
        reader = READERS.get(fmt)
        if reader is None:
            why = {"json": " (one JSON document; JSON Lines input needs .jsonl or --input-format jsonl)",
                   "markup": " (SGML/XML markup that is neither HTML nor a feed, e.g. a collection of many "
                             "articles; convert it to JSONL, one article per line)"}.get(fmt, "")
            yield DocReport(article_id=None, status="skipped", reason=f"unsupported_format: {path.suffix or fmt}{why}",
                            path=str(path))
            continue
        opts = {"field_map": field_map} if fmt == "jsonl" and field_map else {}
        n = 0
        try:
            for item in reader(path, **opts):
                if isinstance(item, Article) and publication_date and not item.publication_date:
                    item.publication_date = publication_date
                n += 1
                yield item
            if n == 0:  # an empty JSONL file, a feed or crawl without pages: the file still gets a line
                yield DocReport(article_id=None, status="skipped",
                                reason=f"empty_input: {path}: no documents in this {fmt} file", path=str(path))
        except InputError as e:
            yield _skip(str(path), e)
        except (EOFError, zlib.error) as e:  # a truncated or corrupt .gz file
            yield DocReport(article_id=None, status="failed",
                            reason=f"malformed: {path}: damaged compressed file ({type(e).__name__}: {e})",
                            path=str(path))
        except OSError as e:
            if "gzip" in str(e).lower() or "compressed" in str(e).lower():
                yield DocReport(article_id=None, status="failed",
                                reason=f"malformed: {path}: damaged compressed file ({e})", path=str(path))
                continue
            yield DocReport(article_id=None, status="failed", reason=f"EW100: cannot read {path}: {e}", path=str(path))
        except Exception as e:  # a reader bug or a library error on odd bytes: report it, go on
            yield DocReport(article_id=None, status="failed",
                            reason=f"EW900 internal: {fmt} reader: {type(e).__name__}: {e}", path=str(path))
