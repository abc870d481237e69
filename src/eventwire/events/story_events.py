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

A story event all of whose mentions are nominal back-references -- a definite act noun whose parties the sentence
does not name ("a resident told VOA soon after the attack"; :func:`nominal_back_reference`) -- is then folded into
the story event it mentions (:func:`fold_back_references`): its records stay, marked ``folded``, none primary.

Across stories, reports of one event are grouped by the store into event clusters
(:mod:`eventwire.corroboration`); this stage is the within-story step and does not change what the store does.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from ..lexicon import words
from ..schema import Event, Entity, stable_id

#: Pronouns that refer to a party named elsewhere (a party given by one is not named in its sentence).
BACK_REFERENCE_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "it", "its", "they", "them", "their",
                                     "we", "us", "our", "i", "me", "my", "who", "which", "that"})
#: Words before an act noun that make it an act other than the one told (lexicon ``new_event_modifier``).
NEW_EVENT_MODIFIERS = words("new_event_modifier")


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


def _noun_trigger(e: Event) -> bool:
    """True when the record's trigger is a noun: its rule id ends in ``/N`` or has ``/N@`` ("pattern:attack/N@12",
    "model:visit/N")."""
    t = str((e.text_info.get("rule") or {}).get("trigger") or "")
    return t.endswith("/N") or "/N@" in t


def _named_here(x: Entity) -> bool:
    """True when entity ``x`` is named in the record's own sentence by a name or a noun phrase (has offsets, is no
    pronoun): not given by the story's context, inferred, or a pronoun's antecedent."""
    return x.start is not None and " ".join((x.entity_text or "").lower().split()) not in BACK_REFERENCE_PRONOUNS


#: Prepositions of time before an act noun ("told VOA soon after the attack", "during the visit", "since the
#: talks"): the clause around the phrase is no doing of the act.
TIME_ADJUNCT_PREPOSITIONS = frozenset({"after", "before", "during", "following", "since", "amid", "ahead"})


def _words_before(e: Event, n: int) -> list[str]:
    """The last ``n`` words of the record's sentence before its trigger, lower-cased, punctuation stripped."""
    ti = e.text_info
    sent, start, s0 = ti.get("sentence") or "", ti.get("start"), ti.get("sentence_start")
    if start is None or s0 is None:
        return []
    return [w.strip("\"',.;:()") for w in sent[:max(0, start - s0)].lower().split()][-n:]


def _time_adjunct_doer(e: Event) -> bool:
    """True when the record's actor is the subject of the clause an act noun hangs on by a time preposition
    (actor rule ``light_verb_doer`` and one of :data:`TIME_ADJUNCT_PREPOSITIONS` among the three words before the
    noun: "a resident told VOA soon after the attack" gives the resident as the attacker): the actor rule reads
    "after"/"during" as a light verb's preposition ("following talks with X, the leaders agreed ..."), which is
    right for a meeting the subject held but names nobody of an act told before."""
    rule = (e.text_info.get("rule") or {}).get("actor")
    return rule == "light_verb_doer" and bool(TIME_ADJUNCT_PREPOSITIONS & set(_words_before(e, 3)))


#: Determiners that refer back to something told ("the attack", "this visit", "these talks").
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def _definite(e: Event) -> bool:
    """True when one of the two words before the record's trigger is a :data:`DEFINITE_DETERMINERS` word ("after the
    attack", "the deadly attack", "this visit"): the noun refers back to an act the reader knows, where a bare or
    indefinite noun ("Protests were also held", "encountered criticism", "a detention order") tells of another."""
    w = _words_before(e, 2)
    return bool(w) and (w[-1] in DEFINITE_DETERMINERS or
                        (len(w) == 2 and w[0] in DEFINITE_DETERMINERS and w[1] not in BACK_REFERENCE_PRONOUNS))


def _new_event_modifier(e: Event) -> bool:
    """True when one of the two words before the record's trigger is a :data:`NEW_EVENT_MODIFIERS` word ("a new
    attack on Tuesday", "another visit", "fresh talks")."""
    return bool(NEW_EVENT_MODIFIERS & set(_words_before(e, 2)))


def nominal_back_reference(e: Event) -> bool:
    """Rule ``nominal_back_reference``: True when record ``e`` mentions an event by a noun only, naming none of its
    parties -- the noun is the trigger (:func:`_noun_trigger`), no actor or recipient is named in the sentence
    (:func:`_named_here`: every party comes from the story's context, an inference or a pronoun), and no
    :data:`NEW_EVENT_MODIFIERS` word stands before the noun, which is definite (:func:`_definite`: "the attack",
    not "protests were also held" or "encountered criticism"); an actor that is only the subject of the clause a time
    phrase of the noun hangs on (:func:`_time_adjunct_doer`) counts as not named. Shapes: an adjunct or temporal phrase ("..., she told
    VOA soon after the attack", "during the visit on Feb. 27", "efforts to take control of the train") or the
    subject of a copula or light verb ("This marks his second visit", "the talks bring together ministers").
    Negative: "a new attack on Tuesday" (a new act), "the Israeli attack on Gaza" (its parties named), "Russia
    attacked Ukraine" (a verb). Source: ANNOTATION.md ("if the same event is mentioned in several sentences,
    annotate it once, with the clearest sentence")."""
    if not _noun_trigger(e) or _new_event_modifier(e) or any(_named_here(x) for x in e.recipient):
        return False
    if _possessor_actor(e):
        return True
    return _definite(e) and (_time_adjunct_doer(e) or not any(_named_here(x) for x in e.actor))


def _possessor_actor(e: Event) -> bool:
    """True when the record's actor is the possessor of its act noun (actor rule ``possessor``: "Rubio's second
    visit", "Kenya's ultimatum on the camps"): the possessive is the noun's determiner, so the noun is definite and
    refers to the possessor's act the story told, when one is (:func:`back_reference_target` then asks that the
    possessor be that act's actor)."""
    return (e.text_info.get("rule") or {}).get("actor") == "possessor"


def _codes(ents: list[Entity]) -> set[str]:
    return {x.code for x in ents if x.code}


def back_reference_target(e: Event, events: list[Event]):
    """The story event a nominal back-reference (:func:`nominal_back_reference`) ``e`` mentions, given as one of
    its records (the primary), or None: among ``events`` (the primaries of the other story events of its story), one
    of the same type, negation and status, not itself a back-reference, whose parties its own do not contradict
    (each code of ``e``'s actor is one of the other's actor codes, and each of its recipient codes one of the
    other's recipient codes -- an actor that is only the subject of the clause a time phrase hangs on
    (:func:`_time_adjunct_doer`, "a resident told VOA after the attack") is no party and is not compared: "I will increase the tariffs" of the USA is no mention of Canada's tariffs; a possessor
    actor, named, must be the other's actor by :func:`~eventwire.corroboration.linking.compatible_parties` too:
    same sector group and person), and whose date and place are compatible (:func:`~eventwire.corroboration.linking.dates_within_window`,
    :func:`~eventwire.corroboration.linking.same_place`). Several: the one with a party named in its sentence, then
    the earliest in the text. A sentence that names the parties of an act is its own mention (ANNOTATION.md: "the
    clearest sentence")."""
    from ..corroboration.linking import EventView, compatible_parties, dates_within_window, same_place

    v = EventView.from_record(e)
    cands = []
    for o in events:
        if o is e or o.event != e.event or bool(o.negated) != bool(e.negated) or o.status != e.status or \
                nominal_back_reference(o):
            continue
        if not ((_time_adjunct_doer(e) or _codes(e.actor) <= _codes(o.actor)) and
                _codes(e.recipient) <= _codes(o.recipient)):
            continue
        w = EventView.from_record(o)
        if _possessor_actor(e) and not compatible_parties(v, w):
            continue  # "Lord Hutton's inquiry" is no mention of Lord Woolf's
        if dates_within_window(v, w) and same_place(v, w):
            cands.append(o)
    if not cands:
        return None
    return min(cands, key=lambda o: (not any(_named_here(x) for x in o.actor + o.recipient),
                                     o.text_info.get("start") or 0, o.id))


def fold_back_references(events: list[Event], marks: dict[int, dict]) -> None:
    """Fold each story event all of whose mentions are nominal back-references (:func:`nominal_back_reference`)
    into the story event it mentions (:func:`back_reference_target`): its records take that event's id, are no
    primary, and carry ``folded: "nominal_back_reference"``; the mention counts of the event grow. ``marks`` (record
    ``id()`` -> story-event mark, of :func:`mark_story_events`) is updated in place; records are not changed or
    dropped, so each mention stays auditable."""
    by_sid: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        by_sid[marks[id(e)]["id"]].append(e)
    prim = [e for e in events if marks[id(e)]["primary"]]
    for sid in sorted(by_sid):
        grp = by_sid[sid]
        if not all(nominal_back_reference(e) for e in grp):
            continue
        p = next(e for e in grp if marks[id(e)]["primary"])
        target = back_reference_target(p, [o for o in prim if o.article_id == p.article_id])
        if target is None:
            continue
        tid = marks[id(target)]["id"]
        for e in grp:
            marks[id(e)] = {"id": tid, "mentions": 0, "primary": False, "folded": "nominal_back_reference"}
        prim.remove(p)
        n = sum(1 for x in events if marks[id(x)]["id"] == tid)
        for x in events:
            if marks[id(x)]["id"] == tid:
                marks[id(x)]["mentions"] = n


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
        groups: list[list[tuple[Event, EventView | None]]] = []
        if len(recs) == 1:
            groups.append([(recs[0], None)])  # the one mention of its key is an event of its own: no view is made
        else:
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
    fold_back_references(events, marks)
    return [replace(e, text_info={**e.text_info, "story_event": marks[id(e)]}) for e in events]


def primary_mentions(events: list[Event]) -> list[Event]:
    """The records that stand for their story event (``text_info["story_event"]["primary"]``), in order;
    records not marked by :func:`mark_story_events` are kept (they are their own event)."""
    return [e for e in events if (e.text_info.get("story_event") or {}).get("primary", True)]
