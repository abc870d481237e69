"""Story events: the mentions of one event within one story, grouped, with the clearest mention as primary.

A news story names the same event several times: the headline, the lead, a quote, a recap. eventwire codes
each mention as its own record, so that every record points to the characters it came from; an analyst who
counts events must not count the mentions. This stage groups the records of one story that report the same
event and marks, in each record's ``text_info["story_event"]``::

    {"id": "s-<16 hex>", "mentions": <records in the group>, "primary": <True for the group's clearest one>}

so that "one record per event" is the records with ``primary`` true (``eventwire code --story-events``), and
the other mentions stay auditable. The rule follows the field's practice and the annotation protocol:

* ANNOTATION.md (``eval/voa_news``): "code each distinct interaction once per story (if the same event is
  mentioned in several sentences, annotate it once, with the clearest sentence)";
* ICEWS and Phoenix's *one-a-day* filter keeps one record per source, target and event code (and day); GDELT
  keeps one row per event and its mentions in a second table (NumMentions).

Two records of a story are mentions of one event when :func:`story_event_key` is equal -- same PLOVER type,
same negation, same status (an actual and a historical act of one dyad in one story are two events: "the BLA
killed 400 people in 2024" is not Tuesday's hijacking), the same actor and recipient codes -- and their dates and
places are compatible (:func:`compatible_mentions`, the corroboration rules
:func:`~eventwire.corroboration.linking.dates_within_window` and :func:`~eventwire.corroboration.linking.same_place`):
"a suicide bomber killed ... earlier this month" and "BLA insurgents killed 18 ... last month" are two attacks of one
dyad; an attack in Quetta and one in Peshawar too. A mention without a date of its own (dated by publication) is
compatible with the mentions dated within days of it, as the headline of a story is with its body's "on Tuesday".

Across stories, reports of one event are grouped by the store into event clusters
(:mod:`eventwire.corroboration`); this stage is the within-story step and does not change what the store does.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from ..schema import Event, Entity, stable_id


def _party(ents: list[Entity]) -> tuple[str, ...]:
    """The codes of one role, sorted; an entity without a code counts by its text, lower-cased."""
    return tuple(sorted({x.code or "~" + " ".join((x.entity_text or "").lower().split()) for x in ents}))


def story_event_key(e: Event) -> tuple:
    """The key under which two records of one story can be mentions of one event: ``(event type, negated,
    status, actor codes, recipient codes)``. Codes are the sorted set of the role's country/actor codes (an
    uncoded entity by its lower-cased text). Source of the rule: ANNOTATION.md ("code each distinct interaction
    once per story") and the one-a-day filter of ICEWS/Phoenix (one record per source, target, event code and
    day)."""
    return (e.event, bool(e.negated), e.status, _party(e.actor), _party(e.recipient))


def compatible_mentions(a, b) -> bool:
    """True when two records of one key (as :class:`~eventwire.corroboration.linking.EventView`) can report one
    event: their parties agree beyond the codes (:func:`~eventwire.corroboration.linking.compatible_parties`: the
    same sector group -- "the Sudanese army" and "the Rapid Support Forces" are two parties of SDN -- and the same
    person where both name one), their dates are within the corroboration window (:func:`~eventwire.corroboration.linking.dates_within_window`:
    a day apart when both come from the text, three days when one is the publication date; two month-only dates the
    same month; unknown passes) and their places agree (:func:`~eventwire.corroboration.linking.same_place`: a
    country in common, towns named in both sentences within 100 km; none on one side passes)."""
    from ..corroboration.linking import compatible_parties, dates_within_window, same_place

    return compatible_parties(a, b) and dates_within_window(a, b) and same_place(a, b)


def _named(ents: list[Entity]) -> bool:
    """True when every entity of a non-empty role is named in the text (has offsets), not given by the story's
    context or inferred."""
    return bool(ents) and all(x.start is not None for x in ents)


def clarity(e: Event) -> int:
    """How clearly a mention states its event, an integer from -2 to 3: +1 for an actor named in the
    sentence, +1 for a recipient named in the sentence (not taken from the story's context), +1 for a date
    written in the text (``date_basis`` ``text``), -1 when the record is reported (hedged or attributed by the
    outlet), -1 when it comes from someone's speech (``sources`` non-empty). Source: ANNOTATION.md's "the
    clearest sentence": the one that names who did what to whom, and when, in the outlet's own narration."""
    return (_named(e.actor) + _named(e.recipient) + (e.date_basis == "text")
            - bool(e.reported) - bool(e.sources))


def clearest_mention(group: list[Event]) -> Event:
    """The primary mention of a group of records (one story event): a mention in the body before one in the
    headline (``text_info.headline``), then a mention dated in the text before one dated by publication, then the
    highest :func:`clarity`, then the earliest in the text (trigger offset), then the smallest record id.

    The body comes first because a headline is news style's telegraphic summary ("Blair pledges unity to Labour
    MPs", "Tory expert denies defeat warning": no article, no tense, no date), which the lead or a later sentence
    states in full -- ANNOTATION.md's "the clearest sentence"; the annotators of the training stories chose the
    headline for 14 of 1,716 events. On the training stories the share of primary records outside gold sentences
    moves 0.328 -> 0.311 with this key. The date comes next because the primary record gives the story event its
    date: a mention dated only by publication ("Gunmen kill 12 in Zamfara") is a worse record of the event than the
    body's attributed "killed 12 villagers on Tuesday, police said" (fresh user). Raises ValueError on an empty
    group."""
    if not group:
        raise ValueError("clearest_mention: empty group")
    return min(group, key=lambda e: (bool(e.text_info.get("headline")), e.date_basis != "text", -clarity(e),
                                     e.text_info.get("start") or 0, e.id))


def mark_story_events(events: list[Event]) -> list[Event]:
    """Group the records of stories into story events and mark each record (see the module docstring).

    ``events``: records of one or more stories (grouped per ``article_id``). Returns the records in the same
    order, each a copy whose ``text_info`` has ``story_event`` = ``{"id", "mentions", "primary"}``; the id is
    ``s-`` + a content hash of the article id, :func:`story_event_key` and the smallest record id of the group, so
    it is the same on every run and machine. Record ids do not change (``text_info`` does not enter them). Exactly one record per group has
    ``primary`` true (:func:`clearest_mention`)."""
    from ..corroboration.linking import EventView

    keyed: dict[tuple, list[Event]] = defaultdict(list)
    for e in events:
        keyed[(e.article_id, story_event_key(e))].append(e)
    marks: dict[int, dict] = {}
    for (aid, key), recs in keyed.items():
        # in text order, each mention joins the first event of its key whose every mention it is compatible with
        groups: list[list[tuple[Event, EventView]]] = []
        for e in sorted(recs, key=lambda e: (e.text_info.get("start") or 0, e.id)):
            v = EventView.from_record(e)
            g = next((g for g in groups if all(compatible_mentions(v, w) for _, w in g)), None)
            if g is None:
                groups.append([(e, v)])
            else:
                g.append((e, v))
        for g in groups:
            grp = [e for e, _ in g]
            primary = clearest_mention(grp)
            sid = "s-" + stable_id("story_event", aid, key, min(e.id for e in grp))
            for e in grp:
                marks[id(e)] = {"id": sid, "mentions": len(grp), "primary": e is primary}
    return [replace(e, text_info={**e.text_info, "story_event": marks[id(e)]}) for e in events]


def primary_mentions(events: list[Event]) -> list[Event]:
    """The records that stand for their story event (``text_info["story_event"]["primary"]``), in order;
    records not marked by :func:`mark_story_events` are kept (they are their own event)."""
    return [e for e in events if (e.text_info.get("story_event") or {}).get("primary", True)]
