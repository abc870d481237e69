"""Typed event filters turned into parameterised SQL over the store's ``events`` table.

Every value travels as a bound parameter (``?``), never pasted into SQL. Column filters use the
flattened first actor / first recipient columns (``actor_code``, ``actor_sector``, ``recipient_code``,
``recipient_sector``) that :meth:`eventwire.store.Store.write_batch` fills; dates filter on
``event_date`` (``Event.date`` as a DATE; a month-only date ``YYYY-MM`` counts as its first day).
"""
from __future__ import annotations

import calendar
import functools
from dataclasses import dataclass, fields
from typing import Any, Iterable, Mapping

from ..errors import DateError, InputError
from ..schema import NON_STATE_CODES, PLOVER_EVENTS, SECTORS, STATUSES

#: Packaged actor tables whose ``code`` column lists the codes the coder can give an actor.
_CODE_TABLES = ("countries.tsv", "country_aliases.tsv", "capitals.tsv", "demonyms.tsv", "igos.tsv", "orgs.tsv",
                "people.tsv", "seats.tsv")


@functools.lru_cache(maxsize=1)
def actor_codes() -> tuple[frozenset[str], dict[str, str]]:
    """``(codes, names)``: every actor code the coder can emit (the ``code`` column of the packaged actor
    tables, plus :data:`eventwire.schema.NON_STATE_CODES`) and a map of lower-cased country names and
    forms to their code (``"russia" -> "RUS"``), for the hint of an unknown-code error."""
    from importlib import resources

    codes, names = set(NON_STATE_CODES), {}
    base = resources.files("eventwire.data") / "actors"
    for table in _CODE_TABLES:
        f = base / table
        if not f.is_file():
            continue
        header = None
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                continue
            row = dict(zip(header, cols))
            code = (row.get("code") or "").strip()
            if code:
                codes.add(code)
                if row.get("form") and table in ("countries.tsv", "country_aliases.tsv", "igos.tsv"):
                    names.setdefault(row["form"].strip().lower(), code)
    return frozenset(codes), names


def check_actor_codes(name: str, values: list[str] | None) -> None:
    """Raise :class:`~eventwire.errors.InputError` (EW106) naming the codes of ``values`` (already upper
    case) that no actor can have, with the code of a country name given instead ("RUSSIA": did you mean
    RUS?). Codes are case-insensitive: callers upper-case them first (``rus`` is ``RUS``)."""
    codes, names = actor_codes()
    bad = [v for v in values or [] if v not in codes]
    if bad:
        hints = [f"{v} -> {names[v.lower()]}" for v in bad if v.lower() in names]
        hint = f"; did you mean: {', '.join(hints)}" if hints else ""
        raise InputError(f"{name}: unknown actor code(s) {', '.join(bad)} (codes are ISO 3166 alpha-3 such as RUS, "
                         f"or {'/'.join(NON_STATE_CODES)}; case does not matter){hint}", code="EW106")


def _as_list(v: Any) -> list | None:
    if v is None or v == "" or v == []:
        return None
    if isinstance(v, str):
        parts = [p.strip() for p in v.split(",")]
        return [p for p in parts if p] or None
    if isinstance(v, (list, tuple, set, frozenset)):
        out = []
        for x in v:
            out.extend(_as_list(x) or [])
        return out or None
    return [v]


#: ``negated`` value meaning "negated or not": no filter, also where a count would leave negated events out.
ANY = "any"


def _as_bool(name: str, v: Any, allow_any: bool = False) -> bool | str | None:
    if v is None or v == "":
        return None
    if isinstance(v, bool):
        return v
    s = str(v).strip().lower()
    if allow_any and s == ANY:
        return ANY
    if s in ("true", "1", "yes", "y"):
        return True
    if s in ("false", "0", "no", "n"):
        return False
    raise InputError(f"{name} must be true or false{' or any' if allow_any else ''}, got {v!r}", code="EW106")


def iso_bounds(value: str, *, end: bool) -> str:
    """Validate an ISO date (``YYYY-MM-DD`` or ``YYYY-MM``) and return it as ``YYYY-MM-DD``.

    A month-only upper bound (``end=True``) becomes the last day of that month, a lower bound its
    first day. Raises :class:`~eventwire.errors.DateError` (EW105) for anything else.
    """
    from ..events.dates import parse_iso_date

    d, precision = parse_iso_date(value)
    if precision == "month" and end:
        d = d.replace(day=calendar.monthrange(d.year, d.month)[1])
    return d.isoformat()


@dataclass
class EventFilter:
    """Filters over events; ``None`` means "no filter". Lists mean "any of".

    ``date_from``/``date_to``: ISO dates, inclusive, on the event date (``YYYY-MM`` allowed: the
    whole month). ``actor``/``recipient``: country or non-state codes of the first actor/recipient
    (ISO 3166 alpha-3, ``IGO``...). ``actor_sector``/``recipient_sector``: PLOVER sectors.
    ``event``: PLOVER event types. ``mode``: PLOVER modes. ``quad_class``: 1-4. ``status``:
    :data:`eventwire.schema.STATUSES`. ``negated``/``reported``: booleans (``negated`` also ``"any"``: both, even
    where counts default to asserted events, see :func:`counted`). ``text``: case-insensitive
    substring of the trigger words or the sentence. ``article_id``: one article. ``min_sources``:
    events whose event cluster is carried by at least this many independent sources (an integer
    >= 1; ``docs/corroboration.md``). ``story_events``: true keeps one record per story event, its primary
    (clearest) mention (``text_info.story_event.primary``; records stored before story events were marked count
    as their own event; :mod:`eventwire.events.story_events`); false or None: every mention.

    Raises :class:`~eventwire.errors.DateError` (EW105) for a bad date and
    :class:`~eventwire.errors.InputError` (EW106) for an unknown event type, sector, status, quad
    class or a bad boolean.
    """

    date_from: str | None = None
    date_to: str | None = None
    actor: list[str] | None = None
    actor_sector: list[str] | None = None
    recipient: list[str] | None = None
    recipient_sector: list[str] | None = None
    event: list[str] | None = None
    mode: list[str] | None = None
    quad_class: list[int] | None = None
    status: list[str] | None = None
    negated: bool | None = None
    reported: bool | None = None
    text: str | None = None
    article_id: str | None = None
    min_sources: int | None = None
    story_events: bool | None = None

    def __post_init__(self) -> None:
        for name in ("actor", "recipient", "actor_sector", "recipient_sector", "event"):
            v = _as_list(getattr(self, name))
            setattr(self, name, [str(x).strip().upper() for x in v] if v else None)
        check_actor_codes("actor", self.actor)
        check_actor_codes("recipient", self.recipient)
        self.mode = _as_list(self.mode)
        v = _as_list(self.status)
        self.status = [str(x).strip().lower() for x in v] if v else None
        for name in ("actor_sector", "recipient_sector"):
            bad = [s for s in getattr(self, name) or [] if s not in SECTORS]
            if bad:
                raise InputError(f"{name}: unknown PLOVER sector(s) {bad}", code="EW106")
        bad = [e for e in self.event or [] if e not in PLOVER_EVENTS]
        if bad:
            raise InputError(f"event: unknown PLOVER event type(s) {bad}; expected one of {list(PLOVER_EVENTS)}",
                             code="EW106")
        bad = [s for s in self.status or [] if s not in STATUSES]
        if bad:
            raise InputError(f"status: unknown status {bad}; expected one of {list(STATUSES)}", code="EW106")
        qc = _as_list(self.quad_class)
        if qc:
            try:
                qc = [int(x) for x in qc]
            except (TypeError, ValueError) as e:
                raise InputError(f"quad_class must be integers 1-4, got {self.quad_class!r}", code="EW106") from e
            if any(q not in (1, 2, 3, 4) for q in qc):
                raise InputError(f"quad_class must be 1-4, got {qc}", code="EW106")
        self.quad_class = qc or None
        self.negated = _as_bool("negated", self.negated, allow_any=True)
        self.reported = _as_bool("reported", self.reported)
        self.story_events = _as_bool("story_events", self.story_events) or None
        self.date_from = iso_bounds(self.date_from, end=False) if self.date_from else None
        self.date_to = iso_bounds(self.date_to, end=True) if self.date_to else None
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise DateError(f"date_from {self.date_from} is after date_to {self.date_to}")
        self.text = self.text or None
        self.article_id = self.article_id or None
        if self.min_sources is not None and self.min_sources != "":
            try:
                ms = int(str(self.min_sources).strip()) if not isinstance(self.min_sources, bool) else None
            except ValueError:
                ms = None
            if ms is None or ms < 1:
                raise InputError(f"min_sources must be an integer >= 1, got {self.min_sources!r}", code="EW106")
            self.min_sources = ms
        else:
            self.min_sources = None

    @classmethod
    def from_params(cls, params: Mapping[str, Any] | None = None, **kw: Any) -> "EventFilter":
        """Build from a mapping of strings (CLI arguments, URL query); lists may be comma-separated
        strings. Raises :class:`~eventwire.errors.InputError` (EW106) for an unknown filter name."""
        merged = dict(params or {})
        merged.update(kw)
        names = {f.name for f in fields(cls)}
        unknown = sorted(k for k in merged if k not in names)
        if unknown:
            raise InputError(f"unknown filter(s) {unknown}; known: {sorted(names)}", code="EW106")
        return cls(**merged)

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))

    def to_sql(self, alias: str = "") -> tuple[str, list[Any]]:
        """Return ``(where, params)``: a SQL boolean expression (``TRUE`` when empty) and its
        positional parameters, for ``alias``-qualified columns of the ``events`` table."""
        p = f"{alias}." if alias else ""
        clauses: list[str] = []
        params: list[Any] = []

        def any_of(col: str, values: Iterable[Any] | None) -> None:
            vals = list(values or [])
            if not vals:
                return
            if len(vals) == 1:
                clauses.append(f"{p}{col} = ?")
            else:
                clauses.append(f"{p}{col} IN ({', '.join('?' for _ in vals)})")
            params.extend(vals)

        if self.date_from:
            clauses.append(f"{p}event_date >= CAST(? AS DATE)")
            params.append(self.date_from)
        if self.date_to:
            clauses.append(f"{p}event_date <= CAST(? AS DATE)")
            params.append(self.date_to)
        any_of("actor_code", self.actor)
        any_of("actor_sector", self.actor_sector)
        any_of("recipient_code", self.recipient)
        any_of("recipient_sector", self.recipient_sector)
        any_of("event", self.event)
        any_of("mode", self.mode)
        any_of("quad_class", self.quad_class)
        any_of("status", self.status)
        if self.negated is not None and self.negated != ANY:
            clauses.append(f"{p}negated = ?")
            params.append(self.negated)
        if self.reported is not None:
            clauses.append(f"{p}reported = ?")
            params.append(self.reported)
        if self.text:
            pat = "%" + self.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            clauses.append(f"({p}event_text ILIKE ? ESCAPE '\\' OR {p}sentence ILIKE ? ESCAPE '\\')")
            params.extend([pat, pat])
        if self.article_id:
            clauses.append(f"{p}article_id = ?")
            params.append(self.article_id)
        if self.min_sources:
            clauses.append(f"COALESCE({p}num_sources, 1) >= ?")
            params.append(self.min_sources)
        if self.story_events:
            clauses.append(f"COALESCE(TRY_CAST(json_extract_string({p}text_info, '$.story_event.primary') AS BOOLEAN), "
                           f"TRUE)")
        return (" AND ".join(clauses) if clauses else "TRUE"), params


def as_filter(flt: EventFilter | Mapping[str, Any] | None = None, **kw: Any) -> EventFilter:
    """Accept an :class:`EventFilter`, a mapping, keyword filters, or nothing."""
    if isinstance(flt, EventFilter):
        if kw:
            raise InputError("give either an EventFilter or keyword filters, not both", code="EW106")
        return flt
    return EventFilter.from_params(flt or {}, **kw)


#: Statuses of the events that counts and the GDELT export take by default: what the text asserts happened or
#: is announced, not what it only imagines ("could impose sanctions", "if Iran attacks").
COUNTED_STATUSES = ("actual", "future", "historical")


def counted(flt: EventFilter | Mapping[str, Any] | None = None, **kw: Any) -> EventFilter:
    """The filter that aggregates (time series, top actors, network) and the GDELT export apply: ``flt`` with, where
    it leaves them open, ``negated`` false and ``status`` in :data:`COUNTED_STATUSES`. A negated event ("did not
    attack", "has not recognized Kosovo") or a hypothetical one is no event to count, as in GDELT and ICEWS counts
    and in eventwire's watch rules; ask for them with ``negated="any"`` (or true) and an explicit ``status``.
    Raises :class:`~eventwire.errors.InputError` (EW106) as :class:`EventFilter` does."""
    import dataclasses

    f = as_filter(flt, **kw)
    changes: dict[str, Any] = {}
    if f.negated is None:
        changes["negated"] = False
    if f.status is None:
        changes["status"] = list(COUNTED_STATUSES)
    return dataclasses.replace(f, **changes) if changes else f

