"""Format dispatch, decoding and the per-document contract shared by all readers."""
from __future__ import annotations

import fnmatch
import os
import stat
import zlib
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import BinaryInput, DecodeError, EmptyInput, InputError, TooLarge
from ..schema import Article, DocReport

#: Default per-document size limit: UTF-8 bytes of an article's text (CLI ``--max-doc-bytes``; 0 = none).
#: About ten times the longest long-read; a bigger "article" is a dump or a concatenation, whose coding
#: would take minutes and hold up the documents after it. Over it: skipped, reason ``too_large:<bytes>``.
MAX_DOC_BYTES = 1_000_000

#: Magic numbers of binary formats that are sometimes fed as articles (PDF, JPEG, PNG, GIF, ZIP, gzip
#: payloads handled elsewhere). Field case C34.
BINARY_MAGIC = (b"%PDF", b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"PK\x03\x04", b"\x00\x00\x01\x00")


#: Byte-order marks of UTF-16/32 text (which contains NUL bytes and must be decoded before the binary test).
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def decode_bytes(data: bytes, *, name: str = "<bytes>") -> str:
    """Decode article bytes to ``str``.

    Order: UTF-16/32 when the bytes start with their byte-order mark; UTF-8 (with or without BOM),
    kept with U+FFFD when only a stray byte or two is invalid among valid multi-byte characters;
    Windows-1252 when at most 3 bytes or 5% of them are non-ASCII and it decodes; otherwise the
    encoding detected by charset-normalizer (mojibake left over is repaired later by ftfy).
    Raises :class:`BinaryInput` (reason ``unsupported_binary_input``) for binary payloads (magic
    number, NUL bytes, or a high share of control characters) and :class:`DecodeError` when no
    encoding fits.
    """
    text = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
                break
            except UnicodeDecodeError as e:
                raise BinaryInput(f"{name}: starts with a {codec} byte-order mark but is not {codec} text") from e
    if text is None and looks_binary(data[:65536]):
        raise BinaryInput(f"{name}: binary content (magic number or control bytes), not an article")
    try:
        text = data.decode("utf-8-sig") if text is None else text
    except UnicodeDecodeError:
        text = None
        lossy = data.decode("utf-8-sig", errors="replace")
        # UTF-8 with a few stray bytes (a truncated or spliced character) stays UTF-8: a code-page guess
        # over mostly-ASCII bytes picks GB18030 and the like and garbles every non-ASCII character.
        bad = lossy.count("\ufffd")
        good = sum(1 for ch in lossy if ord(ch) > 127) - bad  # valid multi-byte UTF-8 characters
        if bad <= max(1, len(data) // 1000) and good >= bad:
            text = lossy
    if text is None and sum(1 for b in data if b > 127) <= max(3, 0.05 * len(data)):
        # Latin text with a few accented letters or curly quotes: Windows-1252, the usual mis-declared
        # code page of Western news sites (charset-normalizer guesses badly on such short evidence).
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = None
    if text is None:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise DecodeError(f"{name}: bytes cannot be decoded as text in any known encoding")
        text = str(best)
    import unicodedata

    head = text[:20000]
    # control, unassigned, private-use and surrogate code points: what binary bytes decode to (line-break
    # controls such as a vertical tab are text: normalize_text makes them line ends)
    ctrl = sum(1 for ch in head if ch not in _TEXT_CONTROLS and (ord(ch) < 32 or (
        ord(ch) > 126 and unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs"))))
    if text and _too_many_controls(ctrl, len(head)):
        raise BinaryInput(f"{name}: {ctrl} control or unassigned characters, not an article")
    return text


#: Control characters that are text: tab and the line boundaries of ``str.splitlines`` (made ``\n`` by
#: :func:`eventwire.ingest.normalize.normalize_text`).
_TEXT_CONTROLS = frozenset("\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_TEXT_CONTROL_BYTES = frozenset(b"\t\n\r\x0b\x0c\x1c\x1d\x1e")


def _too_many_controls(n: int, length: int) -> bool:
    """The binary rule: more than 1% control characters, and at least 4 of them (one stray NUL in a short
    article is a control character to remove, not a sign of binary content)."""
    return n >= 4 and n > 0.01 * max(length, 1)


def looks_binary(head: bytes) -> bool:
    """True when ``head`` (the first bytes of a file or document, 64 KiB is plenty) is binary: it starts with
    a magic number of :data:`BINARY_MAGIC`, or control bytes (C0 but tab and line breaks, DEL) make up more
    than 1% of it, at least 4 of them. One rule for every reader (issue 15): below it, control characters are
    text noise that :func:`eventwire.ingest.normalize.normalize_text` removes and counts."""
    if head.startswith(BINARY_MAGIC):
        return True
    return _too_many_controls(len(head.translate(None, _NOT_CONTROL_BYTES)), len(head))


#: Every byte but the control bytes counted by :func:`looks_binary` (deleted to count those).
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not (b < 32 or b == 127) or b in _TEXT_CONTROL_BYTES)


def article_from_text(text: str, *, id: str | None = None, title: str | None = None,
                      publication_date: str | None = None, url: str | None = None,
                      outlet: str | None = None, path: str | None = None, max_bytes: int | None = None,
                      **meta) -> Article:
    """Build an :class:`Article` from already-decoded text, normalised by
    :func:`eventwire.ingest.normalize.normalize_text` (mojibake repaired, line ends ``\n``, control
    characters removed, NFC; how many control characters were removed is kept in
    ``meta["control_chars_removed"]``).

    ``title`` is normalised the same way. ``meta`` keys with value None are dropped. ``max_bytes``: the
    per-document size limit in UTF-8 bytes of ``text`` (None or 0: none).
    Raises :class:`EmptyInput` when the text is empty or whitespace only (field case C33) and
    :class:`TooLarge` when it is over ``max_bytes`` (checked before any normalisation work).
    """
    from .normalize import normalize_text, normalize_text_counted

    if text is None or not str(text).strip():
        raise EmptyInput(f"{path or id or 'document'}: empty or whitespace-only text")
    check_size(str(text), max_bytes, path or id or "document")
    text, removed = normalize_text_counted(str(text))
    if not text.strip():
        raise EmptyInput(f"{path or id or 'document'}: empty or whitespace-only text")
    if title is not None:
        title = normalize_text(str(title)).strip() or None
    if removed:
        meta["control_chars_removed"] = removed
    return Article(text=text, id=id, title=title, publication_date=publication_date, url=url,
                   outlet=outlet, path=path, meta={k: v for k, v in meta.items() if v is not None})


def check_size(text: str, max_bytes: int | None, name: str = "document") -> None:
    """Raise :class:`TooLarge` (reason ``too_large:<bytes>``) when ``text`` is over ``max_bytes`` UTF-8
    bytes; nothing when ``max_bytes`` is None or 0. Cheap for texts far below the limit."""
    if not max_bytes or len(text) * 4 <= max_bytes:
        return
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise TooLarge(f"{name}: text of {size} bytes is over the per-document limit of {max_bytes} bytes "
                       f"(--max-doc-bytes; 0 for none)", size=size)


def _skip(path: str | None, err: InputError, article_id: str | None = None) -> DocReport:
    reason = getattr(err, "reason", None) or err.code
    status = "skipped" if reason in ("empty_input", "unsupported_binary_input") or reason.startswith(
        ("language:", "too_large:")) else "failed"
    return DocReport(article_id=article_id, status=status, reason=f"{reason}: {err.message}", path=path)


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
    :data:`eventwire.ingest.readers.FORMATS`: txt, jsonl, html, rss, warc); default by extension, then
    content. ``publication_date`` (ISO) fills articles that carry none. ``field_map``: JSONL field
    names (see :mod:`eventwire.ingest.jsonl`). ``dedupe``: skip exact and near duplicates across the
    whole stream (:func:`eventwire.ingest.dedupe.dedupe`, reason ``duplicate:<id>``). ``language``:
    detect the language here (:func:`eventwire.ingest.language.annotate`; skip ``language:xx``) —
    parallel runners leave it off and annotate in their workers instead.

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
    from . import readers

    if input_format is not None and input_format not in readers.READERS:
        raise InputError(f"unknown input format {input_format!r} (choose from {', '.join(readers.FORMATS)})")
    from .ids import unique_ids

    items = unique_ids(_read_all(paths, input_format=input_format, publication_date=publication_date,
                                 field_map=field_map, max_doc_bytes=max_doc_bytes))
    if dedupe:
        from .dedupe import dedupe as _dedupe

        items = _dedupe(items, window=dedupe_window)
    if language:
        from .language import annotate_all

        items = annotate_all(items)
    return items


def _read_all(paths, *, input_format, publication_date, field_map, max_doc_bytes=None) -> Iterator[Article | DocReport]:
    from . import readers

    for path in _iter_files(paths):
        if isinstance(path, DocReport):
            yield path
            continue
        problem = _file_problem(path)
        if problem is not None:
            yield problem
            continue
        fmt = input_format or readers.sniff_format(path)
        reader = readers.READERS.get(fmt)
        if reader is None:
            why = {"json": " (one JSON document; JSON Lines input needs .jsonl or --input-format jsonl)",
                   "markup": " (SGML/XML markup that is neither HTML nor a feed, e.g. a collection of many "
                             "articles; convert it to JSONL, one article per line)"}.get(fmt, "")
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
                            reason=f"malformed: {path}: damaged compressed file ({type(e).__name__}: {e})",
                            path=str(path))
        except OSError as e:
            if "gzip" in str(e).lower() or "compressed" in str(e).lower():
                yield DocReport(article_id=None, status="failed",
                                reason=f"malformed: {path}: damaged compressed file ({e})", path=str(path))
                continue
            yield _unreadable(path, e)
        except Exception as e:  # a reader bug or a library error on odd bytes: report it, go on
            yield DocReport(article_id=None, status="failed",
                            reason=f"EW900 internal: {fmt} reader: {type(e).__name__}: {e}", path=str(path))
