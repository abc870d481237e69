"""The quote pass: who speaks each quotation of the article, before any event is coded (so that "we" inside
a quote can stand for its speaker).

Rules (issue 2 "quotes"; field cases C26, C27, C32): the subject of a speech verb outside the quote in the
same sentence, verbs after the quote first ("…,” Sullivan told CNN"), else an "according to X" phrase;
else a lead-in line ending in ":" just above ("And from NATO Secretary General Mark Rutte:"); else, for a
quote right after an attributed one (less than 300 characters on), the same speaker going on. People named
as subjects are remembered ("Siluanov" -> Anton Siluanov) for the event pass.
"""
from __future__ import annotations

from ..actors.infer import role_apposed_name
from ..lexicon import words
from ..nlp.views import SUBJECTS, doc_columns, span_ents, span_text
from ..schema import Quote
from . import attribution as attr
from .commentary import commentator_voice, note_commentators

#: Verbs besides the speech verbs that introduce a quote ("warned", "countered", "asked", "urged").
QUOTE_VERBS = attr.SPEECH | words("quote_verb")
#: How far (characters) a quote without attribution of its own continues the previous speaker.
CONTINUATION_GAP = 300


def speaker_text(res, tok, ents) -> str | None:
    """The speaker as a record shows it: the known name, the resolved words of a pronoun, else the noun
    phrase as written."""
    if ents and ents[0].name:
        return ents[0].name
    if tok.pos_ == "PRON":
        return ents[0].entity_text if ents else None
    return res.np_span(tok)[2]


def quote_verbs(sent) -> list:
    """The tokens of ``sent`` (a spaCy Span) that may introduce a quote (a verb of :data:`QUOTE_VERBS`), in order:
    :func:`speaker_in_sentence`'s candidates before the quote's own span is left out. A pure function of the
    sentence, so the quote pass reads the sentence once for all the quotes touching it (speed, issue 12)."""
    doc = sent.doc
    lemmas = doc_columns(doc).lemmas  # the words' lemmas without a Token per word: a Token for the verbs only
    return [t for i in range(sent.start, sent.end) if lemmas[i].lower() in QUOTE_VERBS
            for t in (doc[i],) if t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB")]


def speaker_in_sentence(res, sent, base, q, verbs: list | None = None):
    """``(entities, text, token)`` of the speaker of quote ``q`` named in ``sent`` (see module doc), or None;
    ``token`` is the word that names the speaker. ``verbs``: :func:`quote_verbs` of ``sent`` when the caller has
    it."""
    cands = []
    for t in (verbs if verbs is not None else quote_verbs(sent)):
        pos = base + t.idx
        if q.contains(pos) or (q.open_at <= pos <= q.close_at):
            continue
        cands.append(t)
    # prefer speech verbs after the quote, then before
    cands.sort(key=lambda t: (base + t.idx < q.close_at, abs(base + t.idx - q.close_at)))
    for v in cands:
        subj = attr.speech_subject(v)
        if subj is None or q.contains(base + subj.idx):
            continue
        ents = res.resolve(subj)
        text = speaker_text(res, subj, ents)
        if text:
            return ents, text, subj
    for p in attr.according_to(sent):
        ents = res.resolve(p)
        return ents, speaker_text(res, p, ents), p
    return None


def role_apposed_names(res, sent) -> list:
    """Heads of the names in ``sent`` that the NER did not tag PERSON but that a role in apposition makes a
    person's (:func:`eventwire.actors.infer.role_apposed_name`: "Terna Tyopev, the state police spokesperson" tagged
    ORG, "Chile's interior minister, Carolina Toha"), in token order: remembered like the PERSON names, so that a
    later bare surname finds the person (PLOVER manual, "Actors"; issue 12)."""
    # a proper noun that starts with a capital or that a dictionary matched: role_apposed_name asks a name of
    # capitalised words ending in it, or a person of the tables (read off the Doc's words, a Token only for those)
    doc = sent.doc
    texts, match_at = doc_columns(doc).texts, res.match_at
    return [t for i in range(sent.start, sent.end) if texts[i][:1].isupper() or i in match_at
            for t in (doc[i],) if t.pos_ == "PROPN" and t.ent_type_ != "PERSON" and role_apposed_name(res, t)]


def lead_in_speaker(res, sent):
    """``(entities, text, token)`` of the speaker a lead-in line ending in ":" names (a person first), or None."""
    for ent in sorted(span_ents(sent), key=lambda x: x.label_ != "PERSON"):
        if ent.label_ in ("PERSON", "ORG", "NORP", "GPE"):
            ents = res.resolve(ent.root)
            if ents:
                return ents, speaker_text(res, ent.root, ents), ent.root
    for t in sent:
        if t.pos_ in ("NOUN", "PROPN"):
            ents = res.resolve(t)
            if ents:
                return ents, speaker_text(res, t, ents), t
    return None


def attribute_quotes(ctx) -> list[Quote]:
    """Find the speaker of every quote of the article in ``ctx``
    (:class:`~eventwire.events.context.ArticleContext`); fill ``ctx.quote_speakers`` (quote index -> list of
    Entity) and ``ctx.quote_speaker_text`` (quote index -> text or None) and return one
    :class:`~eventwire.schema.Quote` per quote, in text order, offsets into the article text. Also fills
    ``ctx.commentators`` (the people the article introduces as commentators) and ``ctx.quote_commentary`` (quote
    index -> True when its speaker is a commentator; :mod:`eventwire.events.commentary`)."""
    rctx, res = ctx.new_resolver()
    speaker_of: dict[int, tuple[list, str | None, object]] = {}
    prev_line_speaker = None
    for sc in ctx.sentences(res):
        sent, s_abs, e_abs = sc.sent, sc.start, sc.end
        # remember people named in the sentence (registers "Siluanov" -> Anton Siluanov)
        for ent in span_ents(sent):
            if ent.label_ == "PERSON":
                root = ent.root  # Span.root walks the span on every access
                p = res.person(root)
                if p is not None and root.dep_ in SUBJECTS:
                    rctx.last_person = p
        for h in role_apposed_names(res, sent):
            p = res.person(h)  # "Terna Tyopev, the state police spokesperson" (NER: ORG) -> a later "Tyopev"
            if p is not None and h.dep_ in SUBJECTS:
                rctx.last_person = p
        note_commentators(sent, res, ctx.commentators)
        verbs = None  # quote_verbs(sent), read once for all the quotes touching the sentence
        for qi in ctx.quote_positions.touching(s_abs, e_abs):  # quotes opening or closing in the sentence
            q = ctx.quotes[qi]
            if qi in speaker_of:
                continue
            if verbs is None:
                verbs = quote_verbs(sent)
            found = speaker_in_sentence(res, sent, sc.base, q, verbs)
            if found is not None:
                speaker_of[qi] = found
                persons = [x for x in found[0] if x.name]
                if persons:
                    rctx.last_person = persons[0]
        # a lead-in line ending in ":" names the speaker of the quote that follows
        if span_text(sent).strip().endswith(":") and ctx.quote_index(s_abs) is None:
            prev_line_speaker = lead_in_speaker(res, sent)
        elif prev_line_speaker is not None:
            for qi in ctx.quote_positions.opening_in(s_abs, e_abs):
                if qi not in speaker_of:
                    speaker_of[qi] = prev_line_speaker
            prev_line_speaker = None
    for qi in range(len(ctx.quotes) - 2, -1, -1):
        if qi not in speaker_of and ctx.quotes[qi].runs_on and (qi + 1) in speaker_of:
            speaker_of[qi] = speaker_of[qi + 1]  # “... the West. “Part of that ...,” he said: one speaker
    out: list[Quote] = []
    for qi, q in enumerate(ctx.quotes):
        if qi not in speaker_of and qi > 0 and (qi - 1) in speaker_of and \
                q.open_at - ctx.quotes[qi - 1].close_at < CONTINUATION_GAP:
            speaker_of[qi] = speaker_of[qi - 1]  # the same speaker going on (news convention; field case C26)
        ents, text, tok = speaker_of.get(qi, ([], None, None))
        ctx.quote_speakers[qi] = ents
        ctx.quote_speaker_text[qi] = text
        ctx.quote_commentary[qi] = tok is not None and commentator_voice(tok, ents, ctx.commentators)
        out.append(Quote(article_id=ctx.article.id, text=q.text(ctx.article.text), start=q.start, end=q.end,
                         speaker=text, speaker_entity=ents[0] if ents else None))
    return out
