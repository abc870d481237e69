"""A reader forced with --input-format that does not fit the file's content fails the file with
``format_mismatch: EW114`` instead of coding its markup as text (eventwire.ingest.readers.format_mismatch).
Fresh-user finding (stop 18): ``--input-format html`` on a JSONL file coded the JSON as the article."""
from __future__ import annotations

import gzip
import json

import pytest

from eventwire.cli import main
from eventwire.errors import FormatMismatch
from eventwire.ingest import read_inputs
from eventwire.ingest.readers import format_mismatch
from eventwire.schema import Article

JSONL = "".join(json.dumps({"id": f"a{i}", "text": t}) + "\n" for i, t in enumerate([
    "Police in Nairobi arrested 20 protesters on Monday after clashes near parliament, officials said.",
    "Russia accused Ukraine of shelling a border village on Tuesday."]))
PAGE = ("<!doctype html><html><head><title>Clashes</title></head><body><article><p>Police in Nairobi arrested 20 "
        "protesters on Monday after clashes near parliament, officials said.</p></article></body></html>")
PLAIN = "Police arrested ten protesters in Nairobi on Monday.\nThe government said the protests were illegal.\n"


def _files(tmp_path):
    files = {"in.jsonl": JSONL, "page.htm": PAGE, "plain.txt": PLAIN,
             "arr.json": json.dumps([{"id": "x", "text": "Police arrested ten protesters."}]),
             "frag.txt": "<div><p>Police arrested ten protesters in Nairobi on Monday, officials said.</p></div>",
             "feed.xml": '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>',
             "crawl.dat": "WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n"}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "in16.dat").write_bytes(("\ufeff" + JSONL).encode("utf-16-le"))
    (tmp_path / "in.jsonl.gz").write_bytes(gzip.compress(JSONL.encode()))
    return tmp_path


@pytest.mark.parametrize("name,fmt,kind", [
    ("in.jsonl", "html", "JSON Lines"), ("in.jsonl", "txt", "JSON Lines"), ("in16.dat", "html", "JSON Lines"),
    ("in.jsonl.gz", "html", "JSON Lines"), ("arr.json", "html", "a JSON document"), ("arr.json", "txt", "a JSON document"),
    ("page.htm", "txt", "an HTML page"), ("page.htm", "jsonl", "an HTML page"), ("feed.xml", "html", "an RSS/Atom feed"),
    ("crawl.dat", "txt", "a WARC crawl"), ("frag.txt", "txt", "SGML/XML markup"), ("frag.txt", "jsonl", "SGML/XML markup"),
])
def test_forced_reader_that_does_not_fit_the_content_fails_the_file(tmp_path, name, fmt, kind):
    path = _files(tmp_path) / name
    why = format_mismatch(path, fmt)
    assert why is not None and why.startswith(f"the content is {kind} (it starts with ") and f"not {fmt};" in why
    [r] = list(read_inputs([str(path)], input_format=fmt))
    assert r.status == "failed" and r.article_id is None and r.path == str(path)
    assert r.reason == f"format_mismatch: EW114 {path}: {why}"
    assert FormatMismatch.code == "EW114" and FormatMismatch.reason == "format_mismatch"


def test_the_advice_names_the_right_reader(tmp_path):
    d = _files(tmp_path)
    assert format_mismatch(d / "in.jsonl", "html").endswith(
        "not html; use --input-format jsonl, or leave --input-format out to choose the reader by content")
    assert format_mismatch(d / "page.htm", "txt").endswith("not txt; use --input-format html, or leave "
                                                          "--input-format out to choose the reader by content")
    assert format_mismatch(d / "arr.json", "html").endswith("convert it to JSONL, one article per line")


@pytest.mark.parametrize("name,fmt", [("plain.txt", "html"), ("frag.txt", "html"), ("in.jsonl", "jsonl"),
                                      ("plain.txt", "txt"), ("page.htm", "html"), ("in.jsonl.gz", "jsonl")])
def test_forced_reader_that_fits_reads_as_before(tmp_path, name, fmt):
    path = _files(tmp_path) / name
    assert format_mismatch(path, fmt) is None
    got = list(read_inputs([str(path)], input_format=fmt))
    assert got and all(isinstance(a, Article) for a in got)
    assert "Police" in got[0].text and "{" not in got[0].text and "<" not in got[0].text


def test_unforced_format_is_never_checked(tmp_path):
    path = _files(tmp_path) / "in.jsonl"
    assert [a.id for a in read_inputs([str(path)])] == ["a0", "a1"]


def test_cli_reports_the_mismatch_and_codes_nothing(tmp_path, capsys):
    path = _files(tmp_path) / "in.jsonl"
    out, rep = tmp_path / "o.jsonl", tmp_path / "rep.json"
    assert main(["code", str(path), "--input-format", "html", "--out", str(out), "--report", str(rep),
                 "--no-progress"]) == 0
    assert out.read_text(encoding="utf-8") == ""
    report = json.loads(rep.read_text(encoding="utf-8"))
    assert report["counts"]["failed"] == 1 and report["counts"]["coded"] == 0
    assert report["documents"][0]["reason"].startswith(f"format_mismatch: EW114 {path}: the content is JSON Lines")
    assert "failed: format_mismatch: 1" in capsys.readouterr().err


def test_plain_text_forced_as_jsonl_fails_once_not_per_line(tmp_path):
    # fresh-user finding (stop 21): forced jsonl on a plain-text story reported one malformed failure per line
    d = _files(tmp_path)
    path = d / "plain.txt"
    why = format_mismatch(path, "jsonl")
    assert why == ("the content is plain text (it starts with 'Police arrested '), not jsonl; use --input-format "
                   "txt, or leave --input-format out to choose the reader by content")
    [r] = list(read_inputs([str(path)], input_format="jsonl"))
    assert r.status == "failed" and r.reason == f"format_mismatch: EW114 {path}: {why}"
    gz = d / "plain.txt.gz"
    gz.write_bytes(gzip.compress(PLAIN.encode()))
    assert format_mismatch(gz, "jsonl").startswith("the content is plain text (it starts with 'gzip data')")


def test_jsonl_with_a_broken_first_line_still_reads_line_by_line(tmp_path):
    path = tmp_path / "broken_first.jsonl"
    path.write_text("this line is not JSON\n" + JSONL, encoding="utf-8")
    assert format_mismatch(path, "jsonl") is None
    got = list(read_inputs([str(path)], input_format="jsonl"))
    assert got[0].status == "failed" and got[0].reason.startswith(f"malformed: EW104 {path}:1:")
    assert [a.id for a in got[1:]] == ["a0", "a1"]
