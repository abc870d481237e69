"""HTML reader: one article per page — main text, title and author with trafilatura, the ORIGINAL
publication date with htmldate.

Offsets: ``Article.text`` is the extracted article body only (paragraphs separated by ``\\n``); the
headline is in ``Article.title`` and is NOT repeated in the text (a leading body line equal to the title
is removed), exactly as for JSONL input. All character offsets are into that body text.

Rules (field cases in ../shared/cases):

* C22 — ``<script>``, ``<style>``, ``<noscript>``, cookie banners, ``<nav>``, ``<aside>``, comments and
  footers never reach the body (trafilatura's boilerplate removal, comments off; precision-first
  extraction on short pages, where trafilatura's recall fallback would glue everything together).
* C24 — a page with several top-level ``<article>`` elements is a multi-article page: only the first
  (lead) article is the story, the others are removed before extraction.
* C20 — ``publication_date`` is the original date (htmldate ``original_date=True``: published-time
  metadata, not the modified date, a sidebar's, a comment's or the copyright year). The modified date
  is kept in ``meta["modified_date"]`` when it differs.
* C21 — month precision is kept: a page that only says "Published 2023/08" gets ``"2023-08"``;
  a day is never filled in (htmldate returns the 1st of the month, which is undone when the page has no
  full-date expression for that day). A date known only to the year is dropped (``meta["date_precision"]
  = "year"``) because the schema has no year-only form.
"""
from __future__ import annotations

import calendar
import logging
import re
from pathlib import Path
from typing import Iterator

from ..errors import EmptyInput, FormatError, InputError
from ..schema import Article, DocReport
from .core import _skip, article_from_text, decode_text, non_utf8

log = logging.getLogger(__name__)

# trafilatura and htmldate log at WARNING on ordinary odd pages; keep a batch's stderr readable.
for _name in ("trafilatura", "htmldate", "trafilatura.core", "trafilatura.utils"):
    logging.getLogger(_name).setLevel(logging.ERROR)

#: Pages whose raw HTML is shorter than this (characters) are extracted precision-first: on small pages
#: trafilatura's recall fallback merges bylines, update stamps and teasers into one paragraph (C20).
SHORT_PAGE_CHARS = 5000

_AUTHOR_JUNK = re.compile(r"\d|\b(?:updated?|published|posted|staff|share|min(?:ute)?s?\s+read)\b", re.I)


def _lead_article_only(tree) -> int:
    """Remove every top-level ``<article>`` after the first (field case C24). Returns how many were
    removed. Top-level: not nested inside another ``<article>``."""
    arts = [a for a in tree.iter("article") if not any(p.tag == "article" for p in a.iterancestors())]
    if len(arts) < 2:
        return 0
    lead_text = " ".join(arts[0].itertext()).strip()
    if len(lead_text) < 40:  # an empty/teaser first <article> is not the lead story
        return 0
    for a in arts[1:]:
        parent = a.getparent()
        if parent is not None:
            if a.tail:
                _keep_tail(a)
            parent.remove(a)
    return len(arts) - 1


def _keep_tail(el) -> None:
    """Move ``el.tail`` text onto its previous sibling or parent before ``el`` is removed."""
    prev = el.getprevious()
    if prev is not None:
        prev.tail = (prev.tail or "") + el.tail
    else:
        parent = el.getparent()
        parent.text = (parent.text or "") + el.tail


_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9


def _month_names(m: int) -> str:
    return f"(?:{calendar.month_name[m]}|{calendar.month_abbr[m]}\\.?|Sept\\.?)" if m == 9 else \
        f"(?:{calendar.month_name[m]}|{calendar.month_abbr[m]}\\.?)"


def date_precision(page_text: str, iso: str) -> str:
    """Precision of the date ``iso`` (``YYYY-MM-DD`` as returned by htmldate) as evidenced in
    ``page_text`` (raw HTML or text): ``"day"`` when a full-date expression for that day appears (or the
    day is not the 1st), ``"month"`` when only a month expression ("2023/08", "August 2023") appears,
    ``"year"`` when neither does and the date is January 1st, else ``"day"``. Field case C21."""
    y, m, d = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    if d != 1:
        return "day"
    mn = _month_names(m)
    full = [
        rf"{y}[-/.]0?{m}[-/.]0?1(?!\d)", rf"(?<!\d)0?1[-/.]0?{m}[-/.]{y}", rf"(?<!\d)0?{m}[-/.]0?1[-/.]{y}",
        rf"(?<!\d)0?1(?:st)?\s+{mn},?\s+{y}", rf"{mn}\s+0?1(?:st)?,?\s+{y}", rf"{y}{m:02d}01(?!\d)",
    ]
    if any(re.search(p, page_text, re.I) for p in full):
        return "day"
    month = [rf"(?<![\d-]){y}[-/.]0?{m}(?![-/.]?\d)", rf"(?<![\d/.-])0?{m}[-/.]{y}(?!\d)", rf"{mn},?\s+{y}"]
    if any(re.search(p, page_text, re.I) for p in month):
        return "month"
    return "year" if m == 1 else "day"


def _find_dates(tree, raw: str, url: str | None) -> tuple[str | None, str | None, str | None]:
    """(publication_date, modified_date, precision) from htmldate; dates ISO, possibly ``YYYY-MM``."""
    from copy import deepcopy

    from htmldate import find_date

    try:
        original = find_date(deepcopy(tree), url=url, original_date=True, extensive_search=True,
                             outputformat="%Y-%m-%d")
        modified = find_date(deepcopy(tree), url=url, original_date=False, extensive_search=True,
                             outputformat="%Y-%m-%d")
    except Exception as e:  # htmldate bugs on odd pages must not kill a document: no date, say why
        log.debug("htmldate failed: %s", e)
        return None, None, None
    if not original:
        return None, None, None
    precision = date_precision(raw, original)
    pub = {"day": original, "month": original[:7], "year": None}[precision]
    if modified == original:
        modified = None
    return pub, modified, precision


def extract_html(data: bytes | str, *, url: str | None = None, path: str | None = None,
                 id: str | None = None, **meta) -> Article:
    """Extract one article from an HTML page.

    ``data``: raw bytes (decoded with :func:`~eventwire.ingest.core.decode_text`; an encoding other than
    UTF-8 is kept in ``meta["encoding"]``) or text.
    Returns an :class:`Article` with ``text`` = body, ``title``, ``publication_date`` (``YYYY-MM-DD`` or
    ``YYYY-MM``), ``url`` (argument, else the page's canonical URL) and ``meta`` keys ``author``,
    ``modified_date``, ``date_precision``, ``sitename``, ``removed_articles`` (C24) when known, plus
    ``meta`` given by the caller. Raises :class:`BinaryInput`/:class:`DecodeError` for non-text bytes,
    :class:`EmptyInput` when no body text is found (HTML shell, C33), :class:`FormatError` when the page
    cannot be parsed at all.
    """
    from lxml import html as lxml_html
    from lxml.etree import ParserError
    from trafilatura import bare_extraction

    name = path or url or "<html>"
    raw, encoding = decode_text(data, name=name) if isinstance(data, (bytes, bytearray)) else (str(data), None)
    if not raw.strip():
        raise EmptyInput(f"{name}: empty page")
    raw = raw.lstrip("\ufeff")
    if raw.lstrip().startswith("<?xml"):  # lxml refuses str with an encoding declaration
        raw = re.sub(r"^\s*<\?xml[^>]*>", "", raw)
    try:
        tree = lxml_html.document_fromstring(raw)
    except (ParserError, ValueError) as e:
        raise FormatError(f"{name}: HTML cannot be parsed ({e})") from e
    removed = _lead_article_only(tree)
    pub, modified, precision = _find_dates(tree, raw, url)
    try:
        doc = bare_extraction(tree, url=url, with_metadata=True, include_comments=False, include_tables=False,
                              favor_precision=len(raw) < SHORT_PAGE_CHARS, deduplicate=False)
    except Exception as e:  # trafilatura raises assorted errors on broken trees
        raise FormatError(f"{name}: extraction failed ({type(e).__name__}: {e})") from e
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    title = (getattr(doc, "title", None) or None) if doc is not None else None
    if not title:
        t = tree.find(".//title")
        title = t.text_content().strip() if t is not None and t.text_content() else None
    body = _strip_title(body, title)
    if not body.strip() or _links_only(body, tree):
        raise EmptyInput(f"{name}: no article text in the page (HTML shell or navigation only)")
    author = getattr(doc, "author", None) if doc is not None else None
    if author and _AUTHOR_JUNK.search(author):
        author = None
    page_url = url or (getattr(doc, "url", None) if doc is not None else None)
    return article_from_text(
        body, id=id, title=title, publication_date=pub, url=page_url, path=path,
        outlet=(getattr(doc, "sitename", None) if doc is not None else None),
        author=author, modified_date=modified, date_precision=precision,
        removed_articles=removed or None, **{"encoding": non_utf8(encoding), **meta})


def _links_only(body: str, tree) -> bool:
    """True when every word of the extracted ``body`` is the text of a link or a navigation block of the page
    ("Home News" from a page of menus): the extractor fell back to the menu, the page has no article."""
    words = re.findall(r"\w+", body.lower())
    if not words or len(words) > 60:
        return False
    link_words = set()
    for el in tree.iter("a", "nav", "button", "option"):
        link_words.update(re.findall(r"\w+", el.text_content().lower()))
    return all(w in link_words for w in words)


def _strip_title(body: str, title: str | None) -> str:
    """Drop a leading body line equal to the title (so the headline is not duplicated in the text)."""
    if not title:
        return body
    norm = lambda s: re.sub(r"\W+", " ", s).strip().lower()  # noqa: E731
    lines = body.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if lines and norm(lines[0]) == norm(title):
        lines.pop(0)
    return "\n".join(lines)


def read_html(path: Path, **_opts) -> Iterator[Article | DocReport]:
    """Yield one :class:`Article` (or a skip/fail :class:`DocReport`) for an ``.html``/``.htm`` file."""
    try:
        yield extract_html(path.read_bytes(), path=str(path))
    except InputError as e:
        yield _skip(str(path), e)
