"""HTTP API (FastAPI TestClient): endpoints over a hand-made store, and bad input of every kind."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "store"))
from ew_store_fixture import handmade_batch  # noqa: E402

from eventwire.api import create_app
from eventwire.errors import StoreError
from eventwire.store import SCHEMA_VERSION, open_store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "api.duckdb"
    s = open_store(path, read_only=False)
    s.write_batch(handmade_batch())
    s.close()
    return str(path)


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db))


@pytest.fixture(scope="module")
def coding_client(tmp_path_factory):
    path = tmp_path_factory.mktemp("apicode") / "code.duckdb"
    return TestClient(create_app(str(path), allow_coding=True, max_body_bytes=5000))


def test_health(client):
    r = client.get("/health")
    assert r.status_code == 200
    body = r.json()
    assert body["counts"]["events"] == 8 and body["counts"]["articles"] == 4
    assert body["schema_version"] == SCHEMA_VERSION == 4 and body["allow_coding"] is False


def test_events_filtered_and_paged(client):
    r = client.get("/events", params={"actor": "RUS", "recipient": "UKR"})
    body = r.json()
    assert r.status_code == 200 and body["total"] == 3
    assert sorted(e["event"] for e in body["events"]) == ["ASSAULT", "THREATEN", "THREATEN"]
    page = client.get("/events", params={"limit": 2, "offset": 2}).json()
    allev = client.get("/events").json()["events"]
    assert [e["id"] for e in page["events"]] == [e["id"] for e in allev[2:4]]
    assert page["total"] == 8
    r = client.get("/events", params={"negated": "true", "date_from": "2022-04"})
    assert [e["event"] for e in r.json()["events"]] == ["ASSAULT"]


@pytest.mark.parametrize("params, code", [
    ({"date_from": "2022-02-30"}, "EW105"), ({"date_to": "yesterday"}, "EW105"),
    ({"date_from": "2022-05-01", "date_to": "2022-04-01"}, "EW105"),
    ({"event": "INVADE"}, "EW106"), ({"quad_class": "9"}, "EW106"), ({"negated": "maybe"}, "EW106"),
    ({"limit": "0"}, "EW106"), ({"limit": "ten"}, "EW106"), ({"offset": "-1"}, "EW106"),
    ({"actor_sector": "ARMY"}, "EW106"),
])
def test_events_bad_parameters_are_422(client, params, code):
    r = client.get("/events", params=params)
    assert r.status_code == 422
    assert r.json()["error"]["code"] == code
    assert r.json()["error"]["message"]


def test_one_event_and_404(client):
    e = client.get("/events", params={"event": "AID"}).json()["events"][0]
    r = client.get(f"/events/{e['id']}")
    assert r.status_code == 200 and r.json() == e
    r = client.get("/events/e-doesnotexist")
    assert r.status_code == 404 and r.json()["error"]["code"] == "EW404"
    assert client.get("/events/e-doesnotexist/evidence").status_code == 404
    assert client.get("/articles/nope").status_code == 404


def test_evidence_spans_point_at_the_words(client):
    e = client.get("/events", params={"event": "ASSAULT", "actor_sector": "MIL"}).json()["events"][0]
    r = client.get(f"/events/{e['id']}/evidence")
    body = r.json()
    text = body["article"]["text"]
    assert body["article"]["title"] == "Kharkiv shelled"
    roles = [(s["role"], s["text"]) for s in body["spans"]]
    assert roles == [("actor", "Russian troops"), ("trigger", "shelled"), ("recipient", "Kharkiv")]
    for s in body["spans"]:
        assert text[s["start"]:s["end"]] == s["text"]


def test_aggregates_actors_network(client):
    ts = client.get("/aggregates/timeseries", params={"by": "dyad", "actor": "RUS", "recipient": "UKR"}).json()
    assert [(r["period"], r["events"], r["plover_score_mean"]) for r in ts["rows"]] == [
        ("2022-03-01", 2, -8.0), ("2022-04-01", 1, -6.0)]
    everything = {"by": "", "freq": "year", "negated": "any",
                  "status": "actual,future,hypothetical,historical"}
    one = client.get("/aggregates/timeseries", params=everything).json()["rows"]
    assert one == [{"period": "2022-01-01", "events": 8, "plover_score_sum": -20.0,
                    "plover_score_mean": -2.5, "goldstein_sum": -18.2, "goldstein_mean": -2.275}]  # rounded: no float noise
    # by default counts leave out the negated ASSAULT of 2022-04 (filters.counted)
    counted = client.get("/aggregates/timeseries", params={"by": "", "freq": "year"}).json()["rows"]
    assert [(r["events"], r["plover_score_sum"]) for r in counted] == [(7, -10.0)]
    assert client.get("/aggregates/timeseries", params={"negated": "maybe"}).status_code == 422
    assert client.get("/aggregates/timeseries", params={"freq": "hourly"}).status_code == 422
    assert client.get("/aggregates/timeseries", params={"by": "colour"}).status_code == 422
    edges = client.get("/aggregates/network", params={"min_events": 2}).json()["edges"]
    assert [(x["source"], x["target"], x["events"]) for x in edges] == [("RUS", "UKR", 3)]
    actors = client.get("/actors", params={"role": "recipient", "limit": 1}).json()["actors"]
    assert actors == [{"code": "UKR", "sector": None, "events": 3, "plover_score_mean": -7.3333}]  # 4 decimals
    assert client.get("/actors", params={"role": "bystander"}).status_code == 422


def test_dashboard_and_openapi_are_served(client):
    r = client.get("/")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    assert 'id="events"' in r.text and "/static/app.js" in r.text
    js = client.get("/static/app.js")
    assert js.status_code == 200 and "/events/" in js.text and "http://" not in js.text.replace(
        'http://www.w3.org/2000/svg', '')  # nothing fetched from elsewhere
    docs = client.get("/docs")
    assert docs.status_code == 200 and "https://" not in docs.text  # swagger UI from the package, no CDN
    assert client.get("/static-offline-docs/swagger-ui-bundle.js").status_code == 200
    spec = client.get("/openapi.json").json()
    for path in ("/events", "/events/{event_id}/evidence", "/aggregates/timeseries", "/aggregates/network",
                 "/actors", "/health", "/code"):
        assert path in spec["paths"]


def test_code_is_forbidden_without_allow_coding(client, db):
    r = client.post("/code", json={"text": "Russia attacked Ukraine."})
    assert r.status_code == 403 and r.json()["error"]["code"] == "EW108"
    assert open_store(db).counts()["articles"] == 4


@pytest.mark.parametrize("body, status, code", [
    ({"text": 123}, 422, "EW106"),
    ({"text": ["a", "b"]}, 422, "EW106"),
    ({"text": "Fine text.", "publication_date": 20220313}, 422, "EW106"),
    ({"text": "Fine text.", "store": "yes"}, 422, "EW106"),
    ({"title": "no text"}, 422, "EW106"),
    ({"text": "Fine.", "unexpected": 1}, 422, "EW106"),
    ({"text": ""}, 422, "EW101"),
    ({"text": "   \n\t "}, 422, "EW101"),
    ({"text": "Fine text.", "publication_date": "2022-02-30"}, 422, "EW105"),
    ({"text": "Fine text.", "publication_date": "13/03/2022"}, 422, "EW105"),
    ({"text": "Fine text.", "publication_date": "1850-01-01"}, 422, "EW105"),  # outside the news era
    ({"text": "Fine text.", "publication_date": "2150-01-01"}, 422, "EW105"),
    ({"text": "x" * 6000}, 413, "EW107"),
])
def test_code_bad_input(coding_client, body, status, code):
    r = coding_client.post("/code", json=body)
    assert r.status_code == status, r.text
    assert r.json()["error"]["code"] == code


def test_code_malformed_bodies(coding_client):
    r = coding_client.post("/code", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "EW104"
    r = coding_client.post("/code", content=b"\xff\xfe", headers={"content-type": "application/json"})
    assert r.status_code == 400
    r = coding_client.post("/code", json=["Russia attacked Ukraine."])
    assert r.status_code == 422
    r = coding_client.post("/code", content=b"x" * 6000, headers={"content-length": "6000"})
    assert r.status_code == 413


def test_code_codes_and_stores(coding_client):
    text = "Russia attacked Ukraine on Monday, Ukrainian officials said."
    r = coding_client.post("/code", json={"text": text, "publication_date": "2022-03-14", "title": "Attack"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["report"]["status"] == "coded"
    assert body["stored"]["articles"] == 1 and body["stored"]["events"] == len(body["events"])
    for e in body["events"]:  # whatever the coder finds must point into the submitted text
        ti = e["text_info"]
        assert text[ti["start"]:ti["end"]] == e["event_text"]
    h = coding_client.get("/health").json()
    assert h["counts"]["articles"] == 1 and h["allow_coding"] is True
    again = coding_client.post("/code", json={"text": text, "publication_date": "2022-03-14", "title": "Attack"})
    assert again.json()["stored"]["articles"] == 0  # idempotent


def test_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        create_app(str(tmp_path / "nothing.duckdb"))


def test_eventwire_serve_binds_localhost_and_answers(db):
    import socket
    import subprocess
    import time

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", "--db", db, "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        body = None
        for _ in range(200):  # bounded: at most ~20 s
            try:
                body = httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).json()
                break
            except httpx.HTTPError:
                if proc.poll() is not None:
                    break
                time.sleep(0.1)
        assert body is not None, proc.stdout.read() if proc.poll() is not None else "no answer"
        assert body["counts"]["events"] == 8 and body["allow_coding"] is False
        r = httpx.post(f"http://127.0.0.1:{port}/code", json={"text": "x"}, timeout=5)
        assert r.status_code == 403
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_unknown_filter_parameter_is_rejected(client):
    """'from' is not a filter ('date_from' is): a 422 naming it, not all events."""
    r = client.get("/events", params={"actor": "RUS", "from": "2022-13-01"})
    assert r.status_code == 422 and "from" in r.json()["error"]["message"]
    assert client.get("/events", params={"actor": "RUS", "limit": 5}).status_code == 200
