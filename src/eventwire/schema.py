"""The one data contract of eventwire: every record type that crosses a stage boundary lives here.

Records are plain dataclasses with ``to_dict()`` (JSON-ready, keys in a fixed order) so that output is
byte-for-byte reproducible. Character offsets are always into ``Article.text`` (the article text as
ingested, after Unicode normalisation; never into a cleaned copy). Dates are ISO 8601 strings:
``YYYY-MM-DD``, or ``YYYY-MM`` when only the month is known.

Stable ids are content hashes (:func:`stable_id`), never counters or clocks.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable

#: The 16 PLOVER event types (PLOVER manual v0.8, section "Events").
PLOVER_EVENTS: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

#: PLOVER auxiliary modes, reported in ``Event.status`` (``actual`` = none of them). Negation is
#: reported separately in ``Event.negated`` so that a negated future event stays recognisable.
STATUSES: tuple[str, ...] = ("actual", "future", "hypothetical", "historical")

#: PLOVER actor sectors (PLOVER manual v0.8, "Actors"); MED is health, JRN is media.
SECTORS: tuple[str, ...] = (
    "GOV", "MIL", "COP", "JUD", "LEG", "PTY", "REB", "SPY", "OPP", "PRM", "UAF", "UNK", "AGR", "BUS",
    "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "PRE", "REL", "SOC", "NGO",
)

#: Non-state actor codes allowed besides ISO 3166 alpha-3 (PLOVER manual v0.8, "Actors").
NON_STATE_CODES: tuple[str, ...] = ("IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC")

#: PLOVER v0.8 modes per event type (manual, mode tables) plus the coarse ones eventwire emits.
PLOVER_MODES: dict[str, set[str]] = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone", "host"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber", "crowd-control"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                "unconventional"},
}

#: The 37 PLOVER contexts.
CONTEXTS: tuple[str, ...] = (
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights",
    "rights_freedoms", "repression", "human_security", "gender", "lgbt", "religion_ethnicity",
    "inequality", "diplomatic", "territory", "peacekeeping", "health", "asylum", "migration",
    "disasters", "natural_resource", "environment", "technology", "terrorism", "cbrn", "cyber",
    "misinformation", "crime", "corruption", "illegal_drugs", "trafficking",
)

SCHEMA_VERSION = 1

#: Columns of the ``events`` table that make up an :class:`Event` (``Event.to_dict`` keys).
EVENT_RECORD_COLUMNS = ("id", "article_id", "event", "mode", "context", "actor", "recipient", "negated",
                        "status", "reported", "sources", "date", "date_basis", "event_text", "text_info",
                        "cameo", "quad_class", "goldstein", "plover_score", "event_loc", "coder")
#: Flattened columns for fast filters and aggregates.
EVENT_FLAT_COLUMNS = ("event_date", "actor_code", "actor_sector", "recipient_code", "recipient_sector",
                      "trigger_start", "trigger_end", "sentence")


def stable_id(*parts: Any, length: int = 16) -> str:
    """Return a content hash of ``parts`` (hex, ``length`` characters).

    Parts are serialised as canonical JSON, so equal content gives an equal id on every machine.
    """
    payload = json.dumps(parts, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:length]


def valid_unicode(s: str) -> str:
    """``s`` with every lone surrogate (U+D800-U+DFFF: a JSON escape such as ``"\\ud800"``, or a file name
    that is not UTF-8, decoded by Python with ``surrogateescape``) replaced by U+FFFD, one character for
    one, so that it can be encoded as UTF-8 (DuckDB, Parquet, JSON files). ``s`` itself when it has none;
    a non-str is returned as it is."""
    if not isinstance(s, str):
        return s
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in s)


def _valid_meta(v: Any) -> Any:
    if isinstance(v, str):
        return valid_unicode(v)
    if isinstance(v, list):
        return [_valid_meta(x) for x in v]
    if isinstance(v, dict):
        return {valid_unicode(k): _valid_meta(x) for k, x in v.items()}
    return v


@dataclass
class Article:
    """One input document (a story as one outlet printed it).

    Fields: ``id`` (given by the input, else a content hash of text/title/url), ``text`` (the article
    text; all offsets point into it), ``title`` (headline or None), ``publication_date`` (ISO date,
    ``YYYY-MM`` when only the month is known, or None), ``url``, ``outlet``, ``path`` (file it came
    from), ``language`` (ISO 639-1 when detected), ``meta`` (anything else the reader kept, e.g.
    ``modified_date``, ``author``, ``urls`` of duplicates).
    """

    text: str
    id: str | None = None
    title: str | None = None
    publication_date: str | None = None
    url: str | None = None
    outlet: str | None = None
    path: str | None = None
    language: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # every string is valid Unicode (issue 15: a file name that is not UTF-8 or "\ud800" in a JSONL url
        # must not kill a store or Parquet write); lone surrogates become U+FFFD, offsets unchanged
        for name in ("text", "id", "title", "publication_date", "url", "outlet", "path", "language"):
            v = getattr(self, name)
            if isinstance(v, str):
                setattr(self, name, valid_unicode(v))
        if self.meta:
            self.meta = _valid_meta(self.meta)
        if not self.id:
            self.id = "a-" + stable_id(self.text, self.title, self.url)

    @property
    def content_hash(self) -> str:
        """sha256 prefix of title + text: the key for resume and exact dedup."""
        return stable_id(self.title or "", self.text, length=32)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["content_hash"] = self.content_hash
        return d


@dataclass
class Entity:
    """An actor or recipient of an event (PLOVER "actor" entity).

    ``code``: ISO 3166 alpha-3 country code or one of :data:`NON_STATE_CODES` (None when the text
    names no country, e.g. "gunmen", or a named person eventwire cannot code: the name is kept, as GDELT
    keeps name-only actors); ``sector``: one of :data:`SECTORS` or None; ``name``: person or
    organisation when known ("Jake Sullivan", "NATO"); ``entity_text``: the words as written;
    ``start``/``end``: character offsets of ``entity_text`` in the article text; ``source``: which table
    or rule coded it, when not the packaged dictionaries read off the text (see ``docs/actors.md``):
    ``user:FILE:LINE`` (a user table), ``eventwire:people.tsv``, ``wikidata:Q...``/``phoenix:...``/
    ``ucdp:ID``/``misp:...`` (the knowledge base), ``pattern:PLACE`` (a government body such as
    "Shanghai police"), ``inferred`` (a title, apposition or possessive), ``context`` (the article's
    home country), or None.
    """

    entity_text: str
    code: str | None = None
    sector: str | None = None
    name: str | None = None
    start: int | None = None
    end: int | None = None
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "entity_text": self.entity_text, "code": self.code, "sector": self.sector,
            "name": self.name, "start": self.start, "end": self.end, "source": self.source,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Entity":
        return cls(**{k: d.get(k) for k in ("entity_text", "code", "sector", "name", "start", "end", "source")})


@dataclass
class Event:
    """One coded event: PLOVER JSONL record, extended with evidence and modality.

    Keys (``to_dict`` order): ``id`` (content hash of article id, offsets and codes), ``article_id``,
    ``event`` (PLOVER type), ``mode`` (PLOVER mode or None), ``context`` (list of PLOVER contexts),
    ``actor``/``recipient`` (lists of :class:`Entity`), ``negated``, ``status`` (:data:`STATUSES`),
    ``reported`` (claim hedged or attributed by the outlet), ``sources`` (who the claim is attributed
    to, as written), ``date`` (event date, ISO ``YYYY-MM-DD`` or ``YYYY-MM``), ``date_basis``
    (``text``: a date expression in the text; ``attribution``: the day of the dated saying that reports an act with
    no date of its own, "..., the ministry said on Friday" -- the act happened by then; ``publication``: the
    publication date as fallback),
    ``event_text`` (trigger words), ``text_info`` (``sentence_index``, ``sentence``, ``start``,
    ``end`` of the trigger), ``cameo`` (nearest CAMEO code), ``quad_class`` (1-4), ``goldstein``
    (-10..10, CAMEO Goldstein scale), ``plover_score`` (-10..10, PLOVER manual table), ``event_loc``
    (list of location dicts, see :mod:`eventwire.geo`), ``coder`` (name + version).

    Corroboration (set by the store when the event is written or read, see ``docs/corroboration.md``;
    a bare coder run leaves them None and ``to_dict`` then leaves the four keys out, so coder output
    is unchanged): ``cluster_id`` (the event cluster: every report of the same real-world event,
    a content-derived ``c-`` id), ``num_mentions`` (event records of the cluster plus their
    syndicated copies: GDELT NumMentions), ``num_articles`` (documents carrying it, copies
    included: GDELT NumArticles), ``num_sources`` (independent sources: distinct outlets whose
    texts are not copies of each other: GDELT NumSources). None of them enters ``id``.
    """

    article_id: str
    event: str
    actor: list[Entity]
    recipient: list[Entity]
    event_text: str
    text_info: dict[str, Any]
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    negated: bool = False
    status: str = "actual"
    reported: bool = False
    sources: list[str] = field(default_factory=list)
    date: str | None = None
    date_basis: str | None = None
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    plover_score: float | None = None
    event_loc: list[dict[str, Any]] = field(default_factory=list)
    coder: str = ""
    id: str = ""
    cluster_id: str | None = None
    num_mentions: int | None = None
    num_articles: int | None = None
    num_sources: int | None = None

    def __post_init__(self) -> None:
        if not self.id:
            self.id = "e-" + stable_id(
                self.article_id, self.event, self.mode, self.text_info.get("start"), self.text_info.get("end"),
                self.date,
                [(a.code, a.sector, a.start) for a in self.actor],
                [(r.code, r.sector, r.start) for r in self.recipient],
            )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "article_id": self.article_id, "event": self.event, "mode": self.mode,
            "context": list(self.context),
            "actor": [a.to_dict() for a in self.actor],
            "recipient": [r.to_dict() for r in self.recipient],
            "negated": self.negated, "status": self.status, "reported": self.reported,
            "sources": list(self.sources), "date": self.date, "date_basis": self.date_basis,
            "event_text": self.event_text, "text_info": dict(self.text_info),
            "cameo": self.cameo, "quad_class": self.quad_class, "goldstein": self.goldstein,
            "plover_score": self.plover_score, "event_loc": [dict(l) for l in self.event_loc],
            "coder": self.coder,
            **({"cluster_id": self.cluster_id, "num_mentions": self.num_mentions,
                "num_articles": self.num_articles, "num_sources": self.num_sources}
               if self.cluster_id is not None else {}),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Event":
        kw = dict(d)
        kw["actor"] = [Entity.from_dict(a) for a in d.get("actor") or []]
        kw["recipient"] = [Entity.from_dict(r) for r in d.get("recipient") or []]
        return cls(**kw)


@dataclass
class Quote:
    """A direct quotation: ``text`` without the quote marks, ``start``/``end`` offsets of that text in
    the article, ``speaker`` (name or description as written, or None when nobody can be found),
    ``speaker_entity`` (:class:`Entity` or None)."""

    article_id: str
    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_entity: Entity | None = None

    @property
    def id(self) -> str:
        return "q-" + stable_id(self.article_id, self.start, self.end)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "article_id": self.article_id, "text": self.text, "start": self.start,
            "end": self.end, "speaker": self.speaker,
            "speaker_entity": self.speaker_entity.to_dict() if self.speaker_entity else None,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Quote":
        se = d.get("speaker_entity")
        return cls(article_id=d["article_id"], text=d["text"], start=d["start"], end=d["end"],
                   speaker=d.get("speaker"), speaker_entity=Entity.from_dict(se) if se else None)


#: Event keys that only a store fills (see :class:`Event`, ``docs/corroboration.md``).
CORROBORATION_KEYS: tuple[str, ...] = ("cluster_id", "num_mentions", "num_articles", "num_sources")


@dataclass
class Mention:
    """A document that carried a story the store already holds: a syndicated copy (near-duplicate
    text, :mod:`eventwire.ingest.dedupe`) seen after its canonical article was coded, e.g. in a later
    poll of ``eventwire follow``. The copy is not coded again; the store records it as one more
    mention of the canonical article's story, with the copy's own outlet and URL.

    ``article_id``: the copy's own id; ``story_article_id``: id of the coded (canonical) article;
    ``url``, ``outlet`` (as resolved by :func:`eventwire.corroboration.sources.outlet_of`),
    ``publication_date`` (ISO), ``path`` (where it came from)."""

    article_id: str
    story_article_id: str
    url: str | None = None
    outlet: str | None = None
    publication_date: str | None = None
    path: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "story_article_id": self.story_article_id, "url": self.url,
                "outlet": self.outlet, "publication_date": self.publication_date, "path": self.path}


@dataclass
class Cluster:
    """An event cluster: every event record (mention) that reports the same real-world event, across
    articles and outlets (``docs/corroboration.md``).

    ``cluster_id`` (``c-`` + content hash of the founding event: the earliest dated member, ties by
    event id), ``event`` (PLOVER type), ``events`` (member event ids, sorted), ``articles`` (ids of the
    member articles, sorted), ``num_mentions``, ``num_articles``, ``num_sources`` (as on
    :class:`Event`), ``outlets`` (every outlet that carried it, copies included, sorted),
    ``source_outlets`` (the independent ones: for each family of copies, the outlet of its earliest
    document), ``first_date``/``last_date`` (ISO event dates of the dated members, or None)."""

    cluster_id: str
    event: str
    events: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    num_mentions: int = 0
    num_articles: int = 0
    num_sources: int = 0
    outlets: list[str] = field(default_factory=list)
    source_outlets: list[str] = field(default_factory=list)
    first_date: str | None = None
    last_date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"cluster_id": self.cluster_id, "event": self.event, "events": list(self.events),
                "articles": list(self.articles), "num_mentions": self.num_mentions,
                "num_articles": self.num_articles, "num_sources": self.num_sources,
                "outlets": list(self.outlets), "source_outlets": list(self.source_outlets),
                "first_date": self.first_date, "last_date": self.last_date}


#: Alert severities of a watch rule, lowest first.
SEVERITIES: tuple[str, ...] = ("info", "low", "medium", "high", "critical")


@dataclass
class Alert:
    """One firing of a watch rule on an event cluster (``eventwire alerts``, ``eventwire follow --rules``).

    ``rule``, ``severity`` (:data:`SEVERITIES`), ``cluster_id``, ``event_id`` (the member event
    shown first: the earliest matching report), ``level`` (0 = the cluster's first match; k = the
    k-th ``renotify_sources`` threshold of the rule crossed), ``reason`` (why it fired, in words),
    ``event`` (summary of the matching event: ``event``, ``mode``, ``context``, ``actor``,
    ``recipient`` (codes), ``date``, ``status``, ``negated``, ``reported``), ``num_sources``,
    ``num_mentions``, ``num_articles`` (the cluster's counts when it fired), ``outlets`` (every
    outlet carrying the event), ``evidence`` (one dict per matching member event, earliest first:
    ``event_id``, ``article_id``, ``url``, ``outlet``, ``publication_date``, ``sentence``,
    ``sentence_start``, ``sentence_end``, ``start``, ``end`` (trigger; offsets into the article
    text), ``event_text``), ``fired_at`` (ISO 8601 UTC time of firing: the only clock value; it
    does not enter ``id``). ``id``: ``al-`` + content hash of rule, cluster and level."""

    rule: str
    severity: str
    cluster_id: str
    event_id: str
    level: int
    reason: str
    event: dict[str, Any] = field(default_factory=dict)
    num_sources: int = 0
    num_mentions: int = 0
    num_articles: int = 0
    outlets: list[str] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    fired_at: str | None = None
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = "al-" + stable_id(self.rule, self.cluster_id, self.level)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "rule": self.rule, "severity": self.severity, "cluster_id": self.cluster_id,
                "event_id": self.event_id, "level": self.level, "reason": self.reason, "event": dict(self.event),
                "num_sources": self.num_sources, "num_mentions": self.num_mentions,
                "num_articles": self.num_articles, "outlets": list(self.outlets),
                "evidence": [dict(x) for x in self.evidence], "fired_at": self.fired_at}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Alert":
        names = ("rule", "severity", "cluster_id", "event_id", "level", "reason", "event", "num_sources",
                 "num_mentions", "num_articles", "outlets", "evidence", "fired_at", "id")
        return cls(**{k: d[k] for k in names if k in d})


#: Document outcomes in a run report.
DOC_STATUSES = ("coded", "skipped", "failed")


@dataclass
class DocReport:
    """What happened to one input document: ``status`` is ``coded``, ``skipped`` (with ``reason``,
    e.g. ``empty_input``, ``unsupported_binary_input``, ``eventwire_output``, ``language:fr``, ``duplicate:<id>``) or
    ``failed`` (``reason`` = error code and message). ``events`` counts emitted events."""

    article_id: str | None
    status: str
    reason: str | None = None
    events: int = 0
    path: str | None = None

    def __post_init__(self) -> None:
        self.article_id, self.reason, self.path = (valid_unicode(self.article_id), valid_unicode(self.reason),
                                                   valid_unicode(self.path))

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "article_id": self.article_id, "status": self.status,
                "reason": self.reason, "events": self.events}


@dataclass
class BatchResult:
    """Output of :func:`eventwire.pipeline.code_batch`: all events, quotes and one
    :class:`DocReport` per input document, in input order. ``mentions``: copies of stories coded
    in an earlier batch (:class:`Mention`; a runner that deduplicates against the store adds them,
    ``code_batch`` never does), written by the store as more mentions of those stories."""

    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    reports: list[DocReport] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def extend(self, other: "BatchResult") -> None:
        self.events.extend(other.events)
        self.quotes.extend(other.quotes)
        self.reports.extend(other.reports)
        self.articles.extend(other.articles)
        self.mentions.extend(other.mentions)

    def counts(self) -> dict[str, int]:
        c = {s: 0 for s in DOC_STATUSES}
        for r in self.reports:
            c[r.status] = c.get(r.status, 0) + 1
        c["documents"] = len(self.reports)
        c["events"] = len(self.events)
        c["quotes"] = len(self.quotes)
        return c


def dumps(record: Any) -> str:
    """Serialise a record (or dict) as one canonical JSON line (stable key order, UTF-8)."""
    d = record.to_dict() if hasattr(record, "to_dict") else record
    return json.dumps(d, ensure_ascii=False, separators=(", ", ": "))


def events_to_jsonl(events: Iterable[Event]) -> str:
    return "".join(dumps(e) + "\n" for e in events)
