"""Error analysis (``eventwire evaluate --errors N``): classify every disagreement between gold and output
into a kind, count the kinds, keep examples.

Kinds (issue 3), decided per item after the one-to-one event matching of :mod:`.metrics`:

* ``missed type`` — a gold event with nothing emitted of an accepted type and no emitted event left that
  shares its actors (detail: the gold type);
* ``wrong type`` — an unmatched emitted event whose actors agree with an unmatched gold event but whose
  type does not (detail: gold -> emitted);
* ``reversed direction`` — an emitted event of an accepted type that matches with actor and recipient
  swapped;
* ``wrong actor`` — an emitted event of an accepted type whose actor/recipient countries do not match
  (detail: the gold type and which role is wrong: ``actor`` when the actor is, else ``recipient``);
* ``spurious event`` — an emitted event left over (detail: its type);
* ``wrong sector`` — a matched event where a gold actor's sector differs (detail: gold -> emitted sector);
* ``negated/hypothetical emitted as actual`` — a gold negated or hypothetical event matched by an event
  emitted as actual;
* for quad sets: ``missed event`` (gold quad > 0, no event), ``spurious event`` (statement, event
  emitted), ``wrong quad``; for label sets: ``missed type`` per label and ``spurious event``; for actor
  spans: ``missed event`` (gold span, no event at all), ``wrong actor`` (gold span missed by the emitted
  spans), ``spurious event`` (emitted span in no gold span).

Kinds are sorted by count (ties by name) so the output is deterministic.
"""
from __future__ import annotations

from collections import Counter

from ..schema import Event
from .loaders import GoldEvent, GoldItem, GoldSet
from . import metrics as M
from .metrics import (emitted, emitted_spans, event_matches, is_actual, match_item, match_spans,
                      predicted_quad, roles_match)

MAX_EXAMPLES = 3


def _ent(xs) -> str:
    return ",".join(f"{a.code or '---'}{'/' + a.sector if a.sector else ''}" for a in xs) or "---"


def fmt_event(e: Event) -> str:
    """One-line summary of an emitted event: ``ACTOR EVENT RECIPIENT [flags] «trigger»``."""
    flags = ("" if e.status == "actual" else f" {e.status}") + (" NEG" if e.negated else "")
    return f"{_ent(e.actor)} {e.event}{':' + e.mode if e.mode else ''} {_ent(e.recipient)}{flags} «{e.event_text}»"


def fmt_gold(g: GoldEvent) -> str:
    """One-line summary of a gold event."""
    types = "|".join(g.types)
    flags = ("" if g.status == "actual" else f" {g.status}") + (" NEG" if g.negated else "")
    return f"{_ent(g.actors) if g.require_actor else '*'} {types} {_ent(g.recipients)}{flags}"


class ErrorLog:
    """Counter of (kind, detail) with up to :data:`MAX_EXAMPLES` examples each."""

    def __init__(self) -> None:
        self.counts: Counter = Counter()
        self.examples: dict[tuple[str, str], list[dict]] = {}

    def add(self, kind: str, detail: str, item: GoldItem, gold: str | None = None, got: str | None = None) -> None:
        key = (kind, detail)
        self.counts[key] += 1
        ex = self.examples.setdefault(key, [])
        if len(ex) < MAX_EXAMPLES:
            ex.append({"item": item.id, "text": item.text[:300], "gold": gold, "emitted": got})

    def by_kind(self) -> dict[str, int]:
        c = Counter()
        for (k, _), n in self.counts.items():
            c[k] += n
        return dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))

    def top(self, n: int) -> list[dict]:
        """The ``n`` most frequent (kind, detail) pairs: ``[{"kind", "detail", "count", "examples"}]``."""
        keys = sorted(self.counts, key=lambda k: (-self.counts[k], k))[:n]
        return [{"kind": k, "detail": d, "count": self.counts[(k, d)], "examples": self.examples[(k, d)]}
                for k, d in keys]


def _events_item(log: ErrorLog, it: GoldItem, events: list[Event]) -> None:
    evs = emitted(events)
    gold = [g for g in it.events if g.is_actual]
    pairs = match_item(gold, evs)
    mg = {gi for gi, _ in pairs}
    me = {ei for _, ei in pairs}
    for gi, ei in pairs:
        g, e = gold[gi], evs[ei]
        for gents, pents in ((g.actors, e.actor), (g.recipients, e.recipient)):
            for ga in gents:
                same = [pa for pa in pents if pa.code == ga.code]
                if ga.sector and same and not any(pa.sector == ga.sector for pa in same):
                    log.add("wrong sector", f"{ga.sector} -> {same[0].sector or 'none'}", it, fmt_gold(g), fmt_event(e))
    rest_e = [i for i in range(len(evs)) if i not in me]
    for gi in [i for i in range(len(gold)) if i not in mg]:
        g = gold[gi]
        same_type = [i for i in rest_e if evs[i].event in g.types]
        rev = [i for i in same_type if g.require_actor and roles_match(evs[i], g, reverse=True)]
        if rev:
            log.add("reversed direction", g.type, it, fmt_gold(g), fmt_event(evs[rev[0]]))
            rest_e.remove(rev[0])
        elif same_type:
            e = evs[same_type[0]]
            actor_ok = roles_match(e, GoldEvent(g.types, g.actors, [], require_actor=g.require_actor))
            log.add("wrong actor", f"{g.type}: {'recipient' if actor_ok else 'actor'}", it, fmt_gold(g), fmt_event(e))
            rest_e.remove(same_type[0])
        else:
            other = [i for i in rest_e if roles_match(evs[i], g)] if g.require_actor else rest_e[:1]
            if other:
                log.add("wrong type", f"{g.type} -> {evs[other[0]].event}", it, fmt_gold(g), fmt_event(evs[other[0]]))
                rest_e.remove(other[0])
            else:
                log.add("missed type", g.type, it, fmt_gold(g), None)
    for i in rest_e:
        log.add("spurious event", evs[i].event, it, None, fmt_event(evs[i]))
    actual = [e for e in evs if is_actual(e)]
    for g in it.events:
        if not g.is_actual:
            hit = next((e for e in actual if event_matches(e, g)), None)
            if hit is not None:
                log.add("negated/hypothetical emitted as actual", g.type, it, fmt_gold(g), fmt_event(hit))


def _story_item(log: ErrorLog, it, events: list[Event]) -> None:
    """Errors of one whole story (``voa_news`` rule): each core gold event not found is a "missed type" (no
    emitted event of its type in the story), "wrong actor" or "wrong recipient"; each emitted non-negated
    event matching no gold event is "spurious event"."""
    for g in it.events:
        if not g.core or any(M.story_event_matches(e, g) for e in events):
            continue
        same = [e for e in events if e.event in g.types]
        ga = {a.code for a in g.actors if a.code}
        if not same:
            kind = "missed type"
        elif ga and not any(ga & {a.code for a in e.actor} for e in same):
            kind = "wrong actor"
        else:
            kind = "wrong recipient"
        log.add(kind, g.type, it, fmt_gold(g), fmt_event(same[0]) if same else None)
    for e in events:
        if not e.negated and not any(M.story_event_matches(e, g) for g in it.events):
            log.add("spurious event", e.event, it, None, fmt_event(e))


def analyse(gs: GoldSet, pred: dict[str, list[Event]]) -> ErrorLog:
    """Classify the errors of one scored gold set (see module docstring)."""
    log = ErrorLog()
    for it in gs.items:
        events = pred.get(it.id, [])
        if gs.kind == "events":
            _events_item(log, it, events)
        elif gs.kind == "stories":
            _story_item(log, it, events)
        elif gs.kind == "quad":
            q = predicted_quad(events)
            evs = emitted(events)
            got = "; ".join(fmt_event(e) for e in evs[:3]) or None
            if q == it.label:
                continue
            if it.label == 0:
                log.add("spurious event", f"statement -> quad {q}", it, "quad 0 (statement)", got)
            elif q == 0:
                log.add("missed event", f"quad {it.label}", it, f"quad {it.label}", None)
            else:
                log.add("wrong quad", f"{it.label} -> {q}", it, f"quad {it.label}", got)
        elif gs.kind in ("acled", "india"):
            if not it.scored:
                continue
            evs = emitted(events)
            cop = gs.kind == "india"
            for g in it.events:
                ok = any(e.event in g.types and (not cop or any(a.sector == "COP" for a in e.actor)) for e in evs)
                if not ok:
                    lab = g.source_id.split(":")[-1] if cop else str(it.label)
                    near = [e for e in evs if e.event in g.types]
                    kind = "wrong actor" if near else "missed type"
                    log.add(kind, f"{lab} -> {'/'.join(g.types)}", it, fmt_gold(g),
                            fmt_event(near[0]) if near else None)
            # India police gold covers police actions only: other events in an article are not errors
            extra = M.police_events(events) if cop else evs
            if not it.events and extra:
                log.add("spurious event", f"{it.label or 'no label'}: {extra[0].event}", it, "no event",
                        fmt_event(extra[0]))
        elif gs.kind == "spans":
            spans = emitted_spans(events)
            pairs = match_spans(spans, it.spans)
            hit_s, hit_g = {s for s, _ in pairs}, {g for _, g in pairs}
            got = "; ".join(f"{r}:{it.text[s:e]}" for s, e, r in spans) or None
            for gi, (s, e, r) in enumerate(it.spans):
                if gi not in hit_g:
                    kind = "missed event" if not spans else "wrong actor"
                    log.add(kind, f"actor span {r}", it,
                            f"{r}:{it.text[s:e]}", got)
            for si, (s, e, r) in enumerate(spans):
                if si not in hit_s:
                    log.add("spurious event", f"actor span {r} not in gold", it,
                            "; ".join(f"{gr}:{it.text[a:b]}" for a, b, gr in it.spans) or None, f"{r}:{it.text[s:e]}")
    return log


#: PLOVER manual rules the coder applies where gold sets often code otherwise (text_info "rule").
MANUAL_RULES = {
    "future-as-agree": "future CONSULT/SUPPORT/COOPERATE/AID is AGREE (PLOVER manual, AGREE)",
    "refused-as-reject": "a refused cooperation is REJECT (PLOVER manual, REJECT)",
    "conditional-as-threaten": "a conditional or announced act of force is THREATEN (PLOVER manual, THREATEN)",
    "intent-as-agree": "a stated wish to cooperate (\"wants to help\") is AGREE (PLOVER manual, AGREE: \"indicate "
                       "willingness\")",
    "intent-as-threaten": "a stated wish to attack or coerce is THREATEN (PLOVER manual, auxiliary modes: the single "
                          "category, not ASSAULT + hypothetical)",
    "willing-as-agree": "readiness to cooperate or yield (\"is willing to withdraw\") is AGREE (PLOVER manual, AGREE)",
    "willing-as-threaten": "readiness to attack, coerce or sanction (\"is prepared to impose martial law\") is "
                           "THREATEN (PLOVER manual, THREATEN)",
    "test-as-mobilize": "a weapons launch that hits nobody (a test, into the sea) is MOBILIZE weapons (PLOVER manual, "
                        "MOBILIZE)",
    "protest-topic": "the topic of a protest is not a separate REQUEST (PLOVER manual, PROTEST, ambiguities)",
    "future-kept": "an announced future act other than CONSULT/SUPPORT/COOPERATE/AID keeps its type with status "
                   "future (\"will withdraw\" is RETREAT, future: field case C03; \"will impose sanctions\" is "
                   "SANCTION, future: the seed); the gold set codes it AGREE or THREATEN",
}


def manual_disagreements(gs: GoldSet, pred: dict[str, list[Event]], examples: int = 5) -> dict:
    """Gold events the coder did not reproduce because it followed a PLOVER manual rule: the sentence has an
    emitted record recoded by that rule from the gold type (``text_info`` ``rule``/``coded_from``), or, for a
    gold REQUEST, a PROTEST record that absorbed it as its topic. Returns ``{"by_rule": {rule: n},
    "examples": {rule: [{item, gold, emitted, text}]}}`` (first ``examples`` per rule, in item order)."""
    by_rule: Counter = Counter()
    ex: dict[str, list[dict]] = {}
    for it in gs.items:
        evs = emitted(pred.get(it.id, []))
        for g in it.events:
            if any(event_matches(e, g) for e in evs):
                continue
            for e in evs:
                rule = (e.text_info.get("rule") or {}).get("type") if e.text_info.get("coded_from") else None
                if rule and e.text_info.get("coded_from") in g.types and e.event not in g.types:
                    pass
                elif "REQUEST" in g.types and e.event == "PROTEST" and e.text_info.get("topic"):
                    rule = "protest-topic"
                elif ("AGREE" in g.types or "THREATEN" in g.types) and e.status == "future" and \
                        e.event not in ("AGREE", "THREATEN"):
                    rule = "future-kept"
                else:
                    continue
                by_rule[rule] += 1
                if len(ex.setdefault(rule, [])) < examples:
                    ex[rule].append({"item": it.id, "gold": fmt_gold(g), "emitted": fmt_event(e),
                                     "text": it.text[:200]})
                break
    return {"by_rule": dict(sorted(by_rule.items())), "examples": ex}
