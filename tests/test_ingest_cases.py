"""Field cases from ../shared/cases that concern ingestion: C20, C21, C22, C24, C31, C32, C33, C34, C36.

Only the ingestion side is checked here (publication date, body text, skip reasons, dedup, foreign
spans, chunking); the event-level expectations are the coder's tests.
"""
from __future__ import annotations

import json
import random
import resource

import pytest

from conftest import shared_path
from eventwire.ingest import read_inputs
from eventwire.ingest.dedupe import dedupe
from eventwire.ingest.html import extract_html
from eventwire.ingest.language import annotate
from eventwire.schema import Article, DocReport


@pytest.fixture(scope="module")
def cases():
    path = shared_path("cases", "cases.jsonl")
    return {c["id"]: c for c in (json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip())}


@pytest.mark.regression("C20")
def test_c20_original_publication_date_not_modified_sidebar_comment_or_copyright(cases):
    a = extract_html(cases["C20"]["input_text"])
    assert a.publication_date == "2023-08-26"
    assert a.meta["modified_date"] == "2023-08-28"
    assert a.text == "Niger's military government yesterday gave the French ambassador 48 hours to leave the country."
    assert a.title == "Niger orders French envoy out"
    assert "author" not in a.meta  # "Updated 28 August 2023" is not a byline


@pytest.mark.regression("C21")
def test_c21_month_precision_is_kept(cases, tmp_path):
    c = cases["C21"]
    page = ("<html><head><title>AU suspends Niger</title></head><body><article><h1>AU suspends Niger</h1>"
            + "".join(f"<p>{p}</p>" for p in c["input_text"].split("\n\n")) + "</article></body></html>")
    a = extract_html(page, url="https://news.example/au-niger")
    assert a.publication_date == "2023-08" and a.meta["date_precision"] == "month"
    # the same article as JSONL with the month-only date keeps it
    p = tmp_path / "c21.jsonl"
    p.write_text(json.dumps({"id": "c21", "text": c["input_text"], "publication_date": "2023-08"}) + "\n")
    [art] = read_inputs([str(p)])
    assert art.publication_date == "2023-08"


def test_full_date_on_the_first_of_a_month_keeps_its_day():
    page = ("<html><head><meta property='article:published_time' content='2024-03-01T10:00:00Z'></head><body>"
            "<article><p>Senegal's parliament voted on Friday to delay the presidential election until "
            "December, the speaker said in a statement read on state television.</p></article></body></html>")
    assert extract_html(page).publication_date == "2024-03-01"


@pytest.mark.regression("C22")
def test_c22_script_cookie_nav_aside_noscript_never_in_body(cases):
    a = extract_html(cases["C22"]["input_text"])
    assert a.text == ("The IMF executive board approved a $3bn loan programme for Ghana on Wednesday, "
                      "unlocking an immediate payment of about $600m.")
    assert a.title == "IMF approves Ghana loan"


@pytest.mark.regression("C24")
def test_c24_only_the_lead_article(cases):
    a = extract_html(cases["C24"]["input_text"])
    assert a.title == "Chad recalls ambassador from Sudan"
    assert a.text == ("Chad recalled its ambassador from Khartoum on Thursday after accusing the Sudanese army "
                      "of shelling a border post.")
    assert "Zambia" not in a.text and "SADC" not in a.text
    assert a.meta["removed_articles"] == 1


@pytest.mark.regression("C31")
def test_c31_syndicated_copy_is_one_story_with_both_urls(cases):
    docs = cases["C31"]["input_documents"]
    arts = [Article(text=d["text"], url=d["url"], publication_date=d["publication_date"]) for d in docs]
    out = list(dedupe(arts))
    assert isinstance(out[0], Article) and isinstance(out[1], DocReport)
    assert out[1].status == "skipped" and out[1].reason == f"duplicate:{out[0].id}"
    assert out[0].meta["mentions"] == [docs[1]["url"]] == out[0].meta["urls"]
    assert out[0].meta["duplicate_ids"] == [out[1].article_id]
    assert out[0].meta["story_id"].startswith("s-")


@pytest.mark.regression("C32")
def test_c32_english_document_with_russian_quote_and_french_paragraph(cases):
    text = cases["C32"]["input_text"]
    a = annotate(Article(text=text))
    assert isinstance(a, Article) and a.language == "en"  # not rejected as non-English
    spans = a.meta["foreign_spans"]
    assert [s[2] for s in spans] == ["ru", "fr"]
    ru, fr = spans
    assert text[ru[0]:ru[1]] == "Мы не потерпим провокаций», — заявила Мария Захарова"
    assert text[fr[0]:fr[1]] == "Chisinau a condamné cette décision et a convoqué l'ambassadeur russe."
    english = "".join(ch for i, ch in enumerate(text) if not any(s <= i < e for s, e, _ in spans))
    assert "Russia's foreign ministry expelled a Moldovan diplomat on Friday." in english
    assert not any("\u0400" <= ch <= "\u04ff" for ch in english)  # no Cyrillic left for the coder


@pytest.mark.regression("C33")
def test_c33_empty_whitespace_and_html_shell_are_skipped_and_batch_goes_on(tmp_path):
    (tmp_path / "a_empty.txt").write_text("")
    (tmp_path / "b_blank.txt").write_text(" \n\t \n")
    (tmp_path / "c_shell.html").write_text("<html><body></body></html>")
    (tmp_path / "d_good.txt").write_text("Chad recalled its ambassador from Khartoum on Thursday.\n")
    got = list(read_inputs([str(tmp_path)]))
    assert [(type(x).__name__, getattr(x, "status", None)) for x in got] == [
        ("DocReport", "skipped")] * 3 + [("Article", None)]
    assert all(x.reason.startswith("empty_input") for x in got[:3])


@pytest.mark.regression("C34")
def test_c34_binary_files_skipped_naming_the_file(tmp_path):
    random.seed(7)
    pdf = tmp_path / "article_binary.txt"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(random.randrange(256) for _ in range(20000)))
    jpg = tmp_path / "photo.html"
    jpg.write_bytes(b"\xff\xd8\xff\xe0" + bytes(random.randrange(256) for _ in range(5000)))
    noise = tmp_path / "noise.jsonl"
    noise.write_bytes(bytes(random.randrange(256) for _ in range(5000)) + b"\x00")
    (tmp_path / "ok.txt").write_text("Chad recalled its ambassador from Khartoum on Thursday.\n")
    got = list(read_inputs([str(tmp_path)]))
    reports = {x.path: x for x in got if isinstance(x, DocReport)}
    for f in (pdf, jpg, noise):
        r = reports[str(f)]
        assert r.status == "skipped" and r.reason.startswith("unsupported_binary_input") and str(f) in r.reason
    assert sum(isinstance(x, Article) for x in got) == 1


@pytest.mark.regression("C36")
def test_c36_five_megabytes_read_whole_and_segmented_in_bounded_chunks(tmp_path):
    from eventwire.nlp.model import MAX_CHUNK_CHARS
    from eventwire.nlp.segment import segment_article

    filler = "Live updates continue as officials assess the situation across the region. "
    event = ("At 23:40 Israeli aircraft struck a weapons depot near Damascus airport, Syrian state media "
             "reported. ")
    text = filler * (4_900_000 // len(filler)) + event + filler * 1000
    p = tmp_path / "liveblog.txt"
    p.write_text(text)
    # over the default per-document limit (issue 15): skipped by name and size, never truncated
    [r] = read_inputs([str(p)], dedupe=True, language=True)
    assert isinstance(r, DocReport) and r.status == "skipped" and r.path == str(p)
    assert r.reason.startswith(f"too_large:{len(text.encode())}: {p}: ")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    [a] = read_inputs([str(p)], dedupe=True, language=True, max_doc_bytes=None)  # limit lifted: read whole
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert isinstance(a, Article) and a.text == text  # never truncated
    assert a.language == "en" and a.meta["foreign_spans"] == []
    assert grown_mb < 400  # about 50 bytes of overhead per character would mean copies per sentence
    seg = segment_article(a.text, a.title)
    assert max(s.end - s.start for s in seg.segments) <= MAX_CHUNK_CHARS
    assert any(event.strip() in s.text for s in seg.segments)
