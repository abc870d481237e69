"""Accuracy metrics over gold items and emitted events (pure functions; no model, no I/O).

Inputs everywhere: ``items`` (list of :class:`~eventwire.evaluate.loaders.GoldItem`) and ``pred`` (dict
item id -> list of :class:`~eventwire.schema.Event` emitted for that item's text). Ratios are floats in
[0, 1], rounded to 4 places; a ratio with a zero denominator is ``None`` (not measured), never 0.

Which events count (issue 3, "Metrics"):

* an emitted event *asserts* something unless it is ``negated`` or ``hypothetical``; type and event-level
  scores use the asserted events ("emitted", :func:`emitted`);
* gold events that are negated or hypothetical are not expected; instead they are counted in
  ``negated_hypothetical_emitted_as_actual``: gold negated/hypothetical items matched by an emitted event
  with ``status == "actual"`` and ``negated`` False;
* event-level match (issue 3): the emitted type is one the gold event accepts, an actor country equals a gold
  actor country (gold with no actor country: the emitted actors must have none either; sets without actor
  annotation skip this), and, if gold has a recipient country, a recipient country equals it. IGO, UNO and
  EUR count as one family. Matching is one-to-one, greedy in gold order, except that a compound gold
  actor or recipient may be matched by one emitted event per member (:func:`match_item`).
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable

from ..schema import Event, PLOVER_EVENTS
from ..events.ontology import DEFAULT_CAMEO, QUAD_CLASS
from .crosswalk import cameo_quad, same_actor_code
from .loaders import GoldEvent, GoldItem

NONE = "(none)"


def ratio(num: float, den: float) -> float | None:
    """num/den rounded to 4 places, None when den is 0."""
    return round(num / den, 4) if den else None


def prf(correct: int, n_emitted: int, n_gold: int) -> tuple[float | None, float | None, float | None]:
    """(precision, recall, F1). Precision is None with nothing emitted, recall None with nothing expected;
    F1 (= 2·correct / (emitted + gold), from the counts, not from rounded P and R) is None only when both
    are empty."""
    return ratio(correct, n_emitted), ratio(correct, n_gold), ratio(2 * correct, n_emitted + n_gold)


def emitted(events: Iterable[Event]) -> list[Event]:
    """The events that assert something happened, happens or will happen: not negated and not
    hypothetical (PLOVER auxiliary modes: a hypothetical event may be left out of a final dataset, so a
    correctly flagged "if it is attacked" is neither a hit nor a spurious event)."""
    return [e for e in events if not e.negated and e.status != "hypothetical"]


def is_actual(e: Event) -> bool:
    """Emitted as actual: not negated and status ``actual``."""
    return not e.negated and (e.status or "actual") == "actual"


def _codes(ents) -> list[str]:
    return [a.code for a in ents if a.code]


def _any_same(pred_codes: list[str], gold_codes: list[str]) -> bool:
    return any(same_actor_code(p, g) for p in pred_codes for g in gold_codes)


def roles_match(e: Event, g: GoldEvent, *, reverse: bool = False) -> bool:
    """Actor/recipient part of the event-level rule (see module docstring). ``reverse``: compare the
    emitted actor with the gold recipient and vice versa."""
    actors, recips = (e.recipient, e.actor) if reverse else (e.actor, e.recipient)
    if g.require_actor:
        gold_a = _codes(g.actors)
        if gold_a:
            if not _any_same(_codes(actors), gold_a):
                return False
        elif _codes(actors):
            return False
    gold_r = _codes(g.recipients)
    if gold_r and not _any_same(_codes(recips), gold_r):
        return False
    return True


def event_matches(e: Event, g: GoldEvent) -> bool:
    """True when emitted event ``e`` is a correct coding of gold event ``g`` (issue 3 rule; symmetric gold
    events accept either direction)."""
    if e.event not in g.types:
        return False
    return roles_match(e, g) or (g.symmetric and roles_match(e, g, reverse=True))


def _pair(e: Event) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(sorted(_codes(e.actor))), tuple(sorted(_codes(e.recipient)))


def _compound(g: GoldEvent) -> bool:
    return len(_codes(g.actors)) > 1 or len(_codes(g.recipients)) > 1


def match_item(gold: list[GoldEvent], events: list[Event]) -> list[tuple[int, int]]:
    """Matching of gold events to emitted events in one item: list of (gold index, event index).

    First one-to-one, greedy in gold order (each gold event takes the first unused emitted event that
    matches). Then a gold event with a compound actor or recipient ("Hungarian and Romanian officials"),
    once matched, also takes further emitted events that match it with a different actor/recipient
    country pairing: eventwire may emit one event per member (seed/expected.json: "one event per actor
    country, or one event listing both actors"). So a gold index can repeat; an event index cannot."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for ei, e in enumerate(events):
            if ei not in used and event_matches(e, g):
                used.add(ei)
                pairs.append((gi, ei))
                break
    seen = {(gi, _pair(events[ei])) for gi, ei in pairs}
    matched = {gi for gi, _ in pairs}
    for ei, e in enumerate(events):
        if ei in used:
            continue
        for gi, g in enumerate(gold):
            if gi in matched and _compound(g) and (gi, _pair(e)) not in seen and event_matches(e, g):
                used.add(ei)
                seen.add((gi, _pair(e)))
                pairs.append((gi, ei))
                break
    return pairs


def _type_counts(items, pred):
    tp, fp, fn = Counter(), Counter(), Counter()
    for it in items:
        if not it.scored:
            continue
        gold_events = [g for g in it.events if g.is_actual]
        gold = {g.type for g in gold_events}
        got = {e.event for e in emitted(pred.get(it.id, []))}
        # an emitted type that a gold event accepts as an alternative counts as that gold event's type
        for g in gold_events:
            alt = next((t for t in g.types[1:] if t in got and t not in gold), None)
            if g.type not in got and alt:
                got.discard(alt)
                got.add(g.type)
        for t in gold & got:
            tp[t] += 1
        for t in got - gold:
            fp[t] += 1
        for t in gold - got:
            fn[t] += 1
    return tp, fp, fn


def type_scores(items: list[GoldItem], pred: dict[str, list[Event]]) -> dict:
    """Per PLOVER type precision/recall/F1 of the types present in each item (sentence-level: a type is
    correct when the item's gold has it; emitting it twice, e.g. once per member of a compound actor, is not
    an error), and macro-F1 over the types that occur in gold or output.

    Returns ``{"per_type": {TYPE: {"precision", "recall", "f1", "gold", "emitted", "correct"}},
    "macro_f1", "micro_precision", "micro_recall", "micro_f1"}``."""
    tp, fp, fn = _type_counts(items, pred)
    per, f1s = {}, []
    for t in [t for t in PLOVER_EVENTS if tp[t] + fp[t] + fn[t]]:
        p, r, f = prf(tp[t], tp[t] + fp[t], tp[t] + fn[t])
        per[t] = {"precision": p, "recall": r, "f1": f,
                  "gold": tp[t] + fn[t], "emitted": tp[t] + fp[t], "correct": tp[t]}
        f1s.append(per[t]["f1"] or 0.0)
    T, P, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    mp, mr, mf = prf(T, T + P, T + N)
    return {"per_type": per, "macro_f1": round(sum(f1s) / len(f1s), 4) if f1s else None,
            "micro_precision": mp, "micro_recall": mr, "micro_f1": mf}


def event_scores(items: list[GoldItem], pred: dict[str, list[Event]]) -> dict:
    """Event-level precision/recall/F1 (issue 3 rule), sector accuracy on matched events, over-generation
    and negated/hypothetical-emitted-as-actual. Precision counts correct emitted events, recall found gold
    events (they differ only when a compound gold event is emitted once per member, see :func:`match_item`).

    Returns ``{"event_precision", "event_recall", "event_f1", "gold_events", "emitted_events",
    "matched_events" (correct emitted), "found_gold", "sector_accuracy", "sector_compared", "overgeneration",
    "negated_hypothetical_gold", "negated_hypothetical_emitted_as_actual"}``. Sector accuracy: over matched
    pairs, every gold actor/recipient with a sector whose country the emitted event names; correct when the
    emitted entity with that country has the same sector. Over-generation: emitted events per gold event
    (over all scored items, including those where no event is expected)."""
    n_gold = n_emit = n_match = n_found = sec_ok = sec_n = neg_gold = neg_hit = 0
    for it in items:
        if not it.scored:
            continue
        evs = emitted(pred.get(it.id, []))
        gold = [g for g in it.events if g.is_actual]
        n_gold += len(gold)
        n_emit += len(evs)
        pairs = match_item(gold, evs)
        n_match += len(pairs)
        n_found += len({gi for gi, _ in pairs})
        for gi, ei in pairs:
            g, e = gold[gi], evs[ei]
            for gents, pents in ((g.actors, e.actor), (g.recipients, e.recipient)):
                if g.symmetric and not roles_match(e, g):
                    pents = e.recipient if pents is e.actor else e.actor
                for ga in gents:
                    if not ga.sector or not ga.code:
                        continue
                    same = [pa for pa in pents if same_actor_code(pa.code, ga.code)]
                    if same:
                        sec_n += 1
                        sec_ok += any(pa.sector == ga.sector for pa in same)
        actual = [e for e in evs if is_actual(e)]
        for g in it.events:
            if not g.is_actual:
                neg_gold += 1
                neg_hit += any(event_matches(e, g) for e in actual)
    p, r = ratio(n_match, n_emit), ratio(n_found, n_gold)
    pr, rr = (n_match / n_emit if n_emit else 0.0), (n_found / n_gold if n_gold else 0.0)
    f = None if not n_emit and not n_gold else round(2 * pr * rr / (pr + rr), 4) if pr + rr else 0.0
    return {"event_precision": p, "event_recall": r, "event_f1": f,
            "gold_events": n_gold, "emitted_events": n_emit, "matched_events": n_match, "found_gold": n_found,
            "sector_accuracy": ratio(sec_ok, sec_n), "sector_compared": sec_n,
            "overgeneration": ratio(n_emit, n_gold),
            "negated_hypothetical_gold": neg_gold, "negated_hypothetical_emitted_as_actual": neg_hit}


def country_scores(items: list[GoldItem], pred: dict[str, list[Event]]) -> dict:
    """Actor and recipient country accuracy on type-matched events (issue 12): in each item, every gold
    event (actual) is paired with the first unused emitted event of an accepted type (the other way round
    for a symmetric gold event when that pairing fits better); every gold actor and recipient with a
    country code is correct when an entity of the same role in the paired event has that code (IGO/UNO/EUR
    count as one), wrong otherwise -- an uncoded or missing party is wrong. The event-level match of
    :func:`event_scores` requires the countries, so its sector accuracy cannot show them.

    Returns ``{"country_accuracy", "country_compared", "actor_country_accuracy", "actor_country_compared"}``
    (actors alone in the last two)."""
    ok = n = a_ok = a_n = 0
    for it in items:
        if not it.scored:
            continue
        evs = emitted(pred.get(it.id, []))
        used: set[int] = set()
        for g in [g for g in it.events if g.is_actual]:
            ei = next((i for i, e in enumerate(evs) if i not in used and e.event in g.types), None)
            if ei is None:
                continue
            used.add(ei)
            e = evs[ei]

            def hits(actors, recips):
                return ([any(same_actor_code(x.code, ga.code) for x in actors if x.code) for ga in g.actors if ga.code],
                        [any(same_actor_code(x.code, gr.code) for x in recips if x.code) for gr in g.recipients
                         if gr.code])

            ha, hr = hits(e.actor, e.recipient)
            if g.symmetric:
                ra, rr = hits(e.recipient, e.actor)
                if sum(ra) + sum(rr) > sum(ha) + sum(hr):
                    ha, hr = ra, rr
            ok += sum(ha) + sum(hr)
            n += len(ha) + len(hr)
            a_ok += sum(ha)
            a_n += len(ha)
    return {"country_accuracy": ratio(ok, n), "country_compared": n,
            "actor_country_accuracy": ratio(a_ok, a_n), "actor_country_compared": a_n}


def confusion(items: list[GoldItem], pred: dict[str, list[Event]]) -> dict[str, dict[str, int]]:
    """Type confusion matrix ``{gold type: {emitted type: count}}``, with ``(none)`` rows/columns for
    spurious and missed events. Within an item, gold events first take an emitted event of an accepted
    type; the remaining gold and emitted events are paired in order (gold -> that emitted type), and what
    is left over goes to ``(none)``."""
    m: dict[str, Counter] = {}
    for it in items:
        if not it.scored:
            continue
        evs = [e.event for e in emitted(pred.get(it.id, []))]
        rest_g = []
        for g in (g for g in it.events if g.is_actual):
            hit = next((i for i, t in enumerate(evs) if t in g.types), None)
            if hit is None:
                rest_g.append(g.type)
            else:
                m.setdefault(g.type, Counter())[g.type] += 1
                evs.pop(hit)
        for i, gt in enumerate(rest_g):
            m.setdefault(gt, Counter())[evs[i] if i < len(evs) else NONE] += 1
        for t in evs[len(rest_g):]:
            m.setdefault(NONE, Counter())[t] += 1
    return {g: dict(sorted(c.items())) for g, c in sorted(m.items())}


def predicted_quad(events: list[Event]) -> int:
    """Quad class a sentence is given from its emitted events: 0 when none; else the most frequent quad
    among them (ties -> the higher class). Per event: the class of its CAMEO code (or of its PLOVER type's
    root code, :data:`eventwire.events.ontology.DEFAULT_CAMEO`) under the gold set's own scheme
    (:func:`eventwire.evaluate.crosswalk.cameo_quad`: CAMEO 16, SANCTION, is verbal conflict there), else its
    ``quad_class``, else the PLOVER type's quad (:data:`eventwire.events.ontology.QUAD_CLASS`)."""
    qs = []
    for e in emitted(events):
        q = cameo_quad(e.cameo or DEFAULT_CAMEO.get(e.event))
        q = q if q is not None else e.quad_class if e.quad_class is not None else QUAD_CLASS.get(e.event)
        if q is not None:
            qs.append(q)
    if not qs:
        return 0
    c = Counter(qs)
    return max(c, key=lambda q: (c[q], q))


def quad_scores(items: list[GoldItem], pred: dict[str, list[Event]]) -> dict:
    """Quad-class accuracy (gold ``label`` 0-4 vs :func:`predicted_quad`), per-class recall, confusion
    ``{gold: {pred: n}}``, and the share of statement sentences (label 0) given an event."""
    ok, n = 0, 0
    conf: dict[int, Counter] = {}
    for it in items:
        q = predicted_quad(pred.get(it.id, []))
        conf.setdefault(it.label, Counter())[q] += 1
        ok += q == it.label
        n += 1
    per = {str(k): ratio(conf[k][k], sum(conf[k].values())) for k in sorted(conf)}
    zero = conf.get(0, Counter())
    return {"quad_accuracy": ratio(ok, n), "sentences": n, "per_class_recall": per,
            "quad_confusion": {str(k): {str(p): c for p, c in sorted(v.items())} for k, v in sorted(conf.items())},
            "statement_given_event": ratio(sum(zero.values()) - zero[0], sum(zero.values()))}


def emitted_spans(events: list[Event]) -> list[tuple[int, int, str]]:
    """Distinct (start, end, role) of the actor (role S) and recipient (role T) entities with offsets."""
    spans = set()
    for e in emitted(events):
        for role, ents in (("S", e.actor), ("T", e.recipient)):
            for a in ents:
                if a.start is not None and a.end is not None:
                    spans.add((a.start, a.end, role))
    return sorted(spans)


def match_spans(spans, gold, *, exact: bool = False) -> list[tuple[int, int]]:
    """One-to-one (emitted index, gold index) pairs: overlapping (or, ``exact``, equal) offsets and a
    compatible role (gold R matches either role)."""
    used, pairs = set(), []
    for si, (s, e, role) in enumerate(spans):
        for gi, (gs, ge, gr) in enumerate(gold):
            if gi in used or not (gr == role or gr == "R"):
                continue
            if (gs, ge) == (s, e) if exact else _overlap((s, e), (gs, ge)):
                used.add(gi)
                pairs.append((si, gi))
                break
    return pairs


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def span_scores(items: list[GoldItem], pred: dict[str, list[Event]]) -> dict:
    """Actor-span precision/recall/F1 (ConfliBERT cameo_ner). Gold spans: S (source) -> actor, T (target) ->
    recipient, R (reciprocal) -> either. Emitted spans: distinct (start, end, role) of the actor and
    recipient entities of the emitted events, with offsets. A span is correct when it overlaps an unused
    gold span of a compatible role (lenient); ``exact_*`` requires equal offsets.

    Returns ``{"span_precision", "span_recall", "span_f1", "exact_precision", "exact_recall", "exact_f1",
    "gold_spans", "emitted_spans"}``."""
    ok = {False: 0, True: 0}
    n_gold = n_emit = 0
    for it in items:
        spans = emitted_spans(pred.get(it.id, []))
        n_gold += len(it.spans)
        n_emit += len(spans)
        for exact in (False, True):
            ok[exact] += len(match_spans(spans, it.spans, exact=exact))
    out = {"gold_spans": n_gold, "emitted_spans": n_emit}
    for exact, pre in ((False, "span"), (True, "exact")):
        out[f"{pre}_precision"], out[f"{pre}_recall"], out[f"{pre}_f1"] = prf(ok[exact], n_emit, n_gold)
    return out


def label_recall(items: list[GoldItem], pred: dict[str, list[Event]], *, cop_actor: bool = False) -> dict:
    """Document-level detection for sets without actor annotation (CASE 2021, India police).

    An item's gold event is *found* when the item's emitted events include one of its accepted types (and,
    with ``cop_actor``, an actor in sector COP). Per gold label (``GoldItem.label``: ACLED sub-type, or each
    of the India labels): recall. Also: recall per gold PLOVER type, overall recall, and the share of scored
    items that expect no event but got one (``spurious_rate``).

    Returns ``{"recall", "per_type_recall": {TYPE: r}, "per_label_recall": {LABEL: r}, "spurious_rate",
    "items_no_event", "gold_events"}``."""
    def found(g: GoldEvent, evs: list[Event]) -> bool:
        return any(e.event in g.types and (not cop_actor or any(a.sector == "COP" for a in e.actor))
                   for e in evs)

    hit_t, n_t, hit_l, n_l = Counter(), Counter(), Counter(), Counter()
    spur = none = 0
    for it in items:
        evs = emitted(pred.get(it.id, []))
        if not it.scored:
            continue
        if not it.events:
            none += 1
            spur += bool(evs)
            continue
        for g in it.events:
            h = found(g, evs)
            n_t[g.type] += 1
            hit_t[g.type] += h
            lab = g.source_id.split(":")[-1] if cop_actor else str(it.label)
            n_l[lab] += 1
            hit_l[lab] += h
    return {"recall": ratio(sum(hit_t.values()), sum(n_t.values())),
            "per_type_recall": {t: ratio(hit_t[t], n_t[t]) for t in sorted(n_t)},
            "per_label_recall": {t: ratio(hit_l[t], n_l[t]) for t in sorted(n_l)},
            "spurious_rate": ratio(spur, none), "items_no_event": none, "gold_events": sum(n_t.values())}


def police_events(events: list[Event]) -> list[Event]:
    """Emitted ASSAULT/COERCE events with an actor in sector COP (what India Police Events labels)."""
    return [e for e in emitted(events) if e.event in ("ASSAULT", "COERCE") and any(a.sector == "COP" for a in e.actor)]


def any_type_detection(items: list[GoldItem], pred: dict[str, list[Event]], label: str, types) -> float | None:
    """Share of items with ``label`` whose emitted events include any of ``types`` (CASE 2021 DIPLO)."""
    sel = [it for it in items if it.label == label]
    return ratio(sum(any(e.event in types for e in emitted(pred.get(it.id, []))) for it in sel), len(sel))


def story_event_matches(e: Event, g: GoldEvent) -> bool:
    """The ``voa_news`` match rule (``eval/voa_news/SOURCE.txt``): same PLOVER type, the gold actor code among
    ``e``'s actor codes (when gold has one), the gold recipient code among ``e``'s recipient codes (when gold
    has one), and the same negation. Codes compare exactly (no IGO family, unlike :func:`roles_match`)."""
    if e.event not in g.types or bool(e.negated) != bool(g.negated):
        return False
    ga, gr = _codes(g.actors), _codes(g.recipients)
    if ga and not set(ga) & set(_codes(e.actor)):
        return False
    if gr and not set(gr) & set(_codes(e.recipient)):
        return False
    return True


def _norm_ws(s: str) -> str:
    return " ".join(s.split())


def story_scores(items: list[GoldItem], pred: dict[str, list[Event]]) -> dict:
    """Story-level scores of the ``voa_news`` set (``eval/voa_news/SOURCE.txt``; match rule
    :func:`story_event_matches`, within one story, not one-to-one):

    * recall = core gold events matched by some emitted event of their story / core gold events;
    * precision = emitted non-negated events matching any gold event (core or extra) of their story / emitted
      non-negated events; F1 from the two;
    * per type: core gold, found, emitted (non-negated), correct, P, R, F1;
    * ``status_agreement`` / ``reported_agreement``: on found core events, the share where some matching emitted
      event has the gold status (``actual`` when unset) / the gold ``reported`` flag;
    * ``emitted_outside_gold_sentences``: share of emitted non-negated events whose sentence overlaps no gold
      evidence sentence of the story (whitespace-normalised containment either way).

    Returns a flat dict of those (ratios in [0, 1], 4 places; None with a zero denominator) plus ``per_type``,
    and the same headline figures on the *story-event view* (:func:`story_event_view`) under ``story_events``."""
    out = _story_scores(items, pred)
    out["story_events"] = story_event_view(items, pred)
    return out


def story_event_view(items: list[GoldItem], pred: dict[str, list[Event]]) -> dict:
    """The :func:`story_scores` headline figures (``event_precision``, ``event_recall``, ``event_f1``,
    ``emitted_events``, ``correct_emitted``, ``emitted_outside_gold_sentences``) when each story event counts
    once: only the primary mention of each group of :mod:`eventwire.events.story_events` is scored (records
    without a mark count as their own event). This is the one-record-per-event view of the annotation protocol
    ("code each distinct interaction once per story ..., with the clearest sentence"; ANNOTATION.md); the
    main figures score every mention, as SOURCE.txt defines them."""
    from ..events.story_events import primary_mentions

    m = _story_scores(items, {k: primary_mentions(v) for k, v in pred.items()})
    return {k: m[k] for k in ("event_precision", "event_recall", "event_f1", "emitted_events", "correct_emitted",
                              "emitted_outside_gold_sentences")}


def _story_scores(items: list[GoldItem], pred: dict[str, list[Event]]) -> dict:
    n_core = n_found = n_emit = n_correct = st_ok = rep_ok = outside = 0
    per: dict[str, Counter] = {}
    for it in items:
        evs = pred.get(it.id, [])
        gold = it.events
        for g in gold:
            if not g.core:
                continue
            c = per.setdefault(g.type, Counter())
            n_core += 1
            c["gold"] += 1
            hits = [e for e in evs if story_event_matches(e, g)]
            if hits:
                n_found += 1
                c["found"] += 1
                st_ok += any((e.status or "actual") == (g.status or "actual") for e in hits)
                rep_ok += any(bool(e.reported) == bool(g.reported) for e in hits)
        sentences = [_norm_ws(g.evidence) for g in gold if g.evidence]
        for e in evs:
            if e.negated:
                continue
            c = per.setdefault(e.event, Counter())
            n_emit += 1
            c["emitted"] += 1
            if any(story_event_matches(e, g) for g in gold):
                n_correct += 1
                c["correct"] += 1
            sent = _norm_ws((e.text_info or {}).get("sentence") or "")
            if not sent or not any(sent in s or s in sent for s in sentences):
                outside += 1
    p, r = ratio(n_correct, n_emit), ratio(n_found, n_core)
    f1 = round(2 * p * r / (p + r), 4) if p and r else (0.0 if p is not None and r is not None else None)
    per_type = {}
    for t in [t for t in PLOVER_EVENTS if t in per]:
        c = per[t]
        tp_, tr_ = ratio(c["correct"], c["emitted"]), ratio(c["found"], c["gold"])
        per_type[t] = {"gold": c["gold"], "found": c["found"], "emitted": c["emitted"], "correct": c["correct"],
                       "precision": tp_, "recall": tr_,
                       "f1": round(2 * tp_ * tr_ / (tp_ + tr_), 4) if tp_ and tr_ else None}
    return {"event_precision": p, "event_recall": r, "event_f1": f1, "gold_core_events": n_core,
            "found_core": n_found, "emitted_events": n_emit, "correct_emitted": n_correct,
            "status_agreement": ratio(st_ok, n_found), "reported_agreement": ratio(rep_ok, n_found),
            "emitted_outside_gold_sentences": ratio(outside, n_emit), "per_type": per_type}
