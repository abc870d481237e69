"""WARC / WARC.gz reader (warcio): one article per HTTP 200 ``response`` record with an HTML body.

Each such record goes through :func:`eventwire.ingest.html.extract_html` with ``url`` = the record's
``WARC-Target-URI``; the crawl time (``WARC-Date``) is kept in ``meta["crawl_date"]`` and the record id
in ``meta["warc_record_id"]`` — the crawl date is NOT used as the publication date (C21: never a day
filled from the crawl). ``path`` is ``<file>@<byte offset of the record>``.

Every fetched record that is not coded gets a line (issue 15): a ``response``, ``resource``, ``revisit``
or ``conversion`` record that is not an HTTP 200 HTML page (an image, a PDF, a redirect, a 404, a
revisit of an earlier capture) yields a ``skipped`` report with reason ``not_a_document: <file>@<offset>:
...`` naming its status and content type. Records about the crawl itself (``warcinfo``, ``request``,
``metadata``) hold no document and yield nothing; they are counted in the DEBUG log. A broken record or truncated file ends the file
with one ``failed`` ``malformed`` report naming the file and offset (a WARC stream cannot be resynced);
documents before it are kept.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Iterator

from ..errors import FormatError, InputError
from ..schema import Article, DocReport
from .core import BINARY_MAGIC, _skip

log = logging.getLogger(__name__)

#: WARC record types that carry a fetched document (each gets a report line when not coded).
DOCUMENT_RECORDS = ("response", "resource", "revisit", "conversion")

#: Largest HTML payload read from one record (bytes); bigger pages are reported, never truncated.
MAX_RECORD_BYTES = 20_000_000


#: How a WARC file (version line) and an ARC file (its first record's URL) begin, uncompressed.
ARCHIVE_STARTS = (b"WARC/", b"filedesc://")


def _archive_start(path: Path, head: bytes) -> bool:
    """True when the file begins as a web archive (:data:`ARCHIVE_STARTS`), after gzip decompression for a gzip
    file (a gzip member that cannot be read counts as an archive here: the reader then reports it broken)."""
    if head.startswith(b"\x1f\x8b"):
        import gzip

        try:
            with gzip.open(path, "rb") as g:
                head = g.read(16)
        except Exception:  # noqa: BLE001 - corrupt gzip: the reader reports it with its offset
            return True
    return head.lstrip(b"\r\n").startswith(ARCHIVE_STARTS)


def read_warc(path: Path, **_opts) -> Iterator[Article | DocReport]:
    """Yield an :class:`Article` or skip/fail :class:`DocReport` per HTML page of a WARC file."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from .html import extract_html

    name = str(path)
    skipped = 0
    offset = end = 0
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
            fh.seek(0)
            if head.startswith(BINARY_MAGIC) and not head.startswith(b"\x1f\x8b"):
                yield DocReport(None, "skipped", f"unsupported_binary_input: {name}: not a WARC file", path=name)
                return
            if not _archive_start(path, head):
                # warcio would read any text as ARC records, one per line (fresh user: a plain-text file named .warc
                # gave 9 "response records" and warcio's warnings on stderr): one clear failure instead
                err = FormatError(f"{name}: not a WARC file (it does not start with a 'WARC/' or ARC "
                                  f"'filedesc://' header)")
                yield DocReport(None, "failed", f"{err.reason}: {err.code} {err.message}", path=name)
                return
            it = ArchiveIterator(fh)
            for rec in it:
                is_doc = rec.rec_type == "response" and rec.http_headers is not None
                status = ctype = ""
                if rec.http_headers is not None:
                    ctype = (rec.http_headers.get_header("Content-Type") or "").lower()
                    status = rec.http_headers.get_statuscode() or ""
                if is_doc:
                    is_doc = status == "200" and ("html" in ctype or not ctype)
                if not is_doc:
                    skipped += 1
                    rec.content_stream().read()  # consume: offsets are only known once a record is read
                    offset = it.get_record_offset()
                    end = offset + it.get_record_length()
                    if rec.rec_type in DOCUMENT_RECORDS:
                        where = f"{name}@{offset}"
                        what = ", ".join(x for x in (f"HTTP {status}" if status else "",
                                                     ctype.split(";")[0].strip() or
                                                     (rec.rec_headers.get_header("Content-Type") or "").split(";")[0])
                                         if x) or "no content type"
                        yield DocReport(None, "skipped", f"not_a_document: {where}: {rec.rec_type} record ({what}), "
                                        f"not an HTML page", path=where)
                    continue
                payload = rec.content_stream().read(MAX_RECORD_BYTES + 1)
                offset = it.get_record_offset()  # only valid once the content has been read (warcio)
                where = f"{name}@{offset}"
                end = offset + it.get_record_length()
                if getattr(rec.raw_stream, "limit", 0) and len(payload) <= MAX_RECORD_BYTES:
                    raise EOFError(f"record at byte {offset} is cut short "
                                   f"({rec.raw_stream.limit} of {rec.length} bytes missing)")
                if len(payload) > MAX_RECORD_BYTES:
                    yield DocReport(None, "skipped", f"input_too_large: {where}: HTML payload over "
                                    f"{MAX_RECORD_BYTES} bytes", path=where)
                    continue
                url = rec.rec_headers.get_header("WARC-Target-URI")
                try:
                    yield extract_html(payload, url=url, path=where,
                                       crawl_date=rec.rec_headers.get_header("WARC-Date"),
                                       warc_record_id=rec.rec_headers.get_header("WARC-Record-ID"))
                except InputError as e:
                    yield _skip(where, e)
            size = path.stat().st_size
            if size - end > 4:  # bytes after the last complete record: a record cut off in its headers
                raise EOFError(f"{size - end} bytes after the last complete record at byte {offset}")
    except (ArchiveLoadFailed, EOFError, ValueError, OSError, UnicodeDecodeError) as e:
        err = FormatError(f"{name}: broken WARC record near byte {offset}: {type(e).__name__}: {e}")
        yield DocReport(None, "failed", f"{err.reason}: {err.code} {err.message}", path=f"{name}@{offset}")
    except Exception as e:  # zlib.error, struct errors from corrupt gzip members: same treatment
        err = FormatError(f"{name}: corrupt WARC data near byte {offset}: {type(e).__name__}: {e}")
        yield DocReport(None, "failed", f"{err.reason}: {err.code} {err.message}", path=f"{name}@{offset}")
    log.debug("%s: %d non-document records skipped", name, skipped)
