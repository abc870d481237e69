"""The event coder: parsed segments of one article in, PLOVER events and quotes out.

:func:`code_article` first finds who speaks each quote (:mod:`.speakers`), then codes each sentence
(headline and body; boilerplate already dropped by :mod:`eventwire.nlp.segment`; foreign-language spans
skipped) with :func:`code_sentence`, a short sequence of named steps, each a module of its own:

1. triggers (:mod:`.triggers`): trigger sources (the pattern dictionary ``data/patterns/verbs.tsv``, demand
   statements, allegations) and filters (a trigger that refines or is the content of another);
2. actor (:mod:`.actor_rules`, ``ACTOR_RULES``);
3. recipient (:mod:`.recipient_rules`, ``RECIPIENT_RULES``);
4. implicit parties (:mod:`.implicit`): completion rules, then sources (:mod:`.reporting`), then implicit
   actors; drop rules (:mod:`.admission`) before and after;
5-6. modality and recoding (:mod:`.recode`, ``RECODE_TABLE``; :mod:`.modality`); then the commentary drop rule
   (:func:`.commentary.commentary`: a detector's statement told only by commentators;
   :func:`.commentary.commentator_statement`: a commentator's own statement to no counterpart it addresses);
7. dates (:mod:`.event_dates`);
8. records (:mod:`.records`), with the ids of the rules that made each in ``text_info.rule``;
9. subsume and cap (:mod:`.subsume`): one act, one record; at most :data:`MAX_EVENTS_PER_SENTENCE` per
   sentence (the count over it is returned, never dropped unseen).

Over the whole article, after the sentences: :func:`eventwire.actors.infer.complete_from_context` (a place
named as a recipient stands for its people; an actor with a sector and no country takes the article's home
country, ``source`` "context"; issue 12).

Places are a stage of their own (:func:`eventwire.geo.locate_events`, called by the pipeline). All state
of an article is in one :class:`~eventwire.events.context.ArticleContext`; see ``docs/architecture.md`` for
where each kind of rule lives.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..actors.infer import article_country_mentions, complete_from_context
from ..schema import Event, Quote
from .accidents import mark_named_hazards, reports_accident
from .actor_rules import find_actor
from .admission import DROP_AFTER_ACTOR, DROP_BEFORE_CODING, dropped, means_named_as_doer
from .commentary import commentary, commentator_statement
from .context import ArticleContext, Parties, SentenceContext
from .event_dates import absolute_date  # noqa: F401  (public name of this module before issue 11)
from .event_dates import event_dates
from .implicit import complete_parties, implicit_actor
from .recipient_rules import find_recipient
from .records import build_records
from .recode import modality_of, recode
from .reporting import own_statement, report
from .rules import Args
from .speakers import attribute_quotes
from .subsume import (MAX_EVENTS_PER_SENTENCE, is_detector_record, max_events_for, subsume_and_cap, subsumed_dropped,
                      unique_records)
from .triggers import detector_reads, find_triggers, protest_topics, rule_pass

__all__ = ["CodedArticle", "code_article", "code_sentence", "MAX_EVENTS_PER_SENTENCE", "max_events_for",
           "subsumed_dropped"]


@dataclass
class CodedArticle:
    """What :func:`code_article` returns: ``events`` (list of :class:`~eventwire.schema.Event`, one per id),
    ``quotes`` (list of :class:`~eventwire.schema.Quote`), ``capped`` (records over the per-sentence guard
    rail, counted, not emitted; the run report says ``capped_events:N``), ``story_dropped`` (records the story
    stage's drop rules removed, by rule id; the run report says ``story_dropped:<rule id>:N``)."""

    events: list[Event]
    quotes: list[Quote]
    capped: int = 0
    story_dropped: Counter = field(default_factory=Counter)
    #: the article's country mentions ((counts, first offsets): :func:`eventwire.actors.infer.article_country_mentions`)
    mentions: tuple | None = None
    #: sentences of the coded text (headline and body segments, as parsed): a story or a lone sentence
    sentences: int = 0


def remember_subjects(sent, res) -> None:
    """Coreference memory: the resolved noun subjects of the sentence become antecedents ("it", "they", "he"). ``sent``:
    a spaCy Span, or the list of its tokens (the coder passes :attr:`RulePass.toks`, made once per sentence: a Span
    makes a new Token per item on every pass). The subjects are noted deepest clause first, so that the subject of
    the main clause is the one remembered last ("U.S. officials say Cubans want to leave ... They also accuse
    Havana": "they" are the officials, not the Cubans). Source: standard coreference practice (centering theory,
    Lappin and Leass salience: a main-clause subject outranks an embedded one)."""
    subjects = [t for t in sent if t.dep_ == "nsubj" and t.pos_ in ("PROPN", "NOUN")]
    if not subjects:
        return
    from ..nlp.views import doc_columns

    # the number of a subject's ancestors (``Token.ancestors``: up the heads to the root, at most one per token of the
    # Doc), counted on the Doc's heads without a Token per step
    heads = doc_columns(subjects[0].doc).heads
    depth = {}
    for t in subjects:
        k, d, n = t.i, 0, len(heads)
        while heads[k] != k and d < n:
            k = heads[k]
            d += 1
        depth[t.i] = d
    for t in sorted(subjects, key=lambda t: -depth[t.i]):
        ents = res.resolve(t)
        if ents:
            res.note(ents)


def code_sentence(sc: SentenceContext, ctx: ArticleContext) -> list[Event]:
    """The records of one sentence before subsumption (see module doc for the steps). The trained detector reads a
    sentence only where the rules leave it without a record (:func:`eventwire.events.triggers.detector_reads`):
    where rule triggers are left but none makes a record, its triggers are coded after theirs."""
    rules = rule_pass(sc.sent, ctx.patterns)  # the rule triggers, found once for both calls below
    sc.triggers, sc.rows = find_triggers(sc.sent, ctx.patterns, rules=rules)
    code_triggers(sc, ctx, sc.triggers)
    if detector_follows(sc):
        sc.triggers, sc.rows = find_triggers(sc.sent, ctx.patterns, detector=True, rules=rules)
        code_triggers(sc, ctx, [t for t in sc.triggers if t.source == "model"])
    remember_subjects(rules.toks, ctx.resolver)
    return sc.events


def detector_follows(sc: SentenceContext) -> bool:
    """True when the detector, which did not read the sentence because rule triggers were left in it
    (:func:`eventwire.events.triggers.detector_reads`), is to read it now: none of them made a record (dropped for
    want of an actor, an accident, ...), so the sentence is as unread as one without rule triggers."""
    rule = [t for t in sc.triggers if t.source != "model"]
    return not detector_reads(rule) and not any(not is_detector_record(e) for e in sc.events)


def code_triggers(sc: SentenceContext, ctx: ArticleContext, triggers: list) -> None:
    """Steps 2-8 for ``triggers`` (of ``sc.triggers``, in token order): their records are appended to
    ``sc.events``; each coded trigger's parties become antecedents."""
    res = ctx.resolver
    sc.topics, sc.folded = protest_topics(sc.triggers, sc.base)
    sc.hazard = reports_accident(sc.triggers, lambda lemma: ctx.dictionaries.sector_of_noun(lemma) is not None)
    for trig in triggers:
        if trig.token.i in sc.folded:
            continue  # the demand of a protest is its topic (PLOVER manual, PROTEST)
        qi = ctx.quote_index(sc.base + trig.token.idx)
        ctx.resolve_ctx.speaker = ctx.quote_speakers.get(qi) if qi is not None else None  # "we" in a quote
        args = Args(trig, res, ctx.events + sc.events, headline=sc.segment.kind == "headline")
        found, rule = find_actor(args)
        parties = Parties(found.entities, found.token, rule, set(), False)
        if dropped(DROP_AFTER_ACTOR, trig, parties, sc, res):
            continue
        parties.named_unknown = found.token is not None and not found.entities and not means_named_as_doer(
            trig, found.token)
        parties.actor_codes = args.actor_codes = {a.code for a in parties.actors if a.code}
        args.actors = parties.actors
        found, parties.recipient_rule = find_recipient(args)
        parties.recipients = found.entities
        complete_parties(trig, parties, sc.sent, res)
        said = own_statement(trig.event, parties.actors, report(trig, sc, ctx, args.subject), trig.token)
        implicit_actor(trig, parties, said, sc.sent, ctx)
        if dropped(DROP_BEFORE_CODING, trig, parties, sc, res):
            continue
        coding = recode(trig, modality_of(trig, sc.sent, sc.rows), parties, sc.sent, res, said)
        if not commentary(trig, coding, parties, said) and not commentator_statement(coding, parties, ctx.commentators):
            # a commentator's view read as a statement, or told as their own statement: no record
            dating = event_dates(trig, coding, sc.sent, ctx.article, ctx.pub, ctx.pub_prec, sc.rows, said)
            sc.events += build_records(trig, parties, coding, dating, said, sc, ctx)
        res.note(parties.actors)  # the parties stay antecedents either way (a later "the government")
        res.note(parties.recipients, role="recipient")


def code_article(article, seg, seg_docs, coder: str = "") -> CodedArticle:
    """Code one article.

    ``article``: :class:`~eventwire.schema.Article` (read, never changed); ``seg``: its
    :class:`~eventwire.nlp.segment.Segmentation`; ``seg_docs``: list of (Segment, spaCy Doc) in article order;
    ``coder``: the name written into each record. Returns a :class:`CodedArticle` (events and quotes with
    offsets into ``article.text``, and the count of records over the per-sentence guard rail). Events have
    no places yet: the pipeline's geoparse stage (:func:`eventwire.geo.locate_events`) adds them. Raises
    nothing for odd text; dictionary errors (:class:`~eventwire.errors.DictionaryError`) propagate.
    """
    ctx = ArticleContext.for_article(article, seg, seg_docs, coder)
    mark_named_hazards(article.text, [d for _, d in seg_docs])
    quotes = attribute_quotes(ctx)
    ctx.resolve_ctx, ctx.resolver = ctx.new_resolver()
    for sc in ctx.sentences(ctx.resolver):
        if ctx.in_foreign(sc.start, sc.end):
            continue
        kept, over = subsume_and_cap(code_sentence(sc, ctx), sc.sent)
        ctx.capped += over
        ctx.events.extend(kept)
    ctx.resolve_ctx.speaker = None
    # the last steps of the order of evidence (docs/actors.md, issue 12): places named as recipients stand for
    # their people; actors with a sector and no country take the article's home country -- before geoparse
    events = complete_from_context(unique_records(ctx.events), seg_docs, ctx.dictionaries)
    return CodedArticle(events, quotes, ctx.capped, mentions=article_country_mentions(seg_docs, ctx.dictionaries),
                        sentences=sum(1 for _, d in seg_docs for _ in d.sents))
