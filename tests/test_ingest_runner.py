"""Local runner and the ``code`` command: same output with 1 and 2 workers, input order kept, one
report per document, resume by content hash, field mapping and the run report."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import shared_path
from eventwire.batch.local import _crashed, _stop, _submit, code_chunk, run_local
from eventwire.cli import main
from eventwire.cli.code import parse_field_map, skip_known
from eventwire.errors import InputError
from eventwire.ingest import read_inputs
from eventwire.schema import Article, BatchResult, DocReport, dumps

FIX = Path(__file__).parent / "fixtures" / "ingest"


def _inputs():
    voa = shared_path("corpus", "voa", "voa_stories.jsonl")
    docs = list(read_inputs([str(FIX), str(voa)], dedupe=True))
    return docs[:26]  # the fixtures (coded, skipped and failed documents) and a few real VOA stories


def _serial(results):
    out = []
    for r in results:
        out += [dumps(e) for e in r.events] + [dumps(q) for q in r.quotes] + [dumps(x) for x in r.reports]
    return out


def fake_code(items, *, language=True):
    """A light shard function for pool mechanics: one report per item, an event count from the text;
    a chunk holding the text "CRASH" kills its worker process."""
    import os

    res = BatchResult()
    for it in items:
        if isinstance(it, Article) and it.text == "CRASH":
            os._exit(3)
        res.reports.append(it if isinstance(it, DocReport) else DocReport(it.id, "coded", None, len(it.text), it.path))
    return res


def test_pool_keeps_input_order_and_matches_in_process():
    items = [Article(text="x" * (i % 7 + 1) + f" {i}", path=f"p{i}") for i in range(60)]
    items[5] = DocReport(None, "skipped", "empty_input", path="p5")
    one = [r.to_dict() for res in run_local(items, workers=1, chunk_size=4, fn=fake_code) for r in res.reports]
    two = [r.to_dict() for res in run_local(items, workers=2, chunk_size=4, max_pending=3, fn=fake_code)
           for r in res.reports]
    assert one == two and [r["path"] for r in two] == [f"p{i}" for i in range(60)]


def test_a_crashed_worker_fails_only_its_chunk_and_the_run_goes_on():
    items = [Article(text=f"doc {i}", path=f"p{i}") for i in range(12)]
    items[6] = Article(text="CRASH", path="p6")
    reps = [r for res in run_local(items, workers=2, chunk_size=3, fn=fake_code) for r in res.reports]
    assert [r.path for r in reps] == [f"p{i}" for i in range(12)]
    assert [r.status for r in reps] == ["coded"] * 6 + ["failed"] * 3 + ["coded"] * 3
    assert reps[6].reason.startswith("EW901 worker_crashed")


def test_a_pool_broken_between_two_submits_fails_the_future_not_the_run():
    # The CI flake of stop 21: a worker that was just handed the CRASH chunk died before the next
    # submit, and ProcessPoolExecutor.submit raised BrokenProcessPool out of run_local.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    try:
        with pytest.raises(BrokenProcessPool):
            pool.submit(fake_code, [Article(text="CRASH", path="c")]).result(timeout=60)
        fut = _submit(pool, fake_code, [Article(text="doc", path="d")], True)
        with pytest.raises(BrokenProcessPool):
            fut.result(timeout=1)
    finally:
        _stop(pool)


def test_crashes_in_every_position_fail_only_their_chunks():
    for crash_at in (0, 2, 3, 11):
        items = [Article(text=f"doc {i}", path=f"p{i}") for i in range(12)]
        items[crash_at] = Article(text="CRASH", path=f"p{crash_at}")
        reps = [r for res in run_local(items, workers=2, chunk_size=2, max_pending=3, fn=fake_code)
                for r in res.reports]
        bad = {crash_at // 2 * 2, crash_at // 2 * 2 + 1}
        assert [r.status for r in reps] == ["failed" if i in bad else "coded" for i in range(12)]


def slow_code(items, *, language=True):
    import time

    time.sleep(0.3)
    return fake_code(items, language=language)


def test_interrupt_stops_the_workers_and_propagates():
    import multiprocessing

    items = [Article(text=f"doc {i}", path=f"p{i}") for i in range(40)]
    seen = []
    with pytest.raises(KeyboardInterrupt):
        for res in run_local(items, workers=2, chunk_size=2, fn=slow_code):
            seen.extend(r.path for r in res.reports)
            raise KeyboardInterrupt  # what Ctrl-C raises in the main process while results stream in
    assert seen == ["p0", "p1"]  # only whole chunks were handed out
    assert multiprocessing.active_children() == []  # no worker left running


def test_one_and_two_workers_give_identical_output_in_input_order():
    items = _inputs()
    one = list(run_local(items, workers=1, chunk_size=4))
    two = list(run_local(_inputs(), workers=2, chunk_size=4))
    assert _serial(one) == _serial(two)
    reports = [r for res in one for r in res.reports]
    assert len(reports) == len(items)  # one report per document
    assert [r.article_id for r in reports] == [x.id if isinstance(x, Article) else x.article_id for x in items]
    assert [r.path for r in reports] == [x.path for x in items]
    statuses = {r.status for r in reports}
    assert "coded" in statuses and "skipped" in statuses and "failed" in statuses  # fixtures hold all three


def test_code_chunk_language_skip_and_passthrough():
    fr = Article(text="Le gouvernement français a annoncé vendredi une nouvelle série de sanctions contre la "
                      "Russie, a déclaré le ministre des affaires étrangères.")
    en = Article(text="Chad recalled its ambassador from Khartoum on Thursday, the foreign ministry said.")
    pre = DocReport("x", "skipped", "duplicate:y")
    res = code_chunk([fr, pre, en])
    assert [(r.article_id, r.status, r.reason) for r in res.reports] == [
        (fr.id, "skipped", "language:fr"), ("x", "skipped", "duplicate:y"), (en.id, "coded", None)]
    assert en.language == "en" and res.articles == [en]


def test_crashed_chunk_fails_only_its_documents():
    a = Article(text="Some text here.", path="p")
    r = DocReport("z", "skipped", "empty_input")
    res = _crashed([a, r], RuntimeError("boom"))
    assert [(x.article_id, x.status) for x in res.reports] == [(a.id, "failed"), ("z", "skipped")]
    assert res.reports[0].reason.startswith("EW901 worker_crashed")


def test_bad_arguments():
    with pytest.raises(InputError):
        list(run_local([], workers=0))
    with pytest.raises(InputError):
        parse_field_map(["text"])
    with pytest.raises(InputError):
        parse_field_map(["body=text"])
    assert parse_field_map(["text=body", "publication_date=published"]) == {
        "text": "body", "publication_date": "published"}


def test_skip_known_resumes_by_content_hash():
    a, b = Article(text="First story."), Article(text="Second story.")

    class Store:
        def has_article(self, h):
            return h == a.content_hash

    out = list(skip_known([a, b, DocReport(None, "skipped", "empty_input")], Store()))
    assert isinstance(out[0], DocReport) and out[0].reason == "already_coded" and out[0].article_id == a.id
    assert out[1] is b and out[2].reason == "empty_input"


def test_code_command_report_field_mapping_and_exit_code(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.jsonl").write_text(json.dumps({"story_id": 1, "body": "Chad recalled its ambassador from Khartoum "
                                             "on Thursday, the foreign ministry said.", "published": "2024-02-01"})
                                 + "\n" + json.dumps({"story_id": 2, "body": "Chad recalled its ambassador from "
                                                     "Khartoum on Thursday, the foreign ministry said."}) + "\n")
    (src / "b.txt").write_bytes(b"%PDF-1.7\n\x00\x01binary")
    report = tmp_path / "report.json"
    rc = main(["code", str(src), "--field", "id=story_id", "--field", "text=body", "--field",
               "publication_date=published", "--report", str(report), "--format", "jsonl", "--no-progress"])
    assert rc == 0
    rep = json.loads(report.read_text())
    docs = rep["documents"]
    assert [(d["article_id"], d["status"]) for d in docs] == [("1", "coded"), ("2", "skipped"), (None, "skipped")]
    assert docs[1]["reason"] == "duplicate:1"
    assert docs[2]["reason"].startswith("unsupported_binary_input") and "b.txt" in docs[2]["reason"]
    assert rep["counts"]["documents"] == 3 and rep["counts"]["coded"] == 1 and rep["counts"]["skipped"] == 2
    err = capsys.readouterr().err
    assert "documents: 3  coded: 1  skipped: 2  failed: 0" in err


def test_code_command_resume_with_store(tmp_path, capsys):
    store_mod = pytest.importorskip("eventwire.store")
    if not hasattr(store_mod, "open_store"):
        pytest.skip("store not built yet")
    src = tmp_path / "a.txt"
    src.write_text("Chad recalled its ambassador from Khartoum on Thursday, the foreign ministry said.\n")
    db = tmp_path / "ew.duckdb"
    r1, r2 = tmp_path / "r1.json", tmp_path / "r2.json"
    assert main(["code", str(src), "--db", str(db), "--report", str(r1), "--no-progress"]) == 0
    assert main(["code", str(src), "--db", str(db), "--report", str(r2), "--no-progress"]) == 0
    assert json.loads(r1.read_text())["documents"][0]["status"] == "coded"
    second = json.loads(r2.read_text())["documents"][0]
    assert (second["status"], second["reason"]) == ("skipped", "already_coded")


def test_bad_options_and_missing_batch_input_are_one_line_errors(tmp_path, capsys):
    import pytest as _pytest

    with _pytest.raises(SystemExit) as ex:
        main(["code", "--format", "xml", str(tmp_path)])
    err = capsys.readouterr().err
    assert ex.value.code == 2 and err.count("\n") == 1 and err.startswith("eventwire: error: [EW100]")
    assert main(["batch", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == 2
    assert "[EW100] no such file or directory" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()
    # "-" is not standard input: the one line says so
    assert main(["code", "-"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file or directory: - (standard input is not read" in err


def test_code_never_reads_its_own_outputs(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Russian forces attacked Kyiv on Monday, officials said.\n", encoding="utf-8")
    args = ["code", str(tmp_path), "--pub-date", "2024-01-01", "--format", "jsonl",
            "--out", str(tmp_path / "out.jsonl"), "--report", str(tmp_path / "rep.json")]
    assert main(args) == 0 and main(args) == 0  # the second run sees out.jsonl and rep.json in its input folder
    rep = json.loads((tmp_path / "rep.json").read_text(encoding="utf-8"))
    assert [d["path"].split("/")[-1] for d in rep["documents"]] == ["a.txt"]
