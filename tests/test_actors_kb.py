"""The actor knowledge base (issue 12): the builder's rules on small sources of every format, the loader's
lookups (dated roles, ELI, shared surnames, titles, transliteration), organisations and government bodies
by pattern, and the packaged KB's provenance."""
from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json

import pytest

from eventwire.actors.kb import ActorKB, Role, fold_name, load_kb, parse_roles, format_roles, state_at
from eventwire.actors.kb_build import (build_kb, cameo_to_plover, classify_position, parse_phoenix_date,
                                       position_rules, timeline, Span)
from eventwire.errors import DictionaryError

from conftest import shared_path

D = dt.date

# --------------------------------------------------------------------------------------- small sources

HOLDERS = """iso3,jurisdiction_qid,jurisdiction,subnational,position,position_qid,person,personID,start,end,repo,commit
ELB,Q1,Elbonia,,Prime Minister,Q100,Anna Varga,Q11,2010-01-01,2015-06-30,x/elbonia,abc
ELB,Q1,Elbonia,,Prime Minister,Q100,Borys Kral,Q12,2015-07-01,,x/elbonia,abc
ELB,Q1,Elbonia,,Prime Minister,Q100,Cyra Molnár,Q13,2021-03-01,,x/elbonia,abc
ELB,Q1,Elbonia,,Minister of Finance,Q101,Borys Kral,Q12,2012-01-01,2016-12-31,x/elbonia,abc
ELB,Q1,Elbonia,,First Lady,Q102,Dana Kral,Q14,2015-07-01,,x/elbonia,abc
ELB,Q1,Elbonia,Northland (ELB),First Minister,Q103,Emil Nord,Q15,2018,,x/elbonia,abc
ELB,Q1,Elbonia,,Chief of the General Staff,Q104,Ferenc Tóth,Q16,2019-05,,x/elbonia,abc
"""
LEGISLATORS = """iso3,jurisdiction_qid,position,position_qid,person,personID,start,end,repo
ELB,Q1,Member of the 9th Assembly of Elbonia,Q200,Anna Varga,Q11,2016-01-01,2020-12-31,x/elbonia
ELB,Q1,Member of the 9th Assembly of Elbonia,Q200,Gabor Pap,Q17,2016-01-01,2020-12-31,x/elbonia
ELB,Q1,Member of the Northland Assembly,Q201,Emil Nord,Q15,2014-01-01,,x/elbonia
"""
POSITIONS = """iso3,repo,id,position,country,jurisdiction,deputy,list,start,end,before,after,enwiki
ELB,x/elbonia,Q100,Prime Minister of Elbonia,Q1,Q1,,,1990,,,,
"""
BIO = """id,name,gender,dob,dobp,dod,dodp,image,enwiki
Q13,Cyra Molnár,female,,,,,,Cyra Molnar-Kis
"""
SOURCES = """repo,commit,commit_date,jurisdiction_qid,jurisdiction,iso3,holders21_rows,legislators_rows
x/elbonia,abc,2022-06-01,Q1,Elbonia,ELB,7,2
"""
COUNTRIES = """# test
ESTONIA_  [EST]
+TALLINN_
+PARNU_
HANNES_VOOR_  # CountryInfo.txt
+PRESIDENT_VOOR
\t[ESTGOV 050101-091231]
\t[ESTELI]
IVO_KASK_  # CountryInfo.txt
\t[ESTGOV >100201]
NORTH_GUARD
+KAITSELIIT_LEAGUE
\t[ESTMIL]
"""
INTERNATIONAL = """LIIS_MERI_\t[IGOUNO 970101-061231] [ELI]# IGOrulers.txt
BALTIC_FISH_AGENCY_\t[IGOENV]# NGO_Actors
"""
MILNONSTATE = """FOREST_BROTHERS_ARMY_(FBA)_ [ESTREB] # test
+FOREST_BROTHERS_
"""
COUNTRYINFO = """<!-- doc -->
<Country>
<CountryCode>EST</CountryCode>
<Capital>
\tTALLINN_
</Capital>
<MajorCities>
\tTARTU_
</MajorCities>
<Leaders>
\t<Presidents>
\t\tHANNES_VOOR_\t\t[20050101 - 20091231]
\t</Presidents>
</Leaders>
<Government>
\tIVO_KASK_\t[ESTGOV >20100201]\t# Minister of Defence
</Government>
</Country>
"""
UCDP = """ActorId,NameData,NameOrig,NameOrigFull,NameOrigFullEng,NameChange,NewName,NewNameFullMotherTongue,NewNameFullEng,Org,ConflictId,DyadId,PrimaryParty,OSID,OSCoalition,OSCoalitionID,NSID,NSCoalition,NSCoalitionID,Splinter,NamePrev,ActorIdPrev,SplitTemp,NameSplitTemp,ActorIdSplitTemp,Alliance,NameAlliance,ActorIdAlliance,JoinGroup,GroupName,ActorIdGroup,Location,GWNOLoc,Region,Version
901,Lake Liberation Front,LLF,n/a,Lake Liberation Front,0,,,,1,1,1,1,,0,,,0,,0,,,0,,,0,,,0,,,"Estonia, Latvia","366, 367",1,22.1
902,Government of Estonia,x,n/a,x,0,,,,4,1,1,1,,0,,,0,,0,,,0,,,0,,,0,,,Estonia,366,1,22.1
"""
MISP = {"values": [{"value": "Estonian Watch Service", "description": "Estonian Watch Service (EWS) - x",
                    "meta": {"country": "EE", "synonyms": ["Valveteenistus"]}}]}


@pytest.fixture(scope="module")
def src(tmp_path_factory):
    root = tmp_path_factory.mktemp("kbsrc")
    files = {
        "wikidata_office_holders/ep_holders21_all.csv": HOLDERS.replace("ELB", "EST"),
        "wikidata_office_holders/ep_legislators_all.csv": LEGISLATORS.replace("ELB", "EST"),
        "wikidata_office_holders/ep_positions_all.csv": POSITIONS.replace("ELB", "EST"),
        "wikidata_office_holders/ep_bio_all.csv": BIO, "wikidata_office_holders/SOURCES.csv": SOURCES.replace("ELB", "EST"),
        "phoenix_countryinfo/Phoenix.Countries.actors.txt": COUNTRIES,
        "phoenix_countryinfo/Phoenix.International.actors.txt": INTERNATIONAL,
        "phoenix_countryinfo/Phoenix.MilNonState.actors.txt": MILNONSTATE,
        "phoenix_countryinfo/CountryInfo.140728.txt": COUNTRYINFO,
        "ucdp_actors/ucdp-actor-221.csv": UCDP,
        "orgs/misp-galaxy_intelligence-agencies.json": json.dumps(MISP),
    }
    for name, text in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def small(src, tmp_path_factory):
    out = tmp_path_factory.mktemp("kbout")
    manifest = build_kb(src, out)
    return ActorKB(out), manifest, out


def test_build_is_reproducible_and_keeps_sources(src, small, tmp_path):
    kb, manifest, out = small
    build_kb(src, tmp_path)
    for f in ("persons.tsv.gz", "person_index.tsv.gz", "orgs.tsv.gz", "places.tsv.gz", "MANIFEST.json"):
        assert (out / f).read_bytes() == (tmp_path / f).read_bytes(), f
    assert manifest["counts"]["persons"] == len(kb) >= 8
    rows = gzip.decompress((out / "persons.tsv.gz").read_bytes()).decode().splitlines()[1:]
    assert rows and all(r.split("\t")[3] for r in rows)  # every person has roles, each with a source tag
    orgs = gzip.decompress((out / "orgs.tsv.gz").read_bytes()).decode().splitlines()[1:]
    assert orgs and all(r.split("\t")[5] for r in orgs)  # every organisation row keeps its source


def test_wikidata_roles_dates_and_ends(small):
    kb, _, _ = small
    anna = kb.person("Anna Varga", D(2012, 1, 1), countries=["EST"])
    assert (anna.code, anna.sector, anna.role, anna.source) == ("EST", "GOV", "Prime Minister of Elbonia", "wikidata:Q11")
    # her office ended 2015-06-30: from the next day she is a former official, until the legislature
    assert kb.person("Anna Varga", D(2015, 6, 30), countries=["EST"]).sector == "GOV"
    after = kb.person("Anna Varga", D(2015, 7, 1), countries=["EST"])
    assert (after.sector, after.start, after.role) == ("ELI", "2015-07-01", "former Prime Minister of Elbonia")
    assert kb.person("Anna Varga", D(2017, 1, 1), countries=["EST"]).sector == "LEG"  # another role applies
    assert kb.person("Anna Varga", D(2022, 1, 1), countries=["EST"]).sector == "ELI"
    # concurrent roles: the senior one (prime minister over finance minister) is coded
    borys = kb.person("Borys Kral", D(2016, 1, 1))
    assert (borys.sector, borys.rank, borys.role) == ("GOV", 100, "Prime Minister of Elbonia")
    assert kb.person("Borys Kral", D(2013, 1, 1)).role == "Minister of Finance"
    # an open spell is closed by the successor's start (the source left the end empty)
    b = kb.person("Borys Kral", D(2021, 3, 1))
    assert b.sector == "ELI" and b.start == "2021-03-01"
    # an open spell is trusted for a year after the repository's snapshot (two for heads), then unknown
    assert kb.person("Cyra Molnár", D(2024, 5, 1)).sector == "GOV"
    late = kb.person("Cyra Molnár", D(2024, 7, 1))
    assert (late.code, late.sector) == ("EST", None)
    # the English Wikipedia title is a variant; diacritics folded
    assert kb.person("Cyra Molnar-Kis", D(2022, 1, 1)).name == "Cyra Molnár"
    assert kb.person("CYRA MOLNAR", D(2022, 1, 1)) is not None
    # spouses hold no office; a sub-national first minister is GOV of the state, ranked below national offices
    assert kb.person("Dana Kral", D(2016, 1, 1)) is None
    emil = kb.person("Emil Nord", D(2019, 1, 1), countries=["EST"])
    assert (emil.code, emil.sector, emil.rank, emil.role) == ("EST", "GOV", 35, "First Minister (Northland)")
    # ... and outranks the seat in the regional assembly held at the same time; before the office, the seat
    assert kb.person("Emil Nord", D(2016, 1, 1), countries=["EST"]).sector == "LEG"
    # a sub-national official, like a legislator, needs the country in the article
    assert kb.person("Emil Nord", D(2019, 1, 1)) is None
    assert kb.person("Ferenc Toth", D(2020, 1, 1)).sector == "MIL"


def test_legislators_need_their_country_in_the_article(small):
    kb, _, _ = small
    assert kb.person("Gabor Pap", D(2018, 1, 1)) is None
    assert kb.person("Gabor Pap", D(2018, 1, 1), countries=["EST"]).sector == "LEG"
    assert kb.person("Gabor Pap", D(2018, 1, 1), title_sector="LEG").code == "EST"


def test_phoenix_people_orgs_and_places(small):
    kb, _, _ = small
    voor = kb.person("Hannes Voor", D(2006, 1, 1))
    assert (voor.code, voor.sector, voor.role, voor.source) == ("EST", "GOV", "president",
                                                                "phoenix:Phoenix.Countries.actors.txt")
    assert kb.person("Hannes Voor", D(2011, 1, 1)).sector == "ELI"
    assert kb.person("Hannes Voor", D(2003, 1, 1)).sector == "ELI"  # the undated default role
    assert kb.person("Voor", D(2006, 1, 1), title="president").name == "Hannes Voor"
    kask = kb.person("Ivo Kask", D(2012, 1, 1))
    assert (kask.sector, kask.role) == ("GOV", "Minister of Defence")
    # "in office at the last update": known up to the file's date, unknown (not former) afterwards
    assert kb.person("Ivo Kask", D(2016, 1, 1)).sector is None
    liis = kb.person("Liis Meri", D(2000, 1, 1))
    assert (liis.code, liis.sector) == ("UNO", "GOV")
    assert kb.person("Liis Meri", D(2008, 1, 1)).sector == "ELI"
    got = {kb.orgs[j][0]: (kb.orgs[j][1], kb.orgs[j][2], kb.orgs[j][3]) for j in set(kb.org_keys.values())}
    # "North Guard" is made only of generic words: never a key; its variant names the organisation
    assert got["Kaitseliit League"] == (("EST",), "MIL", "phoenix:Phoenix.Countries.actors.txt")
    assert ("north", "guard") not in kb.org_keys
    assert got["Forest Brothers Army"] == (("EST",), "REB", "phoenix:Phoenix.MilNonState.actors.txt")
    assert got["Lake Liberation Front"] == (("EST", "LVA"), "REB", "ucdp:901")
    assert got["Estonian Watch Service"] == (("EST",), "SPY", "misp:intelligence-agencies")
    assert "Government of Estonia" not in got  # UCDP governments are the states themselves
    assert kb.org_acronyms["FBA"] == kb.org_keys[("forest", "brothers", "army")]
    assert kb.place_country("Tartu") == "EST" and kb.place_country("Parnu") == "EST"


def test_org_matching_in_tokens(small):
    kb, _, _ = small
    texts = "The Lake Liberation Front and the FBA attacked ; Latvia".split()
    ms = kb.match_orgs(texts, [True] * len(texts), ["LVA"])
    assert [(m.start, m.end, m.code, m.sector) for m in ms] == [(1, 4, "LVA", "REB"), (6, 7, "EST", "REB")]
    assert kb.match_orgs(["lake", "liberation", "front"], [True] * 3) == []  # a name needs its capital


# --------------------------------------------------------------------------------------- rules as units

def test_phoenix_dates_and_codes():
    assert parse_phoenix_date("901106") == "1990-11-06"
    assert parse_phoenix_date("100630") == "2010-06-30"
    assert parse_phoenix_date("20030631") == "2003-06-30"  # an impossible day, clamped
    assert parse_phoenix_date("2004017") is None
    assert cameo_to_plover("PAKGOVEDU") == ("PAK", "GOV")
    assert cameo_to_plover("IGOUNOREFHCR") == ("UNO", "REF")
    assert cameo_to_plover("NGOCHNUIGHRI") == ("NGO", "SOC")
    assert cameo_to_plover("IMGMUSALQ") == ("IMG", "REB")
    assert cameo_to_plover("AFGGOVMED") == ("AFG", "GOV")
    assert cameo_to_plover("AFGMED") == ("AFG", "JRN")  # CAMEO MED is media
    assert cameo_to_plover("SASREB") == (None, "REB")  # a region, no country
    assert cameo_to_plover("---") is None


@pytest.mark.parametrize("label,expected", [
    ("Prime Minister of Iceland", ("GOV", 100)), ("President of the Senate", ("LEG", 60)),
    ("Chief Justice of Kenya", ("JUD", 60)), ("Chief of the General Staff", ("MIL", 70)),
    ("Director of the Inter-Services Intelligence", ("SPY", 70)), ("Minister of Foreign Affairs", ("GOV", 80)),
    ("Governor of the Central Bank", ("GOV", 55)), ("Member of the Althing", ("LEG", 30)),
    ("ambassador to France", ("GOV", 40)), ("Deputy Prime Minister", ("GOV", 90)), ("First Lady", None),
    ("White House Chief of Staff", ("GOV", 40)), ("Inspector General of Police", ("COP", 60)),
])
def test_office_labels(label, expected):
    assert classify_position(label) == expected


def test_office_rules_are_validated():
    with pytest.raises(DictionaryError, match=r"kb_positions.tsv:2: bad regular expression"):
        position_rules("pattern\tsector\trank\tnote\n(unclosed\tGOV\t1\tx\n")
    with pytest.raises(DictionaryError, match=r"kb_positions.tsv:2: unknown sector 'BOSS'"):
        position_rules("pattern\tsector\trank\tnote\nchief\tBOSS\t1\tx\n")
    assert classify_position("Minister of Health", subnational=True) == ("GOV", 35)


def test_timeline_keeps_the_senior_role_each_day():
    spans = [Span("2010-01-01", "2012-12-31", "XXA", "GOV", 80, "w", "minister"),
             Span("2011-06-01", "2011-12-31", "XXA", "GOV", 100, "w", "prime minister"),
             Span(None, None, "XXA", "ELI", 0, "p", "default", default=True)]
    got = [(s.start, s.end, s.label) for s in timeline(spans)]
    assert got == [("2010-01-01", "2011-05-31", "minister"), ("2011-06-01", "2011-12-31", "prime minister"),
                   ("2012-01-01", "2012-12-31", "minister"), (None, None, "default")]
    roles = parse_roles(format_roles([Role("2010-01-01", "2014-01-30", "XXA", "GOV", 60, "p", "x", horizon=True)]))
    assert roles[0].horizon and roles[0].end == "2014-01-30"
    st = state_at("X", "XXA", None, roles, D(2015, 1, 1))
    assert (st.sector, st.role) == (None, "x (to 2014-01-30 at least)")


def test_fold_name_is_what_news_writes():
    assert fold_name("Recep Tayyip Erdoğan") == fold_name("Recep Tayyip Erdogan") == "recep tayyip erdogan"
    assert fold_name("Bashar al-Assad") == fold_name("Bashar Assad")
    assert fold_name("Volodymyr Zelenskyy") == fold_name("Volodymyr Zelenskiy") == fold_name("Volodymyr Zelensky")
    assert fold_name("Mohammed bin Salman") == fold_name("Muhammad bin Salman")
    assert fold_name("Ban Ki-moon") == "ban ki moon"
    assert fold_name("Sergey Lavrov") == fold_name("Sergei Lavrov")


# --------------------------------------------------------------------------------------- the packaged KB

@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize("name,on,kw,expected", [
    ("Nikol Pashinyan", D(2022, 3, 1), {}, ("ARM", "GOV")),
    ("Pashinyan", D(2022, 3, 1), {}, ("ARM", "GOV")),  # a surname only one national office holder bears
    ("Scott Morrison", D(2021, 3, 1), {}, ("AUS", "GOV")),
    ("Scott Morrison", D(2023, 3, 1), {}, ("AUS", "ELI")),  # after his office ended
    ("Uhuru Kenyatta", D(2020, 1, 1), {}, ("KEN", "GOV")),
    ("Park Jin", D(2022, 7, 1), {}, ("KOR", "GOV")),
    ("Imran Khan", D(2020, 1, 1), {}, ("PAK", "GOV")),
    ("Imran Khan", D(2023, 1, 1), {}, ("PAK", "ELI")),
    ("Sharif", D(2015, 6, 1), {"title": "prime minister"}, ("PAK", "GOV", "Nawaz Sharif")),
    ("Sharif", D(2023, 6, 1), {"title": "prime minister"}, ("PAK", "GOV", "Shehbaz Sharif")),
    ("Erdogan", D(2020, 1, 1), {}, ("TUR", "GOV")),
    ("Mahathir", D(2019, 6, 1), {}, ("MYS", "GOV", "Mahathir Mohamad")),  # called by his first name
    ("Lopez Obrador", D(2021, 1, 1), {}, ("MEX", "GOV")),
    ("Yitzhak Rabin", D(1994, 1, 1), {}, ("ISR", "GOV")),  # Phoenix/CountryInfo, before Wikidata's 2000s
])
def test_packaged_kb_people(kb, name, on, kw, expected):
    st = kb.person(name, on, **kw)
    assert st is not None and (st.code, st.sector) == expected[:2], st
    if len(expected) > 2:
        assert st.name == expected[2]
    assert st.source and st.source.startswith(("wikidata:Q", "phoenix:"))


def test_packaged_kb_leaves_shared_surnames_unresolved(kb):
    assert kb.person("Sharif", D(2021, 6, 1)) is None  # four Sharifs, no title, no context
    assert kb.person("Nobody Atall Here", D(2021, 6, 1)) is None


def test_packaged_kb_orgs_and_places(kb):
    got = {kb.orgs[j][0]: kb.orgs[j][1:3] for j in set(kb.org_keys.values())}
    quds = kb.org_keys[("quds", "force")]
    assert kb.orgs[quds][1:3] == (("IRN",), "MIL")
    isi = kb.org_keys[("inter", "services", "intelligence")]
    assert kb.orgs[isi][1:3] == (("PAK",), "SPY")
    assert got["World Uyghur Congress"] == (("NGO",), "SOC")
    assert kb.place_country("Madras") == "IND" and kb.place_country("Shanghai") == "CHN"
    assert kb.place_country("Kano") == "NGA"
    assert kb.place_country("Punjab") is None and kb.place_country("Punjab", ["PAK"]) == "PAK"


def test_packaged_kb_size_and_provenance(kb):
    c = kb.stats()
    assert c["persons"] > 100_000 and c["organisations"] > 6_000 and c["countries"] > 190
    assert c["person_name_variants"] > 5_000
    files = kb.manifest["files"]
    assert sum(files.values()) < 8_000_000  # a few MB, package data
    # the KB was built from the sources now in ../shared/kb (else: eventwire actors build)
    root = shared_path("kb")
    for name, sha in kb.manifest["sources"].items():
        assert hashlib.sha256((root / name).read_bytes()).hexdigest() == sha, name


class _Everything:
    """A set that holds every key: match_orgs with it reads all words up to the longest name (no prefix screen)."""

    def __contains__(self, key) -> bool:
        return True


def test_org_prefix_screen_finds_what_reading_every_word_finds(monkeypatch):
    # match_orgs stops once the words read are neither an organisation key nor the start of one (org_prefixes);
    # the matches must be exactly those of reading up to the longest key at every capitalised word
    import spacy

    kb = load_kb()
    assert all(k[:m] in kb.org_prefixes for k in list(kb.org_keys)[:500] for m in range(len(k)))
    tok = spacy.blank("en").tokenizer
    texts = [
        "The International Committee of the Red Cross and Medecins Sans Frontieres said the World Health "
        "Organization had warned the Islamic Revolutionary Guard Corps and the Forest Brothers Army.",
        "Officials of the European Union, the African Union and the U.N. Security Council met the Taliban, "
        "Hamas and Hezbollah in Doha; the Bank of England and the International Monetary Fund did not comment.",
        "Amnesty International, Human Rights Watch and the Syrian Observatory for Human Rights (SOHR) accused "
        "the Wagner Group of abuses, while the North Atlantic Treaty Organization - NATO - kept silent.",
    ]
    seen = 0
    for text in texts:
        words = [t.text for t in tok(text)]
        free = [True] * len(words)
        screened = kb.match_orgs(words, free, ("USA",))
        with monkeypatch.context() as m:
            m.setattr(kb, "org_prefixes", _Everything())
            full = kb.match_orgs(words, free, ("USA",))
        assert screened == full
        seen += len(full)
    assert seen >= 10
