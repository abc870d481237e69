"""A JSONL record without the key that --field maps the text to is skipped with a reason naming that key and the
keys the record has (ingest.jsonl), not as a bare empty_input (a mistyped --field skipped every record silently:
fresh-user check)."""
from __future__ import annotations

from eventwire.ingest.jsonl import read_jsonl


def test_a_missing_mapped_text_key_is_named(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text('{"id": "a", "body": "Russia shelled Kharkiv on Monday."}\n', encoding="utf-8")
    (rep,) = list(read_jsonl(p, field_map={"text": "nonexistent"}))
    assert rep.status == "skipped" and "no key 'nonexistent'" in rep.reason and "body, id" in rep.reason
    (art,) = list(read_jsonl(p, field_map={"text": "body"}))
    assert art.text.startswith("Russia shelled")


def test_an_empty_text_is_still_empty_input(tmp_path):
    p = tmp_path / "b.jsonl"
    p.write_text('{"id": "b", "body": "   "}\n', encoding="utf-8")
    (rep,) = list(read_jsonl(p, field_map={"text": "body"}))
    assert rep.status == "skipped" and rep.reason.startswith("empty_input") and "no key" not in rep.reason
