"""JSONL records with null fields (ingest.jsonl; fresh-user tryout): ``"text": null`` is one clear per-document skip,
``text is null (key 'text')``, not "no text field ...; the record has: ..., text, ..." (a contradiction); a null
under the text key with the text under another known name is coded from that name; ``"title": null`` and
``"publication_date": null`` are as if absent (a first line without final punctuation is the headline; the run's
--pub-date stands in). An Article given to code_batch with ``text=None`` or a text or title that is no string gets
its own report and the rest of the batch is coded (pipeline._text_checked)."""
from __future__ import annotations

import json

from eventwire.ingest import read_inputs
from eventwire.ingest.jsonl import read_jsonl
from eventwire.pipeline import code_batch
from eventwire.schema import Article


def _write(tmp_path, *recs):
    p = tmp_path / "n.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    return p


def test_null_text_is_one_clear_skip_reason(tmp_path):
    p = _write(tmp_path, {"id": "a", "text": None, "title": "T", "publication_date": "2024-03-12"},
               {"id": "b", "body": None}, {"id": "c", "text": "France condemned Iran on Monday."})
    a, b, c = read_inputs([str(p)])
    assert (a.status, a.reason) == ("skipped", f"empty_input: {p}:1: text is null (key 'text'): no text to code")
    assert (b.status, b.reason) == ("skipped", f"empty_input: {p}:2: text is null (key 'body'): no text to code")
    assert "no text field" not in a.reason and c.text == "France condemned Iran on Monday."
    res = code_batch([a, b, c])
    assert [(r.article_id, r.status) for r in res.reports] == [("a", "skipped"), ("b", "skipped"), ("c", "coded")]


def test_null_mapped_text_key_is_named(tmp_path):
    p = _write(tmp_path, {"id": "m", "body": None})
    (rep,) = list(read_jsonl(p, field_map={"text": "body"}))
    assert (rep.status, rep.reason) == ("skipped", f"empty_input: {p}:1: text is null (key 'body'): no text to code")


def test_null_text_with_the_text_under_another_name_is_coded(tmp_path):
    p = _write(tmp_path, {"id": "t", "text": None, "body": "Chad condemned Sudan on Monday."})
    (art,) = list(read_inputs([str(p)]))
    assert art.text == "Chad condemned Sudan on Monday."


def test_null_title_and_publication_date_are_as_if_absent(tmp_path):
    p = _write(tmp_path, {"id": "h", "text": "Egypt condemns Israel\nEgypt condemned Israel on Monday.", "title": None,
                          "publication_date": None},
               {"id": "d", "text": "Chad condemned Sudan on Monday.", "title": None, "publication_date": None})
    h, d = read_inputs([str(p)], publication_date="2024-03-12")
    assert h.title == "Egypt condemns Israel" and d.title is None
    assert h.publication_date == d.publication_date == "2024-03-12" and "raw_date" not in d.meta
    res = code_batch([h, d])
    assert [(r.status, r.reason) for r in res.reports] == [("coded", None), ("coded", None)]
    assert {(e.article_id, e.date) for e in res.events if e.event == "ACCUSE"} >= {("d", "2024-03-11")}
    h, d = read_inputs([str(p)])  # no date at all: "on Monday" cannot be placed
    assert d.publication_date is None
    assert [e.date for e in code_batch([d]).events] == [None]


def test_an_article_without_a_text_string_gets_its_own_report():
    res = code_batch([Article(text=None, id="n", title=None, publication_date=None),
                      Article(text=5, id="i", title=None, publication_date=None),
                      Article(text="France condemned Iran.", id="t", title=5, publication_date=None),
                      Article(text="Spain condemned Iran.", id="ok", title=None, publication_date=None)])
    assert [(r.article_id, r.status, r.reason) for r in res.reports] == [
        ("n", "skipped", "empty_input: n: text is None: no text to code"),
        ("i", "failed", "malformed: EW104 i: text is an int, not a string"),
        ("t", "failed", "malformed: EW104 t: title is an int, not a string"),
        ("ok", "coded", None)]


def test_an_id_that_is_an_object_list_or_boolean_fails_its_line_only(tmp_path):
    # fresh user: '"id": {"x": 1}' became the article id "{'x': 1}" (a Python repr)
    p = _write(tmp_path, {"id": {"x": 1}, "text": "France condemned Iran on Monday."},
               {"id": [1, 2], "text": "France condemned Iran on Monday."},
               {"id": True, "text": "France condemned Iran on Monday."},
               {"id": 17, "text": "France condemned Iran on Monday."})
    a, b, c, d = read_inputs([str(p)])
    assert (a.status, a.reason) == ("failed", f"malformed: EW104 {p}:1: id is a dict, not a string or number")
    assert (b.status, b.reason) == ("failed", f"malformed: EW104 {p}:2: id is a list, not a string or number")
    assert (c.status, c.reason) == ("failed", f"malformed: EW104 {p}:3: id is a bool, not a string or number")
    assert d.id == "17"
