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
    governs a to-infinitive ("sought asylum" is a request, "sought to deepen ties" an intent)."""

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


class PatternSet:
    """Patterns indexed by (lemma, pos). ``candidates(lemma, pos)`` returns the rows for a lemma,
    most specific first (particle and object constraints before bare rows)."""

    def __init__(self, patterns: list[Pattern]):
        self.by_key: dict[tuple[str, str], list[Pattern]] = {}
        for p in patterns:
            self.by_key.setdefault((p.lemma, p.pos), []).append(p)
        for k, rows in self.by_key.items():
            rows.sort(key=lambda p: (p.particle is None, not p.objects, not p.heads, p.line))
        self.patterns = patterns

    def candidates(self, lemma: str, pos: str) -> list[Pattern]:
        return self.by_key.get((lemma, pos), [])


def parse_patterns(lines: list[str], source: str) -> PatternSet:
    """Parse and validate pattern rows. Raises :class:`DictionaryError` naming ``source`` and the line
    for: wrong column count, unknown event type, mode not valid for the type, unknown context,
    malformed CAMEO code, unknown recipient source, duplicate (lemma, pos, particle, object) key."""
    seen: dict[tuple, int] = {}
    out: list[Pattern] = []
    for n, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != len(COLUMNS):
            raise DictionaryError(f"{source}:{n}: expected {len(COLUMNS)} tab-separated columns, got {len(cols)}")
        row = dict(zip(COLUMNS, (c.strip() for c in cols)))
        where = f"{source}:{n}"
        if row["pos"] not in ("V", "N"):
            raise DictionaryError(f"{where}: pos must be V or N, got {row['pos']!r}")
        if row["event"] not in PLOVER_EVENTS:
            raise DictionaryError(f"{where}: unknown PLOVER event type {row['event']!r}")
        mode = None if row["mode"] == "-" else row["mode"]
        if mode and mode not in MODES.get(row["event"], set()):
            raise DictionaryError(f"{where}: mode {mode!r} is not a PLOVER mode of {row['event']}")
        ctx = tuple(c for c in row["context"].split("|") if c and c != "-")
        for c in ctx:
            if c not in CONTEXTS:
                raise DictionaryError(f"{where}: unknown PLOVER context {c!r}")
        if not (row["cameo"].isdigit() and 2 <= len(row["cameo"]) <= 4):
            raise DictionaryError(f"{where}: malformed CAMEO code {row['cameo']!r}")
        rec = tuple(r for r in row["recipient"].split(",") if r and r != "-")
        for r in rec:
            if r not in ("dobj", "dative", "objmod", "poss") and not r.startswith("P:"):
                raise DictionaryError(f"{where}: unknown recipient source {r!r}")
        heads: frozenset = frozenset()
        strict = False
        noinf = False
        cond = row["cond"]
        if cond.startswith("head="):
            heads = frozenset(cond[5:].split("|"))
        elif cond == "strict":
            strict = True
        elif cond == "noinf":
            noinf = True
        elif cond != "-":
            raise DictionaryError(f"{where}: unknown condition {cond!r}")
        objects = frozenset() if row["object"] == "-" else frozenset(row["object"].split("|"))
        particle = None if row["particle"] == "-" else row["particle"]
        key = (row["lemma"], row["pos"], particle, objects, heads)
        if key in seen:
            raise DictionaryError(f"{where}: duplicate pattern key {key[:3]} (first at line {seen[key]})")
        seen[key] = n
        out.append(Pattern(row["lemma"], row["pos"], particle, objects, row["event"], mode, ctx,
                           row["cameo"], rec, heads, strict, n, noinf))
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
