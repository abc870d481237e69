"""The HTTP API under hostile requests and concurrent readers (issue 15, items 10-12 and the lower-case
actor codes): every error is a 4xx/5xx in the JSON error envelope without a server path, another website
cannot write into the store, and reads are served concurrently without starving a writer."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "store"))
from ew_store_fixture import handmade_batch  # noqa: E402

from eventwire.api import create_app
from eventwire.errors import StoreError
from eventwire.store import open_store

TEXT = "France condemned Iran on Monday over its nuclear programme, the foreign ministry said."


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("apihostile") / "api.duckdb"
    s = open_store(path, read_only=False)
    s.write_batch(handmade_batch())
    s.close()
    return str(path)


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db))


@pytest.fixture()
def coding(tmp_path):
    path = tmp_path / "code.duckdb"
    return TestClient(create_app(str(path), allow_coding=True)), str(path)


def _envelope(r, status: int, code: str, *forbidden: str) -> str:
    assert r.status_code == status, r.text
    body = r.json()
    assert list(body) == ["error"] and set(body["error"]) == {"code", "message"}, body
    assert body["error"]["code"] == code
    msg = body["error"]["message"]
    assert msg
    for f in forbidden:
        assert f not in msg
    return msg


# --- item 10: no 500 for bad input; every error in the envelope, without a server path ------------

def test_hostile_bodies_are_400_not_500(coding, tmp_path):
    c, path = coding
    h = {"Content-Type": "application/json"}
    deep = '{"text":' + "[" * 1500 + "]" * 1500 + "}"  # 3 KB, 1,500 levels
    assert len(deep) < 4000
    _envelope(c.post("/code", content=deep, headers=h), 400, "EW104")
    _envelope(c.post("/code", content="[" * 5000 + "]" * 5000, headers=h), 400, "EW104")
    _envelope(c.post("/code", content='{"a":' * 1500 + "1" + "}" * 1500, headers=h), 400, "EW104")
    msg = _envelope(c.post("/code", content='{"text": "x", "n": ' + "9" * 5000 + "}", headers=h), 400, "EW104")
    assert msg == "body is not valid UTF-8 JSON: a number too long to read (over 4,300 digits)"
    # a lone surrogate in the url (and the title) is stored as U+FFFD, not a 500
    body = json.dumps({"text": TEXT, "url": "http://x/\ud800", "title": "T\udfff"})
    r = c.post("/code", content=body, headers=h)
    assert r.status_code == 200, r.text
    a = c.get(f"/articles/{r.json()['article_id']}").json()
    assert a["url"] == "http://x/\ufffd" and a["title"] == "T\ufffd"
    assert c.get("/health").json()["counts"]["articles"] == 1


@pytest.mark.parametrize("url", ["/events?offset=9223372036854775808", "/events?offset=99999999999999999999999",
                                 "/aggregates/network?min_events=9223372036854775808", "/events?limit=10000000000"])
def test_out_of_range_integers_are_422(client, db, url):
    msg = _envelope(client.get(url), 422, "EW106", db)
    assert "less than or equal to" in msg


@pytest.mark.parametrize("method, url, status, code", [
    ("GET", "/nope", 404, "EW404"), ("GET", "/events/a/b/c", 404, "EW404"), ("GET", "/static/nothing.js", 404, "EW404"),
    ("POST", "/health", 405, "EW405"), ("DELETE", "/events", 405, "EW405"), ("PUT", "/code", 405, "EW405"),
])
def test_unknown_routes_and_methods_use_the_envelope(client, method, url, status, code):
    _envelope(client.request(method, url), status, code)


def test_no_error_message_carries_a_server_path(db, monkeypatch):
    app = create_app(db)
    store = app.state.store
    c = TestClient(app, raise_server_exceptions=False)

    def store_fails(*a, **k):
        raise StoreError(f"query on {db} failed: IO Error: cannot read /var/lib/eventwire/tmp/x.bin")

    monkeypatch.setattr(store, "count_events", store_fails)
    msg = _envelope(c.get("/events"), 500, "EW400", db, "/var/lib")
    assert msg == "query on <store> failed: IO Error: cannot read <path>"

    def bug(*a, **k):
        raise RuntimeError(f"unexpected state in {Path(db).parent}/cache/file.json")

    monkeypatch.setattr(store, "event", bug)
    msg = _envelope(c.get("/events/e-1"), 500, "EW900", str(Path(db).parent))
    assert msg == "internal error (RuntimeError); the server log has the details"
    store.close()


# --- item 11: cross-site request forgery, DNS rebinding, javascript: links ---------------------------

def test_code_needs_json_content_type_and_same_origin(coding):
    c, path = coding
    body = json.dumps({"text": TEXT})
    for headers in ({"Content-Type": "text/plain"}, {}, {"Content-Type": "application/x-www-form-urlencoded"},
                    {"Content-Type": "multipart/form-data; boundary=x"}, {"Content-Type": "application/jsonp"}):
        _envelope(c.post("/code", content=body, headers=headers), 415, "EW113")
    h = {"Content-Type": "application/json"}
    msg = _envelope(c.post("/code", content=body, headers={**h, "Origin": "http://evil.example"}), 403, "EW112")
    assert msg == "cross-origin request refused: Origin 'http://evil.example' is not this server (http://testserver)"
    _envelope(c.post("/code", content=body, headers={**h, "Origin": "null"}), 403, "EW112")
    _envelope(c.post("/code", content=body, headers={**h, "Sec-Fetch-Site": "cross-site"}), 403, "EW112")
    assert c.get("/health").json()["counts"]["articles"] == 0  # nothing was written by any of them
    r = c.post("/code", content=body, headers={**h, "Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"})
    assert r.status_code == 200 and r.json()["report"]["status"] == "coded"
    assert c.post("/code", content=body, headers={"Content-Type": "application/json; charset=utf-8"}).status_code == 200
    # reads from another origin are not state-changing: no Origin check (CORS headers are never sent)
    r = c.get("/health", headers={"Origin": "http://evil.example"})
    assert r.status_code == 200 and "access-control-allow-origin" not in r.headers


def test_a_loopback_server_answers_only_requests_naming_it(db):
    """DNS rebinding: a name the attacker controls, resolved to 127.0.0.1, must not reach the store."""
    app = create_app(db, bound_host="127.0.0.1", bound_port=8765)
    for host, ok in [("127.0.0.1:8765", True), ("localhost:8765", True), ("[::1]:8765", True),
                     ("attacker.example:8765", False), ("127.0.0.1:9999", False), ("attacker.example", False)]:
        c = TestClient(app, base_url=f"http://{host}")
        r = c.get("/health")
        if ok:
            assert r.status_code == 200, host
        else:
            msg = _envelope(r, 403, "EW112")
            assert "DNS rebinding" in msg
    # bound to all interfaces: the server cannot know its names, so no Host check (Origin still applies)
    c = TestClient(create_app(db, bound_host="0.0.0.0", bound_port=8765), base_url="http://news-server.example")
    assert c.get("/health").status_code == 200
    app.state.store.close()


# --- item 12: concurrent reads, and a writer still gets its turn --------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_reads_are_served_concurrently(db):
    """Two requests are inside the store at the same moment (a barrier both must reach); before, the
    store's lock served them one at a time and the barrier broke."""
    import httpx
    import uvicorn

    app = create_app(db)
    store = app.state.store
    barrier = threading.Barrier(2, timeout=60)  # a safety net: a serialised server breaks it
    orig = store.sql

    def sql(*a, **k):
        with store.connection():
            barrier.wait()
        return orig(*a, **k)

    store.sql = sql
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    try:
        for _ in range(400):
            if srv.started:
                break
            time.sleep(0.05)
        assert srv.started
        out: list = []

        def get():
            out.append(httpx.get(f"http://127.0.0.1:{port}/events/e-none", timeout=120).status_code)

        ts = [threading.Thread(target=get) for _ in range(2)]
        for t in ts:
            t.start()
        for t in ts:
            t.join(130)
        assert out == [404, 404]
        assert not barrier.broken
    finally:
        srv.should_exit = True
        th.join(timeout=10)
        store.close()


WRITER = textwrap.dedent("""
    import sys, time
    from eventwire.schema import Article, BatchResult, DocReport
    from eventwire.store import open_store
    s = open_store({db!r}, read_only=False, lock_timeout=60)
    for i in range({n}):
        a = Article(text=f"Story number {{i}} of the run.", id=f"run-{{i}}")
        s.write_batch(BatchResult(articles=[a], reports=[DocReport(a.id, "coded")]))
    s.close()
    print("writer done")
""")


def test_lingering_readers_give_way_to_a_waiting_writer(tmp_path):
    """The API's store keeps the database open between requests (linger); readers that never pause
    must still let a writer in another process write every batch (it says it waits with a marker file),
    and they see whole batches only."""
    db = str(tmp_path / "live.duckdb")
    open_store(db, read_only=False).close()
    reader = open_store(db, read_only=True, linger=5.0)
    n = 6
    proc = subprocess.Popen([sys.executable, "-c", WRITER.format(db=db, n=n)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    seen = []
    stop = threading.Event()

    def read_forever():
        while not stop.is_set():
            c = reader.counts()
            assert c["articles"] == c["runs"]
            seen.append(c["articles"])

    ts = [threading.Thread(target=read_forever, daemon=True) for _ in range(3)]
    try:
        for t in ts:
            t.start()
        out, err = proc.communicate(timeout=120)  # a safety net: a starved writer gives up after 60 s
    finally:
        stop.set()
        for t in ts:
            t.join(30)
        reader.close()
    assert proc.returncode == 0, err
    assert "writer done" in out
    assert len(seen) > 0 and open_store(db).counts()["articles"] == n
    assert not Path(db + ".writer-waiting").exists()


# --- also: actor codes are case-insensitive; a name is an error that says so --------------------------

def test_actor_codes_case_insensitive_unknown_codes_refused(client, db, capsys):
    up = client.get("/events", params={"actor": "RUS"}).json()
    assert up["total"] > 0
    assert client.get("/events", params={"actor": "rus"}).json() == up
    assert client.get("/events", params={"recipient": "ukr"}).json()["total"] == \
        client.get("/events", params={"recipient": "UKR"}).json()["total"] > 0
    msg = _envelope(client.get("/events", params={"actor": "russia"}), 422, "EW106")
    assert msg.startswith("actor: unknown actor code(s) RUSSIA (codes are ISO 3166 alpha-3 such as RUS")
    assert msg.endswith("did you mean: RUSSIA -> RUS")
    _envelope(client.get("/aggregates/network", params={"recipient": "XXX"}), 422, "EW106")
    from eventwire.cli import main

    assert main(["query", "--db", db, "--actor", "rus", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == up["total"] + 1
    assert main(["query", "--db", db, "--actor", "russia"]) == 2
    assert "unknown actor code(s) RUSSIA" in capsys.readouterr().err
