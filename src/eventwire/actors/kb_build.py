"""Build the packaged actor knowledge base from the public sources in ``../shared/kb`` (issue 12).

Command: ``eventwire actors build [--src ../shared/kb] [--out DIR]`` (default ``DIR``: the package's
``eventwire/data/actors/kb/``). Deterministic: the same sources give the same files byte for byte
(sorted rows, gzip without time stamp); ``MANIFEST.json`` records counts, what was dropped and why, and the
SHA-256 of every source file read. Every row keeps its ``source``.

Sources and rules (details in ``docs/actors.md``):

* **Wikidata office holders** (``wikidata_office_holders/``, CC0 facts, via the every-politician-scrapers
  repositories): ``ep_holders21_all.csv`` (heads of state and government, ministers, military and
  intelligence chiefs, judges, central bankers, diplomats) and ``ep_legislators_all.csv`` (members of
  parliaments -> LEG). The office label (the full label of ``ep_positions_all.csv`` when given) picks the
  sector and a seniority rank by the ordered rules of ``data/actors/kb_positions.tsv``. Partial dates are
  widened ("2019" starts 2019-01-01 and ends 2019-12-31). Sub-national cabinets (the ``subnational``
  column), governors and dependencies' offices are GOV of the sovereign country with rank at most
  :data:`SUBNATIONAL_RANK` (they are not the national government, but outrank the seat in the regional
  legislature their holders usually also have); a dependency (Bermuda, Åland...) is folded into its state and the
  disputed entities' pseudo-codes (GEOPRE, UKRPRE, SOMPRE) become the claimed state with sector PRE
  (PLOVER manual, "Partially recognized entities"). A legislator's spell without an end that started more
  than eight years before its repository's snapshot is closed five years after its start (a term; the
  source never recorded the end). English Wikipedia titles (``ep_bio_all.csv``) are name variants.
* **Phoenix/CountryInfo** (``phoenix_countryinfo/``, MIT): ``Phoenix.Countries.actors.txt`` people (the
  entries marked ``# CountryInfo.txt``) with ``+variants`` and dated CAMEO roles ``[PAKGOV 901106-930418]``
  (YYMMDD, years below 20 are 20YY; YYYYMMDD; ``>date`` from a date, ``<date`` until; an undated code is
  the default role), its other entries with a sector code as organisations (``REVOLUTIONARY_GUARD
  [IRNMIL]``: the Quds Force) and its country entries' variants as place names ("MADRAS" -> IND);
  ``CountryInfo.140728.txt`` for the offices of leaders and ministers (the ``<Leaders>`` titles and the
  ``<Government>`` comments label the roles, so "Prime Minister Sharif" can be matched) and capitals, major
  cities and regions as place names; ``Phoenix.International.actors.txt`` (IGOs, NGOs, firms and their
  officials) and ``Phoenix.MilNonState.actors.txt`` (armed groups). CAMEO codes become PLOVER: the first
  valid country code or IGO/UNO/EUR/NGO/MNC/IMG, the first CAMEO sector (MED media -> JRN, HLH health ->
  MED, INS/SEP -> REB, HRI/ENV -> SOC; IMG is always REB). A role Phoenix has as "in office at the last
  update" (``>date``, or a default role) is known only up to the file's date (2014-01-30): after it the
  person has their country and no sector (unknown, not former).
* **UCDP actors** v22.1 (``ucdp_actors/``): rebel organisations (Org 1) -> REB with the countries of their
  location (Gleditsch-Ward numbers via country_converter; several allowed, the text chooses); names and
  aliases from NameData/NameOrig/NameOrigFullEng.
* **MISP intelligence agencies** (``orgs/``, CC0/BSD-2): each agency -> its country (ISO2), sector SPY; the
  Latin-script synonyms and the acronym in brackets of its description are variants.

Concurrent roles of one person are reduced to one timeline before writing: on each day the senior role
(rank, then Wikidata over Phoenix) is the one coded.
"""
from __future__ import annotations

import csv
import datetime as _dt
import functools
import gzip
import hashlib
import io
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..errors import DictionaryError
from .kb import (INDEX_HEADER, KB_PARTS, ORG_HEADER, PERSON_HEADER, PLACE_HEADER, Role, fold_name, fold_words,
                 format_roles, org_keys, person_keys)

__all__ = ["build_kb", "classify_position", "position_rules", "timeline", "parse_phoenix_date", "cameo_to_plover",
           "DEFAULT_SRC"]

#: Default location of the sources, relative to the repository (``../shared/kb``).
DEFAULT_SRC = Path("../shared/kb")
#: Date of the Phoenix country dictionary (its header): roles open at that date are known only up to it.
PHOENIX_HORIZON = "2014-01-30"
#: Years an open Wikidata spell is trusted after its repository's snapshot date (one more for heads of state
#: and government and their deputies, who serve longer).
WIKIDATA_GRACE_YEARS = 1
#: Dependencies folded into their state (PLOVER manual, "Country names"), and pseudo-codes of disputed entities.
DEPENDENCIES = {"ABW": "NLD", "AIA": "GBR", "ALA": "FIN", "BMU": "GBR", "CYM": "GBR", "FRO": "DNK", "GRL": "DNK",
                "IMN": "GBR", "JEY": "GBR", "GGY": "GBR", "MSR": "GBR", "TCA": "GBR", "VGB": "GBR", "PRI": "USA",
                "GUM": "USA", "VIR": "USA", "ASM": "USA", "MNP": "USA", "NCL": "FRA", "PYF": "FRA", "CUW": "NLD",
                "SXM": "NLD", "FLK": "GBR", "GIB": "GBR", "COK": "NZL", "NIU": "NZL", "MAC": "CHN"}
DISPUTED = {"GEOPRE": "GEO", "UKRPRE": "UKR", "SOMPRE": "SOM", "AZEPRE": "AZE", "MDAPRE": "MDA"}
#: CAMEO country codes that are not ISO 3166 alpha-3.
CAMEO_COUNTRIES = {"KSV": "XKX", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "WSB": "PSE", "GZS": "PSE", "PAL": "PSE",
                   "YUG": "SRB", "SCG": "SRB", "USR": "RUS", "SUN": "RUS", "BYE": "BLR", "DDR": "DEU", "GDR": "DEU",
                   "FRG": "DEU", "YMD": "YEM", "YAR": "YEM", "CSK": "CZE", "BUR": "MMR", "RHO": "ZWE", "INT": "IMG"}
#: CAMEO sector codes -> PLOVER sectors (PLOVER manual v0.8, "Sector code notes": MED was media, HLH health).
CAMEO_SECTORS = {"GOV": "GOV", "MIL": "MIL", "COP": "COP", "JUD": "JUD", "LEG": "LEG", "PTY": "PTY", "REB": "REB",
                 "INS": "REB", "SEP": "REB", "RAD": "REB", "SPY": "SPY", "OPP": "OPP", "ELI": "ELI", "BUS": "BUS",
                 "CVL": "CVL", "EDU": "EDU", "MED": "JRN", "HLH": "MED", "REL": "REL", "REF": "REF", "AGR": "AGR",
                 "LAB": "LAB", "CRM": "CRM", "UAF": "UAF", "HRI": "SOC", "ENV": "SOC", "PRE": "PRE"}
_NONSTATE = ("IGO", "NGO", "MNC", "IMG")
#: CAMEO region and religion heads that name no country (the sector that follows still counts).
CAMEO_REGIONS = frozenset("""MEA SAS KKL WEU SEA EAF LAM CFR ASA AFR SAF NMR EEU CAS EIN NAF WAF SAM EAS CEU NAM
SCA CRB BLK BAL MDT PGS WST HIN BUD MUS CHR JEW KNT""".split())
#: Source priority when two roles of equal rank overlap (Wikidata holders, legislators, Phoenix, Phoenix Intl).
_SRC_PRIORITY = {"w": 4, "l": 3, "p": 2, "i": 1}
#: Words that make a Phoenix International entry an organisation rather than a person.
ORG_WORDS = frozenset("""organization organisation agency committee council fund bank association union program
programme commission institute foundation federation center centre court party front army movement group
brigade brigades corps force forces international watch league society congress network alliance coalition
conference office service services company corporation ministry department authority board secretariat
assembly parliament mission university college school church council tribunal club forum initiative trust
partnership project bureau administration government police guard guards command unit battalion regiment
militia militias jihad mujahideen taliban hezbollah hizballah hamas qaeda cartel syndicate press news times
radio television tv network group inc ltd corp plc limited airlines bank""".split())
#: Words that alone never make an organisation name (a name made only of these is dropped).
GENERIC_WORDS = frozenset("""the of and for in national federal state people peoples popular democratic
republic republican revolutionary islamic army police force forces front movement party group council
committee government ministry military security service services union liberation united new free armed
special unit units guard guards brigade brigades battalion organization organisation court supreme high
international world general central office agency commission assembly parliament s north south east west
northern southern eastern western""".split())
#: Readable office labels of CAMEO roles that CountryInfo does not name.
_SECTOR_LABELS = {"GOV": "government official", "ELI": "former official", "LEG": "legislator",
                  "MIL": "military officer",
                  "JUD": "judicial official", "COP": "police official", "SPY": "intelligence official",
                  "OPP": "opposition figure", "PTY": "party official", "REB": "rebel leader", "BUS": "business",
                  "CVL": "civilian"}
_TITLE_WORDS = ("president", "prime minister", "premier", "king", "queen", "chancellor", "vice president",
                "minister", "emir", "sultan", "secretary general", "secretary-general", "governor", "general")
_CI_SECTIONS = {"presidents": "president", "prime ministers": "prime minister", "kings": "king",
                "chancellors": "chancellor", "premiers": "premier", "emirs": "emir", "sultans": "sultan",
                "monarchs": "monarch", "queens": "queen", "heads of state": "head of state",
                "heads of government": "head of government", "chairmen": "chairman", "leaders": "leader",
                "general secretaries": "general secretary", "supreme leaders": "supreme leader"}


# ------------------------------------------------------------------------------------------ rules

@dataclass(frozen=True)
class PositionRule:
    pattern: re.Pattern
    sector: str | None
    rank: int
    note: str
    line: int


def position_rules(text: str | None = None, file: str = "kb_positions.tsv") -> list[PositionRule]:
    """The ordered office rules of ``data/actors/kb_positions.tsv`` (or ``text``). Raises DictionaryError
    (file:line) on a bad header, regular expression, sector or rank."""
    from ..schema import SECTORS

    if text is None:
        text = resources.files("eventwire").joinpath("data", "actors", file).read_text(encoding="utf-8")
    out: list[PositionRule] = []
    header = False
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header:
            if cells != ["pattern", "sector", "rank", "note"]:
                raise DictionaryError(f"{file}:{n}: header must be pattern, sector, rank, note (tab-separated)")
            header = True
            continue
        if len(cells) != 4:
            raise DictionaryError(f"{file}:{n}: expected 4 tab-separated columns, got {len(cells)}")
        pat, sector, rank, note = cells
        try:
            rx = re.compile(pat)
        except re.error as e:
            raise DictionaryError(f"{file}:{n}: bad regular expression {pat!r}: {e}") from e
        if sector != "-" and sector not in SECTORS:
            raise DictionaryError(f"{file}:{n}: unknown sector {sector!r}")
        if not rank.isdigit():
            raise DictionaryError(f"{file}:{n}: rank must be a whole number, got {rank!r}")
        out.append(PositionRule(rx, None if sector == "-" else sector, int(rank), note, n))
    if not out:
        raise DictionaryError(f"{file}:1: no rules")
    return out


#: The rank of a sub-national, dependency or disputed-entity office: below every national office (40 and up) and
#: above a seat in a legislature (30). A First Minister of Scotland or Northern Ireland is also a member of the
#: assembly for the whole term; what she acts as is the head of the regional government, GOV (PLOVER manual,
#: "Sector Codes": "USA GOV = the president + ... the attorney general of Oklahoma"), not LEG.
SUBNATIONAL_RANK = 35


def classify_position(label: str, rules: list[PositionRule] | None = None, *,
                      subnational: bool = False) -> tuple[str, int] | None:
    """PLOVER sector and seniority rank of an office label ("Prime Minister of Iceland" -> ("GOV", 100),
    "Chief of the General Staff" -> ("MIL", 70), "Member of the Althing" -> ("LEG", 30)); None for a
    non-office ("First Lady"). A sub-national office keeps its sector with rank at most :data:`SUBNATIONAL_RANK`."""
    if rules is None:
        return _classify_cached(label, subnational)
    low = " ".join(label.lower().split())
    for r in rules:
        if r.pattern.search(low):
            if r.sector is None:
                return None
            return r.sector, (min(r.rank, SUBNATIONAL_RANK) if subnational else r.rank)
    return None


@functools.lru_cache(maxsize=65536)
def _classify_cached(label: str, subnational: bool) -> tuple[str, int] | None:
    return classify_position(label, _rules(), subnational=subnational)


_RULES: list[PositionRule] | None = None


def _rules() -> list[PositionRule]:
    global _RULES
    if _RULES is None:
        _RULES = position_rules()
    return _RULES


# ------------------------------------------------------------------------------------------ dates

def _clamp(y: int, m: int, d: int) -> str:
    m = min(max(m, 1), 12)
    import calendar

    d = min(max(d, 1), calendar.monthrange(y, m)[1])
    return f"{y:04d}-{m:02d}-{d:02d}"


def parse_phoenix_date(s: str) -> str | None:
    """A Phoenix/CountryInfo date as ISO: ``YYMMDD`` (years below 20 are 20YY, others 19YY, as the files
    run from the 1940s to 2014) or ``YYYYMMDD``; an impossible day is clamped to the month's last
    ("20030631" -> 2003-06-30). None for anything else (e.g. the 7-digit "2004017")."""
    s = s.strip()
    if not s.isdigit():
        return None
    if len(s) == 6:
        yy, m, d = int(s[:2]), int(s[2:4]), int(s[4:])
        y = 2000 + yy if yy < 20 else 1900 + yy
    elif len(s) == 8:
        y, m, d = int(s[:4]), int(s[4:6]), int(s[6:])
    else:
        return None
    if not 1800 <= y <= 2100 or not 1 <= m <= 12:
        return None
    return _clamp(y, m, d)


@functools.lru_cache(maxsize=65536)
def _wd_date(s: str, end: bool) -> str | None:
    """A Wikidata date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) as ISO; a partial date is widened (start:
    first day, end: last day)."""
    s = s.strip()
    if len(s) == 10 and s[4] == "-" and s[7] == "-" and "01" <= s[8:] <= "28" and "01" <= s[5:7] <= "12":
        return s  # a full date that exists in every month
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", s)
    if not m:
        return None
    y = int(m.group(1))
    if m.group(3):
        return _clamp(y, int(m.group(2)), int(m.group(3)))
    if m.group(2):
        return _clamp(y, int(m.group(2)), 31 if end else 1)
    return _clamp(y, 12 if end else 1, 31 if end else 1)


# ------------------------------------------------------------------------------------------ records

@dataclass
class Span:
    start: str | None
    end: str | None
    code: str
    sector: str | None
    rank: int
    src: str
    label: str
    default: bool = False
    horizon: bool = False  # open at the source's date: known only up to ``end``


@dataclass
class Person:
    name: str
    country: str
    qid: str = ""
    variants: set = field(default_factory=set)
    spans: list = field(default_factory=list)


def _clean_label(s: str) -> str:
    return " ".join(re.sub(r"[~;|\t]", " ", s).split())


def _country(iso3: str) -> tuple[str | None, bool, bool]:
    """(sovereign ISO3, is a dependency, is disputed) of a source's iso3."""
    from .validate import valid_codes

    if iso3 in DISPUTED:
        return DISPUTED[iso3], False, True
    if iso3 in DEPENDENCIES:
        return DEPENDENCIES[iso3], True, False
    if iso3 in valid_codes():
        return iso3, False, False
    return None, False, False


def timeline(spans: list[Span]) -> list[Span]:
    """Concurrent roles reduced to the senior one (issue 12: "a person with two concurrent roles gets the
    senior one"): the dated spans cut at every start and end; on each piece the span of highest rank (then
    source priority: Wikidata over Phoenix) is kept; neighbouring pieces of the same role are joined.
    Default (undated) spans are kept as they are. Dates are inclusive ISO strings, None = open."""
    dated = [s for s in spans if not s.default]
    defaults = [s for s in spans if s.default]
    if not dated:
        return defaults[:1]
    lo, hi = "0001-01-01", "9999-12-31"
    cuts = set()
    for s in dated:
        cuts.add(s.start or lo)
        cuts.add(_next(s.end) if s.end else hi)
    points = sorted(cuts)
    out: list[Span] = []
    for a, b in zip(points, points[1:]):
        last = _prev(b) if b != hi else None
        cover = [s for s in dated if (s.start or lo) <= a and (s.end is None or s.end >= (last or hi))]
        if not cover:
            continue
        best = max(cover, key=lambda s: (s.rank, _SRC_PRIORITY.get(s.src, 0), s.label))
        piece = Span(None if a == lo else a, last, best.code, best.sector, best.rank, best.src, best.label,
                     horizon=best.horizon and (best.end == last))
        if out and out[-1].label == piece.label and out[-1].code == piece.code and out[-1].sector == piece.sector \
                and out[-1].src == piece.src and out[-1].end is not None and _next(out[-1].end) == (piece.start or lo):
            out[-1] = Span(out[-1].start, piece.end, piece.code, piece.sector, piece.rank, piece.src, piece.label,
                           horizon=piece.horizon)
        else:
            out.append(piece)
    return out + defaults[:1]


def _next(iso: str) -> str:
    if iso >= "9999-12-31":
        return iso
    return (_dt.date.fromisoformat(iso) + _dt.timedelta(days=1)).isoformat()


def _prev(iso: str) -> str:
    return (_dt.date.fromisoformat(iso) - _dt.timedelta(days=1)).isoformat()


# ------------------------------------------------------------------------------------------ Wikidata

def read_wikidata(src: Path, stats: Counter) -> dict[str, Person]:
    """Persons by QID from the every-politician files (see module docstring)."""
    base = src / "wikidata_office_holders"
    labels = {}
    for r in csv.DictReader((base / "ep_positions_all.csv").open(encoding="utf-8")):
        labels[(r["iso3"], r["id"])] = r["position"]
    snapshot = {}
    for r in csv.DictReader((base / "SOURCES.csv").open(encoding="utf-8")):
        snapshot[r["repo"]] = r["commit_date"]
    enwiki = {}
    for r in csv.DictReader((base / "ep_bio_all.csv").open(encoding="utf-8")):
        if r.get("enwiki"):
            enwiki[r["id"]] = re.sub(r"\s*\([^)]*\)$", "", r["enwiki"].replace("_", " ")).strip()
    people: dict[str, Person] = {}

    def add(r: dict, label: str, cls: tuple[str, int] | None, src: str, subnational: str) -> None:
        if cls is None:
            stats["wikidata: not an office (spouse)"] += 1
            return
        code, dependency, disputed = _country(r["iso3"])
        if code is None:
            stats["wikidata: no country"] += 1
            return
        sector, rank = cls
        if disputed:
            sector, rank = "PRE", min(rank, SUBNATIONAL_RANK)
        if dependency:
            rank = min(rank, SUBNATIONAL_RANK)
        start, end = _wd_date(r["start"], False), _wd_date(r["end"], True)
        if not start and not end:
            stats["wikidata: no dates"] += 1
            return
        snap = snapshot.get(r.get("repo", ""), "2022-06-30")
        if src == "l" and not end and start:
            if start < _shift(snap, -8):
                end = _shift(start, 5)  # a term whose end the source never recorded
                stats["wikidata: legislator term closed after 5 years"] += 1
        if end and end < "2000-01-01":
            stats["wikidata: spell ended before 2000"] += 1
            return
        horizon = False
        if not end:
            # "in office when the repository was last updated" (kb README), not "today": trusted for a year
            # after that snapshot, unknown afterwards
            grace = WIKIDATA_GRACE_YEARS + (1 if rank >= 90 else 0)
            end, horizon = max(_shift(snap, grace), start or "0001-01-01"), True
        where = f" ({subnational.split(' (')[0]})" if subnational else ""
        qid = r["personID"]
        p = people.get(qid)
        if p is None:
            p = people[qid] = Person(r["person"].strip(), code, qid)
            if qid in enwiki and enwiki[qid] != p.name:
                p.variants.add(enwiki[qid])
        p.spans.append(Span(start, end, code, sector, rank, src, _clean_label(label) + where, horizon=horizon))

    rules = _rules()
    holders = list(csv.DictReader((base / "ep_holders21_all.csv").open(encoding="utf-8")))
    # an open spell followed by another person's later spell of the same office ended the day before
    # (a single seat changed hands; the source left the end empty)
    by_office: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in holders:
        by_office[(r["iso3"], r["position_qid"])].append(r)
    for rows in by_office.values():
        starts = [(_wd_date(r["start"], False) or "", r["personID"]) for r in rows]
        for a, (sa, pa) in zip(rows, starts):
            if a["end"] or not sa:
                continue
            later = [sb for sb, pb in starts if pb != pa and sb > sa]
            if later:
                a["end"] = _prev(min(later))
                stats["wikidata: open spell closed by a successor"] += 1
    for r in holders:
        label = labels.get((r["iso3"], r["position_qid"])) or r["position"]
        sub = r.get("subnational") or ""
        add(r, label, classify_position(label, subnational=bool(sub)), "w", sub)
        stats["wikidata: holder spells read"] += 1
    for r in csv.DictReader((base / "ep_legislators_all.csv").open(encoding="utf-8")):
        cls = classify_position(r["position"])
        if cls is not None and cls[0] != "LEG":
            cls = ("LEG", 30)  # every row of this file is a member of a legislature
        add(r, r["position"], cls, "l", "")
        stats["wikidata: legislator spells read"] += 1
    return people


def _shift(iso: str, years: int) -> str:
    y, m, d = iso[:10].split("-")
    return _clamp(int(y) + years, int(m), min(int(d), 28))


# ------------------------------------------------------------------------------------------ Phoenix

_CODE_RX = re.compile(r"\[([^\]]*)\]")


def cameo_to_plover(code: str) -> tuple[str | None, str | None] | None:
    """A CAMEO actor code -> (PLOVER code, sector): "PAKGOV" -> ("PAK", "GOV"), "IGOUNOREFHCR" -> ("UNO",
    "REF"), "NGOCHNUIGHRI" -> ("NGO", "SOC"), "IMGMUSALQ" -> ("IMG", "REB"), "ELI" -> (None, "ELI"); None
    for an unknown code ("---")."""
    from .validate import valid_codes

    c = code.strip().upper()
    if len(c) < 3 or not c[:3].isalpha():
        return None
    head = c[:3]
    rest = c[3:]
    if head == "IGO":
        sub = rest[:3]
        pcode = {"UNO": "UNO", "EUR": "EUR"}.get(sub, "IGO")
        rest = rest[3:] if sub in ("UNO", "EUR") else rest
    elif head in ("NGO", "MNC", "IMG"):
        pcode = head
    elif head in CAMEO_SECTORS and head not in valid_codes():
        pcode, rest = None, c
    elif head in CAMEO_REGIONS:
        pcode = None  # a region ("MEAREB": a Middle Eastern armed group): no country
    else:
        iso = CAMEO_COUNTRIES.get(head, head)
        if iso == "IMG":
            pcode = "IMG"
        elif iso in valid_codes():
            pcode = DEPENDENCIES.get(iso, iso)
        else:
            return None
    sector = None
    for k in range(0, len(rest) - 2, 3):
        s = CAMEO_SECTORS.get(rest[k:k + 3])
        if s:
            sector = s
            if s == "GOV" and rest[k + 3:k + 6] == "LEG":
                sector = "LEG"  # "PAKGOVLEG": a member of the legislature
            break
    if pcode == "IMG":
        sector = "REB"
    elif pcode == "NGO" and sector is None:
        sector = "SOC"
    return pcode, sector


def _acronyms(raw: str) -> list[str]:
    """Acronyms written in brackets in a Phoenix name: ``IRISH_REPUBLICAN_ARMY_(IRA)_`` -> ["IRA"]."""
    return [a for a in re.findall(r"\(([A-Z0-9][A-Z0-9\-&]{1,9})\)", raw) if any(c.isalpha() for c in a)]


def _phoenix_name(raw: str) -> str:
    """``NAWAZ_SHARIF_`` -> "Nawaz Sharif" (underscores are spaces; case as news writes names; an acronym
    in brackets is left out: see :func:`_acronyms`)."""
    raw = re.sub(r"\([^)]*\)", " ", raw)
    words = [w for w in raw.strip().strip("_").replace("_", " ").split() if w]
    out = []
    for w in words:
        if w.isupper() and len(w) <= 4 and "." not in w and not any(c in "AEIOUY" for c in w[1:]) and len(w) > 1:
            out.append(w)  # an acronym
        else:
            out.append("-".join(x[:1].upper() + x[1:].lower() for x in w.split("-")))
    name = " ".join(out)
    name = re.sub(r"\b(Al|El|Bin|Ibn|Bint|Abu|Da|De|Di|Du|Van|Von|Der|Le|La)\b", lambda m: m.group(0).lower()
                  if m.start() > 0 else m.group(0), name)
    return name


def _roles_of(text: str, stats: Counter, label: str = "") -> list[Span]:
    """Dated roles in the ``[CODE dates]`` groups of one line."""
    out = []
    for grp in _CODE_RX.findall(text):
        parts = grp.replace(" - ", "-").split()
        if not parts or parts[0].startswith(("B:", "D:")):
            continue
        cp = cameo_to_plover(parts[0])
        if cp is None:
            stats["phoenix: role with unknown code"] += 1
            continue
        code, sector = cp
        dates = "".join(parts[1:])
        start = end = None
        default = horizon = False
        if not dates:
            default = True
        elif dates.startswith(">"):
            start = parse_phoenix_date(dates[1:])
            end, horizon = PHOENIX_HORIZON, True
            if start is None:
                stats["phoenix: bad date"] += 1
                continue
        elif dates.startswith("<"):
            end = parse_phoenix_date(dates[1:])
            start = "2003-01-01"  # "<date": in office when the World Leaders coding began (CountryInfo docs)
            if end is None:
                stats["phoenix: bad date"] += 1
                continue
        elif "-" in dates:
            a, b = dates.split("-", 1)
            start, end = parse_phoenix_date(a), parse_phoenix_date(b)
            if start is None or end is None or end < start:
                stats["phoenix: bad date"] += 1
                continue
        else:
            stats["phoenix: bad date"] += 1
            continue
        if horizon and start and start > PHOENIX_HORIZON:
            end = start
        out.append(Span(start, end, code or "", sector, 0, "p", label or (parts[0]), default=default,
                        horizon=horizon))
    return out


@dataclass
class _Entry:
    name: str
    variants: list
    codes_text: str
    comment: str
    role_lines: list
    line: int


def _entries(path: Path) -> list[_Entry]:
    """Entries of a TABARI/PETRARCH ``.actors`` file: a name line (codes and ``#`` comment may follow on
    it), ``+variant`` lines and tab-indented ``[CODE dates]`` lines."""
    out: list[_Entry] = []
    cur: _Entry | None = None
    for n, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#") and not raw.startswith("+"):
            continue
        line = raw.rstrip()
        body, _, comment = line.partition("#")
        if raw[:1] in (" ", "\t"):
            if cur is not None:
                cur.role_lines.append(body)
            continue
        if raw.startswith("+"):
            if cur is not None:
                v = body[1:].split("[")[0].strip()
                if v:
                    cur.variants.append(v)
                if "[" in body:
                    cur.role_lines.append(body[body.index("["):])
            continue
        if raw.startswith(("!", "<", "=")) or "=" in body.split("[")[0]:
            cur = None
            continue
        name = body.split("[")[0].strip()
        if not name:
            cur = None
            continue
        cur = _Entry(name, [], body[body.index("["):] if "[" in body else "", comment.strip(), [], n)
        out.append(cur)
    return out


def read_countryinfo(src: Path) -> tuple[dict[tuple[str, str], list[tuple[str, str | None, str | None]]],
                                         list[tuple[str, str]]]:
    """From ``CountryInfo.140728.txt``: office labels by (folded name, ISO3) -> [(label, start, end)]
    (``<Leaders>`` titles and ``<Government>`` comments), and place names [(name, ISO3)] (capitals, major
    cities, regions)."""
    text = (src / "phoenix_countryinfo" / "CountryInfo.140728.txt").read_bytes().decode("latin-1")
    text = text.split("-->", 1)[-1]
    labels: dict[tuple[str, str], list] = defaultdict(list)
    places: list[tuple[str, str]] = []
    for block in re.findall(r"<Country>(.*?)</Country>", text, re.S):
        m = re.search(r"<CountryCode>\s*([A-Z]{3})", block)
        if not m:
            continue
        iso = CAMEO_COUNTRIES.get(m.group(1), m.group(1))
        iso = DEPENDENCIES.get(iso, iso)
        for tag in ("Capital", "MajorCities", "Regions"):
            for sec in re.findall(rf"<{tag}>(.*?)</{tag}>", block, re.S):
                for l in sec.splitlines():
                    l = l.split("#")[0].strip()
                    if l and not l.startswith("<"):
                        places.append((_phoenix_name(l), iso))
        lead = re.search(r"<Leaders>(.*?)</Leaders>", block, re.S)
        if lead:
            for title_tag, body in re.findall(r"<([A-Za-z ]+)>(.*?)</\1>", lead.group(1), re.S):
                title = _CI_SECTIONS.get(title_tag.strip().lower(), title_tag.strip().lower().rstrip("s"))
                for l in body.splitlines():
                    l = l.split("#")[0]
                    names = re.findall(r"\{([^}]*)\}", l) or [l.split("[")[0]]
                    for grp in _CODE_RX.findall(l):
                        g = grp.replace(" ", "")
                        if g.startswith(("B:", "D:")):
                            continue
                        if g.startswith(">"):
                            s, e = parse_phoenix_date(g[1:]), None
                        elif "-" in g:
                            a, b = g.split("-", 1)
                            s, e = parse_phoenix_date(a), parse_phoenix_date(b)
                        else:
                            continue
                        for nm in names:
                            if nm.strip():
                                labels[(fold_name(nm.replace("_", " ")), iso)].append((title, s, e))
        gov = re.search(r"<Government>(.*?)</Government>", block, re.S)
        if gov:
            for l in gov.group(1).splitlines():
                if "#" not in l or "[" not in l:
                    continue
                body, _, comment = l.partition("#")
                names = re.findall(r"\{([^}]*)\}", body) or [body.split("[")[0]]
                lab = " ".join(comment.split())
                if not lab:
                    continue
                for nm in names:
                    if nm.strip():
                        labels[(fold_name(nm.replace("_", " ")), iso)].append((lab, None, None))
    return labels, places


def _label_for(span: Span, labs: list[tuple[str, str | None, str | None]]) -> str:
    """The office label of a Phoenix role: a CountryInfo leader title whose dates overlap it, else the
    government comment (one person's comments joined), else the CAMEO code."""
    for title, s, e in labs:
        if s and span.start and (e is None or span.start <= e) and (span.end is None or s <= span.end):
            return title
    comments = [t for t, s, e in labs if s is None]
    if comments and span.sector not in ("ELI", None):
        return "; ".join(dict.fromkeys(comments))[:200]
    return _SECTOR_LABELS.get(span.sector or "", "official") + f" ({span.label}, CAMEO)"


def read_phoenix(src: Path, stats: Counter) -> tuple[list[Person], list[dict], list[tuple[str, str]]]:
    """People, organisations and place names from the Phoenix dictionaries (see module docstring)."""
    base = src / "phoenix_countryinfo"
    labels, places = read_countryinfo(src)
    people: list[Person] = []
    orgs: list[dict] = []
    # -- countries file
    block_code = None
    for e in _entries(base / "Phoenix.Countries.actors.txt"):
        codes = _CODE_RX.findall(e.codes_text)
        if "CountryInfo.txt" in e.comment:
            spans = []
            for rl in e.role_lines + ([e.codes_text] if e.codes_text else []):
                spans += _roles_of(rl, stats)
            if not spans:
                stats["phoenix: person without role"] += 1
                continue
            country = next((s.code for s in spans if s.code and len(s.code) == 3 and s.code not in _NONSTATE
                            and s.code not in ("UNO", "EUR")), block_code)
            if not country:
                stats["phoenix: person without country"] += 1
                continue
            name = _phoenix_name(e.name)
            labs = labels.get((fold_name(name), country), [])
            for s in spans:
                s.label = _clean_label(_label_for(s, labs))
                s.rank = _phoenix_rank(s)
            p = Person(name, country)
            p.variants.update(_phoenix_name(v) for v in e.variants)
            p.spans = spans
            people.append(p)
            stats["phoenix: persons (countries file)"] += 1
            continue
        if codes and len(codes[0].split()[0]) == 3 and not e.role_lines:
            cp = cameo_to_plover(codes[0].split()[0])
            block_code = cp[0] if cp else None
            if block_code:
                for v in [e.name] + e.variants:
                    places.append((_phoenix_name(v), block_code))
            continue
        spans = []
        for rl in e.role_lines + ([e.codes_text] if e.codes_text else []):
            spans += _roles_of(rl, stats)
        if not (spans and spans[0].code):
            continue
        name = _phoenix_name(e.name)
        words = {w.lower() for w in re.split(r"[\s\-/]+", name)}
        if not (words & ORG_WORDS) and 2 <= len(name.split()) <= 4 and (
                any(not s.default for s in spans) or any(s.sector == "ELI" for s in spans)):
            # a person added by hand without the CountryInfo mark ("IMRAN_KHAN [PAKELI] [PAKGOVLEG ...]")
            labs = labels.get((fold_name(name), spans[0].code), [])
            for s in spans:
                s.label = _clean_label(_label_for(s, labs))
                s.rank = _phoenix_rank(s)
            p = Person(name, spans[0].code)
            p.variants.update(_phoenix_name(v) for v in e.variants)
            p.spans = spans
            people.append(p)
            stats["phoenix: persons without the CountryInfo mark"] += 1
        elif spans[0].sector:
            orgs.append({"name": name, "variants": _org_variants(e), "codes": [spans[0].code],
                         "sector": spans[0].sector, "source": "phoenix:Phoenix.Countries.actors.txt"})
            stats["phoenix: organisations (countries file)"] += 1
    # -- international file: officials (dated roles, or no organisation word) and organisations
    for e in _entries(base / "Phoenix.International.actors.txt"):
        spans = []
        for rl in e.role_lines + ([e.codes_text] if e.codes_text else []):
            spans += _roles_of(rl, stats)
        for s in spans:
            s.src = "i"
        if not spans:
            stats["phoenix intl: entry without code"] += 1
            continue
        name = _phoenix_name(e.name)
        bare = _untitled(name)
        words = {w.lower() for w in re.split(r"[\s\-/]+", name)}
        is_org = bool(words & ORG_WORDS) or (" " not in name.strip()) or len(name.split()) > 4
        if any(not s.default for s in spans) and not (words & ORG_WORDS):
            is_org = False
        if is_org:
            first = next((s for s in spans if s.code or s.sector), None)
            if first is None:
                continue
            orgs.append({"name": name, "variants": _org_variants(e),
                         "codes": [first.code] if first.code else [], "sector": first.sector,
                         "source": "phoenix:Phoenix.International.actors.txt"})
            stats["phoenix intl: organisations"] += 1
        else:
            country = next((s.code for s in spans if s.code and s.code not in _NONSTATE + ("UNO", "EUR")), "")
            for s in spans:
                if not s.code:
                    s.code = next((x.code for x in spans if x.code), country)
                if s.sector is None and s.code in ("IGO", "UNO", "EUR"):
                    s.sector = "GOV"  # an officer of an international body acts for it
                s.rank = _phoenix_rank(s)
                s.label = {"UNO": "United Nations official", "EUR": "European Union official",
                           "IGO": "official of an international organisation"}.get(s.code, s.label)
            if not any(s.code for s in spans):
                continue
            p = Person(bare, country or next(s.code for s in spans if s.code))
            p.variants.update(_phoenix_name(v) for v in e.variants)
            if bare != name:
                p.variants.add(name)
            p.spans = spans
            people.append(p)
            stats["phoenix intl: persons"] += 1
    # -- armed groups
    for e in _entries(base / "Phoenix.MilNonState.actors.txt"):
        spans = []
        for rl in e.role_lines + ([e.codes_text] if e.codes_text else []):
            spans += _roles_of(rl, stats)
        first = spans[0] if spans else None
        if first is None:
            stats["phoenix milnonstate: entry without code"] += 1
            continue
        orgs.append({"name": _phoenix_name(e.name), "variants": _org_variants(e),
                     "codes": [first.code] if first.code else [], "sector": first.sector or "REB",
                     "source": "phoenix:Phoenix.MilNonState.actors.txt"})
        stats["phoenix milnonstate: organisations"] += 1
    return people, orgs, places


_TITLE_PREFIX = re.compile(r"^((un|u\.n\.|united nations|nato|eu|imf|world bank)\s+)?(secretary[- ]general|president|"
                           r"prime minister|director[- ]general|high commissioner|special envoy|chairman|king|queen|"
                           r"chief|commissioner|ambassador|general)\s+", re.I)


def _untitled(name: str) -> str:
    """A person's name without the title a dictionary wrote into it ("Secretary-General Ban Ki-Moon" ->
    "Ban Ki-Moon")."""
    bare = _TITLE_PREFIX.sub("", name).strip()
    return bare if len(bare.split()) >= 2 else name


def _org_variants(e: _Entry) -> list[str]:
    out = [_phoenix_name(v) for v in e.variants]
    for raw in [e.name, *e.variants]:
        out += _acronyms(raw)
    return out


def _phoenix_rank(s: Span) -> int:
    label = s.label.lower()
    if s.sector == "ELI":
        return 0
    for t, r in (("president", 100), ("prime minister", 100), ("king", 100), ("premier", 100), ("emir", 100),
                 ("chancellor", 100), ("minister", 80), ("ambassador", 40)):
        if t in label:
            return r
    return {"GOV": 60, "MIL": 60, "SPY": 60, "JUD": 55, "COP": 55, "LEG": 30}.get(s.sector or "", 40)


# ------------------------------------------------------------------------------------------ UCDP, MISP

def read_ucdp(src: Path, stats: Counter) -> list[dict]:
    """Rebel organisations (Org 1) of the UCDP actor list -> REB with their location countries."""
    import country_converter as coco

    gw = {}
    data = coco.CountryConverter().data
    for _, row in data.iterrows():
        try:
            gw.setdefault(int(row["GWcode"]), row["ISO3"])
        except (ValueError, TypeError):
            continue
    gw.update({260: "DEU", 265: "DEU", 315: "CZE", 345: "SRB", 347: "XKX", 678: "YEM", 680: "YEM", 817: "VNM",
               816: "VNM", 626: "SSD", 529: "ETH", 713: "TWN", 731: "PRK", 732: "KOR"})
    path = src / "ucdp_actors" / "ucdp-actor-221.csv"
    out = []
    for r in csv.DictReader(path.open(encoding="utf-8-sig", errors="replace")):
        if r.get("Org") != "1":
            continue
        codes = []
        for x in (r.get("GWNOLoc") or "").split(","):
            x = x.strip()
            if x.isdigit() and int(x) in gw:
                c = DEPENDENCIES.get(gw[int(x)], gw[int(x)])
                if c not in codes:
                    codes.append(c)
        names = [r.get("NameData", ""), r.get("NameOrig", ""), r.get("NameOrigFull", ""), r.get("NameOrigFullEng", ""),
                 r.get("NewName", ""), r.get("NewNameFullEng", "")]
        names = list(dict.fromkeys(" ".join(n.split()) for n in names if n and n.strip() and n.strip() != "n/a"))
        if not names:
            continue
        name = names[0]
        out.append({"name": name, "variants": names[1:], "codes": codes, "sector": "REB",
                    "source": f"ucdp:{r.get('ActorId') or r.get(chr(0xfeff) + 'ActorId')}"})
        stats["ucdp: rebel organisations"] += 1
    return out


def read_misp(src: Path, stats: Counter) -> list[dict]:
    """Intelligence agencies (MISP galaxy) -> their country, sector SPY."""
    import pycountry

    data = json.loads((src / "orgs" / "misp-galaxy_intelligence-agencies.json").read_text(encoding="utf-8"))
    out = []
    for v in data.get("values", []):
        meta = v.get("meta") or {}
        c = pycountry.countries.get(alpha_2=(meta.get("country") or "").upper())
        if c is None:
            stats["misp: no country"] += 1
            continue
        code = DEPENDENCIES.get(c.alpha_3, c.alpha_3)
        name = re.sub(r"\s*\([^)]*\)\s*$", "", v.get("value", "")).strip()
        variants = [s for s in meta.get("synonyms") or [] if _latin(s)]
        acr = re.findall(r"\(([A-Z][A-Za-z0-9\-]{1,9})\)", v.get("description") or "")
        variants += [a for a in acr if a.upper() == a and len(a) >= 3]
        if not name or not _latin(name):
            continue
        out.append({"name": name, "variants": variants, "codes": [code], "sector": "SPY",
                    "source": "misp:intelligence-agencies"})
        stats["misp: agencies"] += 1
    return out


def _latin(s: str) -> bool:
    return bool(s) and all(ord(c) < 0x250 or c in "’‘–—" for c in s)


# ------------------------------------------------------------------------------------------ merge, write

def _merge(wd: dict[str, Person], phoenix: list[Person], stats: Counter) -> list[Person]:
    """Phoenix people join the Wikidata person of the same folded name (or variant) and country."""
    by_key: dict[tuple[str, str], Person] = {}
    for p in wd.values():
        for n in [p.name, *p.variants]:
            by_key.setdefault((fold_name(n), p.country), p)
    by_name: dict[str, list[Person]] = defaultdict(list)
    for p in wd.values():
        for n in [p.name, *p.variants]:
            by_name[fold_name(n)].append(p)
    out = list(wd.values())
    for p in phoenix:
        target = None
        for n in [p.name, *p.variants]:
            target = by_key.get((fold_name(n), p.country))
            if target:
                break
        if target is None and any(s.src == "i" for s in p.spans):
            # an official of an international body joins the one person of that name ("Ban Ki-moon": KOR
            # minister, then UN Secretary-General)
            same = {id(x): x for n in [p.name, *p.variants] for x in by_name.get(fold_name(n), [])}
            if len(same) == 1:
                target = next(iter(same.values()))
        if target is not None:
            target.variants.update(v for v in [p.name, *p.variants] if v != target.name)
            target.spans += p.spans
            stats["merged: phoenix person joined a wikidata person"] += 1
        else:
            out.append(p)
            for n in [p.name, *p.variants]:
                by_key.setdefault((fold_name(n), p.country), p)
                by_name[fold_name(n)].append(p)
    return out


def _good_variant(v: str, name: str) -> bool:
    """A name variant worth indexing: Latin script, not a bare title or a common word."""
    if not v or not _latin(v):
        return False
    words = fold_words(v)
    if not words:
        return False
    if len(words) == 1:
        return len(words[0]) >= 4 and words[0] not in GENERIC_WORDS and words[0] not in {
            t for t in " ".join(_TITLE_WORDS).split()}
    return True


def _sector_words() -> set[str]:
    """Words of the packaged agent nouns (``sector_nouns.tsv``: "senate", "police", "armed forces"...): an
    organisation name made only of these ("Senate", "National Assembly") is generic, never a key."""
    from .validate import load_tables

    out: set[str] = set()
    for r in load_tables()[2]:
        out.update(fold_words(r.lemma))
        out.update(w + "s" for w in fold_words(r.lemma))
    return out


def _gz(lines: list[str]) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="", compresslevel=9) as fh:
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))
    return buf.getvalue()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_kb(src: str | Path = DEFAULT_SRC, out: str | Path | None = None) -> dict:
    """Read the sources in ``src`` and write ``persons.tsv.gz``, ``orgs.tsv.gz``, ``places.tsv.gz`` and
    ``MANIFEST.json`` into ``out`` (default: the package's ``data/actors/kb``). Returns the manifest.
    Raises DictionaryError (EW200) when a source file is missing or the office rules are invalid."""
    src = Path(src)
    need = ["wikidata_office_holders/ep_holders21_all.csv", "wikidata_office_holders/ep_legislators_all.csv",
            "wikidata_office_holders/ep_positions_all.csv", "wikidata_office_holders/ep_bio_all.csv",
            "wikidata_office_holders/SOURCES.csv", "phoenix_countryinfo/Phoenix.Countries.actors.txt",
            "phoenix_countryinfo/Phoenix.International.actors.txt",
            "phoenix_countryinfo/Phoenix.MilNonState.actors.txt", "phoenix_countryinfo/CountryInfo.140728.txt",
            "ucdp_actors/ucdp-actor-221.csv", "orgs/misp-galaxy_intelligence-agencies.json"]
    missing = [n for n in need if not (src / n).is_file()]
    if missing:
        raise DictionaryError(f"{src}: actor sources missing: {', '.join(missing)} (point --src at ../shared/kb)")
    out_dir = Path(out) if out else Path(str(resources.files("eventwire").joinpath(*KB_PARTS)))
    out_dir.mkdir(parents=True, exist_ok=True)
    stats: Counter = Counter()
    wd = read_wikidata(src, stats)
    ph_people, orgs, places = read_phoenix(src, stats)
    orgs += read_ucdp(src, stats)
    orgs += read_misp(src, stats)
    people = _merge(wd, ph_people, stats)

    rows = []
    n_roles = n_variants = 0
    countries = set()
    for p in people:
        tl = timeline(p.spans)
        if not tl:
            continue
        roles = [Role(s.start, (s.end + "?") if (s.horizon and s.end) else s.end, s.code or p.country, s.sector,
                      s.rank, s.src, s.label, s.default) for s in tl]
        if not _latin(p.name) or not fold_words(p.name):
            latin = sorted(v for v in p.variants if _latin(v) and fold_words(v))
            if not latin:
                stats["persons: name without Latin letters"] += 1
                continue
            p.name = latin[0]  # the English Wikipedia title of a person labelled in another script
        variants = sorted({v for v in p.variants if v != p.name and _good_variant(v, p.name)})
        max_rank = max((s.rank for s in tl if s.sector not in (None, "ELI")), default=0)
        rows.append((p.name, p.country, p.qid, format_roles(roles), str(max_rank), variants))
        n_roles += len(roles)
        n_variants += len(variants)
        countries.add(p.country)
    rows.sort()
    index = []
    for i, (name, country, qid, roles, max_rank, variants) in enumerate(rows):
        keys, weak, surnames = person_keys(name, variants, country)
        index += [f"{k}\tf\t{i}" for k in keys] + [f"{k}\tw\t{i}" for k in weak] + [f"{k}\ts\t{i}" for k in surnames]
    index.sort()
    (out_dir / "persons.tsv.gz").write_bytes(_gz([PERSON_HEADER] + ["\t".join(r[:5]) for r in rows]))
    (out_dir / "person_index.tsv.gz").write_bytes(_gz([INDEX_HEADER] + index))

    org_rows = {}
    n_org_variants = 0
    generic = GENERIC_WORDS | _sector_words()
    for o in orgs:
        name = " ".join(o["name"].split())
        forms = [f for f in [name, *o["variants"]] if f and _latin(f) and fold_words(f)
                 and not set(fold_words(f)) <= generic]
        if not forms:
            stats["organisations: generic or non-Latin name dropped"] += 1
            continue
        if name not in forms:
            name = forms[0]  # "Revolutionary Guard" is too generic a key; its variant "Quds Force" is not
        variants = sorted({" ".join(v.split()) for v in forms if v != name})
        key = (fold_name(name), o["source"].split(":")[0])
        if key in org_rows:
            continue
        n_org_variants += len(variants)
        okeys, acr = org_keys(name, variants)
        if not okeys and not acr:
            continue
        org_rows[key] = "\t".join((name, "|".join(okeys), "|".join(acr), "|".join(o["codes"]), o["sector"] or "",
                                   o["source"]))
        countries.update(c for c in o["codes"] if len(c) == 3)
    (out_dir / "orgs.tsv.gz").write_bytes(_gz([ORG_HEADER] + sorted(org_rows.values())))

    place_rows = sorted({f"{fold_name(n)}\t{c}\t{n}" for n, c in places if n and c and fold_words(n)
                         and not set(fold_words(n)) <= GENERIC_WORDS})
    (out_dir / "places.tsv.gz").write_bytes(_gz([PLACE_HEADER] + place_rows))

    manifest = {
        "built_by": "eventwire actors build (eventwire.actors.kb_build)",
        "counts": {"persons": len(rows), "roles": n_roles, "person_name_variants": n_variants,
                   "organisations": len(org_rows), "organisation_name_variants": n_org_variants,
                   "places": len(place_rows), "countries": len(countries)},
        "files": {f: (out_dir / f).stat().st_size for f in ("persons.tsv.gz", "person_index.tsv.gz", "orgs.tsv.gz",
                                                            "places.tsv.gz")},
        "notes": dict(sorted(stats.items())),
        "sources": {n: _sha(src / n) for n in need},
    }
    (out_dir / "MANIFEST.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    """``python -m eventwire.actors.kb_build [--src DIR] [--out DIR]`` (same as ``eventwire actors build``)."""
    import argparse

    ap = argparse.ArgumentParser(prog="eventwire actors build", description=__doc__.splitlines()[0])
    ap.add_argument("--src", default=str(DEFAULT_SRC))
    ap.add_argument("--out")
    a = ap.parse_args(argv)
    try:
        m = build_kb(a.src, a.out)
    except DictionaryError as e:
        print(f"eventwire: error: {e}", file=sys.stderr)
        return 2
    print(json.dumps(m["counts"]))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
