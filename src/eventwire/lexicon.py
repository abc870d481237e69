"""The lexicon: the English word lists the coding rules read (speech verbs, hazards, weapons, modal nouns,
place prepositions ...), kept as data in ``data/lexicon/*.tsv`` and validated like the pattern dictionary.

Files (see ``data/lexicon/lists.tsv``, one row per list):

* ``lists.tsv`` -- columns ``list, kind, values, file, description``: every list the rules may ask for,
  its kind (``set``: words; ``map``: word -> value, rows read in file order, the first found wins), what a
  map's values must be (``sector``, ``context``, ``mode:TYPE``, ``word``, ``int``; ``-`` for sets), the file that
  holds its rows and what it is for (with its source: PLOVER manual section, CAMEO code, gold set);
* ``<topic>.tsv`` -- columns ``list, word, value, note``: one word (lower case; several words separated
  by one space) per row.

Validation (:func:`parse_lexicon`, also ``python -m eventwire.lexicon [FILE.tsv ...]``): wrong column count,
unknown list name, a list's rows outside its declared file, a word that is not lower case or has stray
spaces, a value outside the list's domain, a duplicate ``(list, word)``, a declared list without rows.
Every error is a :class:`~eventwire.errors.DictionaryError` starting with ``<file>:<line>:``.

Code reads a list once, at import of the rule module: ``CAUSE_VERBS = words("cause_verb")``.
"""
from __future__ import annotations

import functools
import sys
from dataclasses import dataclass

from .datafiles import Row, check_unique, file_text, packaged_text, read_rows
from .errors import DictionaryError
from .schema import CONTEXTS, PLOVER_MODES, SECTORS

LIST_COLUMNS = ("list", "kind", "values", "file", "description")
COLUMNS = ("list", "word", "value", "note")
KINDS = ("set", "map")
PACKAGE = "eventwire.data.lexicon"


@dataclass(frozen=True)
class ListSpec:
    """One declared list: ``name``, ``kind`` (``set``/``map``), ``values`` (domain of a map's values or
    None), ``file`` (the file holding its rows), ``description``, ``where`` (``lists.tsv:<line>``)."""

    name: str
    kind: str
    values: str | None
    file: str
    description: str
    where: str


def _value_ok(domain: str, value: str) -> bool:
    if domain == "sector":
        return value in SECTORS
    if domain == "context":
        return value in CONTEXTS
    if domain.startswith("mode:"):
        return value in PLOVER_MODES.get(domain[5:], ())
    if domain == "word":
        return value == value.lower() and value.strip() == value and " " not in value
    if domain == "int":
        return value.lstrip("-").isdigit()
    return False


def _domain_ok(domain: str) -> bool:
    return domain in ("sector", "context", "word", "int") or (domain.startswith("mode:") and domain[5:] in PLOVER_MODES)


class Lexicon:
    """The validated word lists (see module doc). ``words(name)`` -> frozenset of the words of a list;
    ``ordered(name)`` -> its words in file order; ``mapping(name)`` -> dict word -> value of a map list;
    ``runs(name)`` -> ``((value, frozenset of words), ...)``: the rows of a map list in file order, one
    entry per run of rows with the same value (so "the first row found wins" is "the first run that
    has a word wins"). Asking for an undeclared list raises :class:`DictionaryError`."""

    def __init__(self, specs: dict[str, ListSpec], rows: dict[str, list[tuple[str, str | None]]]):
        self.specs = specs
        self._rows = rows

    def _get(self, name: str, kind: str | None = None) -> list[tuple[str, str | None]]:
        spec = self.specs.get(name)
        if spec is None:
            raise DictionaryError(f"unknown lexicon list {name!r} (declare it in {PACKAGE.replace('.', '/')}/lists.tsv)")
        if kind is not None and spec.kind != kind:
            raise DictionaryError(f"{spec.where}: lexicon list {name!r} is a {spec.kind}, not a {kind}")
        return self._rows[name]

    def words(self, name: str) -> frozenset[str]:
        return frozenset(w for w, _ in self._get(name))

    def ordered(self, name: str) -> tuple[str, ...]:
        return tuple(w for w, _ in self._get(name))

    def mapping(self, name: str) -> dict:
        """word -> value (an int for ``int`` lists)."""
        as_int = self.specs[name].values == "int" if name in self.specs else False
        return {w: int(v) if as_int else v for w, v in self._get(name, "map")}

    def runs(self, name: str) -> tuple[tuple[object, frozenset[str]], ...]:
        out: list[tuple[object, set[str]]] = []
        as_int = self.specs[name].values == "int" if name in self.specs else False
        for w, v in self._get(name, "map"):
            v = int(v) if as_int else v
            if not out or out[-1][0] != v:
                out.append((v, set()))
            out[-1][1].add(w)
        return tuple((v, frozenset(ws)) for v, ws in out)

    def __len__(self) -> int:
        return sum(len(r) for r in self._rows.values())


def parse_specs(rows: list[Row]) -> dict[str, ListSpec]:
    """Declared lists from the rows of ``lists.tsv`` (see module doc); raises :class:`DictionaryError`."""
    check_unique(rows, lambda r: r.cells["list"], "lexicon list")
    specs = {}
    for r in rows:
        name, kind, values = r.cells["list"], r.cells["kind"], r.get("values")
        if not name or name != name.lower() or " " in name:
            raise DictionaryError(f"{r.where}: list name must be one lower-case word, got {name!r}")
        if kind not in KINDS:
            raise DictionaryError(f"{r.where}: kind must be one of {', '.join(KINDS)}, got {kind!r}")
        if kind == "set" and values is not None:
            raise DictionaryError(f"{r.where}: a set list has no values ('-'), got {values!r}")
        if kind == "map" and (values is None or not _domain_ok(values)):
            raise DictionaryError(f"{r.where}: unknown value domain {values!r} (sector, context, mode:TYPE, word, int)")
        specs[name] = ListSpec(name, kind, values, r.cells["file"], r.cells["description"], r.where)
    return specs


def parse_lexicon(specs: dict[str, ListSpec], files: list[tuple[str, str]]) -> Lexicon:
    """Validate the rows of ``files`` (list of ``(text, source)``) against ``specs`` and return the
    :class:`Lexicon`. Raises :class:`DictionaryError` (``<file>:<line>: ...``) for: wrong column count,
    unknown list, a row outside its list's file, a word not in lower case or with stray spaces, a value
    outside the list's domain (or a value on a set list), a duplicate ``(list, word)``, a declared list
    without rows."""
    rows: dict[str, list[tuple[str, str | None]]] = {n: [] for n in specs}
    all_rows: list[Row] = []
    declared_files = {s.file for s in specs.values()}
    for text, source in files:
        fname = source.rsplit("/", 1)[-1]
        for r in read_rows(text.splitlines(), source, COLUMNS):
            name, word, value = r.cells["list"], r.cells["word"], r.get("value")
            spec = specs.get(name)
            if spec is None:
                raise DictionaryError(f"{r.where}: unknown lexicon list {name!r} (declare it in lists.tsv)")
            if fname in declared_files and fname != spec.file:  # a user's own file may extend any list
                raise DictionaryError(f"{r.where}: list {name!r} belongs in {spec.file} ({spec.where})")
            if not word or word != word.lower() or word.strip() != word or "  " in word:
                raise DictionaryError(f"{r.where}: word must be lower case without stray spaces, got {word!r}")
            if spec.kind == "set" and value is not None:
                raise DictionaryError(f"{r.where}: list {name!r} is a set: value must be '-', got {value!r}")
            if spec.kind == "map" and (value is None or not _value_ok(spec.values, value)):
                raise DictionaryError(f"{r.where}: value {value!r} is not a {spec.values} (list {name!r})")
            rows[name].append((word, value))
            all_rows.append(r)
    check_unique(all_rows, lambda r: (r.cells["list"], r.cells["word"]), "lexicon word",
                 shown=lambda k: f"{k[1]!r} in list {k[0]!r}")
    for name, got in rows.items():
        if not got:
            raise DictionaryError(f"{specs[name].where}: lexicon list {name!r} has no rows in {specs[name].file}")
    return Lexicon(specs, rows)


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The packaged lexicon, validated; read once per process. Raises :class:`DictionaryError`."""
    text, source = packaged_text(PACKAGE, "lists.tsv")
    specs = parse_specs(read_rows(text.splitlines(), source, LIST_COLUMNS))
    files = [packaged_text(PACKAGE, f) for f in sorted({s.file for s in specs.values()})]
    return parse_lexicon(specs, files)


def words(name: str) -> frozenset[str]:
    """The words of lexicon list ``name`` (see :class:`Lexicon`)."""
    return load_lexicon().words(name)


def ordered(name: str) -> tuple[str, ...]:
    """The words of lexicon list ``name`` in file order."""
    return load_lexicon().ordered(name)


def mapping(name: str) -> dict[str, str]:
    """word -> value of map list ``name``."""
    return load_lexicon().mapping(name)


def runs(name: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """``((value, words), ...)`` of map list ``name``: runs of rows with one value, in file order."""
    return load_lexicon().runs(name)


def main(argv: list[str] | None = None) -> int:
    """``python -m eventwire.lexicon [FILE.tsv ...]``: validate the packaged lexicon, plus the given row
    files (as if they were added to it), and the pattern dictionary. Prints one summary line; exit 0, or
    the error (``<file>:<line>: ...``) and exit 2."""
    from .events.patterns import load_patterns

    argv = sys.argv[1:] if argv is None else argv
    try:
        lex = load_lexicon()
        if argv:
            text, source = packaged_text(PACKAGE, "lists.tsv")
            specs = parse_specs(read_rows(text.splitlines(), source, LIST_COLUMNS))
            files = [packaged_text(PACKAGE, f) for f in sorted({s.file for s in specs.values()})]
            lex = parse_lexicon(specs, files + [file_text(p) for p in argv])
        pats = load_patterns()
    except DictionaryError as e:
        print(f"eventwire: error: [{e.code}] {e.message}", file=sys.stderr)
        return 2
    print(f"lexicon: {len(lex.specs)} lists, {len(lex)} words; patterns: {len(pats.patterns)} rows: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
