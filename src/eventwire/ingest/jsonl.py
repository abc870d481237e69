"""JSONL reader: one article per line with ``id``, ``text`` and optional ``title``,
``publication_date``, ``url``, ``outlet``, ``author``. ``.jsonl.gz`` is read through gzip. Without a title, a
first line of ``text`` with no final punctuation is the headline, as for a ``.txt`` file
(:func:`eventwire.ingest.text.headline_of`).

Field names are mapped with ``field_map`` (eventwire field -> input key, e.g. ``{"publication_date":
"published", "text": "body"}``; CLI ``--field publication_date=published``). ``publication_date`` keeps
the ISO prefix of the value (``YYYY-MM-DD`` or ``YYYY-MM``, C21: a month stays a month); a value that
is not ISO is kept as ``meta["raw_date"]`` and the date is left empty rather than guessed.

Hostile lines never stop the file (issue 15): the file is read as a stream of byte lines, each parsed on
its own, so a line nested too deeply for the parser (``[[[[...``), an integer of thousands of digits, a
raw control character inside a string (accepted, then removed from the text and counted like in any
other format) or invalid UTF-8 fails or changes that line only. A line longer than
:func:`max_line_bytes` (16 times the per-document limit) is skipped unparsed with reason
``too_large:<line bytes>`` and never held in memory whole, so the documents after it are read at once.
A file is binary (one ``unsupported_binary_input`` skip) only by :func:`eventwire.ingest.core.looks_binary`:
one NUL byte in a line is a control character, not a reason to drop the file.

eventwire's own output is no article (eventwire user tryout, stop 17: ``eventwire code DIR`` on a folder that holds an
earlier run's ``events.jsonl``): a line that is an event record (:func:`is_event_record`) is skipped with reason
``eventwire_output`` (EW109), not ``empty_input``, and a run of such lines is one skip, not one per line: the whole
file (path ``FILE``) when every line is one, else ``FILE:A-B`` per run of consecutive record lines
(:func:`_record_run`).
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Iterator

from dataclasses import MISSING, fields

from ..errors import BinaryInput, EmptyInput, EventwireOutput, InputError, TooLarge, a_an
from ..schema import Article, DocReport, Event
from .core import _skip, article_from_text, looks_binary
from .dates import publication_date
from .text import headline_of

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


#: The keys every eventwire event record has (the fields of :class:`~eventwire.schema.Event` without a default:
#: ``article_id``, ``event``, ``actor``, ``recipient``, ``event_text``, ``text_info``).
EVENT_RECORD_KEYS = tuple(f.name for f in fields(Event) if f.default is MISSING and f.default_factory is MISSING)


def is_event_record(rec: dict) -> bool:
    """True for a parsed JSONL line that is an eventwire event record (``eventwire code --format jsonl`` or ``--out``,
    ``query``): it has every key of :data:`EVENT_RECORD_KEYS`. The caller asks only for a line without article text
    (no ``text`` key or alias, no ``--field text=KEY`` key): a record with ``--field text=event_text`` is coded."""
    return all(k in rec for k in EVENT_RECORD_KEYS)


#: Marker :func:`_record` yields for a line that is an event record (:func:`is_event_record`).
_EVENT_RECORD = object()


def _record_run(path: Path, first: int, last: int, count: int, whole: bool) -> DocReport:
    """The one ``eventwire_output`` skip of ``count`` event-record lines, ``first`` to ``last`` (line numbers) of the
    JSONL file ``path``: for the file (path ``FILE``) when ``whole`` (every line of it is one), else for the lines
    (``FILE:A-B``, or ``FILE:A`` for one line)."""
    what = f"{count} eventwire event records" if count > 1 else "an eventwire event record"
    if whole:
        where = str(path)
        lines = f"all {count} lines are eventwire event records" if count > 1 else \
            "its line is an eventwire event record"
        msg = f"{where}: {lines}, not articles: output of an earlier eventwire run, nothing to code"
    else:
        where = f"{path}:{first}" + (f"-{last}" if last > first else "")
        msg = f"{where}: {what}, not an article: output of an earlier eventwire run, nothing to code"
    return _skip(where, EventwireOutput(msg))


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


def max_line_bytes(max_doc_bytes: int | None) -> int | None:
    """Longest JSONL line parsed, in bytes, for a per-document limit of ``max_doc_bytes``: 16 times the
    limit plus 1 MiB (room for JSON escapes and other fields: a record with 500,000 keys beside a short
    text still parses); None (no cap) when there is no limit."""
    return 16 * max_doc_bytes + (1 << 20) if max_doc_bytes else None


def _lines(fh, cap: int | None) -> Iterator[tuple[bytes | None, int]]:
    """``(line, size)`` per line of the binary file ``fh``; ``line`` is None for a line over ``cap``
    bytes, which is read past in 1 MiB pieces, never held whole."""
    while True:
        line = fh.readline(cap + 1) if cap else fh.readline()
        if not line:
            return
        if cap is None or len(line) <= cap or line.endswith(b"\n"):
            yield line, len(line)
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = fh.readline(1 << 20)
            if not line:
                break
            size += len(line)
        yield None, size


def read_jsonl(path: Path, field_map: dict[str, str] | None = None, max_doc_bytes: int | None = None,
               **_opts) -> Iterator[Article | DocReport]:
    """Yield an :class:`Article` per line; a malformed line yields a ``failed`` DocReport naming the
    line number, and reading goes on. ``field_map`` maps eventwire field -> input key. A binary file
    is one ``unsupported_binary_input`` skip (C34). ``max_doc_bytes``: per-document limit (UTF-8 bytes of
    the text; over it ``skipped``, reason ``too_large:<bytes>``; lines over :func:`max_line_bytes` are not
    parsed). Raises OSError/EOFError for a file that cannot be read or a damaged gzip stream (the caller
    reports it after the lines already yielded)."""
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
    if looks_binary(head):
        yield _skip(str(path), BinaryInput(f"{path}: binary content (magic number or control bytes), not JSONL"))
        return
    cap = max_line_bytes(max_doc_bytes)
    run: list[int] = []  # first line, last line and count of the current run of event-record lines
    other = False  # a line that is no event record was reported
    with opener(path, "rb") as fh:
        try:
            for n, (raw, size) in enumerate(_lines(fh, cap), 1):
                where = f"{path}:{n}"
                if raw is None:
                    e = TooLarge(f"{where}: line of {size} bytes is over the limit of {cap} bytes for one JSONL "
                                 f"line (16 x --max-doc-bytes + 1 MiB); not parsed", size=size)
                    items = [_skip(where, e)]
                elif not raw.strip():
                    continue
                else:
                    try:
                        items = list(_record(raw, where, fm, mapped, max_doc_bytes))
                    except Exception as e:  # a parser or library error on one odd line: that line fails, the file
                        items = [DocReport(article_id=None, status="failed", path=where,  # goes on
                                           reason=f"EW900 internal: jsonl line: {type(e).__name__}: {str(e)[:200]}")]
                if len(items) == 1 and items[0] is _EVENT_RECORD:
                    run = [run[0] if run else n, n, (run[2] if run else 0) + 1]
                    continue
                if run:
                    yield _record_run(path, *run, whole=False)
                    run = []
                other = True
                yield from items
        except (OSError, EOFError):  # a damaged gzip stream: report the records read, then the break
            if run:
                yield _record_run(path, *run, whole=False)
            raise
    if run:
        yield _record_run(path, *run, whole=not other)


def _record(raw: bytes, where: str, fm: dict, mapped: set, max_doc_bytes: int | None) -> Iterator[Article | DocReport]:
    """The Article or DocReport of one JSONL line (``raw`` bytes, ``where`` = ``FILE:LINE``)."""
    line = raw.decode("utf-8", errors="replace")
    try:
        rec = json.loads(line, strict=False)  # strict=False: a raw control character inside a string is text
        if not isinstance(rec, dict):
            raise ValueError("line is not a JSON object")
    except RecursionError:
        yield DocReport(article_id=None, status="failed", path=where,
                        reason=f"malformed: EW104 {where}: JSON nested too deeply to parse")
        return
    except ValueError as e:  # JSONDecodeError, and ints over Python's digit limit
        why = "a number too long to read (over 4,300 digits)" if "digits" in str(e) else str(e)[:200]
        yield DocReport(article_id=None, status="failed", reason=f"malformed: EW104 {where}: {why}", path=where)
        return
    rid = _get(rec, fm, "id", mapped)
    if isinstance(rid, (dict, list, bool)):
        # an id is a string or a number; an object, list or boolean would become a Python repr as the article id
        yield DocReport(article_id=None, status="failed", path=where,
                        reason=f"malformed: EW104 {where}: id is {a_an(type(rid).__name__)}, not a string or number")
        return
    rid = _str(rid) if rid is not None and rid != "" else None
    try:
        text = _get(rec, fm, "text", mapped)
        if text is None and is_event_record(rec):
            yield _EVENT_RECORD  # no article: one skip per run of such lines (read_jsonl)
            return
        nulls = [k for k in ((fm["text"],) + (() if "text" in mapped else ALIASES["text"])) if k in rec]
        if text is None and nulls:
            # "text": null -- the key is there, its value is not: one reason, not "no text field ... has: text"
            raise EmptyInput(f"{where}: text is null (key {nulls[0]!r}): no text to code")
        if text is None and "text" in mapped and fm["text"] not in rec:
            # "--field text=body" with no "body" key: say so, rather than call the record empty (a mistyped key
            # would otherwise skip every record as empty_input)
            keys = ", ".join(sorted(map(str, rec))[:8])
            raise EmptyInput(f"{where}: no key {fm['text']!r} for the text (--field text={fm['text']}); the record "
                             f"has: {keys or 'no keys'}")
        if text is None and "text" not in mapped:
            # no "text" key and none of its common names: name the keys there are and the option that maps one
            keys = ", ".join(sorted(map(str, rec))[:8])
            names = ", ".join(("text",) + ALIASES["text"])
            raise EmptyInput(f"{where}: no text field (looked for {names}); the record has: {keys or 'no keys'}; "
                             f"map the key that holds the text with --field text=KEY")
        if text is not None and not isinstance(text, str):
            yield DocReport(article_id=rid, status="failed", path=where,
                            reason=f"malformed: EW104 {where}: text is {a_an(type(text).__name__)}, not a string")
            return
        date_value = _get(rec, fm, "publication_date", mapped)
        date, why = publication_date(date_value)
        raw_date = None if date or why is None else _str(date_value)
        art = article_from_text(text if isinstance(text, str) else "", id=rid,
                                title=_str(_get(rec, fm, "title", mapped)), publication_date=date,
                                url=_str(_get(rec, fm, "url", mapped)), outlet=_str(_get(rec, fm, "outlet", mapped)),
                                path=where, author=_str(_get(rec, fm, "author", mapped)), raw_date=raw_date,
                                raw_date_reason=why if raw_date else None, max_bytes=max_doc_bytes)
        if art.title is None:
            # no title field: a first line without final punctuation is the headline, as in a .txt file (so a
            # dateline after it is found: "NEW DELHI, June 16 (Reuters) -" is no actor)
            art.title = headline_of(art.text)
        yield art
    except InputError as e:
        yield _skip(where, e, rid)
