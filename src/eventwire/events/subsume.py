"""Step 9 of the coder: one act, one record -- subsumed records dropped, the per-sentence guard rail, one
record per id.

PETRARCH and ICEWS keep one event per dyad and type; a record that names fewer parties for the same act is
that act again.
"""
from __future__ import annotations

from ..schema import Event

MAX_EVENTS_PER_SENTENCE = 6
#: A sentence longer than this (characters) may hold one more record per :data:`CHARS_PER_EXTRA_EVENT`.
LONG_SENTENCE = 400
CHARS_PER_EXTRA_EVENT = 100


def max_events_for(sent) -> int:
    """The per-sentence guard rail: :data:`MAX_EVENTS_PER_SENTENCE` for a normal sentence, one more per
    100 characters beyond 400 for a very long one (a run-on list of clauses the sentence splitter could
    not cut); events over it are counted and reported (``capped_events:N``), never dropped unseen."""
    n = sent.end_char - sent.start_char  # len(sent.text), without joining the tokens
    return MAX_EVENTS_PER_SENTENCE + max(0, (n - LONG_SENTENCE) // CHARS_PER_EXTRA_EVENT)


def subsumed_dropped(evs: list[Event]) -> list[Event]:
    """Records of one sentence without those another record of it subsumes: same type, same coded
    actors, same status and negation, no recipient where the other has one ("a roadside bombing killed
    one U.S. soldier and wounded two others": the wounding adds no party), and repeats of a record with the same
    type, dyad, status and date ("A bomb exploded in a market, killing five people"). PETRARCH and ICEWS keep one
    event per dyad and type; a record that names fewer parties for the same act is that act again."""
    def key(e):
        return (e.event, tuple(sorted((a.code or "", a.sector or "") for a in e.actor)), e.status, e.negated)
    full = {key(e) for e in evs if e.recipient and e.actor and all(a.code for a in e.actor)}
    kept = [e for e in evs if e.recipient or not e.actor or key(e) not in full]
    # "A bomb exploded in a market in Kabul, killing five people": the same dyad and type twice is one record
    # "wounded when gunmen opened fire on a checkpoint in Mosul": IRQ/MIL and a bare IRQ are the same party
    specific = {key(e) + (tuple(sorted(r.code or "" for r in e.recipient)),) for e in kept
                if e.recipient and any(r.sector for r in e.recipient)}
    kept = [e for e in kept if not (e.recipient and all(r.sector is None for r in e.recipient) and key(e) + (
        tuple(sorted(r.code or "" for r in e.recipient)),) in specific)]
    seen: dict = {}
    out: list = []
    for e in kept:
        k = key(e) + (tuple(sorted((r.code or "", r.sector or "") for r in e.recipient)), e.date)
        if k in seen and (e.actor or e.recipient):
            j = seen[k]
            if out[j].mode is None and e.mode is not None:
                out[j] = e  # keep the record that says how ("blamed India, accusing it of ...": allege)
            continue
        seen[k] = len(out)
        out.append(e)
    return out


def dispersal_by_weapon_dropped(evs: list[Event]) -> list[Event]:
    """The records of one sentence without a dispersal (COERCE, mode crowd-control) of the same actors and
    recipients as an ASSAULT crowd-control record of it: "Police used tear gas to disperse the crowd" is one act,
    the use of a crowd-control weapon (PLOVER manual v0.8, ASSAULT mode crowd-control: "reserved for instances
    where there is an explicit mention of a crowd control weapon or tactic"); a dispersal with no weapon named
    stays COERCE. Order kept."""
    def dyad(e):
        return (tuple(sorted((a.code or "", a.sector or "") for a in e.actor)),
                tuple(sorted((r.code or "", r.sector or "") for r in e.recipient)), e.status, e.negated)
    weapons = {dyad(e) for e in evs if e.event == "ASSAULT" and e.mode == "crowd-control"}
    if not weapons:
        return evs
    return [e for e in evs if not (e.event == "COERCE" and e.mode == "crowd-control" and dyad(e) in weapons)]


def sought_arrest_dropped(evs: list[Event]) -> list[Event]:
    """Rule ``sought_arrest_dropped``: the records of one sentence without an arrest (COERCE) of the one a THREATEN
    arrest of it targets (same recipient words at the same offsets): "offered a $5 million reward for information
    leading to the arrest of the cartel leader" is one act, the threat (a reward offered for an arrest not made;
    recipient rule ``wanted_party``), not also an arrest that happened. Source: PLOVER manual, THREATEN ("Issuing an
    in-absentia arrest should be coded as a THREAT 'arrest' rather than COERCE 'arrest'"). Order kept."""
    wanted = {(r.entity_text, r.start) for e in evs if e.event == "THREATEN" and e.mode == "arrest"
              for r in e.recipient if r.start is not None}
    if not wanted:
        return evs
    return [e for e in evs if not (e.event == "COERCE" and e.recipient and all(
        (r.entity_text, r.start) in wanted for r in e.recipient))]


def is_detector_record(e: Event) -> bool:
    """True for a record whose trigger the trained detector proposed (``text_info.rule["trigger"]`` is
    ``model:<lemma>/<pos>``; :func:`eventwire.events.triggers.model_triggers`)."""
    rule = (e.text_info or {}).get("rule")
    return isinstance(rule, dict) and str(rule.get("trigger", "")).startswith("model:")


def detector_beside_rules(evs: list[Event], beside: float | None = None) -> list[Event]:
    """The records of one sentence without the detector's records below ``beside`` (default
    :data:`eventwire.events.triggers.DETECTOR_ADD_BESIDE`) when the sentence also has a record of a rule
    trigger. Where the rules already read a sentence, a second, detector-made event is mostly the same act
    read again or a word of its context; where they read nothing, the detector's proposal is the only reading.
    The two thresholds are chosen together by cross-validation on whole training stories
    (``eventwire train --cv``; model card). Order kept."""
    from .triggers import DETECTOR_ADD_BESIDE

    beside = DETECTOR_ADD_BESIDE if beside is None else beside
    if not any(not is_detector_record(e) for e in evs):
        return evs
    return [e for e in evs if not is_detector_record(e) or (e.text_info.get("detector") or 0.0) >= beside]


def subsume_and_cap(evs: list[Event], sent) -> tuple[list[Event], int]:
    """The records of one sentence after :func:`detector_beside_rules`, :func:`subsumed_dropped`,
    :func:`dispersal_by_weapon_dropped`, :func:`sought_arrest_dropped` and the guard rail :func:`max_events_for`: ``(kept records, number over the
    rail)``."""
    evs = sought_arrest_dropped(dispersal_by_weapon_dropped(subsumed_dropped(detector_beside_rules(evs))))
    cap = max_events_for(sent)
    if len(evs) > cap:
        return evs[:cap], len(evs) - cap
    return evs, 0


def unique_records(events: list[Event]) -> list[Event]:
    """One record per id (the same clause reached twice), first kept."""
    seen, uniq = set(), []
    for e in events:
        if e.id not in seen:
            seen.add(e.id)
            uniq.append(e)
    return uniq
