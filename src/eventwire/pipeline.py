"""The one batch function every runner calls: ``code_batch(articles) -> BatchResult``.

Flow per batch: normalise each article's text and title (:func:`eventwire.ingest.normalize.normalize_text`,
the readers' normalisation, so an Article built by an API caller is coded exactly like the same text read
from a file; offsets of events and quotes point into the normalised ``Article.text`` returned in
``BatchResult.articles``) -> make article ids unique per text within the batch
(:mod:`eventwire.ingest.ids`) -> validate each article -> segment (headline, paragraphs, boilerplate dropped) ->
spaCy over all segments of the batch in one ``nlp.pipe`` -> the event coder per article -> its places
(geoparse) -> parties from the story's context. A document that raises is reported as ``failed`` with its error code; the batch goes on.
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
               n_process: int = 1, language: bool = True, max_doc_bytes: int | None = None) -> BatchResult:
    """Code a batch of articles.

    ``articles``: Article records (DocReports from ingest are passed through into ``reports``). Each
    Article's text and title are normalised first (BOM, ``\r``/U+2028 line ends, zero-width spaces,
    mojibake, NFC: :func:`eventwire.ingest.normalize.normalize_text`; a no-op for reader output): an
    Article whose text changes is replaced by a normalised copy (the caller's object is not modified),
    and ``BatchResult.articles`` holds the text that all offsets point into. A repeated id with a
    different text in the batch is renamed ``<id>#2`` (see :mod:`eventwire.ingest.ids`); the report
    reason of a renamed article starts with ``renamed: id <id> already used by a different text``.
    ``language``: detect each article's language first (:func:`eventwire.ingest.language.annotate`):
    non-English documents are skipped with reason ``language:xx`` and foreign paragraphs/quotes of
    English ones are left uncoded; articles already annotated by a reader are not analysed again.
    ``max_doc_bytes``: skip articles whose text is over this many UTF-8 bytes (reason ``too_large:<bytes>``;
    None, the default: no limit here, since the readers apply the run's limit, see
    :func:`eventwire.ingest.read_inputs`). Control characters removed by normalisation are counted in
    the report (``control_chars_removed:N``).
    Returns a :class:`BatchResult` with events and quotes of all coded articles and exactly one
    :class:`DocReport` per input item, in input order. Never raises for a bad document.

    Stages, in order: :func:`segment`, :func:`parse`, :func:`code`, :func:`geoparse`, :func:`story_context`,
    :func:`story_events`.
    """
    from .ingest.ids import IdRegistry, rename_note

    reg = IdRegistry()
    items = [reg.assign(_normalized(a)) if isinstance(a, Article) else a
             for a in (_size_checked(_text_checked(a), max_doc_bytes) for a in articles)]
    renamed = {i: note for i, a in enumerate(items) if isinstance(a, Article) and (note := rename_note(a))}
    if language:
        items = _detect_language(items)
    reports: list[DocReport | None] = [r if isinstance(r, DocReport) else None for r in items]
    plans = segment(items, reports)
    res = BatchResult()
    for (i, a, seg), seg_docs in zip(plans, parse(plans, batch_size, n_process)):
        try:
            coded = code(a, seg, seg_docs)
            geoparse(a, seg, seg_docs, coded.events)
            coded.events = story_context(coded.events, coded.story_dropped, coded.mentions, coded.sentences)
            coded.events = story_events(coded.events)
        except EventwireError as e:
            reports[i] = DocReport(a.id, "failed", f"{e.code}: {e.message}", path=a.path)
            continue
        except Exception as e:  # a coder bug must not kill the batch; the report says what broke
            log.exception("coding %s failed", a.id)
            reports[i] = DocReport(a.id, "failed", f"EW900 internal: {type(e).__name__}: {e}", path=a.path)
            continue
        res.events.extend(coded.events)
        res.quotes.extend(coded.quotes)
        res.articles.append(a)
        notes = [renamed[i]] if i in renamed else []
        reports[i] = DocReport(a.id, "coded", "; ".join(notes + _coded_notes(a, seg, coded)) or None,
                               events=len(coded.events), path=a.path)
    for i, note in renamed.items():  # a renamed document that was not coded still says so
        r = reports[i]
        if r is not None and r.status != "coded" and note not in (r.reason or ""):
            r.reason = f"{r.reason}; {note}" if r.reason else note
    res.reports = [r for r in reports if r is not None]
    return res


# --- the stages of code_batch, in order ----------------------------------------------------------------
def _detect_language(items: list) -> list:
    """Language of each Article not yet annotated by a reader (:func:`eventwire.ingest.language.annotate`):
    a non-English one becomes a ``language:xx`` skip report."""
    from .ingest.language import annotate

    return [annotate(a) if isinstance(a, Article) and not _annotated(a) and a.text and a.text.strip() else a
            for a in items]


def segment(items: list, reports: list) -> list[tuple[int, Article, object]]:
    """Stage 1: segment each Article (:func:`eventwire.nlp.segment.segment_article`: headline, dateline,
    paragraphs, boilerplate dropped). Returns ``(index in items, article, Segmentation)`` for the articles to
    code; an empty article, or one with nothing left after boilerplate, gets a ``skipped`` report in
    ``reports`` (and a segmentation error a ``failed`` one)."""
    from .nlp.segment import segment_article

    plans = []
    for i, a in enumerate(items):
        if isinstance(a, DocReport):
            continue
        try:
            if not a.text or not a.text.strip():
                raise EmptyInput(f"{a.path or a.id}: empty or whitespace-only text")
            seg = segment_article(a.text, a.title)
            if not seg.segments:
                raise EmptyInput(f"{a.path or a.id}: nothing left to code after boilerplate removal")
            plans.append((i, dated_by_dateline(a, seg), seg))
        except EventwireError as e:
            reports[i] = DocReport(a.id, "skipped" if isinstance(e, EmptyInput) else "failed",
                                   f"{getattr(e, 'reason', e.code)}: {e.message}", path=a.path)
    return plans


def dated_by_dateline(a: Article, seg) -> Article:
    """``a`` with the date of its dateline as publication date, when it has none and the dateline writes one
    in full ("WASHINGTON, March 3, 2022 (Reuters) -": ``2022-03-03``; a date alone, "March 5, 2001 --", as ABC
    and UPI write it: :data:`eventwire.nlp.segment.DATE_DATELINE`); else ``a`` itself.

    A wire dateline's date is the day the story was filed, which is what GDELT and POLECAT take as the
    publication date; without it, relative dates ("on Tuesday") and actual events would get no date at all.
    A dateline without a year ("KYIV, March 3 (AP) -") anchors nothing: the year is not guessed. The copy
    carries ``meta["publication_date_source"] = "dateline"`` and the document's report says
    ``publication_date_from_dateline:<iso>``. A publication date given by the reader or the run (``--pub-date``)
    always wins, even when the dateline disagrees."""
    import dataclasses

    from .events.event_dates import absolute_date

    dl = seg.dateline
    if a.publication_date or not dl or not dl.get("date"):
        return a
    found = absolute_date(dl["date"])
    if not found or found[1] != "day":
        return a
    return dataclasses.replace(a, publication_date=found[0], meta=dict(a.meta, publication_date_source="dateline"))


def parse(plans: list, batch_size: int, n_process: int) -> Iterator[list]:
    """Stage 2: parse every segment of the batch in one spaCy ``nlp.pipe`` (the model loaded once per
    process: :func:`eventwire.nlp.model.load_model`); yields, per plan, its list of ``(Segment, Doc)``.
    Lazy: documents are parsed as the coder asks for them."""
    from .nlp.model import load_model
    from .nlp.views import note_doc_text

    nlp = load_model()
    texts = [s.text for _, _, seg in plans for s in seg.segments]
    docs = iter(nlp.pipe(texts, batch_size=batch_size, n_process=n_process))
    for _, _, seg in plans:
        seg_docs = [(s, next(docs)) for s in seg.segments]
        for s, doc in seg_docs:
            note_doc_text(doc, s.text)  # the text each Doc was parsed from: no second join of its tokens
        yield seg_docs


def code(article: Article, seg, seg_docs):
    """Stage 3: code one article (:func:`eventwire.events.coder.code_article`): its events (no places yet),
    quotes and the count of records over the per-sentence guard rail."""
    from .events.coder import code_article

    return code_article(article, seg, seg_docs, coder=CODER_NAME)


def geoparse(article: Article, seg, seg_docs, events: list[Event]) -> None:
    """Stage 4: the places of each event (:func:`eventwire.geo.locate_events`, offline gazetteer); fills
    ``event.event_loc`` in place. Never raises for odd text."""
    from .geo import locate_events

    if events:
        locate_events(article, seg, seg_docs, events)


def story_context(events: list[Event], dropped=None, mentions=None, sentences: int = 0) -> list[Event]:
    """Stage 5: parties from the story's context (:func:`eventwire.events.story_context.complete_from_story`):
    a country for actors and recipients the text leaves uncoded, from the places of stage 4 and the story's
    focus country; then the story's drop rules (counted by rule id into ``dropped``, a Counter, when given).
    Returns the records (changed ones are new objects with new ids)."""
    from .events.story_context import complete_from_story

    return complete_from_story(events, dropped=dropped, mentions=mentions, sentences=sentences)


def story_events(events: list[Event]) -> list[Event]:
    """Stage 6: mark the mentions of one event within a story (:func:`eventwire.events.story_events.mark_story_events`):
    every record gets ``text_info["story_event"]`` = ``{"id", "mentions", "primary"}``, the clearest mention of
    each group being primary. Records are not removed. Returns copies in the same order."""
    from .events.story_events import mark_story_events

    return mark_story_events(events)


def _coded_notes(a: Article, seg, coded) -> list[str]:
    """Report notes of a coded article: collapsed repeats, unusable publication dates, the encoding of a file
    that was not UTF-8 (``encoding:cp1252``, from ``meta["encoding"]``: :func:`eventwire.ingest.core.decode_text`), control characters
    removed by normalisation, run-on cuts, cuts of a stretch too long for the parser, records over the per-sentence guard rail, records the story stage's
    drop rules removed (:data:`eventwire.events.story_context.STORY_DROP_RULES`)."""
    notes = [f"collapsed_repeats:{seg.collapsed_repeats}"] if seg.collapsed_repeats else []
    notes += _date_notes(a)
    if a.meta.get("publication_date_source") == "dateline":
        notes.append(f"publication_date_from_dateline:{a.publication_date}")
    if a.meta.get("encoding"):
        notes.append(f"encoding:{a.meta['encoding']}")
    if a.meta.get("control_chars_removed"):
        notes.append(f"control_chars_removed:{a.meta['control_chars_removed']}")
    if seg.run_on_cuts:
        notes.append(f"run_on_cuts:{seg.run_on_cuts} (text with no sentence end cut at clause marks)")
    if getattr(seg, "chunk_cuts", 0):
        notes.append(f"chunk_cuts:{seg.chunk_cuts} (a stretch over eventwire.nlp.model.MAX_CHUNK_CHARS characters "
                     f"with no sentence end cut at whitespace for the parser)")
    if coded.capped:
        notes.append(f"capped_events:{coded.capped} (over the per-sentence limit; "
                     f"see eventwire.events.coder.max_events_for)")
    notes += [f"story_dropped:{rid}:{n}" for rid, n in sorted(coded.story_dropped.items())]
    return notes


def _text_checked(a: Article | DocReport) -> Article | DocReport:
    """``a``, or its report when an Article given to :func:`code_batch` has no text string: ``text=None`` is
    ``skipped`` (``empty_input: <id>: text is None: no text to code``), another type ``failed`` (``malformed: EW104
    <id>: text is an int, not a string``), as the JSONL reader reports ``"text": null`` and ``"text": 5``; so is a
    title that is neither None nor a string. The rest of the batch is coded."""
    if not isinstance(a, Article) or (isinstance(a.text, str) and (a.title is None or isinstance(a.title, str))):
        return a
    from .errors import EmptyInput, FormatError, a_an
    from .ingest.core import _skip

    where = a.path or a.id or "document"
    if a.text is None:
        return _skip(a.path, EmptyInput(f"{where}: text is None: no text to code"), a.id)
    field, value = ("text", a.text) if not isinstance(a.text, str) else ("title", a.title)
    return DocReport(a.id, "failed", f"{FormatError.reason}: {FormatError.code} {where}: {field} is "
                     f"{a_an(type(value).__name__)}, not a string", path=a.path)


def _size_checked(a: Article | DocReport, max_doc_bytes: int | None) -> Article | DocReport:
    """``a``, or a ``skipped`` ``too_large:<bytes>`` report when its text is over ``max_doc_bytes``."""
    if not max_doc_bytes or not isinstance(a, Article) or not isinstance(a.text, str):
        return a
    from .errors import TooLarge
    from .ingest.core import _skip, check_size

    try:
        check_size(a.text, max_doc_bytes, a.path or a.id)
    except TooLarge as e:
        return _skip(a.path, e, a.id)
    return a


def _normalized(a: Article) -> Article:
    """``a`` itself when its text and title are already normalised (reader output), else a normalised
    copy (same id and other fields; ``meta["control_chars_removed"]`` added when control characters
    were removed)."""
    import dataclasses

    from .ingest.normalize import normalize_text, normalize_text_counted

    if not isinstance(a.text, str):
        return a
    text, removed = normalize_text_counted(a.text)
    title = normalize_text(a.title).strip() or None if isinstance(a.title, str) else a.title
    if text == a.text and title == a.title:
        return a
    meta = dict(a.meta, control_chars_removed=removed) if removed else a.meta
    return dataclasses.replace(a, text=text, title=title, meta=meta)


def _date_notes(a: Article) -> list[str]:
    """Warnings for a coded document whose publication date could not be used: the run goes on, event
    dates then come from the text alone, and the report says so (nothing is dropped silently)."""
    from .events.dates import publication_date_problem

    notes = []
    raw = a.meta.get("raw_date") if a.meta else None
    if raw:
        fallback = "the run's --pub-date used instead" if a.publication_date else "ignored; dates from the text only"
        why = a.meta.get("raw_date_reason")
        why = f"{why}; " if why else ""
        notes.append(f"warning: publication_date not a date: {str(raw)[:40]!r} ({why}{fallback})")
    why = publication_date_problem(a.publication_date) if a.publication_date else None
    if why:
        notes.append(f"warning: publication_date not a date: {str(a.publication_date)[:40]!r} "
                     f"({why}; ignored; dates from the text only)")
    return notes


def _annotated(a: Article) -> bool:
    return a.language == "en" and "foreign_spans" in a.meta


def code_articles(articles: Iterable[Article | DocReport], *, batch_size: int = 32) -> Iterator[BatchResult]:
    """Stream ``articles`` through :func:`code_batch` in bounded chunks of ``batch_size`` items,
    yielding one :class:`BatchResult` per chunk (memory stays flat on any input size, but for one
    id/hash entry per distinct article id). Ids are made unique per text over the whole stream first
    (:func:`eventwire.ingest.ids.unique_ids`: a repeated id with a different text becomes ``<id>#2``),
    so chunking never changes an id."""
    from .ingest.ids import unique_ids

    chunk: list = []
    for a in unique_ids(_normalized(a) if isinstance(a, Article) else a for a in articles):
        chunk.append(a)
        if len(chunk) >= batch_size:
            yield code_batch(chunk, batch_size=batch_size)
            chunk = []
    if chunk:
        yield code_batch(chunk, batch_size=batch_size)


def code_text(text: str, publication_date: str | None = None, title: str | None = None,
              article_id: str | None = None) -> tuple[list[Event], list[Quote]]:
    """Code one text. Returns ``(events, quotes)``; empty lists for empty text.

    ``text`` is normalised exactly as the CLI readers normalise a file
    (:func:`eventwire.ingest.normalize.normalize_text`: byte-order mark and zero-width spaces removed,
    ``\r\n``/``\r``/U+2028 line ends made ``\n``, mojibake repaired, NFC), so ``code_text(t)`` gives
    the events of the same text read from a file. All offsets in the events and quotes
    (``text_info.start/end``, actor/recipient ``start/end``, quote ``start/end``) point into
    ``normalize_text(text)``, not into ``text`` when the two differ; call
    :func:`eventwire.ingest.normalize.normalize_text` to get that text, or use :func:`code_batch`,
    whose ``BatchResult.articles`` carries it.
    ``publication_date``: ISO ``YYYY-MM-DD`` (or ``YYYY-MM``), the anchor for relative dates, within
    :data:`eventwire.events.dates.PUBLICATION_DATE_MIN` .. :data:`~eventwire.events.dates.PUBLICATION_DATE_MAX`.
    Raises :class:`~eventwire.errors.DateError` for a malformed or out-of-range date and
    :class:`~eventwire.errors.InputError` when ``text`` is not a ``str``. Non-English text and empty
    text give ``([], [])``; use :func:`code_batch` to see the per-document reason.
    """
    from .errors import InputError
    from .events.dates import parse_publication_date
    from .ingest.text import headline_of

    if not isinstance(text, str):
        raise InputError(f"code_text needs the article text as str, got {type(text).__name__} "
                         f"(decode bytes first, e.g. eventwire.ingest.decode_bytes)")
    from .ingest.normalize import normalize_text

    if publication_date:
        parse_publication_date(publication_date)
    text = normalize_text(text)
    if not text or not text.strip():
        return [], []
    if title is None:
        title = headline_of(text)
    a = Article(text=text, id=article_id, title=title, publication_date=publication_date)
    res = code_batch([a])
    return res.events, res.quotes
