"""Quality gate: mean token-level F1 of extracted HTML bodies against the ground truth of
../shared/corpus/news_html (scrapinghub article-extraction-benchmark, 20 pages). Measured 0.968 (mean
precision 0.971, recall 0.972) with trafilatura 2.3.1; the floor sits a little below that so that a
real regression fails and a library patch release does not."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from conftest import ROOT, shared_path

FLOOR_MEAN_F1 = 0.95
FLOOR_PAGE_F1 = 0.70  # the weakest page measured 0.74 (a long live page, body partly missed)


def _bench():
    spec = importlib.util.spec_from_file_location("html_extraction", ROOT / "bench" / "html_extraction.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_token_f1_scorer():
    b = _bench()
    assert b.token_f1("a b c", "a b c") == (1.0, 1.0, 1.0)
    p, r, f = b.token_f1("a b c d", "a b")
    assert (p, r) == (0.5, 1.0) and abs(f - 2 / 3) < 1e-12
    assert b.token_f1("", "x") == (0.0, 0.0, 0.0)


def test_mean_body_f1_on_news_html_floor():
    res = _bench().evaluate(Path(shared_path("corpus", "news_html")))
    assert res["n"] == 20
    assert res["mean_f1"] >= FLOOR_MEAN_F1, res["mean_f1"]
    worst = min(res["pages"], key=lambda x: x["f1"])
    assert worst["f1"] >= FLOOR_PAGE_F1, worst
    assert all(x["status"] == "ok" for x in res["pages"])


def test_a_page_of_menus_only_has_no_article_text():
    import pytest as _pytest

    from eventwire.errors import EmptyInput
    from eventwire.ingest.html import extract_html

    menus = (b"<html><head><title>Menu</title><script>var x=1;</script></head><body><nav><a href='/'>Home</a> "
             b"<a href='/news'>News</a></nav><script>console.log('hi')</script></body></html>")
    with _pytest.raises(EmptyInput):
        extract_html(menus, path="menus.html")
    story = (b"<html><head><title>Talks</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
             b"<article><p>The foreign ministers of Kenya and Ethiopia met in Nairobi on Monday to discuss the border "
             b"dispute, officials said.</p></article></body></html>")
    art = extract_html(story, path="story.html")
    assert "Kenya and Ethiopia met in Nairobi" in art.text
