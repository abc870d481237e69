"""The explicit state of coding one article: everything a step may read, passed as arguments, never through
side channels.

* :class:`ArticleContext` -- per article: the article, its segments and parses, the publication date,
  quotes and their speakers, foreign spans, the people met so far, the actor resolver of the event pass,
  the records coded so far (anaphora reads them) and counters (``capped``: records over the per-sentence
  guard rail, returned to the pipeline by :func:`eventwire.events.coder.code_article`);
* :class:`SentenceContext` -- per sentence: offsets, its triggers, the protest topics folded into
  protests, whether it reports an accident, its records so far;
* per trigger, each step returns its own record: :class:`Parties` (actor and recipient, with the ids of
  the rules that found them), :class:`Reporting` (sources), :class:`Coding` (type after recoding,
  modality), :class:`Dating` (event dates).

Nothing here mutates the caller's :class:`~eventwire.schema.Article`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from datetime import date
from typing import Any, Iterator

from ..actors.dictionaries import load_dictionaries
from ..actors.resolve import ActorResolver, PeopleMemory, ResolveContext
from ..errors import DateError
from ..schema import Entity, Event
from . import attribution as attr
from .attribution import HEADLINE_REPORT
from .dates import parse_publication_date
from .patterns import PatternSet, load_patterns
from .quotes import QuoteIndex, QuoteSpan, find_quotes
from .rules import NONE


def publication_date(article) -> tuple[date | None, str | None]:
    """``(date, precision)`` of the article's publication date (precision ``day`` or ``month``), or
    ``(None, None)`` when it has none, it is not an ISO date or it lies outside the news era
    (:func:`eventwire.events.dates.parse_publication_date`; the pipeline reports that)."""
    if not article.publication_date:
        return None, None
    try:
        return parse_publication_date(article.publication_date)
    except DateError:
        return None, None


@dataclass
class SentenceContext:
    """One sentence of the article: ``segment`` and ``doc`` (its parse), ``sent`` (spaCy Span), ``index``
    (sentence number in the article, headline included), ``base`` (article offset of the segment),
    ``start``/``end`` (article offsets of the sentence); filled by the steps: ``triggers`` (kept, in token
    order), ``rows`` (token index -> pattern row of every trigger found, before filtering), ``topics``
    (protest trigger index -> article offsets of the demand folded into it), ``folded`` (token indices of
    those demands), ``hazard`` (the sentence reports an accident), ``events`` (its records so far)."""

    segment: Any
    doc: Any
    sent: Any
    index: int
    base: int
    start: int
    end: int
    triggers: list = field(default_factory=list)
    rows: dict = field(default_factory=dict)
    topics: dict = field(default_factory=dict)
    folded: set = field(default_factory=set)
    hazard: bool = False
    events: list = field(default_factory=list)

    @cached_property
    def hedged(self) -> bool:
        """:func:`eventwire.events.attribution.hedged` of the sentence, computed once per sentence (a pure function
        of ``sent``, read for every trigger of it)."""
        return attr.hedged(self.sent)

    @cached_property
    def according_to(self) -> tuple:
        """:func:`eventwire.events.attribution.according_to` of the sentence (a tuple of tokens, in its order),
        computed once per sentence (a pure function of ``sent``, read for every trigger of it)."""
        return tuple(attr.according_to(self.sent))

    @property
    def headline_report(self) -> bool:
        """True in a headline that attributes itself ("...: report")."""
        return self.segment.kind == "headline" and bool(HEADLINE_REPORT.search(self.segment.text))


@dataclass
class ArticleContext:
    """Per-article state of the coder (see module doc). Build it with :meth:`for_article`."""

    article: Any
    seg: Any
    seg_docs: list
    coder: str
    dictionaries: Any
    patterns: PatternSet
    pub: date | None
    pub_prec: str | None
    quotes: list[QuoteSpan]
    foreign: list[tuple[int, int]]
    people: dict[str, Entity] = field(default_factory=PeopleMemory)  # name lookups in O(1) (issue 15)
    quote_lookup: QuoteIndex | None = None
    quote_speakers: dict[int, list[Entity]] = field(default_factory=dict)
    quote_speaker_text: dict[int, str | None] = field(default_factory=dict)
    #: quote index -> True when the quote's speaker is a commentator (:mod:`eventwire.events.commentary`)
    quote_commentary: dict[int, bool] = field(default_factory=dict)
    #: names of the people the article introduces as commentators ("Gregory Brew, a senior analyst at ...")
    commentators: set[str] = field(default_factory=set)
    resolve_ctx: ResolveContext | None = None
    resolver: ActorResolver | None = None
    events: list[Event] = field(default_factory=list)
    capped: int = 0

    @classmethod
    def for_article(cls, article, seg, seg_docs, coder: str = "") -> "ArticleContext":
        """The context of ``article`` (an :class:`~eventwire.schema.Article`, read only) with its
        Segmentation ``seg`` and ``seg_docs`` (list of ``(Segment, Doc)``); loads the dictionaries and
        patterns (cached per process) and finds the quotes. Raises
        :class:`~eventwire.errors.DictionaryError` for a broken packaged table."""
        pub, prec = publication_date(article)
        quotes = find_quotes(article.text)
        ctx = cls(article=article, seg=seg, seg_docs=seg_docs, coder=coder, dictionaries=load_dictionaries(),
                  patterns=load_patterns(), pub=pub, pub_prec=prec, quotes=quotes, quote_lookup=QuoteIndex(quotes),
                  foreign=[tuple(x[:2]) for x in (article.meta.get("foreign_spans") or [])])
        return ctx

    @property
    def quote_positions(self) -> QuoteIndex:
        """The :class:`~eventwire.events.quotes.QuoteIndex` over ``quotes`` (position lookups in O(log n), so
        coding stays linear in article length, issue 15); built on first use when the context was made by hand."""
        if self.quote_lookup is None or self.quote_lookup.quotes is not self.quotes:
            self.quote_lookup = QuoteIndex(self.quotes)
        return self.quote_lookup

    def new_resolver(self) -> tuple[ResolveContext, ActorResolver]:
        """A fresh coreference memory and resolver for one pass over the article; the people met are
        shared by all passes (the quote pass registers "Siluanov" for the event pass)."""
        from ..actors.infer import dateline_country, dateline_place

        cc = dateline_country(self.seg)
        rctx = ResolveContext(pub_date=self.pub if self.pub_prec == "day" else None, people=self.people,
                              dateline_country=cc, dateline_place=dateline_place(self.seg, cc))
        return rctx, ActorResolver(self.dictionaries, rctx)

    def quote_index(self, pos: int) -> int | None:
        """Index of the first quote that holds article offset ``pos`` (marks included), or None."""
        return self.quote_positions.at(pos)

    def in_foreign(self, s: int, e: int) -> bool:
        """True when article offsets ``s..e`` lie inside a foreign-language span (not coded)."""
        return any(fs <= s and e <= fe for fs, fe in self.foreign)

    def sentences(self, res: ActorResolver) -> Iterator[SentenceContext]:
        """The sentences of the article in order, as :class:`SentenceContext`; points ``res`` at each
        new Doc before its first sentence."""
        k = 0
        last_doc = None
        for segment, doc in self.seg_docs:
            for sent in doc.sents:
                if doc is not last_doc:
                    res.set_doc(doc, segment.start)
                    last_doc = doc
                base = segment.start
                yield SentenceContext(segment, doc, sent, k, base, base + sent.start_char, base + sent.end_char)
                k += 1


@dataclass
class Parties:
    """Actor and recipient of one trigger, as the argument steps found and completed them.

    ``actors``/``recipients``: lists of :class:`~eventwire.schema.Entity`; ``actor_token``: the token the
    actor was read from (None when implicit); ``actor_rule``/``recipient_rule``: ids of the rules that
    found them (``none`` when none did); ``actor_codes``: codes the recipient rules must not repeat (the
    actor's as first found; the receive swap and the crowd rule renew it); ``named_unknown``: a doer is
    named but resolves to nothing (then no event is invented for an actor)."""

    actors: list[Entity]
    actor_token: Any
    actor_rule: str
    actor_codes: set[str]
    named_unknown: bool
    recipients: list[Entity] = field(default_factory=list)
    recipient_rule: str = NONE


@dataclass
class Reporting:
    """Who reports one trigger: ``sources`` (as written), ``source_entities`` (resolved speakers),
    ``reported`` (hedged or attributed), ``quote`` (index of the quote the trigger is in, or None), ``commentary``
    (every source is a commentator)."""

    sources: list[str]
    source_entities: list[Entity]
    reported: bool
    quote: int | None
    #: True when every source is a commentator (:func:`eventwire.events.commentary.commentator_voice`)
    commentary: bool = False


@dataclass
class Coding:
    """Type and modality of one trigger after recoding: ``event`` (PLOVER type), ``mode`` (set by a recode
    rule; ``-`` = none; None = refine from the clause), ``status`` (after recoding), ``time_status`` (the
    status before recoding, which dates read), ``negated``, ``rule`` (recode rule id or None), ``record_status`` (the
    status the record carries when it is not the one the dates read: a promise is dated as its announcement, and
    its status says the act promised is to come: ``future``)."""

    event: str
    mode: str | None
    status: str
    time_status: str
    negated: bool
    rule: str | None = None
    record_status: str | None = None


@dataclass
class Dating:
    """Event dates of one trigger: ``dates`` (list of ``(iso or None, precision or None)``, one record each),
    ``basis`` (``text``, ``attribution``, ``publication`` or None) and ``status`` (``historical`` when the text dates the act
    to a year before the publication's)."""

    dates: list[tuple[str | None, str | None]]
    basis: str | None
    status: str
