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

Two records of a story are mentions of one event when :func:`story_event_key` is equal: same PLOVER type,
same negation, the same kind of status (actual and historical are both past events; future and hypothetical
are each their own: :func:`eventwire.corroboration.linking.same_modality`), and the same actor and recipient
codes. Dates are not compared: within one story a repeated mention is often dated differently (a headline by
publication, the body by "on Tuesday"), and two events of one dyad and type in one story are rare enough that
the date would split more true repeats than it keeps distinct events apart.

Across stories, reports of one event are grouped by the store into event clusters
(:mod:`eventwire.corroboration`); this stage is the within-story step and does not change what the store does.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from ..schema import Event, Entity, stable_id

#: Status kinds: actual and historical are both past events; future and hypothetical are each their own
#: (the same grouping as :func:`eventwire.corroboration.linking.same_modality`).
STATUS_KIND = {"actual": "past", "historical": "past", "future": "future", "hypothetical": "hypothetical"}


def _party(ents: list[Entity]) -> tuple[str, ...]:
    """The codes of one role, sorted; an entity without a code counts by its text, lower-cased."""
    return tuple(sorted({x.code or "~" + " ".join((x.entity_text or "").lower().split()) for x in ents}))


def story_event_key(e: Event) -> tuple:
    """The key under which two records of one story are mentions of one event: ``(event type, negated,
    status kind, actor codes, recipient codes)``. Status kinds: :data:`STATUS_KIND`. Codes are the sorted set
    of the role's country/actor codes (an uncoded entity by its lower-cased text). Source of the rule:
    ANNOTATION.md ("code each distinct interaction once per story") and the one-a-day filter of ICEWS/Phoenix
    (one record per source, target and event code)."""
    return (e.event, bool(e.negated), STATUS_KIND.get(e.status, e.status), _party(e.actor), _party(e.recipient))


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
    """The primary mention of a group of records (one story event): the highest :func:`clarity`, then the
    earliest in the text (trigger offset), then the smallest record id. Raises ValueError on an empty group."""
    if not group:
        raise ValueError("clearest_mention: empty group")
    return min(group, key=lambda e: (-clarity(e), e.text_info.get("start") or 0, e.id))


def mark_story_events(events: list[Event]) -> list[Event]:
    """Group the records of stories into story events and mark each record (see the module docstring).

    ``events``: records of one or more stories (grouped per ``article_id``). Returns the records in the same
    order, each a copy whose ``text_info`` has ``story_event`` = ``{"id", "mentions", "primary"}``; the id is
    ``s-`` + a content hash of the article id and :func:`story_event_key`, so it is the same on every run and
    machine. Record ids do not change (``text_info`` does not enter them). Exactly one record per group has
    ``primary`` true (:func:`clearest_mention`)."""
    groups: dict[tuple, list[Event]] = defaultdict(list)
    for e in events:
        groups[(e.article_id, story_event_key(e))].append(e)
    marks: dict[int, dict] = {}
    for (aid, key), grp in groups.items():
        sid = "s-" + stable_id("story_event", aid, key)
        primary = clearest_mention(grp)
        for e in grp:
            marks[id(e)] = {"id": sid, "mentions": len(grp), "primary": e is primary}
    return [replace(e, text_info={**e.text_info, "story_event": marks[id(e)]}) for e in events]


def primary_mentions(events: list[Event]) -> list[Event]:
    """The records that stand for their story event (``text_info["story_event"]["primary"]``), in order;
    records not marked by :func:`mark_story_events` are kept (they are their own event)."""
    return [e for e in events if (e.text_info.get("story_event") or {}).get("primary", True)]
