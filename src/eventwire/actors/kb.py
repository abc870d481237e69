"""The packaged actor knowledge base (KB): people with dated roles, organisations and places, built from
public data by :mod:`eventwire.actors.kb_build` (``eventwire actors build``) and shipped as package data in
``eventwire/data/actors/kb/`` (gzip TSV; sizes and counts in its ``MANIFEST.json``).

Loaded once per process (:func:`load_kb`, cached; ~1 s, see ``bench/actors.py``). Lookups:

* :meth:`ActorKB.person` — a name as news writes it ("Nikol Pashinyan", "Pashinyan" after a title,
  "Nawaz Sharif", "Erdogan") at a date -> :class:`PersonState` (country, PLOVER code and sector of the role
  held that day, the role, its dates, the row's ``source``) or None when unknown or ambiguous;
* :meth:`ActorKB.match_orgs` — named organisations in a token sequence (Phoenix International and
  MilNonState, UCDP armed groups, MISP intelligence agencies, Phoenix/CountryInfo bodies such as the Quds
  Force) -> :class:`KBMatch` with code, sector and source;
* :meth:`ActorKB.place_country` — the country of a city, region or state name ("Madras" -> IND,
  "Shanghai" -> CHN) from the CountryInfo/Phoenix place names, then the offline gazetteer.

Rules (issue 12; the sources' traps are in ``../shared/kb/README.md``):

* **dated roles**: on a date, the role whose span covers it (start and end inclusive) gives code and
  sector; concurrent roles were reduced to the senior one when the KB was built; a role that ended makes
  its holder a former official, sector ELI, from the day after its end (PLOVER manual, "Sector Codes":
  ELI "former government officials who currently do not hold positions"), unless another role covers the
  date; before any role the person has the country of their roles and no sector;
* **names**: compared after :func:`fold_name` (diacritics folded, case folded, punctuation dropped,
  "al-"/"el-" particles inside a name dropped, transliteration variants of ``name_variants.tsv`` and Slavic
  endings "-iy"/"-yy" unified), so "Recep Tayyip Erdoğan", "Erdogan" and "Volodymyr Zelenskyy" find
  their rows;
* **ambiguity**: a name several people share (four Sharifs in Pakistan's rows) is settled by the title
  written before it ("Prime Minister Sharif" on 2015-06-01 is Nawaz Sharif, on 2023-06-01 Shehbaz Sharif),
  the date (a role held that day) and the countries the article names; what stays tied is left unresolved
  (None), never guessed;
* **bare surnames** ("Pashinyan said") are looked up only when one person of the KB bears the surname as a
  national office holder at that date (rank >= 50), or with a title;
* **legislators and sub-national offices** (rank <= 35) are found by name only when the article names
  their country or the text gives a legislative title: a full name alone is weak evidence for 80,000
  members of parliaments.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import functools
import gzip
import json
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterable

from ..errors import DictionaryError
from .matches import DictMatch
from .titles import written_title_sector

__all__ = ["ActorKB", "PersonState", "KBMatch", "Role", "fold_name", "fold_words", "load_kb", "KB_PARTS",
           "SOURCE_NAMES", "state_at", "parse_roles", "format_roles"]

#: Where the packaged KB lives: ``eventwire/data/actors/kb/``.
KB_PARTS = ("data", "actors", "kb")
#: One-letter source tags of role rows -> the ``source`` written on a record (``{qid}`` is the person's
#: Wikidata id).
SOURCE_NAMES = {
    "w": "wikidata:{qid}", "l": "wikidata:{qid}", "p": "phoenix:Phoenix.Countries.actors.txt",
    "i": "phoenix:Phoenix.International.actors.txt", "u": "user",
}
#: Which source wins when two organisations share a name or acronym (the most specific first).
ORG_PRIORITY = {"phoenix:Phoenix.Countries.actors.txt": 5, "misp": 4, "ucdp": 3,
                "phoenix:Phoenix.International.actors.txt": 2, "phoenix:Phoenix.MilNonState.actors.txt": 1}
#: Rank at or below which a person is a legislator or sub-national official only (see module docstring).
LOW_RANK = 35
#: Rank from which a bare surname may identify a person.
SURNAME_RANK = 50
_PARTICLES = {"al", "el", "ul"}
_NONWORD = re.compile(r"[^0-9a-z]+")
_APOS = re.compile(r"['’`ʻʼ‘]")
_SPECIAL = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "æ": "ae",
                          "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D"})


@functools.lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    """``name_variants.tsv`` as {variant: canonical}. Raises DictionaryError (file:line) on a malformed
    line or a variant given twice."""
    text = resources.files("eventwire").joinpath("data", "actors", "name_variants.tsv").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    header = False
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header:
            if cells != ["variant", "canonical"]:
                raise DictionaryError(f"name_variants.tsv:{n}: header must be 'variant<TAB>canonical'")
            header = True
            continue
        if len(cells) != 2 or not cells[0] or not cells[1] or cells[0] != cells[0].lower():
            raise DictionaryError(f"name_variants.tsv:{n}: expected two lower-case words, got {line!r}")
        if cells[0] in out:
            raise DictionaryError(f"name_variants.tsv:{n}: variant {cells[0]!r} given twice")
        out[cells[0]] = cells[1]
    return out


def _fold_word(w: str, variants: dict[str, str]) -> str:
    w = variants.get(w, w)
    if len(w) > 4 and w.endswith(("iy", "yy", "ii")):
        w = w[:-2] + ("y" if w.endswith(("iy", "yy")) else "i")
    return w


@functools.lru_cache(maxsize=200_000)
def fold_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` as compared in the KB: NFKD with diacritics dropped (also ß, ø, ł, æ, ı),
    lower case, apostrophes removed ("O'Brien" -> "obrien"), any other non-alphanumeric character a word
    break ("Ki-moon" -> "ki", "moon"), particles "al"/"el"/"ul" dropped inside a name ("Bashar al-Assad"
    -> "bashar", "assad"), transliteration variants unified (``name_variants.tsv``: "Mohammed" ->
    "muhammad") and the Slavic endings "-iy"/"-yy" read as "-y". Non-Latin letters are dropped."""
    if text.isascii():
        t = text.lower()  # NFKD, the special letters and the diacritics change nothing in ASCII (most words)
    else:
        t = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
        t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    t = _APOS.sub("", t)
    words = [w for w in _NONWORD.split(t) if w]
    if len(words) > 1:
        words = [words[0]] + [w for w in words[1:] if w not in _PARTICLES]
    v = _variants()
    return tuple(_fold_word(w, v) for w in words)


def fold_name(text: str) -> str:
    """:func:`fold_words` joined by single spaces: the key of a name ("Recep Tayyip Erdoğan" ->
    "recep tayyip erdogan")."""
    return " ".join(fold_words(text))


#: Header lines of the packaged files (the builder writes them, the loader reads them).
PERSON_HEADER = "name\tcountry\tqid\troles\tmax_rank"
ORG_HEADER = "name\tkeys\tacronyms\tcodes\tsector\tsource"
PLACE_HEADER = "key\tcode\tname"
INDEX_HEADER = "key\tkind\trow"


#: Countries whose people are called by their first name where others are called by their surname
#: (patronymic and given-name cultures: "Mahathir", "Anwar", "Abiy", "Isaias").
GIVEN_NAME_CALLED = frozenset({"MYS", "IDN", "BRN", "ETH", "ERI", "ISL"})


def person_keys(name: str, variants: Iterable[str] = (), country: str = "") -> tuple[list[str], list[str], list[str]]:
    """Index keys of a person: ``keys`` (folded name and variants of two words or more, and one-word
    variants a source gives, e.g. Phoenix's "PUTIN"), ``weak`` (first and last, and last two words of a
    name of three words or more: "Lopez Obrador"), ``surnames`` (the words a bare mention uses: the last
    word of the name, 3+ letters; also the first for the people of :data:`GIVEN_NAME_CALLED`)."""
    main = fold_name(name)
    keys = [main] if main else []
    for v in variants:
        k = fold_name(v)
        if k and k not in keys:
            keys.append(k)
    words = fold_words(name)
    weak = []
    if len(words) >= 3:
        for k in (f"{words[0]} {words[-1]}", f"{words[-2]} {words[-1]}"):
            if k not in keys and k not in weak:
                weak.append(k)
    surnames = [words[-1]] if len(words) >= 2 and len(words[-1]) >= 3 else []
    if country in GIVEN_NAME_CALLED and len(words) >= 2 and len(words[0]) >= 3 and words[0] not in surnames:
        surnames.append(words[0])
    return keys, weak, surnames


def org_keys(name: str, variants: Iterable[str] = ()) -> tuple[list[str], list[str]]:
    """Index keys of an organisation: folded names (a leading "the" dropped) and acronyms (all capitals,
    3-8 characters, matched case-sensitively)."""
    keys, acr = [], []
    for form in [name, *variants]:
        if _is_acronym(form):
            if form not in acr:
                acr.append(form)
            continue
        k = fold_words(form)
        if k and k[0] == "the":
            k = k[1:]
        j = " ".join(k)
        if j and j not in keys:
            keys.append(j)
    return keys, acr


# ------------------------------------------------------------------------------------------ roles

@dataclass(frozen=True)
class Role:
    """One span of a person's timeline: ``start``/``end`` inclusive ISO dates (None = open; ``start``
    ``"*"`` in the file marks a default role, used only when no dated role covers a date, as PETRARCH's
    undated codes), ``code`` (ISO3 or IGO/UNO/EUR/NGO/IMG/MNC), ``sector`` (PLOVER or None), ``rank``
    (seniority), ``src`` (one-letter tag, :data:`SOURCE_NAMES`), ``label`` (office as written)."""

    start: str | None
    end: str | None
    code: str
    sector: str | None
    rank: int
    src: str
    label: str
    default: bool = False
    horizon: bool = False  # open in the source at its date: known only up to ``end``


def parse_roles(text: str) -> list[Role]:
    """Roles of one KB row: ``;``-separated ``start~end~code~sector~rank~src~label``."""
    out = []
    for part in text.split(";"):
        if not part:
            continue
        s, e, code, sector, rank, src, label = part.split("~", 6)
        out.append(Role(None if s in ("", "*") else s, e.rstrip("?") or None, code, sector or None, int(rank), src,
                        label, s == "*", e.endswith("?")))
    return out


def format_roles(roles: Iterable[Role]) -> str:
    """Inverse of :func:`parse_roles`."""
    return ";".join(f"{'*' if r.default else (r.start or '')}~{r.end or ''}{'?' if r.horizon else ''}~{r.code}~"
                    f"{r.sector or ''}~{r.rank}~{r.src}~{r.label}" for r in roles)


@dataclass(frozen=True)
class PersonState:
    """A KB person at a date: ``name`` (canonical), ``code`` (code of the role held, else the person's
    country), ``sector`` (of the role; ELI after the last role ended; None before any role), ``country``
    (ISO3), ``role`` (office label; "former ..." for ELI), ``start``/``end`` (ISO dates of that role, or of
    the former-official state: from the day after the last end), ``source`` ("wikidata:Q...",
    "phoenix:...", "user:FILE:LINE"), ``rank`` (seniority of the role, 0 for ELI/none)."""

    name: str
    code: str
    sector: str | None
    country: str
    role: str | None
    start: str | None
    end: str | None
    source: str | None
    rank: int = 0


def _next_day(iso: str) -> str:
    return (_dt.date.fromisoformat(iso) + _dt.timedelta(days=1)).isoformat()


def state_at(name: str, country: str, qid: str | None, roles: list[Role], on: _dt.date | None,
             source_of=None) -> PersonState:
    """The state of a person with ``roles`` on date ``on`` (None: the latest role as of the data).
    Rule (issue 12): the role covering the date; else ELI from the day after the last ended role; else
    the default role; else the country with no sector. ``source_of(role)`` gives the record's source."""
    def src(r: Role) -> str | None:
        if source_of is not None:
            return source_of(r)
        return SOURCE_NAMES.get(r.src, r.src).format(qid=qid or "")

    dated = [r for r in roles if not r.default]
    default = next((r for r in roles if r.default), None)
    if on is None:
        if dated:
            r = max(dated, key=lambda r: (r.start or "", r.rank))
            return PersonState(name, r.code, r.sector, country, r.label, r.start, r.end, src(r), r.rank)
        if default:
            return PersonState(name, default.code, default.sector, country, default.label, None, None,
                               src(default), default.rank)
        return PersonState(name, country, None, country, None, None, None, None)
    d = on.isoformat()
    for r in dated:
        if (r.start is None or r.start <= d) and (r.end is None or d <= r.end):
            return PersonState(name, r.code, r.sector, country, r.label, r.start, r.end, src(r), r.rank)
    past = [r for r in dated if r.end is not None and r.end < d]
    if past:
        last = max(past, key=lambda r: r.end)
        if last.horizon and not any(r.start and r.start > d for r in dated):
            # the source had the role open at its date: after that date nothing is known (not "former")
            return PersonState(name, country, None, country, f"{last.label} (to {last.end} at least)", None, None,
                               src(last), 0)
        code = last.code if len(last.code) == 3 and last.code not in ("IGO", "UNO", "EUR", "NGO", "IMG", "MNC") \
            else country
        if default is not None and default.sector not in (None, "ELI", "GOV"):
            return PersonState(name, default.code, default.sector, country, default.label, None, None,
                               src(default), default.rank)
        senior = max(past, key=lambda r: (r.rank, r.end))
        return PersonState(name, code or country, "ELI", country, f"former {senior.label}", _next_day(last.end),
                           None, src(senior), 0)
    if default is not None:
        return PersonState(name, default.code, default.sector, country, default.label, None, None, src(default),
                           default.rank)
    first = min(dated, key=lambda r: r.start or "") if dated else None
    return PersonState(name, country, None, country, None, None, None, src(first) if first else None)


# ------------------------------------------------------------------------------------------ the KB

@dataclass(frozen=True)
class KBMatch:
    """An organisation or government body found in a token sequence: tokens ``start``..``end``
    (exclusive), ``code`` (chosen among the organisation's countries by the countries the text names,
    else its first), ``sector`` (PLOVER or None), ``name`` (canonical; None for a body by pattern),
    ``source`` ("phoenix:...", "ucdp:ID", "misp:intelligence-agencies", "pattern:PLACE")."""

    start: int
    end: int
    code: str | None
    sector: str | None
    name: str | None
    source: str


def _read_gz_lines(path, header: str) -> list[str]:
    """Data lines of a packaged gzip TSV file (header checked and dropped). Raises ValueError on a wrong
    header (a KB of another format: rebuild it)."""
    with path.open("rb") as fh:
        raw = gzip.decompress(fh.read()).decode("utf-8")
    lines = raw.split("\n")
    if lines[0] != header:
        raise ValueError(f"{path.name}: unexpected header {lines[0][:80]!r}")
    if lines and not lines[-1]:
        lines.pop()
    return lines[1:]


class ActorKB:
    """The loaded knowledge base. Build with :func:`load_kb`."""

    def __init__(self, base) -> None:
        self.base = base
        # people: the rows and a sorted key index, kept as lines and parsed on demand (binary search), so
        # loading costs a decompression and a split, not 100,000 dictionary entries
        self._person_lines = _read_gz_lines(base / "persons.tsv.gz", PERSON_HEADER)
        self._index = _read_gz_lines(base / "person_index.tsv.gz", INDEX_HEADER)
        self._people: dict[int, tuple] = {}
        self._roles: dict[int, list[Role]] = {}
        self.orgs: list[tuple[str, tuple[str, ...], str | None, str]] = []  # name, codes, sector, source
        self._org_max = 1
        acr: dict[str, list[int]] = {}
        keys: dict[tuple[str, ...], list[int]] = {}
        for name, okeys, acrs, codes, sector, source in (l.split("\t") for l in _read_gz_lines(base / "orgs.tsv.gz",
                                                                                               ORG_HEADER)):
            j = len(self.orgs)
            self.orgs.append((name, tuple(c for c in codes.split("|") if c), sector or None, source))
            for form in acrs.split("|"):
                if form:
                    acr.setdefault(form, []).append(j)
            for k in okeys.split("|"):
                if k:
                    t = tuple(k.split(" "))
                    keys.setdefault(t, []).append(j)
                    self._org_max = max(self._org_max, len(t))
        self.org_acronyms = {k: j for k, js in acr.items() if (j := self._settle(js)) is not None}
        self.org_keys = {k: j for k, js in keys.items() if (j := self._settle(js)) is not None}
        #: the proper prefixes of the keys of :attr:`org_keys` (word tuples): :meth:`match_orgs` stops reading words
        #: once what it read is neither a key nor the start of one (no longer key can match; speed, issue 12)
        self.org_prefixes = frozenset(k[:m] for k in self.org_keys for m in range(len(k)))
        self.places: dict[str, str] = {}
        for key, code, _name in (l.split("\t") for l in _read_gz_lines(base / "places.tsv.gz", PLACE_HEADER)):
            self.places.setdefault(key, code)
        self.manifest = json.loads((base / "MANIFEST.json").read_text(encoding="utf-8"))

    def _settle(self, js: list[int]) -> int | None:
        """The organisation a name shared by rows ``js`` stands for: the row of the most specific source
        (:data:`ORG_PRIORITY`); None when rows of that source disagree on code or sector (ambiguous)."""
        js = list(dict.fromkeys(js))
        if len(js) == 1:
            return js[0]
        top = max(_org_priority(self.orgs[j][3]) for j in js)
        best = [j for j in js if _org_priority(self.orgs[j][3]) == top]
        if len({(self.orgs[j][1][:1], self.orgs[j][2]) for j in best}) == 1:
            return best[0]
        return None

    # -------------------------------------------------------------- people
    def __len__(self) -> int:
        return len(self._person_lines)

    def row(self, i: int) -> tuple[str, str, str, int]:
        """(name, country, qid, max rank) of person ``i``."""
        r = self._people.get(i)
        if r is None:
            name, country, qid, roles, max_rank = self._person_lines[i].split("\t")
            r = self._people[i] = (name, country, qid, int(max_rank))
            self._roles[i] = parse_roles(roles)
        return r

    def roles(self, i: int) -> list[Role]:
        """Parsed roles of person ``i`` (parsed on first use and kept)."""
        self.row(i)
        return self._roles[i]

    def state(self, i: int, on: _dt.date | None) -> PersonState:
        """Person ``i`` on date ``on`` (see :func:`state_at`)."""
        name, country, qid, _ = self.row(i)
        return state_at(name, country, qid, self.roles(i), on)

    @functools.cached_property
    def given_names(self) -> frozenset[str]:
        """Folded first words of the KB's full names of two words or more that start at least two names
        ("yevgenia", "tomasz"): a lexicon of given names, built on first use from the index."""
        from collections import Counter

        c: Counter = Counter()
        for line in self._index:
            key, kind, _ = line.split("\t", 2)
            if kind == "f" and " " in key:
                c[key.split(" ", 1)[0]] += 1
        return frozenset(w for w, n in c.items() if n >= 2 and len(w) >= 3)

    def _lookup(self, key: str, kind: str) -> list[int]:
        """Rows indexed under ``key`` as ``kind`` (f full, w weak, s surname): a binary search in the
        sorted index lines."""
        prefix = f"{key}\t{kind}\t"
        idx = self._index
        k = bisect.bisect_left(idx, prefix)
        out = []
        while k < len(idx) and idx[k].startswith(prefix):
            out.append(int(idx[k][len(prefix):]))
            k += 1
        return out

    def candidates(self, name: str) -> tuple[list[int], str]:
        """Person rows a written name may denote and how it was found: ``full`` (a name or variant of the
        source), ``weak`` (first and last or last two words of a longer name), ``surname`` (one word);
        ``([], "")`` when none."""
        key = fold_name(name)
        if not key:
            return [], ""
        got = self._lookup(key, "f")
        if got:
            return got, "full"
        if " " in key:
            got = self._lookup(key, "w")
            return (got, "weak") if got else ([], "")
        got = self._lookup(key, "s")
        return (got, "surname") if got else ([], "")

    def person(self, name: str, on: _dt.date | None = None, *, title: str | None = None,
               title_sector: str | None = None, countries: Iterable[str] = ()) -> PersonState | None:
        """Resolve a written person name (title already removed) at date ``on``.

        ``title``: office words written before the name ("prime minister"), matched against role labels;
        ``title_sector``: the sector those words imply (LEG admits legislators without context);
        ``countries``: ISO3 codes the article names (first = most relevant). Returns None when the name is
        unknown, ambiguous after title, date and countries, or too weak (see the module docstring)."""
        cands, how = self.candidates(name)
        if not cands:
            return None
        ctx = [c for c in countries if c]
        ctx_set = set(ctx)
        tkey = " ".join(fold_words(title)) if title else ""
        scored = []
        for i in dict.fromkeys(cands):
            roles = self.roles(i)
            st = self.state(i, on)
            active = on is not None and st.sector not in (None, "ELI") and st.rank > 0
            titled = bool(tkey) and any(tkey in " ".join(fold_words(r.label)) for r in roles)
            titled_now = titled and active and tkey in " ".join(fold_words(st.role or ""))
            country = self.row(i)[1]
            in_ctx = country in ctx_set or any(r.code in ctx_set for r in roles)
            score = (titled_now * 6 + titled * 2 + active * 2 + in_ctx * 2 + (ctx[:1] == [country]),
                     st.rank if active else 0)
            scored.append((score, i, st, titled, active, in_ctx))
        scored.sort(key=lambda x: x[0], reverse=True)
        best = scored[0]
        if len(scored) > 1 and scored[1][0] == best[0]:
            return None  # a tie: several people fit equally, left unresolved
        _, i, st, titled, active, in_ctx = best
        if how == "surname":
            # a bare surname: a title that fits, or the only national office holder of that name that day
            if not titled:
                seniors = [x for x in scored if x[4] and x[2].rank >= SURNAME_RANK]
                if len(seniors) != 1 or seniors[0][1] != i or (ctx_set and not in_ctx):
                    return None
        elif how == "weak" and len(scored) > 1:
            return None
        if len(scored) > 1 and not (titled or active or in_ctx):
            return None
        if self.row(i)[3] <= LOW_RANK and not (in_ctx or titled or title_sector == "LEG"):
            return None  # a legislator or local official: their country must be in the article
        return st

    # -------------------------------------------------------------- organisations and places
    def match_orgs(self, texts: list[str], free: list[bool], codes_named: Iterable[str] = (),
                   capitals: list[int] | None = None) -> list[KBMatch]:
        """Named organisations in the tokens ``texts`` (words as written) at positions where ``free`` is
        True; longest match first, left to right. A name must start with a capital letter; acronyms
        ("ISI", "IRGC") are matched case-sensitively. ``codes_named``: countries the text names, to choose
        among an organisation's countries. ``capitals``: the positions of the words that start with a capital
        letter, in order, when the caller has them (else found here)."""
        named = list(codes_named)
        n = len(texts)
        # fold_words of a word, on first use: only the words of a name's window are read
        folded: list[tuple[str, ...] | None] = [None] * n
        out: list[KBMatch] = []
        nxt = 0  # the first word not inside a name found before
        for i in (capitals if capitals is not None else capitalised(texts)):  # a name starts with a capital
            if i < nxt or not free[i]:
                continue
            nxt = i + 1
            if texts[i] in self.org_acronyms and (i + 1 >= n or texts[i + 1] not in ("-",)):
                j = self.org_acronyms[texts[i]]
                out.append(self._org_match(j, i, i + 1, named))
                continue
            found = None
            words: list[str] = []
            for k in range(i, min(n, i + 12)):
                if not free[k]:
                    break
                fk = folded[k]
                if fk is None:
                    fk = folded[k] = fold_words(texts[k])
                words.extend(fk)
                if len(words) > self._org_max:
                    break
                if not fk and texts[k] not in ("-", "'s", "’s", "&", "(", ")"):
                    break
                key = tuple(words)
                j = self.org_keys.get(key)
                if j is not None and texts[k][:1].isupper() or j is not None and texts[k].isdigit():
                    found = (j, k + 1)
                if key not in self.org_prefixes:
                    break  # neither a key nor the start of one: no longer name matches either
            if found:
                out.append(self._org_match(found[0], i, found[1], named))
                nxt = found[1]
        return out

    def match_people(self, texts: list[str], free: list[bool], codes_named: Iterable[str] = (),
                     on: _dt.date | None = None, D=None, capitals: list[int] | None = None) -> list:
        """People by full name (two to four capitalised words, a name or variant of a source; never a
        bare surname) at positions where ``free`` is True, resolved at date ``on`` with the countries the
        text names (:meth:`person`); longest first. Returns DictMatch objects of kind ``person`` with the
        code and sector of that date (a capitalised title written before the name gives the sector when
        the rows hold no office that day; ``D``: the dictionaries, for the title) and the row's source.
        ``capitals``: as for :meth:`match_orgs`."""

        named = list(codes_named)
        n = len(texts)
        out = []
        nxt = 0  # the first word not inside a name found before
        for i in (capitals if capitals is not None else capitalised(texts)):  # a name starts with a capital
            if i < nxt or not free[i] or not texts[i][:1].isalpha():
                continue
            hit = None
            # the run of name words from i (free, capitalised or a joiner): a span i..j-1 is all name words when
            # j <= run (read once, not once per span length)
            lim = min(n, i + 4)
            run = i
            while run < lim and free[run] and (texts[run][:1].isupper()
                                               or texts[run] in ("-", "al", "bin", "de", "da")):
                run += 1
            for j in range(lim, i + 1, -1):
                if j > run or not texts[j - 1][:1].isupper():
                    continue
                name = " ".join(texts[i:j]).replace(" - ", "-")
                if not self._lookup(fold_name(name), "f"):
                    continue
                st = self.person(name, on, countries=named)
                if st is not None:
                    hit = DictMatch(i, j, "person", st.code, st.sector, st.name, st.source)
                    if st.sector in (None, "ELI") and D is not None:

                        sec = written_title_sector(D, texts, [t.lower() for t in texts], i)
                        if sec:
                            hit = DictMatch(i, j, "person", st.code, sec, st.name, st.source)
                break
            nxt = hit.end if hit is not None else i + 1
            if hit is not None:
                out.append(hit)
        return out

    def _org_match(self, j: int, s: int, e: int, named: list[str]) -> KBMatch:
        name, codes, sector, source = self.orgs[j]
        code = next((c for c in codes if c in named), codes[0] if codes else None)
        return KBMatch(s, e, code, sector, name, source)

    def place_country(self, name: str, prefer: Iterable[str] = ()) -> str | None:
        """ISO3 country of a city, region or state name: the CountryInfo/Phoenix place names first
        ("Madras" -> IND), then the offline gazetteer (a province, or a city of 100,000 people or more,
        by its own or an alternate name; "Shanghai" -> CHN, "Kano" -> NGA); with several countries, one of
        ``prefer`` (countries the text names), else None (left uncoded rather than guessed)."""
        key = fold_name(name)
        if not key:
            return None
        if key in self.places:
            return self.places[key]
        try:
            from ..geo.gazetteer import load_gazetteer
        except ImportError:  # pragma: no cover - geo is part of the package
            return None
        pool = [p for p, _primary in load_gazetteer().candidates(name)
                if p.kind == "admin1" or (p.kind == "city" and p.population >= 100_000)]
        codes = list(dict.fromkeys(p.country_code for p in pool if p.country_code))
        if len(codes) == 1:
            return codes[0]
        pref = [c for c in codes if c in set(prefer)]
        if len(pref) == 1:
            return pref[0]
        return None

    def stats(self) -> dict:
        """Counts of the loaded KB (its ``MANIFEST.json``): persons, roles, organisations, name variants,
        countries."""
        return dict(self.manifest.get("counts", {}))


def _org_priority(source: str) -> int:
    return ORG_PRIORITY.get(source, ORG_PRIORITY.get(source.split(":")[0], 0))


def _is_acronym(form: str) -> bool:
    return 2 < len(form) <= 8 and form.replace("-", "").isalnum() and form.upper() == form and any(
        c.isalpha() for c in form)


def kb_dir() -> Path:
    """Folder of the packaged KB."""
    return Path(str(resources.files("eventwire").joinpath(*KB_PARTS)))


@functools.lru_cache(maxsize=2)
def load_kb(path: str | None = None) -> ActorKB:
    """Load the KB (package data, or the folder ``path``) once per process. Raises
    :class:`~eventwire.errors.DictionaryError` (EW200) when its files are missing or unreadable (run
    ``eventwire actors build``)."""
    base = Path(path) if path else kb_dir()
    try:
        return ActorKB(base)
    except (OSError, ValueError, EOFError) as e:
        raise DictionaryError(f"{base}: actor knowledge base cannot be read ({e}); rebuild it with "
                              f"'eventwire actors build'") from e


# ------------------------------------------------------------------------------------------ in a Doc

#: Sectors of a state institution that a place can own ("Shanghai police" -> COP, "Kano State government"
#: -> GOV, "Madras High Court" -> JUD): PLOVER manual v0.8, "Sector Codes" (GOV, MIL, COP, JUD, LEG, SPY).
BODY_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
#: Words naming an administrative unit after a place name ("Kano State", "Sindh Province").
ADMIN_WORDS = frozenset({"state", "province", "region", "county", "district", "city", "prefecture", "governorate",
                         "municipality", "oblast", "territory", "department"})


_FUNCTION = frozenset({"the", "a", "an", "in", "on", "at", "of", "and", "but", "or", "for", "from", "by", "with", "to",
                       "as", "after", "before", "when", "while", "if", "this", "that", "these", "those", "its",
                       "his", "her", "their", "our", "local", "federal", "national", "state", "provincial",
                       "regional", "city", "municipal", "military", "riot", "border", "traffic", "secret",
                       "religious", "tribal", "district", "county"})


def kb_matches(D, doc, texts: list[str], lowers: list[str], taken: list[bool], person_ent: list,
               codes_named: list[str], on: _dt.date | None = None, raw_lemmas: list[str] | None = None) -> list:
    """Knowledge-base matches in a spaCy ``doc`` on the tokens no packaged table took (``taken``):
    named organisations (:meth:`ActorKB.match_orgs`; not inside a PERSON entity unless an acronym),
    people by full name at date ``on`` (:meth:`ActorKB.match_people`: "Uhuru Kenyatta" even when the NER
    calls it an organisation) and government bodies by pattern: a city, region or state
    (:meth:`ActorKB.place_country`, optionally followed by "State"/"Province"/...) followed by an agent noun of a state institution
    (:data:`BODY_SECTORS`, from ``sector_nouns.tsv``) that heads its phrase -> the place's country and
    the noun's sector ("Shanghai police" -> CHN COP, "Kano State government" -> NGA GOV, "Madras High
    Court" -> IND JUD; PLOVER manual: sub-national government is coded GOV of the country).
    ``codes_named``: countries the doc names (to choose among an organisation's or a place's countries).
    ``raw_lemmas``: the Doc's ``Token.lemma_`` strings, one per token, when the caller has read them (else read here).
    Returns :class:`~eventwire.actors.dictionaries.DictMatch` objects (kind ``org``) with a ``source``."""

    kb = load_kb()
    n = len(texts)
    free = [not x for x in taken]
    capitals = capitalised(texts)  # every pattern below starts with a capitalised word
    out = []
    for m in kb.match_orgs(texts, free, codes_named, capitals):
        pe = person_ent[m.start]
        if pe is not None and pe[0] <= m.start and m.end <= pe[1] and (
                m.end - m.start > 1 or (pe[0] < m.start and not texts[m.start].isupper())):
            continue  # a name inside a person's name is the person's ("Abdel Fatah al-Sisi"; not an acronym)
        if given_name_before_person(kb, texts, person_ent, m.start, m.end):
            continue
        out.append(DictMatch(m.start, m.end, "org", m.code, m.sector, m.name, m.source))
        for k in range(m.start, m.end):
            free[k] = False
    for m in kb.match_people(texts, free, codes_named, on, D, capitals):
        out.append(m)
        for k in range(m.start, m.end):
            free[k] = False
    raw = raw_lemmas if raw_lemmas is not None else [t.lemma_ for t in doc]
    lemmas = [rl if r else low for r, rl, low in zip(raw, map(str.lower, raw), lowers)]  # = (r or "").lower() or low
    nxt = 0  # the first word not inside a body found before
    for i in capitals:
        if i < nxt:
            continue
        nxt = i + 1
        if not free[i] or person_ent[i] is not None or lowers[i] in _FUNCTION or (
                i > 0 and free[i - 1] and texts[i - 1][:1].isupper() and lowers[i - 1] not in _FUNCTION) or (
                i > 1 and lowers[i - 1] in ("and", "&") and free[i - 2] and texts[i - 2][:1].isupper()
                and lowers[i - 2] not in _FUNCTION):
            # inside a longer name, also one with "and" in it ("the Food and Drug Administration": no "Drug" town's
            # administration)
            continue
        if after_clock_time(lowers, i):
            continue
        got = None
        lim = min(n, i + 3)
        run = i  # the free capitalised words from i: place words i..j-1 need j <= run (read once for every j)
        while run < lim and free[run] and texts[run][:1].isupper():
            run += 1
        for j in range(lim, i, -1):  # place words i..j-1, longest first
            if j > run:
                continue
            place_end = j
            words = texts[i:j]
            if lowers[j - 1] in ADMIN_WORDS and j - i > 1:
                words = texts[i:j - 1]
            body = _body_at(D, doc, lowers, lemmas, free, j)
            if body is None:
                continue
            code = kb.place_country(" ".join(words), codes_named)
            if code is None:
                continue
            got = DictMatch(i, body[0], "org", code, body[1], None, f"pattern:{' '.join(texts[i:place_end])}")
            break
        if got is not None:
            out.append(got)
            for k in range(got.start, got.end):
                free[k] = False
            nxt = got.end
    return out


def capitalised(texts: list[str]) -> list[int]:
    """The positions of the words of ``texts`` that start with a capital letter, in order: where the name patterns
    of :meth:`ActorKB.match_orgs`, :meth:`ActorKB.match_people` and :func:`kb_matches` may start (read once for the
    three, not once per word and pattern)."""
    return [i for i, up in enumerate(map(str.isupper, [t[:1] for t in texts])) if up]


def given_name_before_person(kb: "ActorKB", texts: list[str], person_ent: list, start: int, end: int) -> bool:
    """Rule ``given_name_not_org``: a one-word organisation name that is a known given name (:attr:`ActorKB.given_names`)
    written right before a person's name the NER marked without it is the person's first name, not the
    organisation: "approached then DM Amit Kumar Singh" (the NER marks "Kumar Singh") is a person, not the NGO "Amit".
    An acronym in capitals stays the body ("UN Ban Ki-moon" is rare; "AMIT" is the body). Source: PLOVER manual,
    "Actors" (a named person is coded by the person's role)."""
    if end - start != 1 or end >= len(texts) or texts[start].isupper() or person_ent[end] is None or \
            person_ent[end][0] != end:
        return False
    return fold_name(texts[start]) in kb.given_names


#: A clock time ("1:04", "10.30") or its half of the day ("a.m.", "pm"), written before a time zone.
_CLOCK_RX = re.compile(r"^(\d{1,2}[:.]\d{2}|[ap]\.?m\.?)$")


def after_clock_time(lowers: list[str], i: int) -> bool:
    """Rule ``time_zone_not_place``: a word right after a clock time is its time zone, not a place: "Nov 11 2017,
    1:04 IST Chief Minister Siddaramiah" -- "IST" (India Standard Time) is no "Istanbul" (the gazetteer's alternate
    name of the city) whose chief minister would be Turkish; so "10:30 EST", "0800 GMT" in a dateline. The place
    pattern of :func:`kb_matches` does not start there. Source: PLOVER manual, "Actors" (an actor's country is
    the one the text gives it); ANNOTATION.md ("null when the text gives no codable party")."""
    return i > 0 and bool(_CLOCK_RX.match(lowers[i - 1]))


def _body_at(D, doc, lowers, lemmas, free, j: int) -> tuple[int, str] | None:
    """(end token, sector) of a state-institution noun of 1-3 words starting at token ``j`` that heads
    its phrase, else None."""
    n = len(lowers)
    if j >= n or lowers[j] in ADMIN_WORDS:
        return None  # "Kaduna state", "Sindh province": the place itself, not a body of it (whatever the length)
    for L in (3, 2, 1):
        if j + L > n or False in free[j:j + L]:  # = not all(free[j:j + L]) (free holds booleans)
            continue
        phrase = " ".join(lowers[j:j + L])
        sector = D.sector_of_noun(phrase) or (D.sector_of_noun(" ".join(lowers[j:j + L - 1] + [lemmas[j + L - 1]]))
                                              if L else None)
        if sector in BODY_SECTORS and D._agent_head(doc, j + L - 1, lowers, lemmas):
            return j + L, sector
    return None
