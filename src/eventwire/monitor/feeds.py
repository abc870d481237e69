"""The feed list of ``eventwire follow`` and what a fetched feed URL holds.

Feed list (``FEEDS.txt``): one URL per line, optionally followed by the outlet's name (whitespace
between); blank lines and ``#`` comments are ignored::

    # wire and broadcasters
    https://www.voanews.com/api/zq$omekvi_    Voice of America
    https://example.org/world/rss.xml
    https://example.org/reading-list.txt      Example Daily

A URL may point at an RSS/Atom feed (its entries are followed), a plain-text list of article URLs
(``text/plain``, one per line: each is followed), or one HTML article (followed itself).

Outlet of a followed article (:mod:`eventwire.corroboration.sources`): the name given in the feed list,
else the entry's ``<source>`` (aggregator feeds), else the feed's title, else the page's site name,
else the URL's host.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path

from ..errors import FeedListError, FormatError
from ..schema import stable_id

_URL = re.compile(r"^https?://[^\s/?#]+[^\s]*$", re.I)


@dataclass(frozen=True)
class FeedSpec:
    """One line of a feed list: ``url``, ``outlet`` (the name given after it, or None), ``line``."""

    url: str
    outlet: str | None = None
    line: int = 0


@dataclass
class Entry:
    """One item to follow: ``item_id`` (``fi-`` + content hash of its key: the URL without fragment,
    else the entry id, else title and text), ``url``, ``guid`` (entry id), ``title``, ``published``
    (ISO date or None, as :mod:`eventwire.ingest.rss` reads it), ``outlet`` (entry ``<source>`` or
    None), ``summary`` (entry text, used when the item has no URL), ``author``, ``feed_url``,
    ``feed_title``, ``position`` (order in the feed)."""

    item_id: str
    url: str | None = None
    guid: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    summary: str | None = None
    author: str | None = None
    feed_url: str | None = None
    feed_title: str | None = None
    position: int = 0

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "Entry":
        return cls(**{k: d.get(k) for k in cls.__dataclass_fields__})


@dataclass
class Listing:
    """What a feed URL held: ``kind`` (``feed``, ``urls`` or ``page``), ``title`` (feed title or
    None), ``entries``."""

    kind: str
    title: str | None
    entries: list[Entry]


def read_feed_list(path: str | Path) -> list[FeedSpec]:
    """Read a feed list (see module doc). Raises :class:`~eventwire.errors.FeedListError` (EW222,
    ``FILE:LINE:``) for a line that is not an http(s) URL, or when the file names no feed; a URL
    listed twice is followed once (the first line's outlet wins)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except OSError as e:
        raise FeedListError(f"{p}: cannot read the feed list: {e.strerror or e}") from e
    except UnicodeDecodeError as e:
        raise FeedListError(f"{p}:1: the feed list is not UTF-8 text") from e
    specs: list[FeedSpec] = []
    seen = set()
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        url, _, outlet = line.partition(" ") if " " in line else line.partition("\t")
        url = url.strip()
        outlet = " ".join(outlet.split()) or None
        if outlet and outlet.startswith("#"):
            outlet = None
        if not _URL.match(url):
            raise FeedListError(f"{p}:{n}: not an http(s) URL: {url[:80]!r} (one feed or article URL per line, "
                                f"optionally followed by the outlet's name)")
        if url in seen:
            continue
        seen.add(url)
        specs.append(FeedSpec(url=url, outlet=outlet, line=n))
    if not specs:
        raise FeedListError(f"{p}:1: the feed list names no feed (one http(s) URL per line)")
    return specs


def _norm_url(url: str) -> str:
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url.strip())
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def item_id(url: str | None, guid: str | None = None, title: str | None = None, summary: str | None = None) -> str:
    """The id of an item to follow (see :class:`Entry`)."""
    if url:
        return "fi-" + stable_id("u", _norm_url(url))
    if guid:
        return "fi-" + stable_id("g", guid)
    return "fi-" + stable_id("h", title or "", summary or "")


def sniff(content: bytes, content_type: str) -> str:
    """``feed``, ``urls`` or ``page`` for a fetched body (by the start of the body, then the media type)."""
    head = content[:2048].lstrip(b"\xef\xbb\xbf").lstrip()
    if re.search(rb"<(?:rss|feed|rdf:RDF)\b", head, re.I) or content_type in (
            "application/rss+xml", "application/atom+xml", "application/rdf+xml"):
        return "feed"
    if head[:1] == b"<" or "html" in content_type or content_type.endswith("xml"):
        return "page"
    if content_type.startswith("text/plain") or re.match(rb"^https?://", head):
        return "urls"
    return "page"


def parse_listing(content: bytes, url: str, content_type: str = "") -> Listing:
    """Read a fetched feed URL (see module doc). Raises :class:`~eventwire.errors.FormatError` (EW104)
    for a malformed feed (an XML parse error: the whole feed is refused, since entries recovered from
    a broken document may be cut off) or a body that is neither a feed, a page nor a URL list."""
    kind = sniff(content, content_type)
    if kind == "page":
        return Listing(kind="page", title=None, entries=[Entry(item_id=item_id(url), url=url, feed_url=url)])
    if kind == "urls":
        text = content.decode("utf-8", errors="replace")
        entries = []
        for n, line in enumerate(text.splitlines()):
            u = line.strip()
            if u and not u.startswith("#") and _URL.match(u):
                entries.append(Entry(item_id=item_id(u), url=u, feed_url=url, position=n))
        if not entries and text.strip():
            raise FormatError(f"{url}: neither a feed, a page nor a list of URLs")
        return Listing(kind="urls", title=None, entries=entries)
    import feedparser

    from ..ingest.rss import _entry_date, html_fragment_to_text

    feed = feedparser.parse(content, sanitize_html=True, resolve_relative_uris=False)
    benign = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)
    if feed.bozo and not isinstance(feed.get("bozo_exception"), benign):
        # entries recovered from a broken document may be cut off anywhere: the feed is refused whole,
        # reported and fetched again at the next poll (nothing from it is coded half-read)
        raise FormatError(f"{url}: not a well-formed RSS/Atom feed ({feed.get('bozo_exception')})")
    title = (feed.feed.get("title") or "").strip() or None
    entries = []
    for n, e in enumerate(feed.entries):
        link = (e.get("link") or "").strip() or None
        guid = (e.get("id") or "").strip() or None
        content_html = " ".join(c.get("value", "") for c in (e.get("content") or [])[:1]) or e.get("summary", "") or ""
        summary = html_fragment_to_text(content_html) or None
        published = _entry_date(e, "published")[0] or (_entry_date(e, "updated")[0] if "updated" in e.keys() else None)
        src = e.get("source") or {}
        etitle = html_fragment_to_text(e.get("title", "")) or None
        entries.append(Entry(item_id=item_id(link, guid, etitle, summary), url=link, guid=guid, title=etitle,
                             published=published, outlet=(src.get("title") or "").strip() or None,
                             summary=summary, author=e.get("author"), feed_url=url, feed_title=title, position=n))
    return Listing(kind="feed", title=title, entries=entries)
