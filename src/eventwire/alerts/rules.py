"""Watch rules: a TOML file of named conditions on events, read with the standard library's ``tomllib``
and validated with ``FILE:LINE`` errors (:class:`~eventwire.errors.RulesError`, EW221).

File layout (see the README's "Monitor" section for a full example)::

    [lists]                                   # named lists of actor codes, used as "@name"
    sanctioned_states = ["RUS", "BLR", "IRN", "PRK", "SYR"]

    [[rule]]
    name = "Military aid to a sanctioned state"   # required, unique
    severity = "high"                             # info | low | medium (default) | high | critical
    event = ["AID", "SUPPORT", "COOPERATE"]       # PLOVER event types
    context = ["military"]                        # PLOVER contexts (any of)
    recipient = ["@sanctioned_states"]
    actor_not = ["@sanctioned_states"]
    min_sources = 1
    renotify_sources = [2, 3]                     # fire again when independent sources reach 2, then 3

    [[sink]]                                      # where alerts go (also: --sink on the command line)
    type = "jsonl"
    path = "alerts.jsonl"                         # relative to the rules file

Conditions of a rule (all optional; lists mean "any of"; a rule matches an event when every condition
given holds, and fires on an event cluster when one of its events matches and the cluster has at
least ``min_sources`` independent sources):

==================  ========================================================================================
``event``           PLOVER event types; ``"ASSAULT:aerial"`` style entries also fix the mode
``mode``            PLOVER modes
``context``         PLOVER contexts
``actor``           codes (ISO 3166 alpha-3 or PLOVER non-state codes) or ``@list`` of any actor entity
``recipient``       the same for any recipient entity
``actor_not``       no actor entity may have one of these codes
``recipient_not``   no recipient entity may have one of these codes
``actor_sector``    PLOVER sectors of any actor entity; ``recipient_sector`` the same for recipients
``status``          ``actual``, ``future``, ``hypothetical``, ``historical`` (default: ``["actual"]``)
``reported``        ``"any"`` (default), ``"reported"`` (hedged or attributed only), ``"asserted"`` (not)
``negated``         ``false`` (default: negated events never match), ``true`` (only negated), ``"any"``
``min_sources``     independent sources of the event cluster, at least (default 1)
``renotify_sources``  ascending thresholds above ``min_sources``: fire again as each is reached
``country``         ISO3 codes of a place of the event (``event_loc``)
``place``           place names (as resolved or as written, case-insensitive) or GeoNames ids
``date_from``, ``date_to``  event date window (TOML dates or ``"YYYY-MM-DD"``; undated events use the
                    article's publication date)
``max_age_days``    only events dated at most this many days before the evaluation date
==================  ========================================================================================
"""
from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ..errors import RulesError
from ..schema import CONTEXTS, NON_STATE_CODES, PLOVER_EVENTS, SECTORS, SEVERITIES, STATUSES

#: Keys of a ``[[rule]]`` table.
RULE_KEYS = ("name", "severity", "description", "event", "mode", "context", "actor", "recipient", "actor_not",
             "recipient_not", "actor_sector", "recipient_sector", "status", "reported", "negated", "min_sources",
             "renotify_sources", "country", "place", "date_from", "date_to", "max_age_days")
#: Keys of a ``[[sink]]`` table.
SINK_KEYS = ("type", "path", "url", "timeout", "retries")
SINK_TYPES = ("stdout", "jsonl", "webhook")
TOP_KEYS = ("lists", "rule", "sink")
REPORTED = ("any", "reported", "asserted")
_CODE = re.compile(r"^[A-Z]{3}$")


def _modes() -> frozenset[str]:
    from ..evaluate.crosswalk import PLOVER_MODES

    return PLOVER_MODES


@dataclass
class Sink:
    """Where alerts are sent: ``type`` (``stdout``, ``jsonl``, ``webhook``), ``path`` (jsonl; resolved
    against the rules file's folder), ``url`` (webhook), ``timeout`` (s), ``retries``."""

    type: str
    path: str | None = None
    url: str | None = None
    timeout: float = 10.0
    retries: int = 2


@dataclass
class Rule:
    """One validated watch rule (see module doc for the meaning of each field). Codes and types are
    upper-case, ``@lists`` already expanded to codes; dates are :class:`datetime.date`."""

    name: str
    severity: str = "medium"
    description: str | None = None
    event: list[str] = field(default_factory=list)
    event_modes: dict[str, set[str]] = field(default_factory=dict)
    mode: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    actor: set[str] = field(default_factory=set)
    recipient: set[str] = field(default_factory=set)
    actor_not: set[str] = field(default_factory=set)
    recipient_not: set[str] = field(default_factory=set)
    actor_sector: set[str] = field(default_factory=set)
    recipient_sector: set[str] = field(default_factory=set)
    status: list[str] = field(default_factory=lambda: ["actual"])
    reported: str = "any"
    negated: bool | None = False
    min_sources: int = 1
    renotify_sources: list[int] = field(default_factory=list)
    country: set[str] = field(default_factory=set)
    place: set[str] = field(default_factory=set)
    date_from: date | None = None
    date_to: date | None = None
    max_age_days: int | None = None
    line: int = 0

    def matches(self, ev: dict, publication_date: str | None = None, *, as_of: date | None = None) -> bool:
        """Whether one event record (``Event.to_dict`` keys; ``event_loc`` as a list) meets every
        event-level condition of the rule (all but ``min_sources``/``renotify_sources``, which are
        cluster-level). ``publication_date``: the article's, standing in for a missing event date.
        ``as_of``: the evaluation date for ``max_age_days`` (default: today, UTC)."""
        et = ev.get("event")
        if self.event and et not in self.event:
            return False
        mode = ev.get("mode")
        if self.event_modes.get(et) and mode not in self.event_modes[et]:
            return False
        if self.mode and mode not in self.mode:
            return False
        if self.context and not set(self.context) & set(ev.get("context") or []):
            return False
        if (ev.get("status") or "actual") not in self.status:
            return False
        neg = bool(ev.get("negated"))
        if self.negated is not None and neg != self.negated:
            return False
        rep = bool(ev.get("reported"))
        if (self.reported == "reported" and not rep) or (self.reported == "asserted" and rep):
            return False
        actors = [x if isinstance(x, dict) else x.to_dict() for x in ev.get("actor") or []]
        recips = [x if isinstance(x, dict) else x.to_dict() for x in ev.get("recipient") or []]
        a_codes = {x.get("code") for x in actors if x.get("code")}
        r_codes = {x.get("code") for x in recips if x.get("code")}
        if self.actor and not a_codes & self.actor:
            return False
        if self.recipient and not r_codes & self.recipient:
            return False
        if a_codes & self.actor_not or r_codes & self.recipient_not:
            return False
        if self.actor_sector and not {x.get("sector") for x in actors} & self.actor_sector:
            return False
        if self.recipient_sector and not {x.get("sector") for x in recips} & self.recipient_sector:
            return False
        locs = [x for x in ev.get("event_loc") or [] if isinstance(x, dict)]
        if self.country and not {x.get("country_code") for x in locs} & self.country:
            return False
        if self.place:
            names = set()
            for x in locs:
                for k in ("resolved_place", "extracted_place", "name"):
                    if x.get(k):
                        names.add(str(x[k]).casefold())
                if x.get("geonameid") is not None:
                    names.add(str(x["geonameid"]))
            if not names & self.place:
                return False
        if self.date_from or self.date_to or self.max_age_days is not None:
            day = _day(ev.get("date")) or _day(publication_date)
            if day is None:
                return False
            if self.date_from and day < self.date_from:
                return False
            if self.date_to and day > self.date_to:
                return False
            if self.max_age_days is not None:
                ref = as_of or _today()
                if day < ref - timedelta(days=self.max_age_days) or day > ref:
                    return False
        return True

    def level(self, num_sources: int) -> int:
        """0 when the cluster qualifies (``num_sources >= min_sources``), k when it has reached the
        k-th ``renotify_sources`` threshold; -1 when it does not qualify."""
        if num_sources < self.min_sources:
            return -1
        return sum(1 for t in self.renotify_sources if num_sources >= t)


@dataclass
class RuleSet:
    """A parsed rules file: ``rules`` (in file order), ``lists`` (name -> codes), ``sinks``,
    ``path``."""

    rules: list[Rule]
    lists: dict[str, list[str]] = field(default_factory=dict)
    sinks: list[Sink] = field(default_factory=list)
    path: str | None = None


def _today() -> date:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).date()


def _day(v) -> date | None:
    if isinstance(v, date):
        return v
    if not v or not isinstance(v, str):
        return None
    try:
        return date.fromisoformat(v[:10]) if len(v) >= 10 else date.fromisoformat(v[:7] + "-01")
    except ValueError:
        return None


class _Lines:
    """Line numbers of tables and keys in a TOML text (for error messages): ``(table, index, key)`` ->
    line, where ``table`` is ``""`` (top), ``lists``, ``rule`` or ``sink`` and ``index`` counts
    ``[[...]]`` tables from 0. Keys on continuation lines of multi-line arrays are not confused with
    keys (only ``name = ...`` at a line start counts)."""

    _HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\"'-]+)\s*\]\]?")
    _KEY = re.compile(r"^\s*([A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')\s*=")

    def __init__(self, text: str) -> None:
        self.keys: dict[tuple, int] = {}
        self.tables: dict[tuple, int] = {}
        table, index = "", 0
        counts: dict[str, int] = {}
        depth = 0
        for n, line in enumerate(text.splitlines(), 1):
            stripped = line.split("#", 1)[0] if '"' not in line and "'" not in line else line
            if depth == 0:
                m = self._HEADER.match(line)
                if m:
                    table = m.group(2).strip("\"'")
                    if m.group(1) == "[[":
                        index = counts.get(table, 0)
                        counts[table] = index + 1
                    else:
                        index = 0
                    self.tables.setdefault((table, index), n)
                    continue
                m = self._KEY.match(line)
                if m:
                    self.keys.setdefault((table, index, m.group(1).strip("\"'")), n)
            depth += stripped.count("[") - stripped.count("]")
            depth = max(depth, 0)

    def of(self, table: str, index: int = 0, key: str | None = None) -> int:
        if key is not None and (table, index, key) in self.keys:
            return self.keys[(table, index, key)]
        return self.tables.get((table, index), 1)


def load_rules(path: str | Path) -> RuleSet:
    """Read and validate a rules file. Raises :class:`~eventwire.errors.RulesError` (EW221) whose
    message starts with ``FILE:LINE:`` for the first fault: TOML syntax, unknown table or key (with a
    suggestion), wrong type, unknown PLOVER event type/mode/context/sector/status, severity, a code
    that is neither ISO 3166 alpha-3 nor a PLOVER non-state code, an undefined ``@list``, a bad date,
    a duplicate rule name, a sink without its path or URL."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise RulesError(f"{p}: cannot read the rules file: {e.strerror or e}") from e
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise RulesError(f"{p}:1: the rules file is not UTF-8 text ({e.reason} at byte {e.start})") from e
    return parse_rules(text, str(p))


def parse_rules(text: str, name: str = "<rules>") -> RuleSet:
    """Validate rules given as TOML text (``name`` is used in messages and to resolve relative sink
    paths). See :func:`load_rules`."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(e))
        line = m.group(1) if m else str(text.count("\n") + 1) if "end of document" in str(e) else "1"
        msg = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", str(e))
        raise RulesError(f"{name}:{line}: TOML syntax: {msg}") from e
    lines = _Lines(text)

    def err(table: str, index: int, key: str | None, msg: str) -> RulesError:
        return RulesError(f"{name}:{lines.of(table, index, key)}: {msg}")

    for k in doc:
        if k not in TOP_KEYS:
            raise err("", 0, k, f"unknown key or table {k!r}{_hint(k, TOP_KEYS)}; a rules file has [lists], "
                                f"[[rule]] and [[sink]]")
    lists_raw = doc.get("lists", {})
    if not isinstance(lists_raw, dict):
        raise err("", 0, "lists", "[lists] must be a table of name = [codes]")
    lists: dict[str, list[str]] = {}
    for lname, codes in lists_raw.items():
        if not isinstance(codes, list) or not codes:
            raise err("lists", 0, lname, f"list {lname!r} must be a non-empty array of actor codes")
        lists[lname] = [_code(c, lambda m, ln=lname: err("lists", 0, ln, f"list {ln!r}: {m}")) for c in codes]
    rules_raw = doc.get("rule", [])
    if isinstance(rules_raw, dict) or not isinstance(rules_raw, list):
        raise err("", 0, "rule", "rules are written as [[rule]] tables (an array of tables), not [rule]")
    if not rules_raw:
        raise RulesError(f"{name}:1: no [[rule]] in the rules file")
    rules: list[Rule] = []
    seen: dict[str, int] = {}
    for i, r in enumerate(rules_raw):
        rules.append(_rule(r, i, lists, lambda k, m, i=i: err("rule", i, k, m), lines.of("rule", i)))
        if rules[-1].name in seen:
            raise err("rule", i, "name", f"duplicate rule name {rules[-1].name!r} (first at line "
                                         f"{seen[rules[-1].name]})")
        seen[rules[-1].name] = lines.of("rule", i, "name")
    sinks_raw = doc.get("sink", [])
    if isinstance(sinks_raw, dict) or not isinstance(sinks_raw, list):
        raise err("", 0, "sink", "sinks are written as [[sink]] tables (an array of tables), not [sink]")
    base = Path(name).parent if name and not name.startswith("<") else Path(".")
    sinks = [_sink(s, i, base, lambda k, m, i=i: err("sink", i, k, m)) for i, s in enumerate(sinks_raw)]
    return RuleSet(rules=rules, lists=lists, sinks=sinks, path=name)


def _hint(word: str, choices) -> str:
    close = difflib.get_close_matches(str(word), list(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _code(value, fail) -> str:
    if not isinstance(value, str):
        raise fail(f"a code must be a string like \"RUS\", got {value!r}")
    c = value.strip().upper()
    if not (_CODE.match(c) or c in NON_STATE_CODES):
        raise fail(f"{value!r} is not an ISO 3166 alpha-3 code or a PLOVER non-state code "
                   f"({', '.join(NON_STATE_CODES)})")
    return c


def _strings(r: dict, key: str, fail) -> list[str]:
    v = r.get(key)
    if v is None:
        return []
    if isinstance(v, str):
        v = [v]
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise fail(key, f"{key} must be a string or an array of strings, got {v!r}")
    return [x.strip() for x in v if x.strip()]


def _rule(r: Any, i: int, lists: dict, fail, line: int) -> Rule:
    if not isinstance(r, dict):
        raise fail(None, "a [[rule]] must be a table")
    for k in r:
        if k not in RULE_KEYS:
            raise fail(k, f"unknown rule key {k!r}{_hint(k, RULE_KEYS)}")
    nm = r.get("name")
    if not isinstance(nm, str) or not nm.strip():
        raise fail("name" if "name" in r else None, "every [[rule]] needs a name = \"...\"")
    rule = Rule(name=nm.strip(), line=line)
    sev = r.get("severity", "medium")
    if sev not in SEVERITIES:
        raise fail("severity", f"severity must be one of {', '.join(SEVERITIES)}, got {sev!r}")
    rule.severity = sev
    if "description" in r:
        if not isinstance(r["description"], str):
            raise fail("description", "description must be a string")
        rule.description = r["description"]
    modes = _modes()
    for entry in _strings(r, "event", fail):
        et, _, md = entry.upper().partition(":")
        if et not in PLOVER_EVENTS:
            raise fail("event", f"unknown PLOVER event type {entry!r}{_hint(et, PLOVER_EVENTS)}")
        if md:
            md = md.lower()
            if md not in modes:
                raise fail("event", f"unknown PLOVER mode {md!r} in {entry!r}{_hint(md, modes)}")
            rule.event_modes.setdefault(et, set()).add(md)
        if et not in rule.event:
            rule.event.append(et)
    for md in _strings(r, "mode", fail):
        if md.lower() not in modes:
            raise fail("mode", f"unknown PLOVER mode {md!r}{_hint(md.lower(), modes)}")
        rule.mode.append(md.lower())
    for cx in _strings(r, "context", fail):
        if cx.lower() not in CONTEXTS:
            raise fail("context", f"unknown PLOVER context {cx!r}{_hint(cx.lower(), CONTEXTS)}")
        rule.context.append(cx.lower())
    for key in ("actor", "recipient", "actor_not", "recipient_not"):
        out: set[str] = set()
        for v in _strings(r, key, fail):
            if v.startswith("@"):
                if v[1:] not in lists:
                    raise fail(key, f"{key}: no list {v[1:]!r} in [lists]{_hint(v[1:], lists)}")
                out.update(lists[v[1:]])
            else:
                out.add(_code(v, lambda m, key=key: fail(key, f"{key}: {m}")))
        setattr(rule, key, out)
    for key in ("actor_sector", "recipient_sector"):
        vals = {v.upper() for v in _strings(r, key, fail)}
        bad = sorted(vals - set(SECTORS))
        if bad:
            raise fail(key, f"{key}: unknown PLOVER sector(s) {bad}{_hint(bad[0], SECTORS)}")
        setattr(rule, key, vals)
    if "status" in r:
        st = [s.lower() for s in _strings(r, "status", fail)]
        bad = [s for s in st if s not in STATUSES]
        if bad or not st:
            raise fail("status", f"status must list some of {', '.join(STATUSES)}, got {r['status']!r}")
        rule.status = st
    if "reported" in r:
        if r["reported"] not in REPORTED:
            raise fail("reported", f"reported must be one of {', '.join(REPORTED)}, got {r['reported']!r}")
        rule.reported = r["reported"]
    if "negated" in r:
        v = r["negated"]
        if v not in (True, False, "any"):
            raise fail("negated", f"negated must be true, false or \"any\", got {v!r}")
        rule.negated = None if v == "any" else v
    for key in ("min_sources", "max_age_days"):
        if key in r:
            v = r[key]
            lo = 1 if key == "min_sources" else 0
            if isinstance(v, bool) or not isinstance(v, int) or v < lo:
                raise fail(key, f"{key} must be an integer >= {lo}, got {v!r}")
            setattr(rule, key, v)
    if "renotify_sources" in r:
        v = r["renotify_sources"]
        v = [v] if isinstance(v, int) and not isinstance(v, bool) else v
        if not isinstance(v, list) or not v or any(isinstance(x, bool) or not isinstance(x, int) for x in v) \
                or v != sorted(set(v)) or v[0] <= rule.min_sources:
            raise fail("renotify_sources", f"renotify_sources must be ascending integers above min_sources "
                                           f"({rule.min_sources}), got {r['renotify_sources']!r}")
        rule.renotify_sources = list(v)
    rule.country = {_code(c, lambda m: fail("country", f"country: {m}")) for c in _strings(r, "country", fail)}
    places = r.get("place")
    if places is not None:
        places = places if isinstance(places, list) else [places]
        for pl in places:
            if isinstance(pl, bool) or not isinstance(pl, (str, int)) or (isinstance(pl, str) and not pl.strip()):
                raise fail("place", f"place must list place names or GeoNames ids, got {pl!r}")
        rule.place = {str(pl).strip().casefold() for pl in places}
    for key in ("date_from", "date_to"):
        if key in r:
            v = r[key]
            d = v if isinstance(v, date) and not hasattr(v, "hour") else _day(v) if isinstance(v, str) and \
                re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) else None
            if d is None:
                raise fail(key, f"{key} must be a date (2025-03-01 or \"2025-03-01\"), got {v!r}")
            setattr(rule, key, d)
    if rule.date_from and rule.date_to and rule.date_from > rule.date_to:
        raise fail("date_to", f"date_to {rule.date_to} is before date_from {rule.date_from}")
    return rule


def _sink(s: Any, i: int, base: Path, fail) -> Sink:
    if not isinstance(s, dict):
        raise fail(None, "a [[sink]] must be a table")
    for k in s:
        if k not in SINK_KEYS:
            raise fail(k, f"unknown sink key {k!r}{_hint(k, SINK_KEYS)}")
    t = s.get("type")
    if t not in SINK_TYPES:
        raise fail("type" if "type" in s else None, f"sink type must be one of {', '.join(SINK_TYPES)}, got {t!r}")
    sink = Sink(type=t)
    if t == "jsonl":
        if not isinstance(s.get("path"), str) or not s["path"].strip():
            raise fail("path" if "path" in s else "type", "a jsonl sink needs path = \"alerts.jsonl\"")
        sink.path = str((base / s["path"]).resolve()) if not Path(s["path"]).is_absolute() else s["path"]
    if t == "webhook":
        url = s.get("url")
        if not isinstance(url, str) or not re.match(r"^https?://[^\s/]+", url):
            raise fail("url" if "url" in s else "type", f"a webhook sink needs url = \"http(s)://...\", got {url!r}")
        sink.url = url
    if "timeout" in s:
        v = s["timeout"]
        if isinstance(v, bool) or not isinstance(v, (int, float)) or v <= 0:
            raise fail("timeout", f"timeout must be a positive number of seconds, got {v!r}")
        sink.timeout = float(v)
    if "retries" in s:
        v = s["retries"]
        if isinstance(v, bool) or not isinstance(v, int) or v < 0:
            raise fail("retries", f"retries must be an integer >= 0, got {v!r}")
        sink.retries = v
    return sink


def parse_sink_spec(spec: str) -> Sink:
    """A sink from the command line: ``stdout``, ``jsonl:PATH`` or ``webhook:URL``. Raises
    :class:`~eventwire.errors.RulesError` (EW221) for anything else."""
    kind, _, rest = spec.partition(":")
    if kind == "stdout" and not rest:
        return Sink(type="stdout")
    if kind == "jsonl" and rest:
        return Sink(type="jsonl", path=rest)
    if kind == "webhook" and re.match(r"^https?://[^\s/]+", rest):
        return Sink(type="webhook", url=rest)
    raise RulesError(f"--sink {spec!r}: expected stdout, jsonl:PATH or webhook:http(s)://HOST/...")
