"""Step of the coder after the parties: who reports the event (PLOVER ``sources``) and whether the outlet
hedges or attributes it (``reported``).

Rules (issue 2 "reported"; field cases C01, C06, C24; seed; :mod:`eventwire.events.attribution`): a hedge in
the sentence ("reportedly"); a headline ending in ": report"; the subjects of the speech verbs that govern the
trigger's clause or hang off it ("..., officials said"); "according to X"; the speaker of the quote the
trigger is in; the accuser when the trigger is the content of an accusation. Sources keep who, as written.
"""
from __future__ import annotations

from . import attribution as attr
from .context import Reporting
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
            return h
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
    headline = sc.headline_report
    reported = sc.hedged or headline
    if headline:
        sources.append(attr.HEADLINE_REPORT.search(sc.segment.text).group(0).strip(_HEADLINE_MARKS))
    for v in attr.attributions(tok):
        if v.i == tok.i:
            continue
        subj = attr.speech_subject(v)
        if subj is None:
            continue
        ents = res.resolve(subj)
        text = speaker_text(res, subj, ents) if (ents or subj.pos_ != "PRON") else None
        if text and text not in sources:
            sources.append(text)
            source_ents += ents
            reported = True
    for pobj in sc.according_to:
        text = res.np_span(pobj)[2]
        if text not in sources:
            sources.append(text)
            reported = True
    if qi is not None:
        spk = ctx.quote_speaker_text.get(qi)
        if spk and spk not in sources:
            sources.append(spk)
        reported = True
        source_ents += ctx.quote_speakers.get(qi) or []
    acc = accuser_of(tok, sc.rows)
    if acc is not None:
        subj = subject_of(acc)
        if subj is not None:
            ents = res.resolve(subj)
            text = speaker_text(res, subj, ents)
            if text and text not in sources:
                sources.append(text)
            reported = True
    return Reporting(sources, source_ents, reported, qi)
