"""Do two event records report the same real-world event? Named rules over :class:`EventView`.

Two records are *linked* when every rule in :data:`LINK_RULES` passes, in order (the first that fails
is the reason given by :func:`link`):

1. :func:`same_event_type` — the same PLOVER event type (PLOVER manual: one event, one type).
2. :func:`same_modality` — both negated or neither; the same kind of status (actual/historical, future,
   hypothetical): "X attacked Y" and "X threatened to attack Y" are different events.
3. :func:`compatible_parties` — actor with actor, recipient with recipient: where both records name
   country/non-state codes for a role, the codes overlap; where both name persons or organisations
   for a role, the names overlap ("Putin met Xi" is not "Lavrov met Wang"). For CONSULT and AGREE,
   whose two parties act alike, the roles may be swapped. At least one code, name or resolved place
   is shared (two reports that share nothing identifiable are never linked).
4. :func:`dates_within_window` — event dates (else the articles' publication dates) at most
   :data:`DATE_WINDOW_DAYS` apart, or :data:`TEXT_DATE_WINDOW_DAYS` when both dates come from the
   text; a month-only date spans its month. Unknown on either side: the rule cannot object.
5. :func:`same_place` — when both records have places, they share a country, and two places named in
   the sentences themselves (``method`` ``syntax``) lie within :data:`PLACE_KM` km of each other.
6. :func:`similar_evidence` — the evidence sentences share content words: overlap coefficient of
   content words (stop words and reporting words dropped) at least :data:`MIN_SIMILARITY` with at
   least :data:`MIN_SHARED_WORDS` words in common (:data:`MIN_SIMILARITY_UNDATED` when a date is
   unknown, where the date rule could not help).

Thresholds were set on the ``dev`` half of the labelled pairs in
``bench/data/corroboration_pairs.tsv`` (``bench/linking.py``); precision and recall on both halves are
in ``docs/corroboration.md``.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Callable

#: Days between the event dates of two reports of one event (either date may be a publication date).
DATE_WINDOW_DAYS = 3
#: Days between two event dates that both come from the text ("on Tuesday", "March 11").
TEXT_DATE_WINDOW_DAYS = 1
#: Largest distance (km) between two places named in the sentences of reports of one event.
PLACE_KM = 100.0
#: Overlap coefficient of content words needed between the two evidence sentences.
MIN_SIMILARITY = 0.25
#: The same when either date is unknown.
MIN_SIMILARITY_UNDATED = 0.35
#: Content words the two sentences must share at least.
MIN_SHARED_WORDS = 2
#: Summed :func:`word_weight` of the shared words, at least: "held" and "talks" (common words) are not
#: evidence that two meetings are one; a number and a place name are.
MIN_SHARED_WEIGHT = 3.0
#: Evidence similarity at which two sentences count as the same sentence reused (see
#: :func:`compatible_parties`).
NEAR_IDENTICAL = 0.9
#: Similarity and shared words needed when the two records share no party code, name or place.
MIN_SIMILARITY_UNANCHORED = 0.35
MIN_SHARED_UNANCHORED = 3
#: Event types whose two parties act alike ("X and Y met", "X and Y agreed"): roles may be swapped.
SYMMETRIC_EVENTS = frozenset({"CONSULT", "AGREE"})

#: Words of news reporting that say nothing about which event it was (textacy-style word list).
REPORTING_WORDS = frozenset("""
said says say saying told tell tells according reported reports report reporting added adding statement
statements announced announce announces spokesman spokeswoman spokesperson officials official news agency
monday tuesday wednesday thursday friday saturday sunday week weeks month months year years today yesterday
day days time times also would could may might will shall must one two three first last new people
""".split())

_TOKEN = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)
_STATUS_KIND = {"actual": "past", "historical": "past", "future": "future", "hypothetical": "hypothetical"}


def _stop_words() -> frozenset[str]:
    global _STOP
    if _STOP is None:
        from spacy.lang.en.stop_words import STOP_WORDS

        _STOP = frozenset(STOP_WORDS) | REPORTING_WORDS
    return _STOP


_STOP: frozenset[str] | None = None


def stem(word: str) -> str:
    """A light English stem, enough to match "attacked"/"attack", "hostages"/"hostage",
    "killing"/"kill": possessive ``'s``, then one of ``-ing``, ``-ed``, ``-es``/``-s`` is cut when at
    least four letters remain (numbers and short words are kept as they are)."""
    if word.endswith("'s"):
        word = word[:-2]
    if word.isdigit() or len(word) <= 4:
        return word
    for suf in ("ing", "ed", "es", "s"):
        if word.endswith(suf) and len(word) - len(suf) >= 4 and not word.endswith("ss"):
            return word[: -len(suf)]
    return word


def content_words(sentence: str | None) -> frozenset[str]:
    """Stemmed (:func:`stem`) lower-cased content words of a sentence: tokens of 3+ letters that are
    not stop words (spaCy's English list) or :data:`REPORTING_WORDS`, plus every number ("31",
    "1,250" -> "1250")."""
    if not sentence:
        return frozenset()
    stop = _stop_words()
    out = set()
    for tok in _TOKEN.findall(sentence.lower().replace(",", "")):
        if tok.isdigit() or (len(tok) >= 3 and tok not in stop):
            out.add(stem(tok))
    return frozenset(out)


def word_weight(word: str) -> float:
    """How much a shared word says about *which* event two sentences report: rare words more than
    common ones. ``6 - Zipf frequency`` (wordfreq's English list; Zipf 6 = once per thousand words,
    3 = once per million), kept within 0.5..4; a number weighs 3 ("33 killed" is specific)."""
    if word.isdigit():
        return 3.0
    w = _WEIGHTS.get(word)
    if w is None:
        from wordfreq import zipf_frequency

        w = min(4.0, max(0.5, 6.0 - zipf_frequency(word, "en")))
        if len(_WEIGHTS) < 200_000:
            _WEIGHTS[word] = w
    return w


_WEIGHTS: dict[str, float] = {}


def evidence_words(sentence: str | None, trigger: str | None = None, parties=()) -> frozenset[str]:
    """What the evidence rule compares: :func:`content_words` of the sentence without those of the
    trigger and of the actor/recipient texts (already compared by the type and party rules; "killed"
    and "Pakistan" say nothing more about *which* killing in Pakistan it was); numbers are kept."""
    words = content_words(sentence)
    drop = set(content_words(trigger))
    for p in parties:
        drop |= {w for w in content_words(p) if not w.isdigit()}
    return frozenset(words - drop)


def _parse_date(value: str | None) -> tuple[date, date] | None:
    """``YYYY-MM-DD`` -> (day, day); ``YYYY-MM`` -> (first, last day of the month); else None."""
    if not value or not isinstance(value, str):
        return None
    try:
        if len(value) >= 10:
            d = date.fromisoformat(value[:10])
            return d, d
        if len(value) == 7:
            first = date.fromisoformat(value + "-01")
            nxt = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
            return first, nxt - timedelta(days=1)
    except ValueError:
        return None
    return None


@dataclass(frozen=True)
class Place:
    """A resolved place of an event: ``country`` (ISO3 or None), ``geonameid``, ``lat``/``lon``,
    ``named`` (True when named in the event's own sentence, ``method`` ``syntax``), ``city`` (a
    populated place, GeoNames feature code ``PPL*``, rather than a country or region)."""

    country: str | None
    geonameid: int | None
    lat: float | None
    lon: float | None
    named: bool
    city: bool = False


@dataclass(frozen=True)
class EventView:
    """What linking reads of one event record (build with :meth:`from_record`).

    ``id``, ``article_id``, ``event``, ``actor_codes``/``recipient_codes`` (sets of codes),
    ``actor_names``/``recipient_names`` (lower-cased person/organisation names), ``negated``,
    ``status``, ``when`` ((first, last) day or None: the event date, else the publication date),
    ``date_from_text`` (True when ``when`` comes from a date of the act in the text, ``date_basis`` ``text``; the
    day of the saying that reports it, ``attribution``, bounds the act like the publication date), ``places`` (tuple of
    :class:`Place`), ``words`` (:func:`evidence_words` of the evidence sentence), ``cluster_id``
    (existing cluster or None), ``actors``/``recipients`` (``(code, sector group, name)`` per entity,
    see :func:`compatible_parties`), ``sentence_words`` (:func:`content_words` of the whole
    sentence, names included), ``words_weight``/``sentence_weight`` (their summed
    :func:`word_weight`)."""

    id: str
    article_id: str
    event: str
    actor_codes: frozenset
    recipient_codes: frozenset
    actor_names: frozenset
    recipient_names: frozenset
    negated: bool
    status: str
    when: tuple[date, date] | None
    date_from_text: bool
    places: tuple
    words: frozenset
    cluster_id: str | None = None
    actors: tuple = ()
    recipients: tuple = ()
    sentence_words: frozenset = frozenset()
    words_weight: float = 0.0
    sentence_weight: float = 0.0

    @property
    def sort_key(self) -> tuple[str, str]:
        """(earliest day as ISO or ``9999``, id): the founding member of a cluster is the smallest."""
        return (self.when[0].isoformat() if self.when else "9999", self.id)

    @classmethod
    def from_record(cls, rec: Any, publication_date: str | None = None, cluster_id: str | None = None) -> "EventView":
        """From an :class:`~eventwire.schema.Event` or an ``events`` row / ``Event.to_dict`` dict
        (``text_info`` and ``event_loc`` may be JSON text). ``publication_date``: the article's
        (ISO), standing in for a missing event date."""
        d = rec.to_dict() if hasattr(rec, "to_dict") else dict(rec)
        ti = d.get("text_info") or {}
        if isinstance(ti, str):
            ti = json.loads(ti) if ti else {}
        locs = d.get("event_loc") or []
        if isinstance(locs, str):
            locs = json.loads(locs) if locs else []

        def ents(role: str) -> list[dict]:
            out = []
            for x in d.get(role) or []:
                out.append(x.to_dict() if hasattr(x, "to_dict") else dict(x))
            return out

        def codes(xs):
            return frozenset(x["code"] for x in xs if x.get("code"))

        def parties(xs):
            return tuple(sorted({(x.get("code"), _sector_group(x.get("sector")),
                                  " ".join(str(x["name"]).lower().split()) if x.get("name") else None)
                                 for x in xs}, key=repr))

        def names(xs):
            return frozenset(" ".join(str(x["name"]).lower().split()) for x in xs if x.get("name"))

        actors, recipients = ents("actor"), ents("recipient")
        when = _parse_date(d.get("date"))
        from_text = when is not None and d.get("date_basis") == "text"
        if when is None:
            when = _parse_date(publication_date)
        places = []
        for loc in locs:
            if not isinstance(loc, dict):
                continue
            gid = loc.get("geonameid")
            places.append(Place(country=loc.get("country_code"), geonameid=gid if isinstance(gid, int) else None,
                                lat=loc.get("lat") if isinstance(loc.get("lat"), (int, float)) else None,
                                lon=loc.get("lon") if isinstance(loc.get("lon"), (int, float)) else None,
                                named=loc.get("method") == "syntax",
                                city=str(loc.get("feature_code") or "").startswith("PPL")))
        words = evidence_words(ti.get("sentence") if isinstance(ti, dict) else None, d.get("event_text"),
                               [x.get("entity_text") for x in actors + recipients])
        sentence_words = content_words(ti.get("sentence") if isinstance(ti, dict) else None)
        return cls(id=d["id"], article_id=d.get("article_id") or "", event=d["event"], actor_codes=codes(actors),
                   recipient_codes=codes(recipients), actor_names=names(actors), recipient_names=names(recipients),
                   actors=parties(actors), recipients=parties(recipients),
                   sentence_words=sentence_words, words_weight=_weighted(words),
                   sentence_weight=_weighted(sentence_words),
                   negated=bool(d.get("negated")), status=d.get("status") or "actual", when=when,
                   date_from_text=from_text, places=tuple(places), words=words,
                   cluster_id=cluster_id if cluster_id is not None else d.get("cluster_id"))


# -- the rules ---------------------------------------------------------------------------------------

def same_event_type(a: EventView, b: EventView) -> bool:
    """The same PLOVER event type. Example: ASSAULT and COERCE reports are never one event."""
    return a.event == b.event


def same_modality(a: EventView, b: EventView) -> bool:
    """Both negated or neither, and the same kind of status (actual and historical are both past
    events; future and hypothetical are each their own). Example: "Russia attacked Kharkiv" is not
    linked with "Russia threatened to attack Kharkiv" (THREATEN anyway) nor with "Russia will
    attack Kharkiv" (future)."""
    return a.negated == b.negated and _STATUS_KIND.get(a.status, a.status) == _STATUS_KIND.get(b.status, b.status)


#: Sectors that reports of one event use for the same party ("Pakistan" / "the Pakistani military" /
#: "security forces"); any other sector is its own group (PLOVER manual, "Actors").
SECTOR_GROUPS = {"GOV": "state", "MIL": "state", "COP": "state", "SPY": "state", "PRM": "state",
                 "OPP": "opposition", "PTY": "opposition", "REB": "armed", "UAF": "armed", "ISM": "armed"}


def _sector_group(sector: str | None) -> str | None:
    return SECTOR_GROUPS.get(sector, sector) if sector else None


def _entity_ok(x: tuple, y: tuple) -> bool:
    """Two entities can be the same party: no known code, sector group or name differs."""
    return all(a is None or b is None or a == b for a, b in zip(x, y))


def _role_ok(xs: tuple, ys: tuple) -> bool:
    return not xs or not ys or any(_entity_ok(x, y) for x in xs for y in ys)


def _roles(a: EventView, b: EventView, swapped: bool) -> bool:
    if swapped:
        return _role_ok(a.actors, b.recipients) and _role_ok(a.recipients, b.actors)
    return _role_ok(a.actors, b.actors) and _role_ok(a.recipients, b.recipients)


def shared_anchor(a: EventView, b: EventView) -> bool:
    """The two records share something identifiable: a party code or name, or a resolved place
    (the same GeoNames id, or the same country of a place)."""
    mine = a.actor_codes | a.recipient_codes | a.actor_names | a.recipient_names
    theirs = b.actor_codes | b.recipient_codes | b.actor_names | b.recipient_names
    if mine & theirs:
        return True
    if {p.geonameid for p in a.places if p.geonameid is not None} & \
            {p.geonameid for p in b.places if p.geonameid is not None}:
        return True
    return bool({p.country for p in a.places if p.country} & {p.country for p in b.places if p.country})


def compatible_parties(a: EventView, b: EventView) -> bool:
    """Actor with actor and recipient with recipient can be the same parties: for each role known
    on both sides, some entity pair agrees on every attribute both know (code; sector group of
    :data:`SECTOR_GROUPS`; person/organisation name), roles swapped allowed for
    :data:`SYMMETRIC_EVENTS`. Examples: USA→RUS SANCTION and USA/GOV→RUS SANCTION agree;
    "Pakistan" (PAK/GOV) and "the Pakistani military" (PAK/MIL) agree; USA→RUS and GBR→RUS do
    not; "Tony Blair" (GBR/GOV) and "Michael Howard" (GBR/OPP) do not. Exception: evidence
    sentences that are nearly the same, names included (weighted overlap of all their content words
    at least :data:`NEAR_IDENTICAL`, :data:`MIN_SHARED_UNANCHORED` words or more: one paragraph reused
    by two stories) report one event even when the coder resolved a pronoun differently in each."""
    if _roles(a, b, False) or (a.event in SYMMETRIC_EVENTS and _roles(a, b, True)):
        return True
    # the same sentence reused by two stories reports one event, whatever the coder made of its parties
    if not a.sentence_words or not b.sentence_words:
        return False
    shared = a.sentence_words & b.sentence_words
    sim = _weighted(shared) / min(a.sentence_weight, b.sentence_weight)
    return sim >= NEAR_IDENTICAL and len(shared) >= MIN_SHARED_UNANCHORED


def dates_within_window(a: EventView, b: EventView) -> bool:
    """The two dates (event date, else publication date; a month spans its days) are at most
    :data:`DATE_WINDOW_DAYS` apart (:data:`TEXT_DATE_WINDOW_DAYS` when both come from the text).
    Two month-only dates must be the same month ("earlier this month" and "last month" are two
    events). Unknown on either side: passes (the evidence rule is then stricter). Example: a train
    hijacking on Tuesday (text) and the Friday report of its death toll (publication date) are 3
    days apart: linked; the same dyad's attack a week later is not."""
    if a.when is None or b.when is None:
        return True
    if a.when[0] != a.when[1] and b.when[0] != b.when[1]:  # two month-only dates: the same month
        return a.when == b.when
    gap = max((b.when[0] - a.when[1]).days, (a.when[0] - b.when[1]).days, 0)
    window = TEXT_DATE_WINDOW_DAYS if (a.date_from_text and b.date_from_text) else DATE_WINDOW_DAYS
    return gap <= window


def _km(p: Place, q: Place) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (p.lat, p.lon, q.lat, q.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def same_place(a: EventView, b: EventView) -> bool:
    """When both records have resolved places: a country in common; and when both sentences name a
    town or city (``PPL*``), two of them within :data:`PLACE_KM` km. Example: an attack in Quetta and
    one in Peshawar (both PAK) are different events; no place on one side: passes."""
    ca = {p.country for p in a.places if p.country}
    cb = {p.country for p in b.places if p.country}
    if ca and cb and not (ca & cb):
        return False
    na = [p for p in a.places if p.named and p.city and p.lat is not None and p.lon is not None]
    nb = [p for p in b.places if p.named and p.city and p.lat is not None and p.lon is not None]
    if na and nb:
        return any(p.geonameid == q.geonameid or _km(p, q) <= PLACE_KM for p in na for q in nb)
    return True


def _weighted(words) -> float:
    return sum(word_weight(w) for w in words)


def evidence_similarity(a: EventView, b: EventView) -> tuple[float, int]:
    """(weighted overlap, shared count) of the evidence words of the two sentences: the summed
    :func:`word_weight` of the shared words over that of the smaller set (1.0 = one sentence's
    words all appear in the other)."""
    if not a.words or not b.words:
        return 0.0, 0
    shared = a.words & b.words
    if not shared:
        return 0.0, 0
    return _weighted(shared) / min(a.words_weight, b.words_weight), len(shared)


def similar_evidence(a: EventView, b: EventView) -> bool:
    """The evidence sentences share specific content words: weighted overlap
    (:func:`evidence_similarity`) at least :data:`MIN_SIMILARITY` with :data:`MIN_SHARED_WORDS`
    words in common whose weights sum to :data:`MIN_SHARED_WEIGHT` or more; :data:`MIN_SIMILARITY_UNDATED` when a date is unknown; and
    :data:`MIN_SIMILARITY_UNANCHORED` with :data:`MIN_SHARED_UNANCHORED` words when the two share
    no party or place (:func:`shared_anchor`). Example: "militants attacked a passenger train in
    Balochistan" and "the driver of the train, injured in the attack, has died" share train only;
    "the military killed 33 terrorists in the clearance operation" and "the military completed its
    rescue operation and killed 33 terrorists" share 33, operation."""
    sim, shared = evidence_similarity(a, b)
    if shared and _weighted(a.words & b.words) < MIN_SHARED_WEIGHT:
        return False
    if not shared_anchor(a, b):
        return shared >= MIN_SHARED_UNANCHORED and sim >= MIN_SIMILARITY_UNANCHORED
    need = MIN_SIMILARITY if (a.when is not None and b.when is not None) else MIN_SIMILARITY_UNDATED
    return shared >= MIN_SHARED_WORDS and sim >= need


#: The linking rules, applied in order; all must pass (name, function).
LINK_RULES: tuple[tuple[str, Callable[[EventView, EventView], bool]], ...] = (
    ("same_event_type", same_event_type),
    ("same_modality", same_modality),
    ("compatible_parties", compatible_parties),
    ("dates_within_window", dates_within_window),
    ("same_place", same_place),
    ("similar_evidence", similar_evidence),
)


def link(a: EventView, b: EventView) -> tuple[bool, str]:
    """Whether ``a`` and ``b`` report the same event: ``(True, "linked")``, or ``(False, name)`` of
    the first rule of :data:`LINK_RULES` that refuses. Symmetric in ``a`` and ``b``."""
    if a.id == b.id:
        return True, "linked"
    for name, rule in LINK_RULES:
        if not rule(a, b):
            return False, name
    return True, "linked"
