"""RSS/Atom reader (feedparser): one article per feed entry.

Per entry: text = the entry's full content (``content[0]``) when present, else its summary, turned
from HTML into plain text (one line per block element; scripts/styles dropped); ``title``; ``url`` =
the entry link; ``publication_date`` = the entry's published date (RSS ``pubDate``, Atom
``<published>``), read by :func:`eventwire.ingest.dates.publication_date` (ISO ``YYYY-MM-DD``, the date
as written in the feed's own time zone; feedparser's UTC ``published_parsed`` only for a format that
function does not know, never for an impossible date such as ``2024-02-30``, which feedparser rolls
over to March 1); an entry
with no published date but an updated one (an Atom entry with only ``<updated>``, RSS ``dc:date``) uses
the updated date and says so in ``meta["date_source"] = "updated"``; otherwise the updated date only goes
to ``meta["modified_date"]`` when it differs. A published value that is no usable date is kept in
``meta["raw_date"]`` (reason in ``meta["raw_date_reason"]``), as the JSONL reader does, so the run's
``--pub-date`` stands in. ``meta["author"]`` and ``meta["feed_title"]``. Entry ids come from the feed
(``id``/``guid``) when given, else a content hash.

An entry with no text is a ``skipped`` ``empty_input`` report; a file that is not a feed at all (no
entries and a parse error) is one ``failed`` ``malformed`` report naming the file.
"""
from __future__ import annotations

import re
import time
import warnings
from pathlib import Path
from typing import Iterator

from ..errors import EmptyInput, FormatError, InputError
from ..schema import Article, DocReport
from .core import _skip, article_from_text, decode_bytes
from .dates import publication_date

_BLOCK = re.compile(r"</?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|tr|table|section|article)\b[^>]*>", re.I)


def html_fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (feed content): block elements become line breaks, script and
    style contents are dropped, entities decoded, runs of spaces collapsed. Plain text passes through."""
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    from lxml import html as lxml_html
    from lxml.etree import ParserError

    marked = _BLOCK.sub("\n", fragment)
    try:
        root = lxml_html.fragment_fromstring(marked, create_parent="div")
    except (ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for bad in root.xpath(".//script|.//style|.//noscript"):
        bad.drop_tree()
    text = root.text_content()
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln)


def _iso(struct) -> str | None:
    if not struct:
        return None
    try:
        return time.strftime("%Y-%m-%d", struct)
    except (TypeError, ValueError):
        return None


def _entry_date(e, key: str) -> tuple[str | None, str | None, str | None]:
    """``(iso, raw, reason)`` of the entry's ``key`` date (``published`` or ``updated``)."""
    raw = e.get(key)
    if not raw:
        return None, None, None
    iso, why = publication_date(raw)
    if iso is None and not (why or "").startswith(("impossible", "ambiguous")):
        # a format only feedparser knows; never for a date it would roll over (2024-02-30 -> March 1)
        with warnings.catch_warnings():  # feedparser warns about its updated->published fallback
            warnings.simplefilter("ignore", DeprecationWarning)
            iso = _iso(e.get(f"{key}_parsed"))
    return (iso, None, None) if iso else (None, str(raw), why)


def read_rss(path: Path, **_opts) -> Iterator[Article | DocReport]:
    """Yield an :class:`Article` (or skip/fail :class:`DocReport`) per entry of an RSS/Atom file."""
    import feedparser

    name = str(path)
    try:
        raw = path.read_bytes()
        decode_bytes(raw, name=name)  # binary check (C34); feedparser does its own decoding
        feed = feedparser.parse(raw, sanitize_html=True, resolve_relative_uris=False)
    except InputError as e:
        yield _skip(name, e)
        return
    if not feed.entries:
        if feed.bozo:
            err = FormatError(f"{name}: not an RSS/Atom feed ({feed.get('bozo_exception')})")
            yield DocReport(None, "failed", f"{err.reason}: {err.code} {err.message}", path=name)
        else:
            yield DocReport(None, "skipped", f"empty_input: {name}: feed has no entries", path=name)
        return
    feed_title = feed.feed.get("title")
    for n, e in enumerate(feed.entries, 1):
        where = f"{name}#{n}"
        content = ""
        if e.get("content"):
            content = " ".join(c.get("value", "") for c in e.content[:1])
        if not content.strip():
            content = e.get("summary", "") or ""
        rid = e.get("id") or None
        published, raw, why = _entry_date(e, "published")
        updated = _entry_date(e, "updated")[0] if "updated" in e.keys() else None
        source = None
        if published is None and raw is None and updated:  # an Atom entry with only <updated>
            published, source = updated, "updated"
        try:
            yield article_from_text(
                html_fragment_to_text(content), id=rid, title=html_fragment_to_text(e.get("title", "")) or None,
                publication_date=published, url=e.get("link"), path=where,
                outlet=feed_title, author=e.get("author"), modified_date=updated if updated != published else None,
                date_source=source, raw_date=raw, raw_date_reason=why, feed_title=feed_title)
        except EmptyInput as err:
            if feed.bozo:  # an entry cut off by a parse error is a malformed document, not an empty one
                bad = FormatError(f"{where}: entry without text in a malformed feed ({feed.get('bozo_exception')})")
                yield DocReport(rid, "failed", f"{bad.reason}: {bad.code} {bad.message}", path=where)
            else:
                yield _skip(where, err, rid)
