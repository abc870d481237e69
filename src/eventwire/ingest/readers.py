"""Registry of readers: format name -> function(path, **options) yielding Article | DocReport.

Format choice (:func:`sniff_format`): the extension when it is known (:data:`EXTENSIONS`, also under
``.gz`` for jsonl and warc; a ``.txt`` file that starts with other SGML/XML markup is ``markup``), else the first bytes of the file
(UTF-16 text, with or without its byte-order mark, read as text first): ``WARC/`` -> warc, an XML prolog or
``<rss``/``<feed`` -> rss, ``<!doctype html``/``<html`` -> html, ``{`` -> jsonl, other SGML/XML markup
-> ``markup`` (no reader: skipped as ``unsupported_format``, e.g. a Reuters-21578 ``.sgm`` file of 1,000
articles), anything else -> txt (whose reader reports binary content as ``unsupported_binary_input``, C34).

A format forced with ``--input-format`` is checked against the content (:func:`format_mismatch`): JSON Lines
forced as html or txt, say, fails the file (``format_mismatch: EW114``) instead of coding its markup as text.
"""
from __future__ import annotations

import fnmatch
import os
import re
import stat
import zlib
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import FormatMismatch, InputError, TooLarge
from ..schema import Article, DocReport
from . import html as _html, jsonl as _jsonl, rss as _rss, text as _text, warc as _warc
from .core import _BOMS, MAX_DOC_BYTES, _skip, check_size, utf16_codec

READERS = {
    "txt": _text.read_txt,
    "jsonl": _jsonl.read_jsonl,
    "html": _html.read_html,
    "rss": _rss.read_rss,
    "warc": _warc.read_warc,
}

#: Names accepted by ``--input-format``.
FORMATS: tuple[str, ...] = tuple(READERS)

#: Formats the sniffers recognise but no reader codes: a file of one is skipped as ``unsupported_format`` with this
#: advice (format name -> text added to the reason).
UNSUPPORTED_FORMATS: dict[str, str] = {
    "json": " (one JSON document; JSON Lines input needs .jsonl or --input-format jsonl)",
    "markup": " (SGML/XML markup that is neither HTML nor a feed, e.g. a collection of many articles; convert it to "
              "JSONL, one article per line)",
    "table": " (a table of articles, CSV or TSV: convert it to JSONL, one article per line with its text, id and "
             "date)",
}

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
    h = _utf16_as_utf8(head).lstrip(b"\xef\xbb\xbf")
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


#: What :func:`sniff_content` names, in words (for the ``format_mismatch`` reason).
CONTENT_NAMES = {"jsonl": "JSON Lines", "json": "a JSON document", "table": "a CSV/TSV table", "html": "an HTML page", "rss": "an RSS/Atom feed",
                 "warc": "a WARC crawl", "markup": "SGML/XML markup", "txt": "plain text"}

#: Content kinds (of :func:`sniff_content`, and ``json`` for a JSON array) that a forced reader cannot take:
#: the lenient readers would code them as text (txt codes anything, html extracts text from anything), and the
#: JSON Lines reader would fail every line one by one. The RSS and WARC readers check their own formats.
MISMATCHED_CONTENT: dict[str, frozenset[str]] = {
    "txt": frozenset({"html", "jsonl", "json", "rss", "warc", "markup"}),
    "html": frozenset({"jsonl", "json", "rss", "warc"}),  # an HTML fragment (<div>, <p> ...) sniffs as markup
    "jsonl": frozenset({"html", "rss", "warc", "markup", "txt"}),
}

#: A line of a JSON Lines file: an object (or, malformed, an array) after optional blanks.
_JSON_LINE = re.compile(rb"^[ \t]*[{\[]", re.M)

_JSON_ARRAY = re.compile(rb"\s*\[\s*[{\"\[]")


def _text_head(head: bytes) -> bytes:
    """The first bytes of a file as UTF-8 text: gunzipped when gzip, UTF-16 recoded, BOM removed (b"" when the
    gzip head cannot be read)."""
    if head.startswith(b"\x1f\x8b"):
        try:
            head = _gunzip_head(head)
        except (OSError, EOFError, zlib.error):
            return b""
    return _utf16_as_utf8(head).lstrip(b"\xef\xbb\xbf")


def format_mismatch(path: Path, fmt: str) -> str | None:
    """Why the forced reader ``fmt`` does not fit the content of ``path``, or None when it may.

    Rule: the content's kind by its first 4 KiB (:func:`sniff_content`; a JSON array, ``[{`` or ``["``, is
    ``json``) is one that reader cannot take (:data:`MISMATCHED_CONTENT`): ``--input-format html`` on JSON
    Lines coded the JSON keys and values as the article (fresh-user finding, stop 18), ``--input-format txt``
    on an HTML page would code its tags, and ``--input-format jsonl`` on plain text failed every line one by one
    (fresh-user finding, stop 21): plain text is a mismatch for jsonl when no line of the head starts with ``{``
    or ``[`` (a JSON Lines file whose first line is broken still reads, line by line). Plain text forced as html fits (the page extractor keeps its text),
    and so does an HTML fragment. None too when the file cannot be read (its reader reports why).
    Example: a file of ``{"id": "a1", "text": "..."}`` lines with ``fmt="html"`` -> ``"the content is JSON Lines
    (it starts with '{"id": "a1", "te'), not html; ..."``.
    """
    bad = MISMATCHED_CONTENT.get(fmt)
    if not bad:
        return None
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return None
    kind = sniff_content(head)
    if kind == "txt" and not head.startswith(b"\x1f\x8b") and _JSON_ARRAY.match(_utf16_as_utf8(head).lstrip(b"\xef\xbb\xbf")):
        kind = "json"
    if kind == "txt" and fmt == "jsonl" and _JSON_LINE.search(_text_head(head)):
        return None  # a JSON Lines file whose first line is broken: its reader fails that line and reads on
    if kind not in bad:
        return None
    shown = _utf16_as_utf8(head).lstrip(b"\xef\xbb\xbf").lstrip()[:16].decode("utf-8", "replace") if not \
        head.startswith(b"\x1f\x8b") else "gzip data"
    advice = (f"use --input-format {kind}, or leave --input-format out to choose the reader by content"
              if kind in READERS else "convert it to JSONL, one article per line")
    return f"the content is {CONTENT_NAMES.get(kind, kind)} (it starts with {shown!r}), not {fmt}; {advice}"


def _utf16_as_utf8(head: bytes) -> bytes:
    """``head`` re-encoded as UTF-8 when it is UTF-16/32 text (its byte-order mark, or the NUL pattern of
    BOM-less UTF-16: :func:`eventwire.ingest.core.utf16_codec`), so that the sniffers see its markup: a UTF-16
    ``.txt`` of SGML records is ``markup`` and a UTF-16 HTML page ``html``, as in UTF-8. Else ``head`` itself.
    A character cut at the end of the head is replaced, not an error."""
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return head[len(bom):].decode(codec, errors="replace").encode("utf-8")
    codec = utf16_codec(head)
    return head.decode(codec, errors="replace").encode("utf-8") if codec else head


def _gunzip_head(data: bytes, n: int = 4096) -> bytes:
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    return d.decompress(data, n)


def sniff_format(path: Path) -> str:
    """Reader name for ``path``: by extension (``.jsonl.gz``, ``.warc.gz`` included), else by content
    (:func:`sniff_content`); ``txt`` when the file cannot be read (its reader then reports why)."""
    name = path.name.lower()
    if name.endswith((".csv", ".csv.gz", ".tsv", ".tsv.gz")):
        # a table of many articles (fresh user: a CSV of three stories was coded as one text with no event):
        # skipped as a whole with reason unsupported_format: .csv
        return "table"
    if name.endswith((".json", ".json.gz")):
        # one JSON document (not JSON Lines): skipped as a whole with reason unsupported_format: .json
        # (use a .jsonl file, one article per line, or --input-format jsonl)
        return "json"
    for ext, fmt in sorted(EXTENSIONS.items(), key=lambda kv: -len(kv[0])):
        if name.endswith(ext) or name.endswith(ext + ".gz"):
            if fmt == "txt":
                # a .txt file that holds SGML/XML records is no plain-text article either, and one that holds an
                # HTML page, fragment or tagged text is read by the page extractor, never coded with its tags
                return _txt_content_kind(path)
            return fmt
    if name.endswith(".xml") or not name.endswith(tuple(EXTENSIONS)):
        try:
            with open(path, "rb") as fh:
                return sniff_content(fh.read(4096))
        except OSError:
            return "txt"
    return "txt"


#: HTML elements whose tags mark a text as HTML (a page body, a fragment, text copied with its tags).
_HTML_TAG = re.compile(rb"</?(?:p|div|br|span|b|i|u|em|strong|a|h[1-6]|ul|ol|li|table|tr|td|th|article|section|"
                       rb"header|footer|main|nav|blockquote|figure|figcaption|img|hr|html|body|head|title|meta|"
                       rb"script|style)\b[^<>]{0,500}>", re.I)


def _txt_content_kind(path: Path) -> str:
    """The reader for a file named as plain text, by its first 4 KiB: ``markup`` when it starts with SGML/XML
    markup whose first element is no HTML element (Reuters-21578 ``<REUTERS>`` records, an XML document;
    :func:`sniff_content`), ``html`` when it is an HTML page (``<!doctype html>``, ``<html>``), starts with an
    HTML element (``<div><p>...``) or holds two or more HTML tags (text pasted with its ``<p>`` and ``<b>``
    tags: the page extractor gives its text, where the plain-text reader would code the tags; fresh-user
    finding, stop 21), else ``txt``. A gzipped file is ``markup`` or ``txt`` (the page extractor reads no gzip).
    ``txt`` when it cannot be read (its reader then reports why)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return "txt"
    kind = sniff_content(head)
    if head.startswith(b"\x1f\x8b"):  # the page extractor reads no gzip: a .txt.gz is text or skipped markup
        return "markup" if kind == "markup" else "txt"
    text = _text_head(head)
    if kind == "markup" and not _HTML_TAG.match(text.lstrip()):
        return "markup"
    if kind in ("html", "markup") or (kind == "txt" and len(_HTML_TAG.findall(text)) >= 2):
        return "html"
    return "txt"


# --- reading inputs: paths -> Articles and reports, beside the readers they dispatch to ------------------
def _unreadable(path: str | os.PathLike, e: OSError, what: str = "") -> DocReport:
    """The ``failed`` EW100 line of a path the run could not read (no server-side detail beyond the OS's
    reason: "Permission denied", "Too many levels of symbolic links", ...)."""
    why = e.strerror or type(e).__name__
    return DocReport(article_id=None, status="failed", reason=f"EW100: cannot read {what}{path}: {why}",
                     path=str(path))


def _linked_folder(path: str | os.PathLike) -> DocReport:
    return DocReport(article_id=None, status="skipped", path=str(path),
                     reason=f"linked_folder: {path}: a symbolic link to a folder inside a folder is not followed "
                            f"(name the folder itself to code it)")


def _walk(root: str | os.PathLike, keep_dir=None, keep_file=None) -> Iterator[Path | DocReport]:
    """Files under ``root`` in sorted order (``os.walk``, links to folders never followed, so a link loop
    cannot hang the walk), and a ``failed`` EW100 report for every folder that cannot be listed.
    ``keep_dir(rel_parts)`` prunes folders, ``keep_file(rel_parts)`` filters files (rel_parts: path
    components below ``root``); links to folders are reported as ``linked_folder`` when no filter is given."""
    errors: list[OSError] = []
    root = os.fspath(root)
    for dirpath, dirs, files in os.walk(root, onerror=errors.append):
        yield from (_unreadable(e.filename or dirpath, e, "folder ") for e in errors)
        errors.clear()
        rel = Path(dirpath).relative_to(root).parts
        dirs.sort()
        links = [d for d in dirs if os.path.islink(os.path.join(dirpath, d))]
        dirs[:] = [d for d in dirs if d not in links and (keep_dir is None or keep_dir(rel + (d,)))]
        entries = sorted(files + (links if keep_file is None else []))
        for f in entries:
            if keep_file is not None and not keep_file(rel + (f,)):
                continue
            yield _linked_folder(Path(dirpath) / f) if f in links else Path(dirpath) / f
    yield from (_unreadable(e.filename or root, e, "folder ") for e in errors
                if not isinstance(e, FileNotFoundError))


def _has_magic(part: str) -> bool:
    return any(ch in part for ch in "*?[")


def _glob_match(names: tuple[str, ...], pat: tuple[str, ...]) -> bool:
    """``glob`` semantics per path component: ``**`` is zero or more folders, ``*``/``?``/``[..]`` as
    ``fnmatch``; a name starting with "." only matches a pattern part starting with "."."""
    if not pat:
        return not names
    if pat[0] == "**":
        return _glob_match(names, pat[1:]) or (bool(names) and not names[0].startswith(".")
                                                and _glob_match(names[1:], pat))
    return (bool(names) and (not names[0].startswith(".") or pat[0].startswith("."))
            and fnmatch.fnmatchcase(names[0], pat[0]) and _glob_match(names[1:], pat[1:]))


def _glob(pattern: str) -> Iterator[Path | DocReport]:
    """Files matching ``pattern`` (``glob`` syntax, ``**`` recursive), sorted, without following links to
    folders (a link loop such as ``L/s1 -> .`` cannot hang it) and with a ``failed`` EW100 report for
    every folder on the way that cannot be listed."""
    parts = Path(pattern).parts
    i = 0
    while i < len(parts) and not _has_magic(parts[i]):
        i += 1
    root = Path(*parts[:i]) if i else Path(".")
    pat = parts[i:]
    recursive = "**" in pat

    def keep_dir(rel: tuple[str, ...]) -> bool:
        # a folder is entered when some file below it can still match
        if recursive:
            return True
        return len(rel) < len(pat) and all(fnmatch.fnmatchcase(n, p) and (not n.startswith(".") or p.startswith("."))
                                           for n, p in zip(rel, pat))

    # sorted by full path, as sorted(glob.glob(...)) was ("b/two.txt" before "one.txt")
    yield from sorted(_walk(root, keep_dir, lambda rel: _glob_match(rel, pat)),
                      key=lambda it: it.path if isinstance(it, DocReport) else str(it))


def _iter_files(paths: Iterable[str]) -> Iterator[Path | DocReport]:
    """Every input file of ``paths`` (files, folders walked recursively, globs) in a deterministic order,
    and a DocReport for each path the walk could not read (see :func:`_walk`)."""
    for p in paths:
        path = Path(p)
        try:
            is_dir = path.is_dir()
        except OSError:  # e.g. a name too long: reported when the file is read
            is_dir = False
        if is_dir:
            yield from _walk(path)
        elif _has_magic(str(p)) and not os.path.lexists(p):
            yield from _glob(str(p))
        else:
            yield path


def _file_problem(path: Path) -> DocReport | None:
    """A report for a path that is not a readable regular file: missing, unreadable (EW100), or a special
    file (FIFO, socket, device: ``special_file``, skipped, never opened, since reading a FIFO blocks)."""
    try:
        st = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            return DocReport(article_id=None, status="failed", reason=f"EW100: broken symbolic link: {path}",
                             path=str(path))
        return DocReport(article_id=None, status="failed", reason=f"EW100: no such file: {path}", path=str(path))
    except OSError as e:
        return _unreadable(path, e)
    if stat.S_ISDIR(st.st_mode) or stat.S_ISREG(st.st_mode):
        return None
    kind = ("FIFO" if stat.S_ISFIFO(st.st_mode) else "socket" if stat.S_ISSOCK(st.st_mode)
            else "device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else "special file")
    return DocReport(article_id=None, status="skipped", path=str(path),
                     reason=f"special_file: {path}: a {kind} is not a document (never opened)")


def read_inputs(paths: Iterable[str], *, input_format: str | None = None,
                publication_date: str | None = None, field_map: dict[str, str] | None = None,
                dedupe: bool = False, language: bool = False,
                dedupe_window: int = 256, max_doc_bytes: int | None = MAX_DOC_BYTES) -> Iterator[Article | DocReport]:
    """Yield an :class:`Article` or a skip/fail :class:`DocReport` for every document in ``paths``,
    in a deterministic order (directories walked in sorted order, globs sorted).

    ``paths``: files, directories (recursive) or globs. ``input_format``: force a reader (one of
    :data:`eventwire.ingest.FORMATS`: txt, jsonl, html, rss, warc); default by extension, then
    content. A forced format that does not fit a file's content fails that file (``format_mismatch: EW114``,
    :func:`format_mismatch`). ``publication_date`` (ISO) fills articles that carry none. ``field_map``: JSONL field
    names (see :mod:`eventwire.ingest.jsonl`). ``dedupe``: skip exact and near duplicates across the
    whole stream (:func:`eventwire.ingest.dedupe.dedupe`, reason ``duplicate:<id>``). ``language``:
    detect the language here (:func:`eventwire.ingest.language.annotate`; skip ``language:xx``), before
    dedupe, so that the original a duplicate names (``duplicate:<id>``) is never a document skipped for its
    language (two copies of a French story are two ``language:fr`` skips): give it with ``dedupe`` (it costs
    well under 1% of coding time); without dedupe, runners may leave it off and annotate in their workers.

    Ids are unique per text within the call: a repeated input id with a different text is renamed
    ``<id>#2`` (``meta["renamed_from"]``; see :mod:`eventwire.ingest.ids`), before dedupe and before any
    runner splits the stream, so every runner gets the same ids.

    ``max_doc_bytes``: the per-document size limit, UTF-8 bytes of the text (default
    :data:`MAX_DOC_BYTES`; None or 0: none). A bigger document is skipped with reason
    ``too_large:<bytes>`` before it is normalised (a JSONL line over 16 times the limit is not even parsed:
    see :mod:`eventwire.ingest.jsonl`).

    Never raises for one bad document or file: a path that cannot be read (missing, permission denied,
    a link loop, an unreadable folder) yields a ``failed`` report (EW100), a FIFO, socket or device a
    ``skipped`` one (``special_file``, never opened), a link to a folder inside a folder a ``skipped``
    ``linked_folder`` one (links to folders are not followed, so a link loop cannot hang the walk), an
    unexpected reader error a ``failed`` report with code EW900, and iteration goes on.
    """
    if input_format is not None and input_format not in READERS:
        raise InputError(f"unknown input format {input_format!r} (choose from {', '.join(FORMATS)})")
    from .ids import unique_ids

    items = unique_ids(_read_all(paths, input_format=input_format, publication_date=publication_date,
                                 field_map=field_map, max_doc_bytes=max_doc_bytes))
    if language:  # before dedupe: a document skipped as language:xx is never the original a copy points at
        from .language import annotate_all

        items = annotate_all(items)
    if dedupe:
        from .dedupe import dedupe as _dedupe

        items = _dedupe(items, window=dedupe_window)
    return items


def _read_all(paths, *, input_format, publication_date, field_map, max_doc_bytes=None) -> Iterator[Article | DocReport]:
    for path in _iter_files(paths):
        if isinstance(path, DocReport):
            yield path
            continue
        problem = _file_problem(path)
        if problem is not None:
            yield problem
            continue
        fmt = input_format or sniff_format(path)
        why = format_mismatch(path, fmt) if input_format else None
        if why:
            err = FormatMismatch(f"{path}: {why}")
            yield DocReport(article_id=None, status="failed", reason=f"{err.reason}: {err.code} {err.message}",
                            path=str(path))
            continue
        reader = READERS.get(fmt)
        if reader is None:
            why = UNSUPPORTED_FORMATS.get(fmt, "")
            yield DocReport(article_id=None, status="skipped", reason=f"unsupported_format: {path.suffix or fmt}{why}",
                            path=str(path))
            continue
        opts = {"field_map": field_map} if fmt == "jsonl" and field_map else {}
        if max_doc_bytes:
            opts["max_doc_bytes"] = max_doc_bytes
        n = 0
        try:
            for item in reader(path, **opts):
                if isinstance(item, Article):
                    if publication_date and not item.publication_date:
                        item.publication_date = publication_date
                    try:  # readers that do not check the size themselves (HTML, feeds, WARC)
                        check_size(item.text, max_doc_bytes, item.path or item.id)
                    except TooLarge as e:
                        item = _skip(item.path, e, item.id)
                n += 1
                yield item
            if n == 0:  # an empty JSONL file, a feed or crawl without pages: the file still gets a line
                yield DocReport(article_id=None, status="skipped",
                                reason=f"empty_input: {path}: no documents in this {fmt} file", path=str(path))
        except InputError as e:
            yield _skip(str(path), e)
        except (EOFError, zlib.error) as e:  # a truncated or corrupt .gz file
            yield DocReport(article_id=None, status="failed",
                            reason=f"malformed: EW104 {path}: damaged compressed file ({type(e).__name__}: {e})",
                            path=str(path))
        except OSError as e:
            if "gzip" in str(e).lower() or "compressed" in str(e).lower():
                yield DocReport(article_id=None, status="failed",
                                reason=f"malformed: EW104 {path}: damaged compressed file ({e})", path=str(path))
                continue
            yield _unreadable(path, e)
        except Exception as e:  # a reader bug or a library error on odd bytes: report it, go on
            yield DocReport(article_id=None, status="failed",
                            reason=f"EW900 internal: {fmt} reader: {type(e).__name__}: {e}", path=str(path))
