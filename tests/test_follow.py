"""``eventwire follow`` against a local HTTP server on 127.0.0.1 that the tests start and stop: good feeds,
a syndicated copy and an independent report of the same event from three outlets, a 404, a timeout, a
feed that changes between polls, a malformed feed, a huge page, watch rules with a JSONL sink, and a
follower killed mid-run and restarted (nothing re-coded, nothing lost). Plus the HTTP client's
policies (user agent, conditional requests, retries, politeness, size limit) on their own."""
from __future__ import annotations

import json
import os
import signal
import sys
import threading
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "follow"))
from feed_server import FeedServer, article_page, rss  # noqa: E402

from eventwire.errors import BodyTooLarge, FeedListError, FetchError, FetchTimeout, HTTPStatusError
from eventwire.monitor.feeds import read_feed_list
from eventwire.monitor.fetch import Fetcher
from eventwire.store import open_store


# Short news stories written for these tests (dates 2024-05).
KHARKIV_WIRE = ("Russian forces shell Kharkiv",
                "Russian forces shelled the Ukrainian city of Kharkiv on Tuesday, killing three civilians and "
                "wounding 12, Ukrainian officials said.\nThe strike hit a residential district in the north of the "
                "city, the regional governor said.\nMoscow did not comment on the attack.", "2024-05-15")
KHARKIV_COPY = (KHARKIV_WIRE[0], "KYIV (Wire Service) - " + KHARKIV_WIRE[1], "2024-05-15")
KHARKIV_INDEP = ("Three killed in Kharkiv shelling",
                 "Three civilians were killed and 12 wounded on Tuesday when Russian artillery shelled residential "
                 "buildings in Kharkiv, the regional governor said on Wednesday.\nRescue workers searched the rubble "
                 "through the night.", "2024-05-15")
IRAN_AID = ("Iran ships drones to Russia",
            "Iran supplied Russia with hundreds of attack drones last week, Western intelligence officials said on "
            "Monday.\nTehran denied supplying weapons for use in Ukraine.", "2024-05-13")
ODESA = ("Drone attack on Odesa",
         "Russia launched a drone attack on the port of Odesa on Saturday, damaging grain silos, Ukraine's navy "
         "said.\nNo casualties were reported.", "2024-05-19")
TALKS = ("Ministers meet in Geneva",
         "The foreign ministers of France and Germany met in Geneva on Thursday to discuss aid to Ukraine, "
         "officials said.\nThey agreed to meet again next month.", "2024-05-16")

RULES = """
[lists]
sanctioned_states = ["RUS", "IRN", "PRK", "BLR", "SYR"]

[[rule]]
name = "Military aid to a sanctioned state"
severity = "high"
event = ["AID", "SUPPORT", "COOPERATE"]
recipient = ["@sanctioned_states"]
status = ["actual", "future"]

[[rule]]
name = "Russian attacks confirmed by two sources"
event = ["ASSAULT"]
actor = ["RUS"]
min_sources = 2

[[sink]]
type = "jsonl"
path = "alerts.jsonl"
"""


def page(story, site=None):
    title, text, date = story
    return article_page(title, text, date, site=site)


def item(srv, path, story):
    return {"title": story[0], "link": srv.url(path), "date": story[2]}


# -- the HTTP client ---------------------------------------------------------------------------------

def test_fetcher_user_agent_conditional_requests_and_no_retry_on_404():
    with FeedServer() as srv, Fetcher(retries=2, backoff=0.01, delay=0.0) as f:
        srv.route("/f.xml", "<rss/>", content_type="application/rss+xml", etag='"abc"')
        srv.route("/lm.xml", "<rss/>", last_modified="Wed, 15 May 2024 10:00:00 GMT")
        r = f.get(srv.url("/f.xml"))
        assert (r.status, r.etag, r.content, r.not_modified) == (200, '"abc"', b"<rss/>", False)
        again = f.get(srv.url("/f.xml"), etag=r.etag)
        assert again.not_modified and again.status == 304 and again.content == b""
        lm = f.get(srv.url("/lm.xml"))
        assert f.get(srv.url("/lm.xml"), last_modified=lm.last_modified).not_modified
        hits = srv.hits("/f.xml")
        assert hits[0]["headers"]["user-agent"].startswith("eventwire/0.") and "if-none-match" not in hits[0]["headers"]
        assert hits[1]["headers"]["if-none-match"] == '"abc"'
        with pytest.raises(HTTPStatusError) as ei:
            f.get(srv.url("/nowhere"))
        assert ei.value.status == 404 and ei.value.code == "EW602" and len(srv.hits("/nowhere")) == 1


def test_fetcher_retries_server_errors_and_timeouts_with_backoff():
    hold = threading.Event()
    with FeedServer() as srv, Fetcher(timeout=0.3, retries=2, backoff=0.01, delay=0.0) as f:
        srv.route("/busy", "down", status=503, content_type="text/plain")
        srv.route("/slow", "late", hold=hold)
        with pytest.raises(HTTPStatusError):
            f.get(srv.url("/busy"))
        assert len(srv.hits("/busy")) == 3
        with pytest.raises(FetchTimeout) as ei:
            f.get(srv.url("/slow"))
        assert ei.value.code == "EW601" and len(srv.hits("/slow")) == 3
        hold.set()
    with Fetcher(timeout=0.5, retries=0, delay=0.0) as f, pytest.raises(FetchError) as ei:
        f.get("http://127.0.0.1:9/")  # nothing listens on the discard port
    assert ei.value.code == "EW600"


def test_fetcher_refuses_bodies_over_the_size_limit_whole():
    with FeedServer() as srv, Fetcher(max_bytes=1000, delay=0.0, retries=0) as f:
        srv.route("/big", b"x" * 5000)
        srv.route("/stream", b"y" * 50000, no_length=True)
        srv.route("/small", b"z" * 1000)
        for path in ("/big", "/stream"):
            with pytest.raises(BodyTooLarge) as ei:
                f.get(srv.url(path))
            assert ei.value.code == "EW603" and "limit of 1000" in ei.value.message
        assert len(f.get(srv.url("/small")).content) == 1000


def test_fetcher_keeps_the_politeness_delay_per_host(monkeypatch):
    import eventwire.monitor.fetch as fetch_mod

    class Clock:
        now = 100.0
        slept: list = []

        def monotonic(self):
            return self.now

        def sleep(self, s):
            self.slept.append(round(s, 3))
            self.now += s

    clock = Clock()
    monkeypatch.setattr(fetch_mod, "time", clock)
    f = Fetcher(delay=2.0)
    f._wait_turn("http://a.example/1")
    f._wait_turn("http://b.example/1")  # another host: no wait
    clock.now += 0.5
    f._wait_turn("http://a.example/2")  # same host 0.5 s later: waits the rest of the 2 s
    assert clock.slept == [1.5]
    f.close()


def test_feed_list_errors_name_file_and_line(tmp_path):
    p = tmp_path / "feeds.txt"
    p.write_text("# feeds\nhttps://a.example/rss  Outlet A\n\nftp://b.example/x\n", encoding="utf-8")
    with pytest.raises(FeedListError) as ei:
        read_feed_list(p)
    assert ei.value.message.startswith(f"{p}:4: not an http(s) URL") and ei.value.code == "EW222"
    p.write_text("# nothing\n", encoding="utf-8")
    with pytest.raises(FeedListError, match="names no feed"):
        read_feed_list(p)
    p.write_text("https://a.example/rss  Outlet A\nhttps://a.example/rss Other\nhttps://b.example/x\n", encoding="utf-8")
    specs = read_feed_list(p)
    assert [(s.url, s.outlet, s.line) for s in specs] == [("https://a.example/rss", "Outlet A", 1),
                                                          ("https://b.example/x", None, 3)]


# -- following ---------------------------------------------------------------------------------------

def _serve(srv, hold):
    srv.route("/a/kharkiv.html", page(KHARKIV_WIRE, site="wire.example"))
    srv.route("/a/iran.html", page(IRAN_AID))
    srv.route("/p/kharkiv.html", page(KHARKIV_COPY))
    srv.route("/k/kharkiv.html", page(KHARKIV_INDEP))
    srv.route("/a/huge.html", article_page("Huge", "Padding paragraph. " * 3000, "2024-05-15"))
    srv.route("/wire.xml", rss("Wire Service", [item(srv, "/a/kharkiv.html", KHARKIV_WIRE),
                                                item(srv, "/a/iran.html", IRAN_AID)]),
              content_type="application/rss+xml", etag='"w1"')
    srv.route("/partner.xml", rss("Partner Daily", [item(srv, "/p/kharkiv.html", KHARKIV_COPY)]),
              content_type="application/rss+xml", last_modified="Wed, 15 May 2024 09:00:00 GMT")
    srv.route("/indep.xml", rss("Kyiv Independent", [item(srv, "/k/kharkiv.html", KHARKIV_INDEP)]),
              content_type="application/rss+xml", etag='"k1"')
    srv.route("/broken.xml", "<?xml version='1.0'?><rss><channel><title>Broken</title><item><title>cut",
              content_type="application/rss+xml")
    srv.route("/slow.xml", rss("Slow", []), content_type="application/rss+xml", hold=hold)
    srv.route("/list.txt", f"{srv.url('/a/huge.html')}\n{srv.url('/a/gone.html')}\n", content_type="text/plain")


def test_follow_polls_codes_corroborates_alerts_and_survives_bad_feeds(tmp_path):
    from eventwire.cli import main

    hold = threading.Event()
    db, report, rules = tmp_path / "f.duckdb", tmp_path / "report.json", tmp_path / "rules.toml"
    rules.write_text(RULES, encoding="utf-8")
    with FeedServer() as srv:
        _serve(srv, hold)
        feeds = tmp_path / "feeds.txt"
        feeds.write_text(f"{srv.url('/wire.xml')}\n{srv.url('/partner.xml')}\n"
                         f"{srv.url('/indep.xml')}   Kyiv Independent\n{srv.url('/broken.xml')}\n"
                         f"{srv.url('/missing.xml')}\n{srv.url('/slow.xml')}\n{srv.url('/list.txt')} Lists Inc\n",
                         encoding="utf-8")
        args = ["follow", str(feeds), "--db", str(db), "--once", "--timeout", "0.5", "--retries", "0", "--delay", "0",
                "--max-bytes", "30000", "--max-attempts", "2", "--rules", str(rules), "--report", str(report)]
        assert main(args) == 0
        rep = json.loads(report.read_text())["polls"][0]
        assert (rep["feeds"], rep["feeds_failed"], rep["new"]) == (7, 3, 6)
        assert (rep["coded"], rep["skipped"], rep["copies"], rep["failed"], rep["retry"]) == (3, 1, 1, 1, 1)
        probs = "\n".join(rep["problems"])
        for needle in ("broken.xml: [EW104]", "missing.xml: [EW602]", "HTTP 404", "slow.xml: [EW601]",
                       "huge.html: [EW603]", "gone.html: [EW602]"):
            assert needle in probs, needle
        s = open_store(db)
        arts = {a["url"]: a for a in s.sql("SELECT url, outlet, title, publication_date FROM articles", as_="records")}
        assert sorted(arts) == [srv.url("/a/iran.html"), srv.url("/a/kharkiv.html"), srv.url("/k/kharkiv.html")]
        assert arts[srv.url("/a/kharkiv.html")]["outlet"] == "Wire Service"  # feed title over the page's site name
        assert arts[srv.url("/k/kharkiv.html")]["outlet"] == "Kyiv Independent"
        assert arts[srv.url("/a/iran.html")]["publication_date"] == "2024-05-13"
        # the syndicated copy is a mention of the wire story with its own outlet, not a second article
        ment = {m["url"]: m["outlet"] for m in s.mentions()}
        assert ment[srv.url("/p/kharkiv.html")] == "Partner Daily"
        # the Kharkiv killing: three documents, two independent sources (the wire text and the independent report)
        kh = [e for e in s.event_records() if e.article_id in (srv.url("/a/kharkiv.html"), srv.url("/k/kharkiv.html"))
              and e.event == "ASSAULT"]
        assert kh, "the coder found no ASSAULT in the Kharkiv reports"
        linked = {e.cluster_id for e in kh if e.num_sources == 2}
        assert len(linked) == 1
        cid = linked.pop()
        cl = s.sql("SELECT num_articles, num_sources, outlets, source_outlets FROM clusters WHERE cluster_id = ?",
                   [cid], as_="records")[0]
        assert cl == {"num_articles": 3, "num_sources": 2,
                      "outlets": ["Kyiv Independent", "Partner Daily", "Wire Service"],
                      "source_outlets": ["Kyiv Independent", "Wire Service"]}
        states = {r["url"]: (r["state"], r["attempts"], r["reason"] or "") for r in
                  s.sql("SELECT url, state, attempts, reason FROM follow_items", as_="records")}
        assert states[srv.url("/a/huge.html")][:2] == ("failed", 1)
        assert states[srv.url("/a/gone.html")][:2] == ("pending", 1)
        assert states[srv.url("/p/kharkiv.html")][0] == "skipped" and \
            states[srv.url("/p/kharkiv.html")][2].startswith("duplicate:")
        # watch rules fired as the articles were coded; the JSONL sink got each alert once
        alerts = [json.loads(x) for x in (tmp_path / "alerts.jsonl").read_text().splitlines()]
        by_rule = {a["rule"]: a for a in alerts}
        assert sorted(by_rule) == ["Military aid to a sanctioned state", "Russian attacks confirmed by two sources"]
        aid_alert = by_rule["Military aid to a sanctioned state"]
        assert aid_alert["event"]["recipient"] == ["RUS"] and aid_alert["evidence"][0]["url"] == srv.url("/a/iran.html")
        assert by_rule["Russian attacks confirmed by two sources"]["num_sources"] == 2
        s.close()

        # the feeds change: a new story on the wire; the independent outlet answers 304; the broken feed is fixed
        srv.route("/wire.xml", rss("Wire Service", [item(srv, "/a/odesa.html", ODESA),
                                                    item(srv, "/a/kharkiv.html", KHARKIV_WIRE),
                                                    item(srv, "/a/iran.html", IRAN_AID)]),
                  content_type="application/rss+xml", etag='"w2"')
        srv.route("/a/odesa.html", page(ODESA))
        srv.route("/broken.xml", rss("Fixed", [item(srv, "/a/talks.html", TALKS)]), content_type="application/rss+xml")
        srv.route("/a/talks.html", page(TALKS))
        assert main(args) == 0
        rep2 = json.loads(report.read_text())["polls"][0]
        assert (rep2["new"], rep2["coded"], rep2["not_modified"], rep2["feeds_failed"]) == (2, 2, 2, 2)
        assert (rep2["failed"], rep2["retry"]) == (1, 0)  # the 404 page is given up after two polls
        for path in ("/a/kharkiv.html", "/a/iran.html", "/k/kharkiv.html", "/a/huge.html"):
            assert len(srv.hits(path)) == 1, path  # never fetched again
        assert len(srv.hits("/a/gone.html")) == 2
        assert srv.hits("/indep.xml")[-1]["headers"]["if-none-match"] == '"k1"'
        assert srv.hits("/partner.xml")[-1]["headers"]["if-modified-since"] == "Wed, 15 May 2024 09:00:00 GMT"
        assert len((tmp_path / "alerts.jsonl").read_text().splitlines()) == len(alerts)  # no alert repeated
        s = open_store(db)
        assert s.counts()["articles"] == 5
        from eventwire.query.export import GDELT_COLUMNS, gdelt_rows

        col = {c: i for i, c in enumerate(GDELT_COLUMNS)}
        sources = {r[col["SOURCEURL"]]: r[col["NumSources"]] for r in gdelt_rows(s, min_sources=2)}
        assert set(sources) <= {srv.url("/a/kharkiv.html"), srv.url("/k/kharkiv.html")} and set(sources.values()) == {"2"}
        s.close()
        hold.set()


def test_killed_follower_restarts_without_recoding_or_losing(tmp_path, nlp):
    """A follower killed (SIGKILL) in the middle of a poll, then started again: every article is coded
    exactly once, none is lost, and pages written before the kill are not fetched again. The follower
    runs in a forked child of this process (which has the model loaded already), killed for real."""
    from eventwire.cli import main
    from eventwire.pipeline import code_batch
    from eventwire.schema import Article

    code_batch([Article(text="Officials in Paris met their counterparts from Kenya on Monday.")])  # warm the coder
    stories = [KHARKIV_WIRE, IRAN_AID, ODESA, TALKS]
    hold = threading.Event()
    db = tmp_path / "k.duckdb"
    with FeedServer() as srv:
        for i, st in enumerate(stories):
            srv.route(f"/s/{i}.html", page(st), hold=hold if i == 2 else None)
        srv.route("/feed.xml", rss("Wire", [item(srv, f"/s/{i}.html", st) for i, st in enumerate(stories)]),
                  content_type="application/rss+xml", etag='"e1"')
        feeds = tmp_path / "feeds.txt"
        feeds.write_text(srv.url("/feed.xml") + "\n", encoding="utf-8")
        args = ["follow", str(feeds), "--db", str(db), "--once", "--batch-size", "1", "--delay", "0", "--timeout", "60"]
        pid = os.fork()
        if pid == 0:  # the child: follow until killed
            try:
                os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
                code = main(args)
            finally:
                os._exit(99)
        try:
            deadline = time.monotonic() + 120  # safety net only
            coded = 0
            while time.monotonic() < deadline and os.waitpid(pid, os.WNOHANG) == (0, 0):
                if db.exists():
                    try:
                        s = open_store(db, lock_timeout=5)
                        coded = s.sql("SELECT count(*) AS n FROM follow_items WHERE state = 'coded'",
                                      as_="records")[0]["n"]
                        s.close()
                    except Exception:  # store still being created or migrated by the child
                        coded = 0
                if coded >= 2:
                    break
                time.sleep(0.1)
            assert coded == 2, "the follower did not write its first two batches"
            assert len(srv.hits("/s/2.html")) == 1  # it is waiting for the third page
        finally:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        hold.set()
        s = open_store(db)
        before = s.sql("SELECT item_id, state FROM follow_items ORDER BY seq", as_="records")
        assert [r["state"] for r in before] == ["coded", "coded", "pending", "pending"]
        s.close()
        assert main(["follow", str(feeds), "--db", str(db), "--once", "--delay", "0"]) == 0
        s = open_store(db)
        assert [r["state"] for r in s.sql("SELECT state FROM follow_items ORDER BY seq", as_="records")] == ["coded"] * 4
        assert s.counts()["articles"] == 4
        # each article appears as "coded" in exactly one run report: nothing was coded twice
        coded_reports = [d["article_id"] for r in s.sql("SELECT reports FROM runs", as_="records")
                         for d in json.loads(r["reports"]) if d["status"] == "coded"]
        assert sorted(coded_reports) == sorted(srv.url(f"/s/{i}.html") for i in range(4))
        assert len(srv.hits("/s/0.html")) == len(srv.hits("/s/1.html")) == 1
        s.close()


def test_follow_refuses_a_bad_feed_list_or_duration_in_one_line(tmp_path, capsys):
    from eventwire.cli import main

    feeds = tmp_path / "feeds.txt"
    feeds.write_text("http://127.0.0.1:9/feed.xml\nnot-a-url\n", encoding="utf-8")
    assert main(["follow", str(feeds), "--db", str(tmp_path / "x.duckdb"), "--once"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"eventwire: error: [EW222] {feeds}:2: not an http(s) URL: 'not-a-url' (one feed or article URL "
                   f"per line, optionally followed by the outlet's name)"]
    feeds.write_text("http://127.0.0.1:9/feed.xml\n", encoding="utf-8")
    assert main(["follow", str(feeds), "--db", str(tmp_path / "x.duckdb"), "--every", "soon"]) == 2
    assert "--every 'soon'" in capsys.readouterr().err
    assert not (tmp_path / "x.duckdb").exists()  # nothing written before the arguments were checked
