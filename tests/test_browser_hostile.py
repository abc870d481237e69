"""Issue 15, item 11 in a real browser (Debian's chromium driven by Playwright, as tests/test_browser.py):
a page of another origin cannot write into the store through ``POST /code``, and the dashboard never turns
a ``javascript:`` URL from the data into a link."""
from __future__ import annotations

import http.server
import json
import sys
import threading
import time
from pathlib import Path

import pytest

from test_browser import CHROMIUM, CHROMIUM_ARGS, _free_port, _require_browser

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "store"))
from ew_store_fixture import handmade_batch  # noqa: E402

pytestmark = pytest.mark.slow


def _serve_app(app, port: int):
    import uvicorn

    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    for _ in range(400):
        if srv.started:
            break
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    return srv, th


ATTACK = """<!doctype html><html><body><script>
const target = "http://127.0.0.1:%(port)d/code";
const body = JSON.stringify({text: "France condemned Iran on Monday over its nuclear programme."});
Promise.allSettled([
  fetch(target, {method: "POST", mode: "no-cors", headers: {"Content-Type": "text/plain"}, body}),
  fetch(target, {method: "POST", mode: "no-cors", headers: {"Content-Type": "application/json"}, body}),
  fetch(target, {method: "POST", mode: "no-cors", body}),
  fetch(target, {method: "POST", headers: {"Content-Type": "application/json"}, body}),
]).then(r => { document.body.dataset.done = r.map(x => x.status).join(","); });
</script></body></html>"""


def test_another_origin_cannot_write_into_the_store(tmp_path):
    _require_browser()
    from playwright.sync_api import sync_playwright

    from eventwire.api import create_app

    port, evil_port = _free_port(), _free_port()
    db = str(tmp_path / "code.duckdb")
    app = create_app(db, allow_coding=True, bound_host="127.0.0.1", bound_port=port)
    srv, th = _serve_app(app, port)
    page_html = (ATTACK % {"port": port}).encode()

    class Evil(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server hook
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(page_html)

        def log_message(self, *a):
            pass

    evil = http.server.ThreadingHTTPServer(("127.0.0.1", evil_port), Evil)
    threading.Thread(target=evil.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            try:
                page = browser.new_page()
                page.goto(f"http://localhost:{evil_port}/")  # another origin than http://127.0.0.1:<port>
                page.wait_for_selector("body[data-done]", state="attached", timeout=30000)
            finally:
                browser.close()
        assert app.state.store.counts()["articles"] == 0  # in main: 1 (the text/plain request wrote it)
        # the same request from the server's own page is accepted (the guard is not just "refuse all")
        import httpx

        r = httpx.post(f"http://127.0.0.1:{port}/code", json={"text": "France condemned Iran on Monday."},
                       headers={"Origin": f"http://127.0.0.1:{port}"}, timeout=120)
        assert r.status_code == 200 and app.state.store.counts()["articles"] == 1
    finally:
        evil.shutdown()
        srv.should_exit = True
        th.join(timeout=10)


def test_dashboard_never_links_a_javascript_url(tmp_path):
    _require_browser()
    from playwright.sync_api import sync_playwright

    from eventwire.api import create_app
    from eventwire.store import open_store

    res = handmade_batch()
    bad, good = res.articles[0], res.articles[1]
    bad.url = "javascript:document.title='pwned'"
    good.url = "https://example.org/story"
    db = str(tmp_path / "x.duckdb")
    s = open_store(db, read_only=False)
    s.write_batch(res)
    s.close()
    port = _free_port()
    app = create_app(db)
    srv, th = _serve_app(app, port)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            try:
                page = browser.new_page()
                page.goto(f"http://127.0.0.1:{port}/")
                page.wait_for_selector("body[data-ready='1']", timeout=20000)
                for art, linked in ((bad, False), (good, True)):
                    ev = next(e for e in res.events if e.article_id == art.id)
                    page.wait_for_selector(f"#events tbody tr[data-id='{ev.id}']", timeout=20000)
                    page.click(f"#events tbody tr[data-id='{ev.id}']")
                    page.wait_for_selector(f"#evidence-panel[data-event-id='{ev.id}']", timeout=20000)
                    hrefs = page.eval_on_selector_all("#evidence-meta a", "as => as.map(a => a.getAttribute('href'))")
                    assert hrefs == ([art.url] if linked else []), hrefs
                    assert art.url in page.locator("#evidence-meta").inner_text()  # shown as text
                assert page.title() != "pwned"
            finally:
                browser.close()
    finally:
        srv.should_exit = True
        th.join(timeout=10)
