"""The dashboard in a real browser: Debian's /usr/bin/chromium driven by Playwright (no browser download),
against the app serving a store built from real VOA articles in ../shared/corpus coded by the pipeline.

Under CI=true a missing chromium or playwright FAILS this test (it never skips there). The screenshot is
saved to tests/test-output/browser/dashboard.png (git-ignored) and to pytest's tmp_path.
"""
from __future__ import annotations

import itertools
import json
import os
import shutil
import socket
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from conftest import shared_path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
N_ARTICLES = 12
OUT_DIR = Path(__file__).parent / "test-output" / "browser"

pytestmark = pytest.mark.slow


def _require_browser():
    missing = []
    if not Path(CHROMIUM).exists():
        missing.append(f"{CHROMIUM} (apt-get install -y chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("playwright (pip install playwright==1.65.2)")
    if missing:
        msg = "browser test needs " + ", ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(msg)
        pytest.skip(msg)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _fallback_events(articles):
    """Only when the coder emits nothing: hand-made events on the real articles' text (true offsets)."""
    from eventwire.schema import Entity, Event

    names = {"Iraq": "IRQ", "Syria": "SYR", "United States": "USA", "Russia": "RUS", "Ukraine": "UKR", "Israel": "ISR"}
    triggers = {"killed": "ASSAULT", "urged": "REQUEST", "said": "CONSULT"}
    out = []
    for a in articles:
        hits = sorted((a.text.find(n), n) for n in names if a.text.find(n) >= 0)
        trig = next(((a.text.find(t), t) for t in triggers if a.text.find(t) >= 0), None)
        if not hits or trig is None:
            continue
        s, n = hits[0]
        out.append(Event(article_id=a.id, event=triggers[trig[1]], actor=[Entity(n, names[n], None, None, s, s + len(n))],
                         recipient=[], event_text=trig[1],
                         text_info={"sentence_index": 0, "sentence": "", "start": trig[0], "end": trig[0] + len(trig[1])},
                         date=a.publication_date, date_basis="publication", plover_score=0.0, coder="browser-fallback"))
    return out


@pytest.fixture(scope="module")
def real_store(tmp_path_factory):
    """A store of the first N VOA stories, read with ingest.read_inputs and coded with pipeline.code_batch."""
    from eventwire.ingest import read_inputs
    from eventwire.pipeline import code_batch
    from eventwire.schema import Article
    from eventwire.store import open_store

    src = shared_path("corpus", "voa", "voa_stories.jsonl")
    published = {}
    with open(src, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            published[str(rec["id"])] = str(rec.get("published") or "")[:10] or None
    items = list(itertools.islice(read_inputs([str(src)]), N_ARTICLES))
    for a in items:  # the VOA file calls its date "published"; read_inputs maps only publication_date
        if isinstance(a, Article):
            a.publication_date = a.publication_date or published.get(a.id)
            a.outlet = a.outlet or "Voice of America"
    res = code_batch(items)
    assert res.counts()["coded"] >= N_ARTICLES - 2, res.counts()
    if not res.events:
        res.events = _fallback_events(res.articles)
    db = tmp_path_factory.mktemp("browser") / "voa.duckdb"
    s = open_store(db, read_only=False)
    s.write_batch(res)
    _alerts(s)
    s.close()
    return str(db), res


def _alerts(store):
    """Two watch rules evaluated at two times over the real store, so the panel has alerts of both rules
    and a known newest-first order (the second evaluation's alerts are the newest)."""
    from datetime import datetime, timezone

    from eventwire.alerts import evaluate_rules, parse_rules

    rules = parse_rules('[[rule]]\nname = "Conflict events"\nseverity = "high"\nevent = ["ASSAULT", "COERCE", '
                        '"THREATEN", "ACCUSE", "PROTEST", "SANCTION"]\n\n[[rule]]\nname = "Cooperation"\n'
                        'severity = "low"\nevent = ["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"]\n', "browser.toml")
    evaluate_rules(store, rules.rules[1:], now=datetime(2025, 3, 15, 9, 0, tzinfo=timezone.utc))
    evaluate_rules(store, rules.rules[:1], now=datetime(2025, 3, 15, 10, 0, tzinfo=timezone.utc))


@pytest.fixture(scope="module")
def server(real_store):
    import uvicorn

    from eventwire.api import create_app

    db, _ = real_store
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    th.join(timeout=10)


def test_dashboard_filter_open_event_highlighted_evidence(real_store, server, tmp_path):
    _require_browser()
    from playwright.sync_api import sync_playwright

    db, res = real_store
    texts = {a.id: a.text for a in res.articles}
    usable = [e for e in res.events if isinstance(e.text_info.get("start"), int)
              and texts[e.article_id][e.text_info["start"]:e.text_info["end"]] == e.event_text]
    assert usable, "no event with a trigger span to highlight"
    etype = Counter(e.event for e in usable).most_common(1)[0][0]
    expected = sum(1 for e in res.events if e.event == etype)

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            errors = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(server + "/")
            page.wait_for_selector("body[data-ready='1']", timeout=20000)
            assert page.locator("#events tbody tr").count() == min(25, len(res.events))
            assert page.locator("#timeseries rect.bar").count() >= 1
            page.locator("#network .edge").first.wait_for(state="attached", timeout=20000)
            first_edge = page.eval_on_selector_all(
                "#network .edge", "es => [es[0].dataset.source, es[0].dataset.target, es.length]")
            # apply a filter: one PLOVER event type
            page.select_option("#f-event", etype)
            page.click("#apply")
            page.wait_for_function(
                "t => { const r = [...document.querySelectorAll('#events tbody td.type')];"
                " return r.length > 0 && r.every(c => c.textContent.startsWith(t)); }", arg=etype, timeout=20000)
            assert page.locator("#events-count").inner_text() == f"({expected})"
            # open an event whose trigger span is known to be good
            row_ids = page.eval_on_selector_all("#events tbody tr", "rs => rs.map(r => r.dataset.id)")
            good = {e.id: e for e in usable if e.event == etype}
            target = next(i for i in row_ids if i in good)
            page.click(f"#events tbody tr[data-id='{target}']")
            page.wait_for_selector(f"#evidence-panel[data-event-id='{target}']", timeout=20000)
            mark = page.locator("#evidence mark.ev-trigger")
            mark.first.wait_for(state="visible", timeout=20000)
            ev = good[target]
            assert mark.first.inner_text() == ev.event_text
            assert int(mark.first.get_attribute("data-start")) == ev.text_info["start"]
            # the whole article text is shown, marks included, exactly as stored
            assert page.locator("#evidence").inner_text().strip() == texts[ev.article_id].strip()
            for a in ev.actor:
                if a.start is not None:
                    assert page.locator(f"#evidence mark.ev-actor[data-start='{a.start}']").inner_text() == a.entity_text
            # the dyad network: clicking an edge filters on that dyad and redraws the dyad's time series
            page.select_option("#f-event", "")
            page.click("#apply")
            # the network is redrawn for all types: wait until it is the unfiltered one again (its first edge), or
            # the edge read below may be one of the filtered network about to be replaced
            page.wait_for_function("fe => { const es = document.querySelectorAll('#network .edge');"
                                   " return es.length === fe[2] && es[0].dataset.source === fe[0]"
                                   " && es[0].dataset.target === fe[1]; }", arg=first_edge, timeout=20000)
            edge = page.locator("#network .edge").first
            edge.wait_for(state="attached", timeout=20000)
            src, dst = edge.get_attribute("data-source"), edge.get_attribute("data-target")
            edge.dispatch_event("click")
            page.wait_for_function("t => document.getElementById('ts-title').textContent === t",
                                   arg=f"{src} → {dst}", timeout=20000)
            n_dyad = sum(1 for e in res.events if e.actor and e.recipient
                         and (e.actor[0].code, e.recipient[0].code) == (src, dst))
            page.wait_for_function("n => document.getElementById('events-count').textContent === `(${n})`",
                                   arg=n_dyad, timeout=20000)
            bars = page.eval_on_selector_all("#timeseries rect.bar", "bs => bs.map(b => +b.dataset.events)")
            assert sum(bars) == sum(1 for e in res.events if e.actor and e.recipient and e.date
                                    and (e.actor[0].code, e.recipient[0].code) == (src, dst))
            # the alerts panel: newest first, rule name, evidence link opening the alert's report
            from eventwire.alerts.evaluate import alert_rows
            from eventwire.store import open_store

            st = open_store(db)
            total, stored = alert_rows(st, limit=50)
            _, every = alert_rows(st, limit=max(total, 1))  # the panel shows the newest 50 of them
            st.close()
            assert total > 0 and stored, "no alert fired on the VOA store"
            assert page.locator("#alerts-count").inner_text() == f"({total})"
            items = page.locator("#alerts li[data-alert-id]")
            assert items.count() == len(stored)
            assert [items.nth(i).get_attribute("data-alert-id") for i in range(items.count())] == [a.id for a in stored]
            assert items.first.get_attribute("data-rule") == stored[0].rule == "Conflict events"
            assert every[-1].rule == "Cooperation"  # fired an hour earlier: listed last
            assert items.first.locator(".rule").inner_text() == "Conflict events"
            items.first.locator(".evidence-link").click()
            page.wait_for_selector(f"#evidence-panel[data-event-id='{stored[0].event_id}']", timeout=20000)
            assert page.locator("#evidence mark").count() >= 1
            first_id = page.locator("#events tbody tr").first.get_attribute("data-id")
            page.click(f"#events tbody tr[data-id='{first_id}']")
            page.wait_for_selector(f"#evidence-panel[data-event-id='{first_id}']", timeout=20000)
            assert page.locator("#evidence mark").count() >= 1
            OUT_DIR.mkdir(parents=True, exist_ok=True)
            shot = tmp_path / "dashboard.png"
            page.screenshot(path=str(shot), full_page=True)
            shutil.copy(shot, OUT_DIR / "dashboard.png")
            assert shot.stat().st_size > 10_000
            assert errors == []
        finally:
            browser.close()
