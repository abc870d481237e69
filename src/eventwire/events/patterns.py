"""The event pattern dictionary: loading and validation of ``data/patterns/verbs.tsv``.

Patterns are data, not code: each row maps a trigger lemma (verb or noun), an optional particle and
optional required object lemmas to a PLOVER event type, mode, contexts, CAMEO code, where to find the
recipient, and a condition. See the header of the TSV for the columns.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..datafiles import check_unique, read_rows
from ..errors import DictionaryError
from ..schema import CONTEXTS, PLOVER_EVENTS, PLOVER_MODES

COLUMNS = ("lemma", "pos", "particle", "object", "event", "mode", "context", "cameo", "recipient", "cond")

#: PLOVER v0.8 modes per event type (the table lives in :mod:`eventwire.schema`).
MODES = PLOVER_MODES


@dataclass(frozen=True)
class Pattern:
    """One row of the pattern dictionary (see module doc). ``objects`` empty = any object;
    ``recipient`` is a tuple of recipient sources tried in order; ``heads`` restricts the governor
    lemma; ``strict`` requires both actor and recipient to resolve; ``noinf`` drops the trigger when it
    governs a to-infinitive ("sought asylum" is a request, "sought to deepen ties" an intent), ``inf`` keeps it
    only when it or its object does ("gave Delta 30 days to respond" is an ultimatum); ``preps``
    (condition ``prep=``) requires a prepositional phrase on the trigger with one of these prepositions and, when
    ``prep_objects`` is not empty, one of these object lemmas ("spoke by phone", "spoke with Xi"; a speech verb
    alone is no event)."""

    lemma: str
    pos: str
    particle: str | None
    objects: frozenset
    event: str
    mode: str | None
    context: tuple
    cameo: str
    recipient: tuple
    heads: frozenset
    strict: bool
    line: int
    noinf: bool = False
    preps: frozenset = frozenset()
    prep_objects: frozenset = frozenset()
    inf: bool = False
    #: condition ``rules``: a row of the rules only, no feature of the trained detector
    #: (:func:`eventwire.events.detector.trigger_features`): a row added after the detector was trained does not
    #: change what it sees on every use of the lemma ("extend" in "extended the mandate" is no SUPPORT because
    #: "extended full support" is).
    rules_only: bool = False


class PatternSet:
    """Patterns indexed by (lemma, pos). ``candidates(lemma, pos)`` returns the rows for a lemma,
    most specific first (particle and object constraints before bare rows)."""

    def __init__(self, patterns: list[Pattern]):
        self.by_key: dict[tuple[str, str], list[Pattern]] = {}
        for p in patterns:
            self.by_key.setdefault((p.lemma, p.pos), []).append(p)
        for k, rows in self.by_key.items():
            rows.sort(key=lambda p: (p.particle is None, not p.objects, not p.heads, not p.preps, p.line))
        self.patterns = patterns

    def candidates(self, lemma: str, pos: str) -> list[Pattern]:
        return self.by_key.get((lemma, pos), [])


#: Where a row may look for the recipient (``P:prep|prep`` besides these).
RECIPIENT_SOURCES = ("dobj", "dative", "objmod", "poss")
#: Conditions a row may carry (column ``cond``, comma-separated): ``head=lemma|lemma``, ``strict``, ``noinf``,
#: ``inf``, ``prep=prep|prep`` or ``prep=prep|prep:lemma|lemma``; besides these, ``rules`` (:attr:`Pattern.rules_only`,
#: read by :func:`parse_patterns`).
CONDITIONS = ("head", "strict", "noinf", "inf", "prep")
#: Conditions that take a value after ``=``.
VALUED_CONDITIONS = ("head", "prep")


def parse_conditions(cond: str, where: str) -> tuple[frozenset, bool, bool, frozenset, frozenset, bool]:
    """``(heads, strict, noinf, preps, prep_objects, inf)`` of a ``cond`` cell: ``-`` or conditions separated by
    commas (``head=about|seek,noinf``, ``prep=by|on:phone|telephone``). Raises :class:`DictionaryError` for an
    unknown or repeated condition, an empty ``head=`` list, an empty or malformed ``prep=`` list, or ``inf``
    with ``noinf``."""
    heads: frozenset = frozenset()
    preps: frozenset = frozenset()
    prep_objs: frozenset = frozenset()
    seen: set[str] = set()
    for part in ([] if cond == "-" else cond.split(",")):
        part = part.strip()
        name = part.split("=", 1)[0]
        if name not in CONDITIONS or (name in VALUED_CONDITIONS) != part.startswith(name + "="):
            raise DictionaryError(f"{where}: unknown condition {part!r}")
        if name in seen:
            raise DictionaryError(f"{where}: condition {name!r} given twice")
        seen.add(name)
        if name == "head":
            heads = frozenset(w for w in part[5:].split("|") if w)
            if not heads:
                raise DictionaryError(f"{where}: empty governor list in {part!r}")
        if name == "prep":
            value = part[5:]
            p_part, _, o_part = value.partition(":")
            preps = frozenset(w for w in p_part.split("|") if w)
            prep_objs = frozenset(w for w in o_part.split("|") if w)
            if not preps or (":" in value and not prep_objs) or not all(w.isalpha() for w in preps | prep_objs):
                raise DictionaryError(f"{where}: malformed preposition condition {part!r}")
    if {"inf", "noinf"} <= seen:
        raise DictionaryError(f"{where}: conditions 'inf' and 'noinf' exclude each other")
    return heads, "strict" in seen, "noinf" in seen, preps, prep_objs, "inf" in seen


def parse_patterns(lines: list[str], source: str) -> PatternSet:
    """Parse and validate pattern rows (shared reader: :mod:`eventwire.datafiles`). Raises
    :class:`DictionaryError` naming ``source`` and the line for: wrong column count, pos not V/N, unknown
    event type, mode not valid for the type, unknown context, malformed CAMEO code, unknown recipient source,
    unknown or repeated condition, duplicate (lemma, pos, particle, object, governors, preposition condition)
    key."""
    rows = read_rows(lines, source, COLUMNS)
    out: list[Pattern] = []
    for r in rows:
        row, where = r.cells, r.where
        if row["pos"] not in ("V", "N"):
            raise DictionaryError(f"{where}: pos must be V or N, got {row['pos']!r}")
        if row["event"] not in PLOVER_EVENTS:
            raise DictionaryError(f"{where}: unknown PLOVER event type {row['event']!r}")
        mode = r.get("mode")
        if mode and mode not in MODES.get(row["event"], set()):
            raise DictionaryError(f"{where}: mode {mode!r} is not a PLOVER mode of {row['event']}")
        ctx = tuple(c for c in row["context"].split("|") if c and c != "-")
        for c in ctx:
            if c not in CONTEXTS:
                raise DictionaryError(f"{where}: unknown PLOVER context {c!r}")
        if not (row["cameo"].isdigit() and 2 <= len(row["cameo"]) <= 4):
            raise DictionaryError(f"{where}: malformed CAMEO code {row['cameo']!r}")
        rec = tuple(x for x in row["recipient"].split(",") if x and x != "-")
        for x in rec:
            if x not in RECIPIENT_SOURCES and not x.startswith("P:"):
                raise DictionaryError(f"{where}: unknown recipient source {x!r}")
        parts = [x.strip() for x in row["cond"].split(",")]
        rules_only = "rules" in parts
        if parts.count("rules") > 1:
            raise DictionaryError(f"{where}: condition 'rules' given twice")
        cond = ",".join(x for x in parts if x != "rules") or "-"
        heads, strict, noinf, preps, prep_objs, inf = parse_conditions(cond, where)
        objects = frozenset() if row["object"] == "-" else frozenset(row["object"].split("|"))
        out.append(Pattern(row["lemma"], row["pos"], r.get("particle"), objects, row["event"], mode, ctx,
                           row["cameo"], rec, heads, strict, r.line, noinf, preps, prep_objs, inf, rules_only))
    keys = {id(r): (p.lemma, p.pos, p.particle, p.objects, p.heads, p.preps, p.prep_objects)
            for r, p in zip(rows, out)}
    check_unique(rows, lambda r: keys[id(r)], "pattern key", shown=lambda k: k[:3])
    return PatternSet(out)


@functools.lru_cache(maxsize=4)
def load_patterns(path: str | None = None) -> PatternSet:
    """Load the packaged pattern dictionary (or the TSV at ``path``), validated; cached per process."""
    if path:
        text = Path(path).read_text(encoding="utf-8")
        src = path
    else:
        text = resources.files("eventwire.data.patterns").joinpath("verbs.tsv").read_text(encoding="utf-8")
        src = "eventwire/data/patterns/verbs.tsv"
    return parse_patterns(text.splitlines(), src)
