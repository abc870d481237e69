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


def test_record_without_any_text_key_names_its_keys_and_the_option(tmp_path):
    """No --field and no text key under any known name ({"body_text": ...}): the skip reason names the keys looked
    for, the record's keys and --field, instead of calling the record empty."""
    from eventwire.ingest import read_inputs

    p = tmp_path / "k.jsonl"
    p.write_text('{"id": "a", "body_text": "Russia attacked Ukraine."}\n{"id": "b", "text": ""}\n', encoding="utf-8")
    docs = list(read_inputs([str(p)]))
    a, b = docs
    assert a.status == "skipped" and "no text field" in a.reason and "body_text" in a.reason
    assert "--field text=KEY" in a.reason
    assert b.status == "skipped" and "empty or whitespace-only text" in b.reason
