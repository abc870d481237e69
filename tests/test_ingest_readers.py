"""Readers on small fixtures of our own (tests/fixtures/ingest), malformed ones included."""
from __future__ import annotations

import gzip
import io
import shutil
from pathlib import Path

import pytest

from eventwire.errors import BinaryInput, EmptyInput, InputError
from eventwire.ingest import read_inputs
from eventwire.ingest.core import decode_bytes
from eventwire.ingest.normalize import normalize_text
from eventwire.ingest.readers import sniff_content, sniff_format
from eventwire.schema import Article, DocReport

FIX = Path(__file__).parent / "fixtures" / "ingest"


def items(path, **kw):
    return list(read_inputs([str(path)], **kw))


# --- txt -------------------------------------------------------------------------------------------

def test_txt_mojibake_repaired_and_line_ends_unified():
    [a] = items(FIX / "mojibake.txt")
    assert a.text == ("Rebels seized the town of Goma on Sunday, the government said.\n\n"
                      "Café owners fled “immediately”, witnesses told reporters.\n")


def test_txt_cp1252_decoded():
    [a] = items(FIX / "cp1252.txt")
    assert a.text.startswith("Café owners in Goma said the rebels “looted everything” before")


def test_txt_utf16_with_bom_is_text_not_binary():
    [a] = items(FIX / "utf16.txt")
    assert a.text == "The foreign ministry summoned the ambassador on Monday.\n"


def test_decode_bytes_binary_and_empty():
    with pytest.raises(BinaryInput):
        decode_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4)
    with pytest.raises(BinaryInput):  # control bytes over 1% (and at least 4): binary
        decode_bytes(b"abc\x00\x01def\x00\x02" * 8)
    # one stray NUL is a control character of the text (removed and counted by normalize_text), issue 15
    assert decode_bytes(b"abc\x00def") == "abc\x00def"
    assert decode_bytes("Приднестровье".encode("utf-8")) == "Приднестровье"


def test_normalize_nfc_and_idempotent():
    decomposed = "Cafe\u0301 “quote” ﬁ"
    out = normalize_text(decomposed)
    assert out == "Café “quote” ﬁ"  # composed; quotes and ligatures left as printed
    assert normalize_text(out) == out


# --- jsonl -----------------------------------------------------------------------------------------

def test_jsonl_good_malformed_empty_and_dates():
    got = items(FIX / "articles.jsonl")
    kinds = [(type(x).__name__, getattr(x, "id", None) or x.article_id, getattr(x, "status", None)) for x in got]
    assert kinds == [("Article", "j1", None), ("Article", "j2", None), ("DocReport", None, "failed"),
                     ("DocReport", None, "failed"), ("DocReport", "j3", "skipped"), ("Article", "j4", None)]
    j1, j2, bad1, bad2, j3, j4 = got
    assert j1.publication_date == "2024-01-23" and j1.title == "Turkey approves Sweden NATO bid"
    assert j2.publication_date == "2023-08"  # month precision kept (C21)
    assert bad1.reason.startswith("malformed") and bad1.path.endswith("articles.jsonl:3")
    assert bad2.reason.startswith("malformed") and "not a JSON object" in bad2.reason
    assert j3.reason.startswith("empty_input")
    assert j4.publication_date is None and j4.meta["raw_date"] == "Tuesday, 3 March"


def test_jsonl_field_map_and_gzip(tmp_path):
    gz = tmp_path / "mapped.jsonl.gz"
    gz.write_bytes(gzip.compress((FIX / "mapped.jsonl").read_bytes()))
    fm = {"id": "story_id", "text": "body", "title": "headline", "publication_date": "published", "url": "link"}
    for path in (FIX / "mapped.jsonl", gz):
        [a] = items(path, field_map=fm)
        assert (a.id, a.title, a.publication_date, a.url) == (
            "17", "Brazil, Argentina sign accord", "2024-06-03", "https://example.org/br-ar")
        assert a.text.startswith("Brazil and Argentina signed")
    # without the mapping, the common names (body, headline, published, link) are understood
    [a] = items(FIX / "mapped.jsonl")
    assert (a.title, a.publication_date) == ("Brazil, Argentina sign accord", "2024-06-03")
    # a line with no text under any known name: a skip, not an exception
    nothing = tmp_path / "nothing.jsonl"
    nothing.write_text('{"id": "x", "summary_only": "Brazil and Argentina signed an accord."}\n')
    [r] = items(nothing)
    assert r.status == "skipped" and r.reason.startswith("empty_input")


def test_jsonl_truncated_gzip_reports_failure_not_crash(tmp_path):
    data = gzip.compress((FIX / "articles.jsonl").read_bytes() * 50)
    bad = tmp_path / "cut.jsonl.gz"
    bad.write_bytes(data[: len(data) // 2])
    got = items(bad)
    assert isinstance(got[-1], DocReport) and got[-1].status == "failed"
    assert any(isinstance(x, Article) for x in got)


# --- html ------------------------------------------------------------------------------------------

def test_html_article_body_title_author_dates():
    [a] = items(FIX / "article.html")
    assert a.title == "Kenya and Ethiopia sign border security pact"
    assert a.publication_date == "2024-05-14"
    assert a.meta["modified_date"] == "2024-05-16"
    assert a.meta["author"] == "Amina Odhiambo"
    assert a.text.startswith("Kenya and Ethiopia signed an agreement on Tuesday")
    assert "This agreement will save lives" in a.text
    assert not a.text.startswith(a.title)  # headline not repeated in the body
    for junk in ("cookies", "Sudan army", "Somalia accuses", "about time", "JavaScript", "All rights reserved",
                 "Home", "Sport"):
        assert junk not in a.text, junk


def test_html_shell_and_nav_only_are_empty_input():
    for name in ("shell.html", "nav_only.html"):
        [r] = items(FIX / name)
        assert isinstance(r, DocReport) and r.status == "skipped" and r.reason.startswith("empty_input"), name
        assert r.path.endswith(name)


# --- rss / atom ------------------------------------------------------------------------------------

def test_rss_entries_content_preferred_and_empty_entry_skipped():
    got = items(FIX / "feed.rss")
    assert [type(x).__name__ for x in got] == ["Article", "Article", "DocReport"]
    chile, mali, empty = got
    assert chile.text == ("Chile recalled its ambassador from Caracas on Tuesday after disputed presidential "
                          "election results.\nForeign minister Alberto van Klaveren said the decision was taken "
                          "in consultation with regional partners.")
    assert "evil" not in chile.text and "teaser" not in chile.text
    assert (chile.url, chile.publication_date, chile.outlet) == (
        "https://news.example/world/chile-recalls-ambassador", "2024-07-30", "Example World News")
    assert mali.text.startswith("Mali's military rulers extended") and mali.publication_date == "2024-07-31"
    assert empty.status == "skipped" and empty.reason.startswith("empty_input")


def test_atom_entry():
    [a] = items(FIX / "feed.atom")
    assert a.id == "urn:example:wire:1" and a.url == "https://wire.example/ghana-togo"
    assert a.publication_date == "2024-02-02" and a.meta["modified_date"] == "2024-02-03"
    assert a.meta["author"] == "Kofi Mensah"
    assert a.text.startswith("Ghana and Togo agreed on Friday")


def test_broken_feed_is_malformed():
    got = items(FIX / "broken.rss")
    assert got and all(isinstance(x, DocReport) and x.status == "failed" and x.reason.startswith("malformed")
                       for x in got)


def test_not_a_feed_at_all(tmp_path):
    p = tmp_path / "x.rss"
    p.write_text("just some words, not xml", encoding="utf-8")
    [r] = items(p)
    assert r.status in ("failed", "skipped") and r.path == str(p)


# --- warc ------------------------------------------------------------------------------------------

def _warc(path: Path, records: list[tuple[str, str, bytes, str]], gz: bool = True) -> None:
    """records: (url, status line, body, content type)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        for url, status, body, ctype in records:
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                       warc_headers_dict={"WARC-Date": "2024-05-20T10:00:00Z"})
            w.write_record(rec)
            w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))


@pytest.mark.parametrize("gz", [True, False])
def test_warc_html_responses_only(tmp_path, gz):
    page = (FIX / "article.html").read_bytes()
    p = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    _warc(p, [("https://wire.example/kenya-ethiopia", "200 OK", page, "text/html; charset=utf-8"),
              ("https://wire.example/logo.png", "200 OK", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "image/png"),
              ("https://wire.example/gone", "404 Not Found", b"<html><body>nope</body></html>", "text/html"),
              ("https://wire.example/shell", "200 OK", (FIX / "shell.html").read_bytes(), "text/html")], gz=gz)
    got = items(p)
    # every fetched record gets a line (issue 15): the image and the 404 are skipped by name, not lost
    assert [type(x).__name__ for x in got] == ["Article", "DocReport", "DocReport", "DocReport"]
    a, png, gone, shell = got
    assert png.status == "skipped" and png.path.startswith(f"{p}@")
    assert png.reason == f"not_a_document: {png.path}: response record (HTTP 200, image/png), not an HTML page"
    assert gone.status == "skipped"
    assert gone.reason == f"not_a_document: {gone.path}: response record (HTTP 404, text/html), not an HTML page"
    assert a.url == "https://wire.example/kenya-ethiopia"
    assert a.meta["crawl_date"] == "2024-05-20T10:00:00Z"
    assert a.publication_date == "2024-05-14"  # from the page, never the crawl date
    assert a.title == "Kenya and Ethiopia sign border security pact"
    assert "@" in a.path and a.path.startswith(str(p))
    assert shell.status == "skipped" and shell.reason.startswith("empty_input")


def test_warc_truncated_keeps_earlier_pages_and_reports(tmp_path):
    page = (FIX / "article.html").read_bytes()
    p = tmp_path / "crawl.warc"
    _warc(p, [("https://a.example/1", "200 OK", page, "text/html")] * 2, gz=False)
    data = p.read_bytes()
    cut = tmp_path / "cut.warc"
    second = data.index(b"WARC/1", data.index(b"WARC-Type: request") + 10)  # start of the 2nd response
    cut.write_bytes(data[: second + 200])
    got = items(cut)
    assert isinstance(got[0], Article)
    assert isinstance(got[-1], DocReport) and got[-1].status == "failed" and got[-1].reason.startswith("malformed")


# --- dispatch --------------------------------------------------------------------------------------

def test_sniffing_by_extension_and_content(tmp_path):
    assert sniff_format(Path("a.jsonl.gz")) == "jsonl" and sniff_format(Path("x.warc.gz")) == "warc"
    assert sniff_format(Path("p.HTM")) == "html" and sniff_format(Path("f.atom")) == "rss"
    assert sniff_content(b"WARC/1.0\r\n") == "warc"
    assert sniff_content(b'<?xml version="1.0"?><rss version="2.0">') == "rss"
    assert sniff_content(b"<!DOCTYPE html><html>") == "html"
    assert sniff_content(b'{"text": "x"}') == "jsonl"
    assert sniff_content(b"Plain words.") == "txt"
    noext = tmp_path / "page"
    shutil.copy(FIX / "article.html", noext)
    [a] = items(noext)
    assert a.title == "Kenya and Ethiopia sign border security pact"


def test_read_inputs_folder_missing_file_forced_format(tmp_path):
    got = items(FIX)
    assert len(got) >= 15 and all(isinstance(x, (Article, DocReport)) for x in got)
    assert [x.path for x in got] == [x.path for x in items(FIX)]  # deterministic order
    [missing] = list(read_inputs([str(tmp_path / "nope.txt")]))
    assert missing.status == "failed" and "no such file" in missing.reason
    with pytest.raises(InputError):
        read_inputs([str(FIX)], input_format="pdf")
    # forced txt on an HTML page: the file fails (format_mismatch, EW114), its markup is never coded as text
    [r] = list(read_inputs([str(FIX / "article.html")], input_format="txt"))
    assert r.status == "failed" and r.reason.startswith(f"format_mismatch: EW114 {FIX / 'article.html'}: the content "
                                                        f"is an HTML page")


def test_empty_input_error_class():
    from eventwire.ingest import article_from_text

    with pytest.raises(EmptyInput):
        article_from_text(" \n\t \n")


def test_globs_recursive_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second story about talks in Geneva on Monday.")
    (tmp_path / "one.txt").write_text("First story about talks in Vienna on Sunday.")
    (tmp_path / "skip.html").write_text("<html><body><p>not matched by the glob</p></body></html>")
    got = list(read_inputs([str(tmp_path / "**" / "*.txt")]))
    assert [Path(a.path).name for a in got] == ["two.txt", "one.txt"]  # sorted full paths: b/two < one


def test_jsonl_common_key_names_are_understood(tmp_path):
    """Dumps that call the fields date/body/headline are read without --field mappings."""
    p = tmp_path / "a.jsonl"
    p.write_text('{"id": "a1", "body": "Iran seized a tanker.", "headline": "Tanker seized", "date": "2024-02-01"}\n'
                 '{"id": "a2", "text": "Iran seized a tanker.", "date": "x", "publication_date": "2024-03-02"}\n')
    a1, a2 = list(read_inputs([str(p)], dedupe=False, language=False))
    assert (a1.text, a1.title, a1.publication_date) == ("Iran seized a tanker.", "Tanker seized", "2024-02-01")
    assert a2.publication_date == "2024-03-02"  # the eventwire name wins over an alias


def test_a_json_document_is_one_skip_not_one_failure_per_line(tmp_path):
    p = tmp_path / "report.json"
    p.write_text('{\n "documents": [\n  {"a": 1},\n  {"b": 2}\n ]\n}\n')
    [r] = list(read_inputs([str(p)]))
    assert r.status == "skipped" and r.reason.startswith("unsupported_format: .json")


@pytest.mark.parametrize("name,body", [
    ("news.csv", 'id,date,text\n1,2024-01-01,"Russia attacked Ukraine."\n2,2024-01-02,"Iran seized a tanker."\n'),
    ("news.tsv", "id\tdate\ttext\n1\t2024-01-01\tRussia attacked Ukraine.\n"),
])
def test_a_table_of_articles_is_one_skip_not_one_text(tmp_path, name, body):
    """A CSV/TSV of articles is no plain-text article (fresh user: three stories coded as one text, no event)."""
    p = tmp_path / name
    p.write_text(body)
    [r] = list(read_inputs([str(p)]))
    assert r.status == "skipped" and r.reason.startswith(f"unsupported_format: {p.suffix} (a table of articles")


def test_markup_collections_truncated_gzip_and_bad_fields_are_reported(tmp_path):
    import gzip

    from eventwire.ingest import read_inputs
    from eventwire.pipeline import code_batch

    (tmp_path / "reut.sgm").write_text('<!DOCTYPE lewis SYSTEM "lewis.dtd">\n<REUTERS NEWID="1"><BODY>Iraq '
                                       'attacked Kuwait.</BODY></REUTERS>\n' * 3, encoding="utf-8")
    (tmp_path / "x.xml").write_text('<?xml version="1.0"?><doc><p>Russia attacked Ukraine.</p></doc>',
                                    encoding="utf-8")
    whole = gzip.compress(b'{"id": "g", "text": "Russia attacked Ukraine on Monday."}\n' * 50)
    (tmp_path / "t.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "bad.jsonl").write_text(
        '{"id": "n", "text": 12345}\n'
        '{"id": "d", "text": "France condemned the attack on Kyiv.", "publication_date": "2022-13-45"}\n',
        encoding="utf-8")
    items = list(read_inputs([str(tmp_path)]))
    reps = {r.path.split("/")[-1]: r for r in code_batch(items).reports}
    assert reps["reut.sgm"].status == "skipped" and reps["reut.sgm"].reason.startswith("unsupported_format: .sgm")
    assert reps["x.xml"].status == "skipped" and "markup" in reps["x.xml"].reason
    assert reps["t.jsonl.gz"].status == "failed" and reps["t.jsonl.gz"].reason.startswith("malformed:")
    assert reps["bad.jsonl:1"].status == "failed" and "text is an int" in reps["bad.jsonl:1"].reason
    assert reps["bad.jsonl:2"].status == "coded"
    assert reps["bad.jsonl:2"].reason.startswith("warning: publication_date not a date: '2022-13-45'")


def test_an_unusable_document_date_falls_back_to_the_runs_pub_date_and_says_so(tmp_path):
    from eventwire.ingest import read_inputs
    from eventwire.pipeline import code_batch

    f = tmp_path / "d.jsonl"
    f.write_text('{"id": "y", "text": "Russian forces attacked Kyiv on Monday.", "publication_date": "yesterday"}\n',
                 encoding="utf-8")
    res = code_batch(list(read_inputs([str(f)], publication_date="2024-01-03")))
    (rep,) = res.reports
    assert "used instead" in rep.reason and res.events[0].date == "2024-01-01"  # Monday before Wed 2024-01-03


def test_a_txt_file_of_sgml_records_is_skipped_as_markup_not_coded_as_one_article(tmp_path):
    # fresh user (thirteenth stop): two Reuters-21578 records in a .txt file were coded as one article, tags and all
    sgm = ('<REUTERS TOPICS="YES" NEWID="1"><DATE>26-FEB-1987</DATE><TEXT><TITLE>BAHIA COCOA REVIEW</TITLE>'
           "<BODY>Showers continued throughout the week.</BODY></TEXT></REUTERS>\n") * 2
    p = tmp_path / "reut.txt"
    p.write_text(sgm, encoding="utf-8")
    assert sniff_format(p) == "markup"
    items = list(read_inputs([str(p)]))
    assert [(i.status, i.reason.split(" (")[0]) for i in items] == [("skipped", "unsupported_format: .txt")]
    plain = tmp_path / "story.txt"
    plain.write_text("Police arrested ten protesters in Nairobi on Monday.\n", encoding="utf-8")
    assert sniff_format(plain) == "txt"
    assert [type(i).__name__ for i in read_inputs([str(plain)])] == ["Article"]


def test_a_text_file_named_warc_is_one_failure_not_arc_records(tmp_path):
    """Fresh user: warcio reads any text as ARC records (one per line); a file that does not begin as a web archive
    is one failed report naming it."""
    from eventwire.ingest.warc import read_warc

    p = tmp_path / "notes.warc"
    p.write_text("Russia expels diplomats.\nThe Polish ambassador was told to leave.\n", encoding="utf-8")
    got = list(read_warc(p))
    assert len(got) == 1 and got[0].status == "failed" and "not a WARC file" in got[0].reason
