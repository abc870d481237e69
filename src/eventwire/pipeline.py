"""The one batch function every runner calls: ``code_batch(articles) -> BatchResult``.

Flow per batch: validate each article -> segment (headline, paragraphs, boilerplate dropped) ->
spaCy over all segments of the batch in one ``nlp.pipe`` -> the event coder per article. A document
that raises is reported as ``failed`` with its error code; the batch goes on.
"""
from __future__ import annotations

import logging
from typing import Iterable, Iterator

from . import __version__
from .errors import EventwireError, EmptyInput
from .schema import Article, BatchResult, DocReport, Event, Quote

log = logging.getLogger(__name__)

CODER_NAME = f"eventwire-{__version__}"


def code_batch(articles: Iterable[Article | DocReport], *, batch_size: int = 32,
               n_process: int = 1, language: bool = True) -> BatchResult:
    """Code a batch of articles.

    ``articles``: Article records (DocReports from ingest are passed through into ``reports``).
    ``language``: detect each article's language first (:func:`eventwire.ingest.language.annotate`):
    non-English documents are skipped with reason ``language:xx`` and foreign paragraphs/quotes of
    English ones are left uncoded; articles already annotated by a reader are not analysed again.
    Returns a :class:`BatchResult` with events and quotes of all coded articles and exactly one
    :class:`DocReport` per input item, in input order. Never raises for a bad document.
    """
    from .nlp.model import load_model
    from .nlp.segment import segment_article
    from .events.coder import code_article

    res = BatchResult()
    items = list(articles)
    if language:
        from .ingest.language import annotate

        items = [annotate(a) if isinstance(a, Article) and not _annotated(a) and a.text and a.text.strip() else a
                 for a in items]
    plans: list[tuple[int, Article, object]] = []  # (index in items, article, segmentation)
    reports: list[DocReport | None] = [None] * len(items)
    for i, a in enumerate(items):
        if isinstance(a, DocReport):
            reports[i] = a
            continue
        try:
            if not a.text or not a.text.strip():
                raise EmptyInput(f"{a.path or a.id}: empty or whitespace-only text")
            seg = segment_article(a.text, a.title)
            if not seg.segments:
                raise EmptyInput(f"{a.path or a.id}: nothing left to code after boilerplate removal")
            plans.append((i, a, seg))
        except EventwireError as e:
            reports[i] = DocReport(a.id, "skipped" if isinstance(e, EmptyInput) else "failed",
                                   f"{getattr(e, 'reason', e.code)}: {e.message}", path=a.path)
    if plans:
        nlp = load_model()
        texts = [s.text for _, _, seg in plans for s in seg.segments]
        docs = iter(nlp.pipe(texts, batch_size=batch_size, n_process=n_process))
        for i, a, seg in plans:
            seg_docs = [(s, next(docs)) for s in seg.segments]
            try:
                events, quotes = code_article(a, seg, seg_docs, coder=CODER_NAME)
            except EventwireError as e:
                reports[i] = DocReport(a.id, "failed", f"{e.code}: {e.message}", path=a.path)
                continue
            except Exception as e:  # a coder bug must not kill the batch; the report says what broke
                log.exception("coding %s failed", a.id)
                reports[i] = DocReport(a.id, "failed", f"EW900 internal: {type(e).__name__}: {e}", path=a.path)
                continue
            res.events.extend(events)
            res.quotes.extend(quotes)
            res.articles.append(a)
            notes = [f"collapsed_repeats:{seg.collapsed_repeats}"] if seg.collapsed_repeats else []
            notes += _date_notes(a)
            if seg.run_on_cuts:
                notes.append(f"run_on_cuts:{seg.run_on_cuts} (text with no sentence end cut at clause marks)")
            if a.meta.get("capped_events"):
                notes.append(f"capped_events:{a.meta['capped_events']} (over the per-sentence limit; "
                             f"see eventwire.events.coder.max_events_for)")
            reports[i] = DocReport(a.id, "coded", "; ".join(notes) or None, events=len(events), path=a.path)
    res.reports = [r for r in reports if r is not None]
    return res


def _date_notes(a: Article) -> list[str]:
    """Warnings for a coded document whose publication date could not be used: the run goes on, event
    dates then come from the text alone, and the report says so (nothing is dropped silently)."""
    from .errors import DateError
    from .events.dates import parse_iso_date

    notes = []
    raw = a.meta.get("raw_date") if a.meta else None
    if raw:
        fallback = "the run's --pub-date used instead" if a.publication_date else "ignored; dates from the text only"
        notes.append(f"warning: publication_date not a date: {str(raw)[:40]!r} ({fallback})")
    if a.publication_date:
        try:
            parse_iso_date(a.publication_date)
        except DateError:
            notes.append(f"warning: publication_date not a date: {a.publication_date[:40]!r} "
                         f"(ignored; dates from the text only)")
    return notes


def _annotated(a: Article) -> bool:
    return a.language == "en" and "foreign_spans" in a.meta


def code_articles(articles: Iterable[Article | DocReport], *, batch_size: int = 32) -> Iterator[BatchResult]:
    """Stream ``articles`` through :func:`code_batch` in bounded chunks of ``batch_size`` items,
    yielding one :class:`BatchResult` per chunk (memory stays flat on any input size)."""
    chunk: list = []
    for a in articles:
        chunk.append(a)
        if len(chunk) >= batch_size:
            yield code_batch(chunk, batch_size=batch_size)
            chunk = []
    if chunk:
        yield code_batch(chunk, batch_size=batch_size)


def code_text(text: str, publication_date: str | None = None, title: str | None = None,
              article_id: str | None = None) -> tuple[list[Event], list[Quote]]:
    """Code one text. Returns ``(events, quotes)``; empty lists for empty text.

    ``publication_date``: ISO ``YYYY-MM-DD`` (or ``YYYY-MM``), the anchor for relative dates.
    Raises :class:`~eventwire.errors.DateError` for a malformed date and
    :class:`~eventwire.errors.InputError` when ``text`` is not a ``str``. Non-English text and empty
    text give ``([], [])``; use :func:`code_batch` to see the per-document reason.
    """
    from .errors import InputError
    from .events.dates import parse_iso_date
    from .ingest.text import headline_of

    if not isinstance(text, str):
        raise InputError(f"code_text needs the article text as str, got {type(text).__name__} "
                         f"(decode bytes first, e.g. eventwire.ingest.decode_bytes)")
    if publication_date:
        parse_iso_date(publication_date)
    if not text or not text.strip():
        return [], []
    if title is None:
        title = headline_of(text)
    a = Article(text=text, id=article_id, title=title, publication_date=publication_date)
    res = code_batch([a])
    return res.events, res.quotes
