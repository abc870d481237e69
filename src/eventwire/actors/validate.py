"""Read and validate the actor dictionaries (packaged TSV files or an analyst's own files).

Three table shapes, each a UTF-8 TSV file with a header line; blank lines and lines starting with ``#``
are ignored (but counted, so line numbers in errors are the editor's line numbers):

* surface tables (``countries.tsv``, ``country_aliases.tsv``, ``demonyms.tsv``, ``capitals.tsv``,
  ``seats.tsv``, ``igos.tsv``, ``orgs.tsv``, ``outlets.tsv``, ``regions.tsv``) —
  columns ``form  kind  code  sector  name``: one surface form per line as it is written in news
  ("U.S.", "Nigerien", "Kremlin"); ``kind`` one of :data:`KINDS`; ``code`` ISO 3166 alpha-3 or a
  PLOVER non-state code (:data:`eventwire.schema.NON_STATE_CODES`); ``sector`` a PLOVER sector
  (:data:`eventwire.schema.SECTORS`) or empty; ``name`` the canonical name or empty.
* ``people.tsv`` — columns ``name  aliases  country  code  sector  role  start  end``: one line per
  dated role; ``aliases`` ``|``-separated (e.g. the surname), given on the person's first line only
  or repeated identically; ``country`` ISO3 of the person; ``code`` the code while in that role (the
  country, or IGO/UNO/EUR for an officer of an international body); ``start``/``end`` ISO dates
  (inclusive start, exclusive end; empty = open).
* ``sector_nouns.tsv`` — columns ``lemma  sector``: lower-case lemma (or several, space-separated,
  e.g. "prime minister") of an agent noun and its PLOVER sector (PLOVER manual v0.8, "Sector Codes").
* ``org_periods.tsv`` (packaged only) — columns ``organisation  code  sector  start  end``: the code and sector
  a named organisation takes while it governs a state (the Taliban from 2021-08-15); ``organisation`` is a
  canonical name of a surface row of kind ``org``; periods of one organisation may not overlap. Read with
  :func:`load_org_periods`.

Rules (rejected with :class:`~eventwire.errors.DictionaryError` naming file and line): wrong header
or column count; unknown kind, code or sector; kinds that need a code without one (country, demonym,
capital, igo), outlets/regions/sector nouns with a code; the same key twice — within one file or
across files, whether the values agree (duplicate) or not (conflict). Keys are the form with
whitespace collapsed and case folded, except all-capital forms ("US", "WHO") which are
case-sensitive; person names and aliases share the key space of the surface forms.

Command line: ``python -m eventwire.actors.validate [FILE...]`` checks the packaged tables together
with the given files (a user file may not redefine a packaged key) and exits 1 with one line per
error, 0 when all is well.
"""
from __future__ import annotations

import datetime as _dt
import functools
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterable

from ..errors import DictionaryError
from ..schema import NON_STATE_CODES, SECTORS

#: Kinds of surface forms, as reported in ``DictMatch.kind``.
KINDS: tuple[str, ...] = ("country", "demonym", "capital", "igo", "org", "person", "outlet", "region",
                          "sector_noun")

SURFACE_COLUMNS = ("form", "kind", "code", "sector", "name")
PEOPLE_COLUMNS = ("name", "aliases", "country", "code", "sector", "role", "start", "end")
SECTOR_COLUMNS = ("lemma", "sector")

#: Packaged tables, in load order (earlier files are generated from libraries; see
#: :func:`eventwire.actors.dictionaries.rebuild_library_tables`).
SURFACE_FILES: tuple[str, ...] = (
    "country_aliases.tsv", "demonyms.tsv", "seats.tsv", "igos.tsv", "orgs.tsv", "outlets.tsv",
    "regions.tsv", "countries.tsv", "capitals.tsv",
)
PEOPLE_FILE = "people.tsv"
SECTOR_FILE = "sector_nouns.tsv"
ORG_PERIOD_FILE = "org_periods.tsv"
ORG_PERIOD_COLUMNS = ("organisation", "code", "sector", "start", "end")
#: Where the packaged tables live: ``eventwire/data/actors/`` (package data, read with importlib.resources).
DATA_PARTS = ("data", "actors")

_NEEDS_CODE = {"country", "demonym", "capital", "igo"}
_NO_CODE = {"outlet", "region", "sector_noun"}
_TAB = "\t"


@dataclass(frozen=True)
class SurfaceRow:
    form: str
    kind: str
    code: str | None
    sector: str | None
    name: str | None
    file: str
    line: int


@dataclass(frozen=True)
class PersonRow:
    name: str
    aliases: tuple[str, ...]
    country: str
    code: str
    sector: str | None
    role: str | None
    start: _dt.date | None
    end: _dt.date | None
    file: str
    line: int


@dataclass(frozen=True)
class SectorRow:
    lemma: str
    sector: str
    file: str
    line: int


@functools.lru_cache(maxsize=1)
def valid_codes() -> frozenset[str]:
    """ISO 3166 alpha-3 codes (pycountry) plus Kosovo (XKX as in country_converter; KOS as in the
    PLOVER manual) and PLOVER's non-state codes (PLOVER manual v0.8, "Country names")."""
    import pycountry

    codes = {c.alpha_3 for c in pycountry.countries}
    codes.update(NON_STATE_CODES)
    codes.update({"XKX", "KOS"})
    return frozenset(codes)


def form_key(form: str) -> str:
    """Key under which a surface form is unique: whitespace collapsed, curly apostrophes straightened,
    case folded unless the form has no lower-case letter (abbreviations such as "US" are
    case-sensitive: "US" is the country, "us" the pronoun)."""
    f = " ".join(form.replace("\u2019", "'").split())
    if not any(ch.islower() for ch in f):
        return f
    return f.casefold()


#: Leading columns a row must have (trailing optional columns may be left off): a people row needs name,
#: aliases, country, code and sector; a surface row form and kind; a sector row both.
REQUIRED_CELLS = {"name": 5, "form": 2, "lemma": 2, "organisation": 4}


def _rows(text: str, file: str, columns: tuple[str, ...]) -> Iterable[tuple[int, list[str]]]:
    header_seen = False
    required = REQUIRED_CELLS.get(columns[0], len(columns))
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if not header_seen:
            if tuple(cells) != columns:
                raise DictionaryError(f"{file}:{lineno}: header must be {_TAB.join(columns)!r} "
                                      f"(tab-separated), got {line!r}")
            header_seen = True
            continue
        if required <= len(cells) < len(columns):
            cells += [""] * (len(columns) - len(cells))
        if len(cells) != len(columns):
            raise DictionaryError(f"{file}:{lineno}: expected {len(columns)} tab-separated columns "
                                  f"({', '.join(columns)}), got {len(cells)}")
        yield lineno, cells
    if not header_seen:
        raise DictionaryError(f"{file}:1: empty table, expected header {_TAB.join(columns)!r}")


def _check_code(code: str, file: str, line: int) -> None:
    if code not in valid_codes():
        raise DictionaryError(f"{file}:{line}: unknown code {code!r} (not ISO 3166 alpha-3 nor one of "
                              f"{', '.join(NON_STATE_CODES)})")


def _check_sector(sector: str, file: str, line: int) -> None:
    if sector not in SECTORS:
        raise DictionaryError(f"{file}:{line}: unknown sector {sector!r} (PLOVER sectors: {', '.join(SECTORS)})")


def parse_surface(text: str, file: str) -> list[SurfaceRow]:
    """Parse one surface table (columns :data:`SURFACE_COLUMNS`); checks kinds, codes and sectors of
    each line. Raises DictionaryError with ``file:line``."""
    out = []
    for line, (form, kind, code, sector, name) in _rows(text, file, SURFACE_COLUMNS):
        if not form:
            raise DictionaryError(f"{file}:{line}: empty form")
        if kind not in KINDS or kind in ("person", "sector_noun"):
            raise DictionaryError(f"{file}:{line}: unknown kind {kind!r} for a surface form "
                                  f"(one of {', '.join(k for k in KINDS if k not in ('person', 'sector_noun'))})")
        if code:
            _check_code(code, file, line)
            if kind in _NO_CODE:
                raise DictionaryError(f"{file}:{line}: kind {kind!r} takes no code, got {code!r}")
        elif kind in _NEEDS_CODE:
            raise DictionaryError(f"{file}:{line}: kind {kind!r} needs a code")
        if sector:
            _check_sector(sector, file, line)
        out.append(SurfaceRow(form, kind, code or None, sector or None, name or None, file, line))
    return out


def _date(s: str, file: str, line: int) -> _dt.date | None:
    if not s:
        return None
    try:
        return _dt.date.fromisoformat(s)
    except ValueError as e:
        raise DictionaryError(f"{file}:{line}: date {s!r} is not ISO YYYY-MM-DD") from e


def parse_people(text: str, file: str) -> list[PersonRow]:
    """Parse a people table (columns :data:`PEOPLE_COLUMNS`). Raises DictionaryError with
    ``file:line`` on bad codes, sectors, dates, a start after an end, overlapping roles of one
    person, or a person's aliases given differently on two lines."""
    out: list[PersonRow] = []
    by_name: dict[str, list[PersonRow]] = {}
    for line, (name, aliases, country, code, sector, role, start, end) in _rows(text, file, PEOPLE_COLUMNS):
        if not name:
            raise DictionaryError(f"{file}:{line}: empty name")
        if not country:
            raise DictionaryError(f"{file}:{line}: {name}: country is required")
        _check_code(country, file, line)
        code = code or country
        _check_code(code, file, line)
        if sector:
            _check_sector(sector, file, line)
        s, e = _date(start, file, line), _date(end, file, line)
        if s and e and s >= e:
            raise DictionaryError(f"{file}:{line}: {name}: start {s} is not before end {e}")
        als = tuple(a.strip() for a in aliases.split("|") if a.strip())
        prev = by_name.get(name, [])
        for p in prev:
            if als and p.aliases and als != p.aliases:
                raise DictionaryError(f"{file}:{line}: {name}: aliases differ from line {p.line}")
            if p.country != country:
                raise DictionaryError(f"{file}:{line}: {name}: country {country} conflicts with line {p.line}")
            lo = max(p.start or _dt.date.min, s or _dt.date.min)
            hi = min(p.end or _dt.date.max, e or _dt.date.max)
            if lo < hi:
                raise DictionaryError(f"{file}:{line}: {name}: role overlaps the role on line {p.line}")
        if not als and prev:
            als = next((p.aliases for p in prev if p.aliases), ())
        row = PersonRow(name, als, country, code, sector or None, role or None, s, e, file, line)
        by_name.setdefault(name, []).append(row)
        out.append(row)
    return out


def parse_sectors(text: str, file: str) -> list[SectorRow]:
    """Parse a sector-noun table (columns :data:`SECTOR_COLUMNS`); lemmas must be lower case."""
    out = []
    for line, (lemma, sector) in _rows(text, file, SECTOR_COLUMNS):
        lemma = " ".join(lemma.split())
        if not lemma or lemma != lemma.lower():
            raise DictionaryError(f"{file}:{line}: lemma {lemma!r} must be non-empty lower case")
        _check_sector(sector, file, line)
        out.append(SectorRow(lemma, sector, file, line))
    return out


@dataclass(frozen=True)
class OrgPeriod:
    organisation: str
    code: str
    sector: str
    start: _dt.date | None
    end: _dt.date | None
    file: str
    line: int


def parse_org_periods(text: str, file: str, org_names: Iterable[str]) -> list[OrgPeriod]:
    """Parse a table of dated organisation codes (columns :data:`ORG_PERIOD_COLUMNS`). ``org_names``: the
    canonical names of the ``org`` surface rows; each line must name one of them. Raises DictionaryError with
    ``file:line`` on an unknown organisation, code or sector, a missing or malformed start, a start not before
    its end, or two overlapping periods of one organisation."""
    known = set(org_names)
    out: list[OrgPeriod] = []
    for line, (org, code, sector, start, end) in _rows(text, file, ORG_PERIOD_COLUMNS):
        if org not in known:
            raise DictionaryError(f"{file}:{line}: organisation {org!r} is not the name of an org row "
                                  f"(the last column of orgs.tsv)")
        _check_code(code, file, line)
        _check_sector(sector, file, line)
        s, e = _date(start, file, line), _date(end, file, line)
        if s is None:
            raise DictionaryError(f"{file}:{line}: {org}: a period needs a start date")
        if e and s >= e:
            raise DictionaryError(f"{file}:{line}: {org}: start {s} is not before end {e}")
        for p in out:
            if p.organisation == org and max(p.start, s) < min(p.end or _dt.date.max, e or _dt.date.max):
                raise DictionaryError(f"{file}:{line}: {org}: period overlaps the period on line {p.line}")
        out.append(OrgPeriod(org, code, sector, s, e, file, line))
    return out


def load_org_periods(surface: list[SurfaceRow]) -> list[OrgPeriod]:
    """The packaged ``org_periods.tsv`` (:func:`parse_org_periods`), checked against the ``org`` rows of
    ``surface``; empty when the package has no such table."""
    p = resources.files("eventwire").joinpath(*DATA_PARTS) / ORG_PERIOD_FILE
    if not p.is_file():
        return []
    return parse_org_periods(p.read_text(encoding="utf-8"), ORG_PERIOD_FILE,
                             (r.name or r.form for r in surface if r.kind == "org"))


def check_keys(surface: list[SurfaceRow], people: list[PersonRow], sectors: list[SectorRow]) -> None:
    """Reject a key defined twice (within or across files): surface forms, person names and aliases
    share one key space; sector lemmas have their own. Raises DictionaryError naming both places."""
    seen: dict[str, tuple[tuple, str, int]] = {}

    def add(key_src: str, value: tuple, file: str, line: int) -> None:
        k = form_key(key_src)
        if k in seen:
            v0, f0, l0 = seen[k]
            what = "duplicate" if v0 == value else "conflicting"
            raise DictionaryError(f"{file}:{line}: {what} key {key_src!r} (first defined at {f0}:{l0})")
        seen[k] = (value, file, line)

    for r in surface:
        add(r.form, (r.kind, r.code, r.sector, r.name), r.file, r.line)
    done: set[str] = set()
    for p in people:
        if p.name in done:
            continue
        done.add(p.name)
        add(p.name, ("person", p.name), p.file, p.line)
        for a in p.aliases:
            add(a, ("person", p.name), p.file, p.line)
    lemmas: dict[str, SectorRow] = {}
    for s in sectors:
        if s.lemma in lemmas:
            s0 = lemmas[s.lemma]
            what = "duplicate" if s0.sector == s.sector else "conflicting"
            raise DictionaryError(f"{s.file}:{s.line}: {what} key {s.lemma!r} (first defined at "
                                  f"{s0.file}:{s0.line})")
        lemmas[s.lemma] = s


def parse_file(text: str, file: str) -> tuple[list[SurfaceRow], list[PersonRow], list[SectorRow]]:
    """Parse one table; its shape is chosen by its header line."""
    first = next((l for l in text.splitlines() if l.strip() and not l.lstrip().startswith("#")), "")
    cols = tuple(c.strip() for c in first.split("\t"))
    if cols == PEOPLE_COLUMNS:
        return [], parse_people(text, file), []
    if cols == SECTOR_COLUMNS:
        return [], [], parse_sectors(text, file)
    if cols != SURFACE_COLUMNS:
        line = next((n for n, l in enumerate(text.splitlines(), 1) if l.strip() and not l.lstrip().startswith("#")), 1)
        raise DictionaryError(f"{file}:{line}: unknown table header {first.strip()!r}: a people table starts with "
                              f"{_TAB.join(PEOPLE_COLUMNS)!r}, an organisations/places table with "
                              f"{_TAB.join(SURFACE_COLUMNS)!r} (tab-separated)")
    return parse_surface(text, file), [], []


def packaged_texts() -> list[tuple[str, str]]:
    """``(file name, text)`` of every packaged table, in load order."""
    base = resources.files("eventwire").joinpath(*DATA_PARTS)
    out = []
    for name in (*SURFACE_FILES, PEOPLE_FILE, SECTOR_FILE):
        p = base / name
        if p.is_file():
            out.append((name, p.read_text(encoding="utf-8")))
    return out


def load_tables(extra: Iterable[str | Path] = ()) -> tuple[list[SurfaceRow], list[PersonRow], list[SectorRow]]:
    """Parse and validate the packaged tables plus ``extra`` files (paths). Returns
    ``(surface rows, person rows, sector rows)``. Raises DictionaryError (file:line) on any fault,
    including an extra file that redefines a packaged key."""
    texts = packaged_texts()
    for p in extra:
        p = Path(p)
        try:
            texts.append((str(p), p.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as e:
            raise DictionaryError(f"{p}: cannot read dictionary file: {e}") from e
    surface: list[SurfaceRow] = []
    people: list[PersonRow] = []
    sectors: list[SectorRow] = []
    for file, text in texts:
        s, pp, ss = parse_file(text, file)
        surface += s
        people += pp
        sectors += ss
    check_keys(surface, people, sectors)
    return surface, people, sectors


def main(argv: list[str] | None = None) -> int:
    """``python -m eventwire.actors.validate [FILE...]``: validate the packaged tables plus FILEs."""
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in ("-h", "--help"):
        print("usage: python -m eventwire.actors.validate [FILE...]\n\n"
              "Check the packaged actor dictionaries together with your own TSV tables\n"
              "(surface forms, people or sector nouns; the header line says which).")
        return 0
    try:
        s, p, ss = load_tables(argv)
        periods = load_org_periods(s)
    except DictionaryError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    print(f"ok: {len(s)} surface forms, {len({r.name for r in p})} people ({len(p)} roles), "
          f"{len(ss)} sector nouns, {len(periods)} dated organisation periods")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
