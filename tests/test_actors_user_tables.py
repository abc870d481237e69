"""User actor tables at run time (issue 12): ``--actors FILE`` and ``EVENTWIRE_ACTORS`` on the commands, a
made-up person coded with country, sector and dated role, a bad row stopping the run with one EW line naming
file and line, user rows winning over packaged ones, and the Wikidata import."""
from __future__ import annotations

import json

import pytest

from eventwire.actors.dictionaries import load_dictionaries
from eventwire.actors.user_tables import ENV_VAR, active_paths, load_user_tables
from eventwire.actors.wikidata_import import import_wikidata
from eventwire.cli import main
from eventwire.errors import DictionaryError

PEOPLE = """# my actors
name\taliases\tcountry\tcode\tsector\trole\tstart\tend
Zarvana Telquist\tTelquist\tNOR\t\tGOV\tminister of fisheries\t2023-02-01\t2024-06-01
Zarvana Telquist\t\tNOR\t\tOPP\topposition leader\t2024-09-01\t
Joe Biden\tBiden\tUSA\t\tMIL\ta user's correction\t2021-01-20\t
"""
ORGS = """form\tkind\tcode\tsector\tname
Northern Fjord Alliance\torg\tNOR\tREB\tNorthern Fjord Alliance
"""
TEXT = ("Zarvana Telquist accused Sweden of overfishing. Telquist also criticised Denmark. "
        "The Northern Fjord Alliance attacked a ferry. Biden condemned the attack.\n")


@pytest.fixture
def tables(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, "")  # restored after the test (the CLI sets it for its workers)
    people, orgs = tmp_path / "people.tsv", tmp_path / "orgs.tsv"
    people.write_text(PEOPLE, encoding="utf-8")
    orgs.write_text(ORGS, encoding="utf-8")
    art = tmp_path / "story.txt"
    art.write_text(TEXT, encoding="utf-8")
    return people, orgs, art, tmp_path


def _run(args, out):
    assert main(args + ["--format", "jsonl", "--out", str(out), "--no-progress"]) == 0
    return [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]


def _actors(events):
    return {(e["event"], a["entity_text"]): (a["code"], a["sector"], a["source"]) for e in events for a in e["actor"]}


@pytest.mark.parametrize("pub,sector,line", [
    ("2023-05-01", "GOV", 3),   # in the first role
    ("2024-07-15", "ELI", 3),   # after it ended, before the next: a former official
    ("2024-10-01", "OPP", 4),   # the second role
])
def test_round_trip_a_made_up_person_coded_with_country_sector_and_dated_role(tables, pub, sector, line):
    people, orgs, art, tmp = tables
    ev = _run(["code", str(art), "--pub-date", pub, "--actors", str(people), "--actors", str(orgs)],
              tmp / f"{pub}.jsonl")
    got = _actors(ev)
    assert got[("ACCUSE", "Zarvana Telquist")] == ("NOR", sector, f"user:people.tsv:{line}")
    assert got[("ACCUSE", "Telquist")] == ("NOR", sector, f"user:people.tsv:{line}")  # the surname after
    assert got[("ASSAULT", "Northern Fjord Alliance")] == ("NOR", "REB", "user:orgs.tsv:2")
    # the user's row wins over the packaged people.tsv (Biden, USA GOV there)
    assert got[("ACCUSE", "Biden")] == ("USA", "MIL", "user:people.tsv:5")


def test_without_the_tables_the_same_story_is_coded_from_the_packaged_ones(tables):
    _, _, art, tmp = tables
    events = _run(["code", str(art), "--pub-date", "2023-05-01"], tmp / "plain.jsonl")
    got = _actors(events)
    # kept, name as written; no table codes her (no sector, no table source). Since issue 13 the story context
    # may give an uncoded party the story's focus country -- an inference the record names in text_info.rule
    code, sector, source = got[("ACCUSE", "Zarvana Telquist")]
    assert sector is None and not (source or "").startswith(("user:", "eventwire:"))
    accuse = [e for e in events if e["event"] == "ACCUSE" and e["actor"][0]["entity_text"] == "Zarvana Telquist"]
    assert code is None or accuse[0]["text_info"]["rule"].get("context"), accuse  # the context rule that filled it
    assert got[("ACCUSE", "Biden")] == ("USA", "GOV", "eventwire:people.tsv")


def test_the_environment_variable_is_a_standing_set(tables, monkeypatch):
    people, orgs, art, tmp = tables
    monkeypatch.setenv(ENV_VAR, f"{people}:{orgs}")
    assert active_paths() == (str(people.resolve()), str(orgs.resolve()))
    got = _actors(_run(["code", str(art), "--pub-date", "2023-05-01"], tmp / "env.jsonl"))
    assert got[("ACCUSE", "Zarvana Telquist")] == ("NOR", "GOV", "user:people.tsv:3")


@pytest.mark.parametrize("row,message", [
    ("Bad Row\t\tXXQ\t\tGOV\tminister\t2023-01-01\t", "unknown code 'XXQ'"),
    ("Bad Row\t\tNOR\t\tBOSS\tminister\t2023-01-01\t", "unknown sector 'BOSS'"),
    ("Bad Row\t\tNOR\t\tGOV\tminister\t2023-13-01\t", "is not ISO YYYY-MM-DD"),
    ("Bad Row\t\tNOR\t\tGOV\tminister\t2024-01-01\t2023-01-01", "start 2024-01-01 is not before end"),
    # a row that lost its columns says so (it once read as "unknown code 'GOV'": the cells shifted)
    ("Bad Row\tGOV\tNOR", "expected 8 tab-separated columns (name, aliases, country, code, sector, role, start, "
                         "end), got 3"),
])
def test_a_bad_row_stops_the_run_with_one_ew_line_naming_file_and_line(tables, capsys, row, message):
    _, _, art, tmp = tables
    bad = tmp / "bad.tsv"
    bad.write_text("name\taliases\tcountry\tcode\tsector\trole\tstart\tend\n" + row + "\n", encoding="utf-8")
    out = tmp / "never.jsonl"
    assert main(["code", str(art), "--actors", str(bad), "--out", str(out), "--no-progress"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"eventwire: error: [EW200] {bad}:2: ") and message in err[0], err
    assert not out.exists()  # stopped before anything was written


def test_a_table_with_an_unknown_header_names_both_table_shapes(tables, capsys):
    _, _, art, tmp = tables
    bad = tmp / "spaces.tsv"  # written with spaces, not tabs
    bad.write_text("name aliases country code sector role start end\nJane Roe  NOR\n", encoding="utf-8")
    assert main(["code", str(art), "--actors", str(bad), "--no-progress"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"eventwire: error: [EW200] {bad}:1: unknown table header"), err
    assert "a people table starts with 'name\\taliases\\tcountry" in err[0]
    assert "an organisations/places table with 'form\\tkind\\tcode" in err[0]


@pytest.mark.parametrize("command", [["batch", "{art}", "--out", "{tmp}/b", "--quiet"],
                                     ["evaluate", "--gold", "seed"],
                                     ["serve", "--db", "{tmp}/s.duckdb", "--allow-coding"]])
def test_every_coding_command_validates_the_tables(tables, capsys, command):
    _, _, art, tmp = tables
    bad = tmp / "bad.tsv"
    bad.write_text("form\tkind\tcode\tsector\tname\nX Front\torg\tNOR\tWHO\tX\n", encoding="utf-8")
    args = [a.format(art=art, tmp=tmp) for a in command] + ["--actors", str(bad)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert f"[EW200] {bad}:2: unknown sector 'WHO'" in err


def test_two_user_files_may_not_define_one_key(tables):
    people, _, _, tmp = tables
    other = tmp / "other.tsv"
    other.write_text("form\tkind\tcode\tsector\tname\nTelquist\torg\tNOR\tREB\tT\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"other.tsv:2: conflicting key 'Telquist' \(first defined at .*people.tsv:3\)"):
        load_user_tables([people, other])


def test_user_tables_in_the_library(tables):
    people, orgs, _, _ = tables
    D = load_dictionaries(user=(str(people), str(orgs)))
    p = D.person("Telquist", "2024-10-02")
    assert (p.name, p.code, p.sector, p.role, p.source) == ("Zarvana Telquist", "NOR", "OPP", "opposition leader",
                                                            "user:people.tsv:4")
    assert load_dictionaries(user=()).person("Zarvana Telquist") is None


# --- Wikidata query results -> a user people table --------------------------------------------------------
SPARQL_JSON = {"head": {"vars": ["person", "personLabel", "positionLabel", "country", "start", "end"]},
               "results": {"bindings": [
                   {"person": {"type": "uri", "value": "http://www.wikidata.org/entity/Q900001"},
                    "personLabel": {"type": "literal", "value": "Ilsa Vantrow"},
                    "positionLabel": {"type": "literal", "value": "Minister of Finance"},
                    "country": {"type": "literal", "value": "EST"},
                    "start": {"type": "literal", "value": "2022-01-01T00:00:00Z"},
                    "end": {"type": "literal", "value": "2023-06-30T00:00:00Z"}},
                   {"person": {"type": "uri", "value": "http://www.wikidata.org/entity/Q900001"},
                    "personLabel": {"type": "literal", "value": "Ilsa Vantrow"},
                    "positionLabel": {"type": "literal", "value": "Prime Minister of Estonia"},
                    "country": {"type": "literal", "value": "EST"},
                    "start": {"type": "literal", "value": "2023-03-01T00:00:00Z"}},
                   {"person": {"type": "uri", "value": "http://www.wikidata.org/entity/Q900003"},
                    "personLabel": {"type": "literal", "value": "Mari Tamm"},
                    "positionLabel": {"type": "literal", "value": "First Lady of Estonia"},
                    "country": {"type": "literal", "value": "EST"},
                    "start": {"type": "literal", "value": "2022-07-01T00:00:00Z"}}]}}
SPARQL_CSV = """person,personLabel,positionLabel,country,start,end
http://www.wikidata.org/entity/Q900002,Pavo Kreel,Chief of the General Staff,EST,2022-07-01T00:00:00Z,2024-01-31T00:00:00Z
"""


def test_import_a_wikidata_json_result(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, "")
    src, out = tmp_path / "r.json", tmp_path / "people.tsv"
    src.write_text(json.dumps(SPARQL_JSON), encoding="utf-8")
    assert main(["actors", "import-wikidata", str(src), "--out", str(out)]) == 0
    rows = [l.split("\t") for l in out.read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    assert rows[1:] == [
        # overlapping offices: the senior one from its start; Wikidata's last day -> the exclusive end
        ["Ilsa Vantrow", "", "EST", "", "GOV", "Minister of Finance", "2022-01-01", "2023-03-01"],
        ["Ilsa Vantrow", "", "EST", "", "GOV", "Prime Minister of Estonia", "2023-03-01", ""],
    ]  # the spouse is no office
    D = load_dictionaries(user=(str(out),))
    assert (D.person("Ilsa Vantrow", "2023-05-01").role, D.person("Ilsa Vantrow", "2023-05-01").source) == (
        "Prime Minister of Estonia", "user:people.tsv:4")


def test_import_a_wikidata_csv_result_and_code_with_it(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, "")
    src, out = tmp_path / "r.csv", tmp_path / "people.tsv"
    src.write_text(SPARQL_CSV, encoding="utf-8")
    text, counts = import_wikidata(src, out)
    assert counts == {"rows": 1, "skipped_not_office": 0, "people": 1, "roles": 1}
    D = load_dictionaries(user=(str(out),))
    assert (D.person("Pavo Kreel", "2023-01-01").sector, D.person("Pavo Kreel", "2024-01-31").sector,
            D.person("Pavo Kreel", "2024-02-01").sector) == ("MIL", "MIL", "ELI")


def test_import_rejects_a_result_it_cannot_read(tmp_path):
    src = tmp_path / "r.csv"
    src.write_text("person,personLabel,positionLabel,country,start,end\n"
                   "Q1,Ann Example,Minister of Health,Narnia,2022-01-01,\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"r.csv:2: country 'Narnia' is not an ISO 3166 alpha-3 code"):
        import_wikidata(src)
    src.write_text("who,what\nx,y\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"r.csv:1: columns personLabel"):
        import_wikidata(src)
