"""Query layer: filters -> SQL, aggregates (values computed by hand from the fixture), exports, CLI."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "store"))
from ew_store_fixture import handmade_batch  # noqa: E402

from eventwire.errors import DateError, InputError
from eventwire.query import EventFilter
from eventwire.query.export import (GDELT_COLUMNS, export_gdelt_tsv, export_parquet, export_plover_jsonl)
from eventwire.schema import Event
from eventwire.store import open_store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("q") / "q.duckdb"
    s = open_store(path, read_only=False)
    s.write_batch(handmade_batch())
    s.close()
    return str(path)


@pytest.fixture()
def store(db):
    s = open_store(db)
    yield s
    s.close()


def types(store, **kw):
    return sorted(e.event for e in store.event_records(**kw))


def test_filter_sql_binds_values_not_text():
    where, params = EventFilter(actor="rus,UKR", event="ASSAULT", text="50%_off", negated="false").to_sql()
    assert "RUS" not in where and "50" not in where
    assert params == ["RUS", "UKR", "ASSAULT", False, "%50\\%\\_off%", "%50\\%\\_off%"]
    assert EventFilter().to_sql() == ("TRUE", [])


@pytest.mark.parametrize("kw, exc", [
    ({"date_from": "2022-13-01"}, DateError), ({"date_to": "March 2022"}, DateError),
    ({"date_from": "2022-05-01", "date_to": "2022-04-01"}, DateError), ({"event": "INVADE"}, InputError),
    ({"actor_sector": "ARMY"}, InputError), ({"quad_class": "5"}, InputError), ({"quad_class": "x"}, InputError),
    ({"status": "maybe"}, InputError), ({"negated": "perhaps"}, InputError), ({"colour": "red"}, InputError),
])
def test_bad_filters_raise_clear_errors(kw, exc):
    with pytest.raises(exc):
        EventFilter.from_params(kw)


def test_filters_select_the_right_events(store):
    assert len(store.event_records()) == 8
    assert types(store, actor="RUS") == ["ASSAULT", "ASSAULT", "THREATEN", "THREATEN"]
    assert types(store, actor="RUS", recipient="UKR") == ["ASSAULT", "THREATEN", "THREATEN"]
    assert types(store, actor_sector="MIL") == ["ASSAULT"]
    assert types(store, recipient_sector="GOV") == ["AGREE"]
    assert types(store, date_to="2022-03") == ["ACCUSE", "AGREE", "ASSAULT", "REQUEST", "THREATEN"]
    assert types(store, date_from="2022-03-19", date_to="2022-04-01") == ["AGREE", "AID", "ASSAULT"]
    assert types(store, negated=True) == ["ASSAULT"]
    assert types(store, reported=True) == ["AID", "ASSAULT"]
    assert types(store, status="future") == ["AID"]
    assert types(store, quad_class="1,2") == ["AGREE", "AID", "REQUEST"]
    assert types(store, mode="military") == ["THREATEN"]
    assert types(store, text="border crossing") == ["AGREE"]  # sentence text
    assert types(store, text="SHELLED") == ["ASSAULT"]  # trigger, case-insensitive
    assert types(store, text="%") == []  # wildcards are literal
    assert store.count_events(event="THREATEN") == 2


def test_event_listing_is_ordered_and_paged(store):
    recs = store.event_records()
    dates = [e.date for e in recs]
    assert dates[0] == "2022-03-13" and dates[-1] == "2022-04-02"
    assert [e.id for e in store.event_records(limit=3, offset=2)] == [e.id for e in recs[2:5]]
    with pytest.raises(InputError):
        store.events(limit=-1)


#: Filters that count every event, negated and hypothetical ones too (aggregates default to filters.counted).
ALL = {"negated": "any", "status": ["actual", "future", "hypothetical", "historical"]}


def test_counts_default_to_asserted_events(store, tmp_path):
    """Aggregates and the GDELT export leave out the fixture's negated ASSAULT RUS->MDA (filters.counted): a text
    saying Russia did not attack Moldova is no attack to count; events lists keep it."""
    df = store.time_series(freq="month", by="dyad")
    assert ("RUS", "MDA") not in {(r.actor_code, r.recipient_code) for r in df.itertuples()}
    assert int(df.events.sum()) == 7
    assert [(r["code"], r["sector"], r["events"]) for r in store.top_actors(role="actor", as_="records")[:1]] == [
        ("RUS", None, 2)]  # 3 with the negated ASSAULT
    assert ("RUS", "MDA") not in {(e["source"], e["target"]) for e in store.network(as_="records")}
    assert export_gdelt_tsv(store, tmp_path / "g.tsv") == 7
    assert len(store.event_records()) == 8
    assert int(store.time_series(freq="year", by=None, negated=True).events.sum()) == 1
    # a hypothetical event is not counted unless its status is asked for
    assert int(store.time_series(freq="year", by=None, status="future").events.sum()) == 1


def test_dyad_month_time_series_by_hand(store):
    df = store.time_series(freq="month", by="dyad", **ALL)
    rows = {(str(r.period)[:7], r.actor_code, r.recipient_code): r for r in df.itertuples()}
    ru = rows[("2022-03", "RUS", "UKR")]
    assert (ru.events, ru.plover_score_sum, ru.plover_score_mean) == (2, -16.0, -8.0)
    assert (ru.goldstein_sum, ru.goldstein_mean) == (-17.0, -8.5)
    assert rows[("2022-04", "RUS", "UKR")].events == 1
    assert rows[("2022-04", "CHN", "RUS")].plover_score_mean == 7.0
    assert int(df.events.sum()) == 8
    assert len(df) == 7


def test_week_and_day_periods(store):
    w = store.time_series(freq="week", by=None, as_="records", **ALL)
    # ISO weeks start Monday: 2022-03-13 (Sun) -> 03-07; 03-19/03-20 -> 03-14; 04-01, 04-02 -> 03-28
    assert [(str(r["period"]), r["events"]) for r in w] == [("2022-03-07", 3), ("2022-03-14", 2), ("2022-03-28", 3)]
    d = store.time_series(freq="day", by="event", event="THREATEN", as_="records")
    assert [(str(r["period"]), r["event"], r["events"]) for r in d] == [("2022-03-13", "THREATEN", 1),
                                                                         ("2022-04-02", "THREATEN", 1)]
    with pytest.raises(InputError):
        store.time_series(freq="fortnight")
    with pytest.raises(InputError):
        store.time_series(by="colour")


def test_top_actors_and_network(store):
    top = store.top_actors(role="actor", as_="records", **ALL)
    assert [(r["code"], r["sector"], r["events"]) for r in top[:2]] == [("RUS", None, 3), ("CHN", "GOV", 1)]
    anyrole = {(r["code"], r["sector"]): r["events"] for r in store.top_actors(role="any", limit=50, as_="records", **ALL)}
    assert anyrole[("RUS", None)] == 5  # 3 as actor, 2 as recipient
    edges = store.network(as_="records", **ALL)
    top_edge = edges[0]
    assert (top_edge["source"], top_edge["target"], top_edge["events"]) == ("RUS", "UKR", 3)
    assert top_edge["plover_score_mean"] == -7.3333  # -22 / 3, rounded to SCORE_DECIMALS (4)
    assert top_edge["event_types"] == ["ASSAULT", "THREATEN"]
    assert len(edges) == 6
    assert store.network(min_events=2, as_="records", **ALL) == [top_edge]


def test_dataframe_and_arrow_api(store):
    df = store.events(event="ASSAULT")
    assert list(df.actor_code) == ["RUS", "RUS"]
    assert df.actor.iloc[0][0]["entity_text"] == "Russian troops"
    tbl = store.events(as_="arrow", columns="record")
    assert tbl.num_rows == 8 and tbl.column_names[:3] == ["id", "article_id", "event"]


def test_plover_jsonl_export_round_trips(store, tmp_path):
    out = tmp_path / "ev.jsonl"
    assert export_plover_jsonl(store, out, actor="RUS") == 4
    lines = out.read_text(encoding="utf-8").splitlines()
    recs = [json.loads(x) for x in lines]
    assert [r["event"] for r in recs[:2]] == ["THREATEN", "ASSAULT"]  # by date, then id
    assert sorted(r["event"] for r in recs[2:]) == ["ASSAULT", "THREATEN"]  # same date 2022-04-02
    assert recs[2]["id"] < recs[3]["id"]
    assert list(recs[0])[:6] == ["id", "article_id", "event", "mode", "context", "actor"]
    assert Event.from_dict(recs[0]).to_dict() == recs[0]
    out2 = tmp_path / "ev2.jsonl"
    export_plover_jsonl(store, out2, actor="RUS")
    assert out2.read_bytes() == out.read_bytes()  # deterministic


def test_gdelt_tsv_export(store, tmp_path):
    out = tmp_path / "ev.tsv"
    assert export_gdelt_tsv(store, out, **ALL) == 8
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == list(GDELT_COLUMNS) and len(GDELT_COLUMNS) == 61
    rows = [dict(zip(GDELT_COLUMNS, ln.split("\t"))) for ln in lines[1:]]
    assert all(len(ln.split("\t")) == 61 for ln in lines)
    shell = next(r for r in rows if r["EventCode"] == "195")
    assert (shell["Day"], shell["MonthYear"], shell["Year"]) == ("20220319", "202203", "2022")
    assert (shell["Actor1Code"], shell["Actor1CountryCode"], shell["Actor1Type1Code"]) == ("RUSMIL", "RUS", "MIL")
    assert (shell["Actor2Code"], shell["EventBaseCode"], shell["EventRootCode"]) == ("UKR", "195", "19")
    assert (shell["QuadClass"], shell["GoldsteinScale"], shell["IsRootEvent"]) == ("4", "-10", "1")
    assert (shell["ActionGeo_FullName"], shell["ActionGeo_Lat"], shell["ActionGeo_Type"]) == ("Kharkiv", "49.98", "4")
    assert shell["DATEADDED"] == "20220320000000" and shell["SOURCEURL"] == "https://example.org/a2"
    nato = next(r for r in rows if r["Actor2Name"] == "NATO")
    assert (nato["Actor2KnownGroupCode"], nato["Actor2CountryCode"]) == ("IGO", "")
    aid = next(r for r in rows if r["EventCode"] == "070")
    assert aid["Day"] == "20220401" and aid["DATEADDED"] == "20220401000000"
    assert all(r["GlobalEventID"].isdigit() for r in rows)
    assert len({r["GlobalEventID"] for r in rows}) == 8
    # GDELT's QuadClass follows the CAMEO root of EventCode, not the PLOVER type
    from eventwire.query.export import _gdelt_quad
    assert all(r["QuadClass"] == _gdelt_quad(r["EventCode"], None) for r in rows)
    assert [_gdelt_quad(c, q) for c, q in (("021", 3), ("100", 3), ("163", 4), ("0841", 2), ("", 3))] == \
        ["1", "3", "4", "2", "3"]


def test_parquet_by_month(store, tmp_path):
    counts = export_parquet(store, tmp_path / "pq")
    assert counts == {"2022-03": 5, "2022-04": 3}
    t = pq.read_table(tmp_path / "pq" / "month=2022-04" / "part-0.parquet")
    assert sorted(t.column("event").to_pylist()) == ["AID", "ASSAULT", "THREATEN"]
    assert t.column("actor").to_pylist()[0][0]["code"] in ("RUS", "CHN")


def test_cli_query_formats_and_exports(db, tmp_path, capsys):
    from eventwire.cli import main

    assert main(["query", "--db", db, "--actor", "RUS", "--event", "THREATEN"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:3] == ["id", "event_date", "event"] and len(out) == 3
    csv_path = tmp_path / "e.csv"
    assert main(["query", "--db", db, "--format", "csv", "--out", str(csv_path), "--negated", "true"]) == 0
    lines = csv_path.read_text().splitlines()
    assert len(lines) == 2 and ",ASSAULT," in lines[1]
    assert main(["query", "--db", db, "--format", "jsonl", "--quad-class", "4"]) == 0
    recs = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [r["event"] for r in recs] == ["ASSAULT", "ASSAULT"]
    assert main(["query", "--db", db, "--aggregate", "timeseries", "--by", "dyad", "--format", "jsonl",
                 "--actor", "RUS", "--recipient", "UKR"]) == 0
    ts = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [(r["period"], r["events"], r["plover_score_mean"]) for r in ts] == [("2022-03-01", 2, -8.0),
                                                                                 ("2022-04-01", 1, -6.0)]
    assert main(["query", "--db", db, "--aggregate", "network", "--format", "parquet", "--negated", "any",
                 "--out", str(tmp_path / "n.parquet")]) == 0
    assert pq.read_table(tmp_path / "n.parquet").num_rows == 6
    assert main(["query", "--db", db, "--export", "gdelt", "--out", str(tmp_path / "g.tsv")]) == 0
    assert len((tmp_path / "g.tsv").read_text().splitlines()) == 8  # header + 7: the negated ASSAULT is not counted
    assert main(["query", "--db", db, "--export", "gdelt", "--negated", "any", "--out", str(tmp_path / "g2.tsv")]) == 0
    assert len((tmp_path / "g2.tsv").read_text().splitlines()) == 9
    assert main(["query", "--db", db, "--export", "parquet-months", "--out", str(tmp_path / "pm")]) == 0
    assert sorted(p.name for p in (tmp_path / "pm").iterdir()) == ["month=2022-03", "month=2022-04"]
    capsys.readouterr()
    assert main(["query", "--db", db, "--from", "2022-02-30"]) == 2
    assert "EW105" in capsys.readouterr().err
    assert main(["query", "--db", str(tmp_path / "none.duckdb")]) == 2
    assert "no store" in capsys.readouterr().err


def test_query_and_serve_have_help(capsys):
    from eventwire.cli import build_parser

    p = build_parser()
    for cmd in ("query", "serve"):
        with pytest.raises(SystemExit) as ex:
            p.parse_args([cmd, "--help"])
        assert ex.value.code == 0
        out = capsys.readouterr().out
        assert "--db" in out
    args = p.parse_args(["serve", "--db", "x.duckdb"])
    assert (args.host, args.port, args.allow_coding) == ("127.0.0.1", 8000, False)


def test_gdelt_action_geo_full_name_of_coded_records(tmp_path):
    """Fresh user: ActionGeo_FullName was always empty for coded records (the coder writes ``resolved_place``, the
    export read ``name``)."""
    from eventwire.pipeline import code_batch
    from eventwire.schema import Article
    from eventwire.store import open_store

    res = code_batch([Article(text="Russian troops shelled Kharkiv on Tuesday, killing three civilians.", id="g1",
                              publication_date="2024-05-15")])
    assert any(e.event_loc for e in res.events)
    db = tmp_path / "g.duckdb"
    s = open_store(db, read_only=False)
    s.write_batch(res)
    out = tmp_path / "g.tsv"
    assert export_gdelt_tsv(s, out) >= 1
    s.close()
    lines = out.read_text(encoding="utf-8").splitlines()
    rows = [dict(zip(GDELT_COLUMNS, ln.split("\t"))) for ln in lines[1:]]
    assert rows and all(r["ActionGeo_FullName"] == "Kharkiv" and r["ActionGeo_CountryCode"] == "UKR" for r in rows)
