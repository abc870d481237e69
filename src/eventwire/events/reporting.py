"""Step of the coder after the parties: who reports the event (PLOVER ``sources``) and whether the outlet
hedges or attributes it (``reported``).

Rules (issue 2 "reported"; field cases C01, C06, C24; seed; :mod:`eventwire.events.attribution`): a hedge in
the sentence ("reportedly"); a headline ending in ": report"; the subjects of the speech verbs that govern the
trigger's clause or hang off it ("..., officials said"); "according to X"; the speaker of the quote the
trigger is in; the accuser when the trigger is the content of an accusation; the owner of a report noun whose
"that" clause holds the trigger ("a newspaper's report that Cuba had mobilized": :func:`attribution.reported_by_noun`).
Sources keep who, as written.
"""
from __future__ import annotations

from . import attribution as attr
from .commentary import commentator_voice
from .context import Reporting
from .ontology import QUAD_CLASS
from .speakers import speaker_text

#: Characters stripped around a headline's attribution ("Russia shells Kyiv: report").
_HEADLINE_MARKS = " :-–—"


def accuser_of(tok, rows: dict):
    """The ACCUSE trigger whose complement holds ``tok`` (within six steps up), or None; ``rows`` maps token
    indices to the rows of the sentence's triggers."""
    t = tok
    for _ in range(6):
        if t.head.i == t.i:
            return None
        h = t.head
        p = rows.get(h.i)
        if p is not None and p.event == "ACCUSE":
            # a verb coordinated with the accusation is a second act of its subject, not its content ("Tehran
            # condemned the decision and summoned the German ambassador")
            return None if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") else h
        t = h
    return None


def report(trig, sc, ctx, subject_of) -> Reporting:
    """Sources of ``trig`` in sentence ``sc`` (:class:`~eventwire.events.context.SentenceContext`) of the
    article ``ctx``; ``subject_of(verb)`` finds the accuser's subject. Returns a
    :class:`~eventwire.events.context.Reporting`."""
    tok, res = trig.token, ctx.resolver
    qi = ctx.quote_index(sc.base + tok.idx)
    sources: list[str] = []
    source_ents: list = []
    voices: list[bool] = []  # per source: a commentator (eventwire.events.commentary)
    names = ctx.commentators
    headline = sc.headline_report
    reported = sc.hedged or headline
    if headline:
        sources.append(attr.HEADLINE_REPORT.search(sc.segment.text).group(0).strip(_HEADLINE_MARKS))
        voices.append(False)
    if attr.expletive_report(tok):
        reported = True  # "It is alleged that the army shelled ...": hedged, nobody named
    for v in attr.attributions(tok):
        if v.i == tok.i:
            continue
        if attr.expletive_passive(v):
            continue  # "..., it was reported on Thursday": no speaker ("it" is no party); attr.expletive_report
        subj = attr.speech_subject(v)
        if subj is None:
            continue
        ents = res.resolve(subj)
        text = speaker_text(res, subj, ents) if (ents or subj.pos_ != "PRON") else None
        if text and text not in sources:
            sources.append(text)
            voices.append(commentator_voice(subj, ents, names))
            source_ents += ents
            reported = True
    for pobj in sc.according_to:
        text = res.np_span(pobj)[2]
        if text not in sources:
            sources.append(text)
            voices.append(commentator_voice(pobj, res.resolve(pobj), names))
            reported = True
    if qi is not None:
        spk = ctx.quote_speaker_text.get(qi)
        if spk and spk not in sources:
            sources.append(spk)
            voices.append(ctx.quote_commentary.get(qi, False))
        reported = True
        source_ents += ctx.quote_speakers.get(qi) or []
    imp = attr.impersonal_report(tok)
    if imp is not None and imp.lemma_.lower() in attr.SPEECH:
        reported = True  # "Turkey is said to be planning an offensive": hedged, nobody named ("is expected to" is a
        #                  forecast: its status is future, recode.forecast; measured, marking it reported cost voa_news
        #                  reported agreement 0.8804 -> 0.8773)
    claim = attr.reported_by_noun(tok)
    if claim is not None:
        reported = True
        owner = next((c for c in claim.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ != "PRON":
            ents = res.resolve(owner)
            text = speaker_text(res, owner, ents)
            text = text[:-2].rstrip() if text and text.endswith(("'s", "’s")) else text
            if text and text not in sources:
                sources.append(text)
                voices.append(commentator_voice(owner, ents, names))
                source_ents += ents
    acc = accuser_of(tok, sc.rows)
    if acc is not None:
        subj = subject_of(acc)
        if subj is not None:
            ents = res.resolve(subj)
            text = speaker_text(res, subj, ents)
            if text and text not in sources:
                sources.append(text)
                voices.append(commentator_voice(subj, ents, names))
            reported = True
    return Reporting(sources, source_ents, reported, qi, bool(voices) and all(voices))


#: PLOVER types whose event is a statement (the verbal QuadClasses 1 and 3 but CONSULT, a meeting): made by saying it.
SPEECH_ACT_TYPES = frozenset(t for t, q in QUAD_CLASS.items() if q in (1, 3)) - {"CONSULT"}


def _same_party(a, b) -> bool:
    """True when entities ``a`` and ``b`` are one party: the same words of the text, or the same code and sector."""
    if a.start is not None and a.start == b.start:
        return True
    return bool(a.code) and (a.code, a.sector) == (b.code, b.sector)


def _earlier_act(tok) -> bool:
    """True when trigger ``tok`` is told as done before the saying: a past perfect ("said they had demanded the
    pullout"), on the trigger or on the verb it is the complement of ("had been demanding")."""
    for t in (tok, tok.head if tok.dep_ in ("xcomp", "pobj", "dobj") else tok):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") and c.tag_ == "VBD" for c in t.children):
            return True
    return False


def own_statement(event: str, actors: list, said: Reporting, tok=None) -> Reporting:
    """``said`` with ``reported`` False when the event is a statement (:data:`SPEECH_ACT_TYPES`) and its only
    sources are its own actor: "Jim Parton said the proposals 'lacked compulsion'" (ACCUSE by Parton), "'We are
    calling on the World Bank to act,' he said" -- the saying is the act, not a report of it (voa_news
    ANNOTATION.md: "reported" is false for "a speech act directly reported (e.g. 'X warned Y' is the event
    itself)"). A hedge ("reportedly") or a headline report keeps it reported, and so does any other source
    ("Ukraine said Russia threatened Kyiv"), and so does a statement told as made before the saying ("Nigerien
    junta leaders said they had demanded the pullout": field case C03, a report of an earlier demand; ``tok``, the
    trigger token, tells it). Material acts stay reported when their own actor claims them ("Hamas said it fired
    rockets": a claim). A coordinated speaker is one source of several parties ("Egypt and Sudan announced a trade
    deal": the statement of each)."""
    if not said.reported or event not in SPEECH_ACT_TYPES or not actors or not said.source_entities:
        return said
    if tok is not None and _earlier_act(tok):
        return said
    ents = list({(e.start, e.code, e.sector): e for e in said.source_entities}.values())
    if len(ents) < len(said.sources):
        return said  # a source that resolved to no party (an unnamed official, a hedge, a headline): another voice;
        # more parties than sources is one coordinated source ("Egypt and Sudan announced a trade deal": two parties)
    if all(any(_same_party(s, a) for a in actors) for s in ents):
        return Reporting(said.sources, said.source_entities, False, said.quote, said.commentary)
    return said
