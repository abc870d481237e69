"""Outlets and independent sources.

* The outlet of a document (:func:`outlet_of`): the input's own ``outlet`` (JSONL ``outlet``, a feed
  list's outlet name, an HTML page's site name), else the title of the feed it came from, else the host
  of its URL (``www.`` dropped). A document with none of them has no known outlet.
* Independent sources (:func:`count_sources`): documents whose texts are copies of each other (the
  same story, or near-duplicate texts: :func:`eventwire.ingest.dedupe.is_copy`) form one *family*;
  each family counts once, for the outlet of its earliest document (publication date; on the same
  date the coded article, which was seen before its copies; then outlet and id), and
  an outlet counts once however many families it originated. So the same wire story printed by three
  outlets is one source; three outlets that each wrote their own report are three; one outlet's four
  follow-up stories are one. Documents with no known outlet count together as one source (never
  more): corroboration is not overstated when outlets are missing.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable
from urllib.parse import urlsplit

#: Outlet key of documents with no known outlet (they count as one source together).
UNKNOWN_OUTLET = "(unknown)"


def host_of(url: str | None) -> str | None:
    """Host name of an http(s) URL, lower-cased, without a leading ``www.``; None for no URL or a
    URL without host (a file path)."""
    if not url or not isinstance(url, str):
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.lower()
    return host[4:] if host.startswith("www.") else host


def outlet_of(article) -> str | None:
    """The outlet of an :class:`~eventwire.schema.Article` (see module doc): ``article.outlet``, else
    ``meta["feed_title"]``, else the URL's host; None when nothing names one."""
    name = (getattr(article, "outlet", None) or "").strip()
    if name:
        return name
    meta = getattr(article, "meta", None) or {}
    feed = (meta.get("feed_title") or "").strip() if isinstance(meta.get("feed_title"), str) else ""
    return feed or host_of(getattr(article, "url", None))


def outlet_key(name: str | None) -> str:
    """Comparison key of an outlet name: case-folded, spaces collapsed; :data:`UNKNOWN_OUTLET` for none."""
    if not name or not str(name).strip():
        return UNKNOWN_OUTLET
    return " ".join(str(name).casefold().split())


@dataclass(frozen=True)
class Document:
    """One document that carries an event: a coded article or a copy of one.

    ``doc_id`` (the document's own article id), ``story`` (content hash of the text it carries: every
    copy of a story shares it), ``url``, ``outlet``, ``publication_date`` (ISO or None), ``coded``
    (the document is the coded article itself, not a copy seen after it)."""

    doc_id: str
    story: str
    url: str | None = None
    outlet: str | None = None
    publication_date: str | None = None
    coded: bool = False


@dataclass
class SourceCount:
    """Counts of one event cluster: ``articles`` (distinct documents), ``sources`` (independent
    sources), ``outlets`` (display names of every known outlet, sorted case-insensitively),
    ``source_outlets`` (display names of the independent ones, sorted)."""

    articles: int
    sources: int
    outlets: list[str]
    source_outlets: list[str]


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def count_sources(documents: Iterable[Document], copies: Iterable[tuple[str, str]] = ()) -> SourceCount:
    """Count documents and independent sources of one event cluster (see module doc).

    ``documents``: every document carrying the cluster's event (coded articles and their copies);
    ``copies``: pairs of ``story`` keys whose texts are near-duplicates of each other (found by
    :func:`eventwire.ingest.dedupe.is_copy`). Documents with the same ``story`` are copies by
    definition. Deterministic: the result does not depend on the order of ``documents``."""
    docs = sorted({(d.doc_id, d.url or ""): d for d in documents}.values(), key=lambda d: (d.doc_id, d.url or ""))
    uf = _UnionFind()
    for d in docs:
        uf.find(d.story)
    for a, b in copies:
        uf.union(a, b)
    families: dict[str, list[Document]] = {}
    for d in docs:
        families.setdefault(uf.find(d.story), []).append(d)
    display: dict[str, str] = {}
    for d in docs:
        if d.outlet and outlet_key(d.outlet) not in display:
            display[outlet_key(d.outlet)] = d.outlet.strip()
    origins = set()
    for fam in families.values():
        first = min(fam, key=lambda d: (d.publication_date or "9999", not d.coded, outlet_key(d.outlet), d.doc_id))
        origins.add(outlet_key(first.outlet))
    names = sorted(display.values(), key=lambda s: (s.casefold(), s))
    src = sorted((display.get(k, k) for k in origins), key=lambda s: (s.casefold(), s))
    return SourceCount(articles=len(docs), sources=len(origins), outlets=names, source_outlets=src)
