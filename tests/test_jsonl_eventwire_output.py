"""eventwire's own output as input (ingest.jsonl; fresh-user tryout, stop 17): ``eventwire code DIR`` on a folder that
holds an earlier run's ``events.jsonl`` skipped every record line as ``empty_input`` ("no text field ..."). A JSONL line
that is an eventwire event record (every key of schema.Event without a default, and no article text) is skipped with
reason ``eventwire_output`` (EW109), once per file when every line is one, once per run of consecutive record lines
in a mixed file; a record whose text key is mapped (``--field text=event_text``) is still read as an article, and a
line with only some of the keys is still ``empty_input``."""
from __future__ import annotations

import gzip
import json

from eventwire.cli import main
from eventwire.ingest import read_inputs
from eventwire.ingest.jsonl import EVENT_RECORD_KEYS, is_event_record, read_jsonl
from eventwire.schema import Article, DocReport, Entity, Event


def _record(i: int) -> dict:
    return Event(article_id=f"a{i}", event="ACCUSE", actor=[Entity("France", "FRA", "GOV", None, 0, 6)],
                 recipient=[Entity("Iran", "IRN", None, None, 17, 21)], event_text="condemned",
                 text_info={"sentence_index": 0, "sentence": "France condemned Iran on Monday.", "start": 7,
                            "end": 16}, date="2024-06-03", date_basis="text", id=f"e-{i:016x}").to_dict()


def _article(i: int) -> dict:
    return {"id": f"doc{i}", "text": "Chad condemned Sudan on Monday.", "publication_date": "2024-06-08"}


def _write(path, recs):
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    return path


def test_the_record_keys_are_the_required_fields_of_an_event():
    assert EVENT_RECORD_KEYS == ("article_id", "event", "actor", "recipient", "event_text", "text_info")
    assert is_event_record(_record(1)) and not is_event_record(_article(1))


def test_a_file_of_event_records_is_one_skip(tmp_path):
    events = _write(tmp_path / "events.jsonl", [_record(i) for i in range(3000)])
    _write(tmp_path / "new.jsonl", [_article(1)])
    out = list(read_inputs([str(tmp_path)]))
    skips = [r for r in out if isinstance(r, DocReport)]
    assert len(skips) == 1 and [a.id for a in out if isinstance(a, Article)] == ["doc1"]
    (s,) = skips
    assert (s.status, s.path, s.article_id) == ("skipped", str(events), None)
    assert s.reason == (f"eventwire_output: {events}: all 3000 lines are eventwire event records, not articles: "
                        f"output of an earlier eventwire run, nothing to code")


def test_runs_of_records_in_a_mixed_file_are_one_skip_each(tmp_path):
    p = _write(tmp_path / "mixed.jsonl", [_article(1), _record(1), _record(2), _article(2), _record(3)])
    with p.open("a", encoding="utf-8") as fh:
        fh.write("\n")  # a blank line at the end is no document
    out = list(read_jsonl(p))
    assert [o.id if isinstance(o, Article) else (o.status, o.path) for o in out] == [
        "doc1", ("skipped", f"{p}:2-3"), "doc2", ("skipped", f"{p}:5")]
    assert out[1].reason == (f"eventwire_output: {p}:2-3: 2 eventwire event records, not an article: output of an "
                             f"earlier eventwire run, nothing to code")
    assert out[3].reason.startswith(f"eventwire_output: {p}:5: an eventwire event record, not an article")


def test_a_compressed_file_of_records_is_one_skip(tmp_path):
    p = tmp_path / "events.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps(_record(1)) + "\n")
    (s,) = list(read_inputs([str(p)]))
    assert (s.status, s.path) == ("skipped", str(p))
    assert s.reason.startswith(f"eventwire_output: {p}: its line is an eventwire event record")


def test_a_record_with_its_text_key_mapped_is_an_article(tmp_path):
    p = _write(tmp_path / "events.jsonl", [_record(1)])
    (art,) = list(read_jsonl(p, field_map={"text": "event_text", "id": "article_id"}))
    assert isinstance(art, Article) and (art.id, art.text) == ("a1", "condemned")


def test_a_line_with_only_some_record_keys_is_still_empty_input(tmp_path):
    p = _write(tmp_path / "other.jsonl", [{"event": "ACCUSE", "actor": "FRA", "recipient": "IRN"}])
    (s,) = list(read_jsonl(p))
    assert s.status == "skipped" and s.reason.startswith(f"empty_input: {p}:1: no text field")


def test_code_on_a_folder_with_an_earlier_run_reports_one_line(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    _write(src / "articles.jsonl", [_article(1)])
    out = tmp_path / "out"
    out.mkdir()
    assert main(["code", str(src / "articles.jsonl"), "--out", str(out / "events.jsonl")]) == 0
    n = len((out / "events.jsonl").read_text(encoding="utf-8").splitlines())
    assert n >= 1
    capsys.readouterr()
    report = tmp_path / "report.json"
    assert main(["code", str(out), "--report", str(report)]) == 0
    err = capsys.readouterr().err
    assert "empty_input" not in err and "  skipped: eventwire_output: 1\n" in err
    docs = json.loads(report.read_text(encoding="utf-8"))["documents"]
    assert [(d["path"], d["status"]) for d in docs] == [(str(out / "events.jsonl"), "skipped")]
    word = "all {n} lines are eventwire event records" if n > 1 else "its line is an eventwire event record"
    assert word.format(n=n) in docs[0]["reason"]
