"""Unit tests of the batch runner's parts that need no spaCy: shards, Parquet output, ledger, load.

Events here are built by hand from schema classes (or by a stand-in coder patched over
``pipeline.code_batch``), so these tests check real values whatever the event coder emits today.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from eventwire.batch import parquet_out, shards
from eventwire.errors import BatchOutputLocked, InputError
from eventwire.schema import Article, BatchResult, DocReport, Entity, Event, Quote

def _articles(n: int, month: str = "2024-05") -> list[Article]:
    return [Article(text=f"Story {i}. Officials in country {i} met envoys on day {i}.", id=f"art-{i:03d}",
                    title=f"Story {i}", publication_date=f"{month}-{(i % 28) + 1:02d}", path=f"in.jsonl:{i + 1}")
            for i in range(n)]


def _event(article_id: str, start: int, date: str | None, event: str = "CONSULT") -> Event:
    return Event(article_id=article_id, event=event, mode="visit" if event == "CONSULT" else None,
                 actor=[Entity("Officials", code="USA", sector="GOV", start=0, end=9)],
                 recipient=[Entity("envoys", code="FRA", sector="GOV", start=start, end=start + 6)],
                 event_text="met", text_info={"sentence_index": 0, "sentence": "Officials met envoys.",
                                              "start": start, "end": start + 3},
                 context=["diplomatic"], sources=["officials"], date=date, date_basis="text",
                 cameo="040", quad_class=1, goldstein=1.0, plover_score=2.0,
                 event_loc=[{"name": "Paris", "country": "FRA"}], coder="test-coder")


def _hand_result(items) -> BatchResult:
    """A BatchResult as code_batch would return it: 2 events per article (one dated in the article's
    month, one undated), one quote per article, one report per item."""
    res = BatchResult()
    for it in items:
        if isinstance(it, DocReport):
            res.reports.append(it)
            continue
        evs = [_event(it.id, 20, it.publication_date), _event(it.id, 40, None, event="ACCUSE")]
        res.events.extend(evs)
        res.quotes.append(Quote(it.id, "we met", 5, 11, speaker="Officials",
                                speaker_entity=Entity("Officials", code="USA", sector="GOV", start=0, end=9)))
        res.articles.append(it)
        res.reports.append(DocReport(it.id, "coded", None, events=len(evs), path=it.path))
    return res


def fake_code_batch(articles, **kw) -> BatchResult:
    return _hand_result(list(articles))


# ---------------------------------------------------------------------------------------- shards



def _interrupted_after_two_shards(monkeypatch, src, out_dir) -> list:
    """Run a batch of ``src`` into ``out_dir`` (shards of 5) that a Ctrl-C stops right after its second
    finished shard; return the ids of the shards it finished. ``record_done`` is restored afterwards."""
    calls: list = []
    real = shards.record_done

    def dying(out, sid, info):
        real(out, sid, info)
        calls.append(sid)
        if len(calls) == 2:
            raise KeyboardInterrupt("injected")

    monkeypatch.setattr(shards, "record_done", dying)
    with pytest.raises(KeyboardInterrupt):
        shards.run_batch([str(src)], out_dir, shard_size=5)
    monkeypatch.setattr(shards, "record_done", real)
    return calls

def test_shard_ids_are_content_hashes_and_local_to_their_members():
    arts = _articles(10)
    a = list(shards.make_shards(arts, 4))
    assert [s.n_items for s in a] == [4, 4, 2]
    b = list(shards.make_shards(_articles(10), 4))
    assert [s.id for s in a] == [s.id for s in b]
    assert len({s.id for s in a}) == 3
    changed = _articles(10)
    changed[5] = Article(text=changed[5].text + " Changed.", id=changed[5].id, title=changed[5].title)
    c = list(shards.make_shards(changed, 4))
    assert (c[0].id, c[2].id) == (a[0].id, a[2].id)
    assert c[1].id != a[1].id


def test_shard_size_must_be_positive():
    with pytest.raises(InputError):
        list(shards.make_shards(_articles(2), 0))


def test_shard_row_round_trip_keeps_every_field():
    items = _articles(3) + [DocReport(None, "failed", "EW104 malformed: in.jsonl:9: bad", path="in.jsonl:9")]
    items[1].meta = {"author": "Jane Doe", "urls": ["http://a", "http://b"]}
    items[2].language = "en"
    shard = next(shards.make_shards(items, 10))
    row = shards.shard_to_row(shard)
    table = shards.rows_to_arrow([row])
    back = shards.items_from_row(table.to_pylist()[0])
    assert [x.to_dict() for x in back] == [x.to_dict() for x in items]


# ---------------------------------------------------------------------------------- parquet out


def test_month_of():
    assert parquet_out.month_of("2024-05-17") == "2024-05"
    assert parquet_out.month_of("2024-05") == "2024-05"
    assert parquet_out.month_of(None) == "unknown"
    assert parquet_out.month_of("yesterday") == "unknown"


def _write(out: Path, items) -> tuple[str, list[str]]:
    shard = next(shards.make_shards(items, 100))
    return shard.id, parquet_out.write_shard(out, shard.id, shard.items, _hand_result(shard.items))


def test_write_shard_partitions_by_month_sorted_and_byte_identical(tmp_path):
    items: list = _articles(3, "2024-05")
    items += [Article(text="Another story.", id="art-x", title="X", publication_date="2023-11-02")]
    items.append(DocReport(None, "skipped", "empty_input: e.txt", path="e.txt"))
    sid, files = _write(tmp_path / "a", items)
    assert files == sorted([
        f"articles/month=2023-11/{sid}.parquet", f"articles/month=2024-05/{sid}.parquet",
        f"events/month=2023-11/{sid}.parquet", f"events/month=2024-05/{sid}.parquet",
        f"events/month=unknown/{sid}.parquet",
        f"quotes/month=2023-11/{sid}.parquet", f"quotes/month=2024-05/{sid}.parquet",
        f"reports/month=2023-11/{sid}.parquet", f"reports/month=2024-05/{sid}.parquet",
        f"reports/month=unknown/{sid}.parquet"])
    # same input, another directory: the same bytes
    sid2, files2 = _write(tmp_path / "b", list(items))
    assert (sid2, files2) == (sid, files)
    for f in files:
        assert (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes(), f
    ev = parquet_out.read_rows(tmp_path / "a", "events")
    assert len(ev) == 8
    may = [r["id"] for r in ev if r["month"] == "2024-05"]
    assert may == sorted(may) and len(may) == 3
    assert {r["event"] for r in ev if r["month"] == "unknown"} == {"ACCUSE"}
    # no clock in the file: footer metadata is only pyarrow's version and the Arrow schema
    import pyarrow.parquet as pq

    md = pq.ParquetFile(tmp_path / "a" / files[0]).metadata
    assert set((md.metadata or {}).keys()) == {b"ARROW:schema"}


def test_rows_turn_back_into_the_same_records(tmp_path):
    items = _articles(4)
    sid, files = _write(tmp_path, items)
    want = _hand_result(items)
    got = parquet_out.shard_result(tmp_path, files)
    key = lambda d: d["id"]  # noqa: E731
    assert sorted((e.to_dict() for e in got.events), key=key) == sorted((e.to_dict() for e in want.events), key=key)
    assert sorted((q.to_dict() for q in got.quotes), key=key) == sorted((q.to_dict() for q in want.quotes), key=key)
    assert [r.to_dict() for r in got.reports] == [r.to_dict() for r in want.reports]
    assert sorted((a.to_dict() for a in got.articles), key=key) == [a.to_dict() for a in items]


def test_parquet_columns_match_the_duckdb_store_and_load_is_idempotent(tmp_path):
    import duckdb

    from eventwire.store import open_store

    out = tmp_path / "out"
    items = _articles(6)
    sid, files = _write(out, items)
    shards.record_done(out, sid, {"files": files})
    db = tmp_path / "ew.duckdb"
    store = open_store(db, read_only=False, hold=True)
    try:
        first = parquet_out.load_dir(out, store)
        again = parquet_out.load_dir(out, store)
    finally:
        store.close()
    assert first["shards"] == 1 and first["events"] == 12 and first["quotes"] == 6 and first["articles"] == 6
    assert again["events"] == 0 and again["articles"] == 0 and again["quotes"] == 0
    con = duckdb.connect(str(db), read_only=True)
    try:
        for table in ("events", "quotes", "articles"):
            store_cols = {r[0]: r[1] for r in con.execute(f"DESCRIBE {table}").fetchall()}
            q = f"DESCRIBE SELECT * FROM read_parquet('{out}/{table}/*/*.parquet', hive_partitioning=false)"
            pq_cols = {r[0]: r[1] for r in con.execute(q).fetchall()}
            pq_cols.pop("shard_id")
            assert pq_cols == store_cols, table
        n = con.execute("SELECT count(*) FROM events WHERE actor_code = 'USA' AND event_date IS NOT NULL").fetchone()[0]
        assert n == 6
        # DuckDB also reads the partitioned Parquet directly, month from the folder name
        months = con.execute(f"SELECT month, count(*) FROM read_parquet('{out}/events/*/*.parquet', "
                             "hive_partitioning=true) GROUP BY month ORDER BY month").fetchall()
        assert months == [("2024-05", 6), ("unknown", 6)]
    finally:
        con.close()


def test_load_without_ledger_is_a_clear_error(tmp_path):
    from eventwire.errors import StoreError

    with pytest.raises(StoreError, match="no finished shards"):
        parquet_out.load_dir(tmp_path, store=None)


# ------------------------------------------------------------------------------- driver (fake coder)


def _jsonl(path: Path, arts: list[Article]) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for a in arts:
            fh.write(json.dumps({"id": a.id, "text": a.text, "title": a.title,
                                 "publication_date": a.publication_date}) + "\n")
        fh.write("{not json\n")
    return path


def _digest(out: Path) -> dict[str, str]:
    return {p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(out.rglob("*")) if p.is_file() and not p.name.startswith(".")}


def test_run_batch_with_events_resumes_and_is_deterministic(tmp_path, monkeypatch):
    monkeypatch.setattr("eventwire.pipeline.code_batch", fake_code_batch)
    src = _jsonl(tmp_path / "in.jsonl", _articles(23))
    s1 = shards.run_batch([str(src)], tmp_path / "one", shard_size=5)
    assert (s1.shards, s1.coded, s1.already_done) == (5, 5, 0)
    assert (s1.documents, s1.coded_docs, s1.failed_docs, s1.events) == (24, 23, 1, 46)
    s2 = shards.run_batch([str(src)], tmp_path / "one", shard_size=5)
    assert (s2.coded, s2.already_done, s2.documents) == (0, 5, 0)
    # injected failure after two shards: the rest is coded on the re-run, nothing twice
    calls = _interrupted_after_two_shards(monkeypatch, src, tmp_path / "two")
    s3 = shards.run_batch([str(src)], tmp_path / "two", shard_size=5)
    assert s3.already_done == 2 and s3.coded == 3
    assert set(s3.coded_shard_ids).isdisjoint(calls)
    assert sorted(set(s3.coded_shard_ids) | set(calls)) == sorted(s1.coded_shard_ids)
    assert _digest(tmp_path / "two") == _digest(tmp_path / "one")
    reports = parquet_out.read_rows(tmp_path / "two", "reports")
    assert len(reports) == 24 and len({(r["article_id"], r["path"]) for r in reports}) == 24


def test_second_run_on_a_locked_directory_is_refused(tmp_path):
    fh = shards._lock(tmp_path)
    try:
        with pytest.raises(BatchOutputLocked):
            shards.run_batch([str(tmp_path / "missing.txt")], tmp_path)
    finally:
        fh.close()


# ------------------------------------------------------------- re-run totals and the lock file (fake coder)

_TOTALS = ("total_documents", "total_coded_docs", "total_skipped_docs", "total_failed_docs", "total_events",
           "total_quotes")
_RUN = ("documents", "coded_docs", "skipped_docs", "failed_docs", "events", "quotes")


def _totals(s: shards.RunSummary) -> tuple:
    return tuple(getattr(s, k) for k in _TOTALS)


def _this_run(s: shards.RunSummary) -> tuple:
    return tuple(getattr(s, k) for k in _RUN)


def test_rerun_of_a_finished_job_reports_the_first_runs_totals(tmp_path, monkeypatch):
    monkeypatch.setattr("eventwire.pipeline.code_batch", fake_code_batch)
    src = _jsonl(tmp_path / "in.jsonl", _articles(23))  # 23 articles + 1 bad line = 24 documents, 5 shards
    out = tmp_path / "out"
    s1 = shards.run_batch([str(src)], out, shard_size=5)
    assert _this_run(s1) == (24, 23, 0, 1, 46, 23)
    assert _totals(s1) == _this_run(s1)  # a first run: the totals are this run's work
    for _ in range(2):  # re-runs, twice: the same totals each time, nothing coded
        s2 = shards.run_batch([str(src)], out, shard_size=5)
        assert (s2.shards, s2.already_done, s2.coded, s2.coded_shard_ids) == (5, 5, 0, [])
        assert _this_run(s2) == (0, 0, 0, 0, 0, 0)
        assert _totals(s2) == (24, 23, 0, 1, 46, 23) == _this_run(s1)
        assert s2.nothing_to_do and not s1.nothing_to_do
        assert s2.uncounted_shard_ids == []
    # the totals are the output's own numbers, not the summary's
    reports = parquet_out.read_rows(out, "reports")
    assert (len(reports), sum(r["status"] == "failed" for r in reports)) == (24, 1)
    assert len(parquet_out.read_rows(out, "events")) == s2.total_events


def test_resumed_run_totals_add_recorded_and_newly_coded_shards(tmp_path, monkeypatch):
    monkeypatch.setattr("eventwire.pipeline.code_batch", fake_code_batch)
    src = _jsonl(tmp_path / "in.jsonl", _articles(23))
    full = shards.run_batch([str(src)], tmp_path / "full", shard_size=5)
    _interrupted_after_two_shards(monkeypatch, src, tmp_path / "out")
    assert not _lock_file(tmp_path / "out").exists()  # Ctrl-C ends the run: the lock file goes too
    s = shards.run_batch([str(src)], tmp_path / "out", shard_size=5)
    assert (s.already_done, s.coded) == (2, 3) and not s.nothing_to_do
    assert _totals(s) == _this_run(full) == (24, 23, 0, 1, 46, 23)
    # this run's own counts are the 3 shards coded now: 2 full shards of 5 + the last (3 articles + bad line)
    assert _this_run(s) == (14, 13, 0, 1, 26, 13)


def test_rerun_counts_a_shard_repeated_in_the_input_once(tmp_path, monkeypatch):
    monkeypatch.setattr("eventwire.pipeline.code_batch", fake_code_batch)
    arts = _articles(4)
    paths = []
    for name in ("a.jsonl", "b.jsonl"):  # the same 4 stories in two files: the same 2 shard ids twice
        with open(tmp_path / name, "w", encoding="utf-8") as fh:
            for a in arts:
                fh.write(json.dumps({"id": a.id, "text": a.text, "publication_date": a.publication_date}) + "\n")
        paths.append(str(tmp_path / name))
    s1 = shards.run_batch(paths, tmp_path / "out", shard_size=2)
    assert (s1.shards, s1.coded, s1.already_done) == (4, 2, 2)
    assert _totals(s1) == _this_run(s1) == (4, 4, 0, 0, 8, 4)
    s2 = shards.run_batch(paths, tmp_path / "out", shard_size=2)
    assert (s2.shards, s2.coded, s2.already_done) == (4, 0, 4)
    assert _totals(s2) == (4, 4, 0, 0, 8, 4)


def test_rerun_with_an_unreadable_marker_names_it_and_totals_the_rest(tmp_path, monkeypatch):
    monkeypatch.setattr("eventwire.pipeline.code_batch", fake_code_batch)
    src = _jsonl(tmp_path / "in.jsonl", _articles(23))
    out = tmp_path / "out"
    s1 = shards.run_batch([str(src)], out, shard_size=5)
    first = s1.coded_shard_ids[0]
    lost = shards.marker_counts(out, first)
    files = shards.read_marker(out, first)["files"]
    rebuilt = parquet_out.shard_result(out, files).counts()  # the marker agrees with the shard's Parquet
    assert lost == {k: rebuilt[k] for k in shards.COUNT_KEYS} and lost["documents"] in (4, 5)
    (out / "_shards" / f"{first}.json").write_text("{damaged", encoding="utf-8")
    assert shards.marker_counts(out, first) is None
    s2 = shards.run_batch([str(src)], out, shard_size=5)
    assert (s2.coded, s2.already_done, s2.uncounted_shard_ids) == (0, 5, [first])  # not re-coded
    assert s2.total_documents == 24 - lost["documents"]
    assert s2.total_events == 46 - lost["events"]


def test_cli_rerun_prints_the_finished_runs_totals_and_says_nothing_was_recoded(tmp_path, monkeypatch, capsys):
    from eventwire.cli import main

    monkeypatch.setattr("eventwire.pipeline.code_batch", fake_code_batch)
    src = _jsonl(tmp_path / "in.jsonl", _articles(23))
    out = tmp_path / "out"
    args = ["batch", str(src), "--out", str(out), "--shard-size", "5", "--quiet"]
    want = "documents: 24  coded: 23  skipped: 0  failed: 1  events: 46  quotes: 23"
    assert main(args + ["--report", str(tmp_path / "r1.json")]) == 0
    err1 = capsys.readouterr().err
    assert want in err1 and "already done in" not in err1
    assert main(args + ["--report", str(tmp_path / "r2.json")]) == 0
    err2 = capsys.readouterr().err
    assert f"all 5 shards were already done in {out}: nothing was re-coded" in err2
    assert "shards: 5  already done: 5  coded now: 0" in err2
    assert want in err2 and "documents: 0" not in err2
    r1 = json.loads((tmp_path / "r1.json").read_text())
    r2 = json.loads((tmp_path / "r2.json").read_text())
    assert r2["total_documents"] == r1["documents"] == 24
    assert (r2["total_events"], r2["total_failed_docs"], r2["documents"]) == (r1["events"], 1, 0)


def _lock_file(out: Path) -> Path:
    return out / shards.LOCK_NAME


def test_lock_file_is_removed_when_a_run_ends(tmp_path, monkeypatch):
    monkeypatch.setattr("eventwire.pipeline.code_batch", fake_code_batch)
    src = _jsonl(tmp_path / "in.jsonl", _articles(6))
    out = tmp_path / "out"
    seen_during_run = []
    real = shards.record_done

    def spy(o, sid, info):
        seen_during_run.append(_lock_file(out).exists())
        return real(o, sid, info)

    monkeypatch.setattr(shards, "record_done", spy)
    s = shards.run_batch([str(src)], out, shard_size=3)
    assert s.coded == 3 and seen_during_run == [True, True, True]  # held while the run writes
    assert not _lock_file(out).exists()
    shards.run_batch([str(src)], out, shard_size=3)  # a re-run that codes nothing cleans up too
    assert not _lock_file(out).exists()
    assert sorted(p.name for p in out.iterdir()) == ["_shards", "articles", "events", "quotes", "reports"]


def test_lock_file_is_removed_when_a_run_fails(tmp_path, monkeypatch):
    monkeypatch.setattr("eventwire.pipeline.code_batch", fake_code_batch)
    src = _jsonl(tmp_path / "in.jsonl", _articles(6))

    def broken(out, sid, info):
        raise OSError("disk full (injected)")

    monkeypatch.setattr(shards, "record_done", broken)
    with pytest.raises(OSError, match="injected"):
        shards.run_batch([str(src)], tmp_path / "a", shard_size=3)
    assert not _lock_file(tmp_path / "a").exists()
    with pytest.raises(InputError):  # an error raised inside the run, before any shard
        shards.run_batch([str(src)], tmp_path / "b", input_format="bogus")
    assert (tmp_path / "b").is_dir() and not _lock_file(tmp_path / "b").exists()


def test_cli_failing_run_leaves_no_lock_file(tmp_path, capsys):
    from eventwire.cli import main

    src = _jsonl(tmp_path / "in.jsonl", _articles(2))
    assert main(["batch", str(src), "--out", str(tmp_path / "out"), "--input-format", "bogus"]) == 2
    assert "unknown input format" in capsys.readouterr().err
    assert not _lock_file(tmp_path / "out").exists()


HOLDER = """
import fcntl, sys, time
fh = open(sys.argv[1], "a")
fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
print("locked", flush=True)
sys.stdin.readline()
"""


def test_concurrent_run_is_refused_and_leaves_the_holders_lock_alone(tmp_path, monkeypatch):
    import subprocess
    import sys

    monkeypatch.setattr("eventwire.pipeline.code_batch", fake_code_batch)
    src = _jsonl(tmp_path / "in.jsonl", _articles(4))
    out = tmp_path / "out"
    out.mkdir()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(_lock_file(out))], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        for _ in range(2):  # refused, and the refusal does not delete the live run's lock: refused again
            with pytest.raises(BatchOutputLocked, match="another 'eventwire batch' run"):
                shards.run_batch([str(src)], out, shard_size=2)
            assert _lock_file(out).exists()
        assert shards.done_shards(out) == set()
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    s = shards.run_batch([str(src)], out, shard_size=2)  # the holder ended: the run goes ahead
    assert (s.coded, s.total_documents) == (3, 5) and not _lock_file(out).exists()


def test_stale_lock_file_of_a_killed_run_is_taken_over_and_removed(tmp_path, monkeypatch):
    monkeypatch.setattr("eventwire.pipeline.code_batch", fake_code_batch)
    src = _jsonl(tmp_path / "in.jsonl", _articles(4))
    out = tmp_path / "out"
    out.mkdir()
    _lock_file(out).write_text("left by a killed run\n")  # nobody holds a flock on it
    s = shards.run_batch([str(src)], out, shard_size=2)  # 4 articles + 1 bad line: 3 shards
    assert (s.coded, s.total_documents) == (3, 5) and not _lock_file(out).exists()


def test_lock_taken_on_a_file_removed_meanwhile_is_retaken_on_the_current_file(tmp_path, monkeypatch):
    """A run that opens the lock file just before the previous holder deletes it must not end up
    holding the deleted file (it would then run beside a third run that creates a new one)."""
    import builtins
    import os

    path = _lock_file(tmp_path)
    opened = []

    def racing_open(p, mode="r", *a, **kw):
        fh = builtins.open(p, mode, *a, **kw)
        opened.append(p)
        if len(opened) == 1:
            os.unlink(p)  # the previous holder ends between this open and the flock
        return fh

    monkeypatch.setattr(shards, "open", racing_open, raising=False)
    fh = shards._lock(tmp_path)
    try:
        assert len(opened) == 2
        assert os.path.samestat(os.fstat(fh.fileno()), os.stat(path))
        monkeypatch.setattr(shards, "open", builtins.open, raising=False)
        with pytest.raises(BatchOutputLocked):
            shards._lock(tmp_path)
    finally:
        shards._unlock(tmp_path, fh)
    assert not path.exists()


def test_bad_arguments(tmp_path):
    with pytest.raises(InputError):
        shards.run_batch(["x"], tmp_path, engine="spark")
    with pytest.raises(InputError):
        shards.run_batch(["x"], tmp_path, workers=0)


def test_cli_help_lists_batch_and_load(capsys):
    from eventwire.cli import main

    for cmd in ("batch", "load"):
        with pytest.raises(SystemExit) as e:
            main([cmd, "--help"])
        assert e.value.code == 0
        assert ("--out" if cmd == "batch" else "--db") in capsys.readouterr().out


def test_cli_load_reports_a_missing_run_as_one_line(tmp_path, capsys):
    from eventwire.cli import main

    assert main(["load", str(tmp_path / "nothing"), "--db", str(tmp_path / "x.duckdb")]) == 2
    assert "no finished shards" in capsys.readouterr().err


def test_local_engine_needs_no_ray_and_ray_engine_says_how_to_get_it(tmp_path, monkeypatch):
    import sys

    from eventwire.errors import EngineUnavailable

    monkeypatch.setattr("eventwire.pipeline.code_batch", fake_code_batch)
    for name in [m for m in sys.modules if m == "ray" or m.startswith("ray.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray -> ImportError
    src = _jsonl(tmp_path / "in.jsonl", _articles(4))
    s = shards.run_batch([str(src)], tmp_path / "out", engine="local", shard_size=2)
    assert (s.coded, s.events) == (3, 8)
    with pytest.raises(EngineUnavailable, match=r"eventwire\[ray\]"):
        shards.run_batch([str(src)], tmp_path / "out2", engine="ray", shard_size=2)


def test_batch_dedupe_is_opt_in_and_matches_code(tmp_path):
    from eventwire.batch import shards

    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a1", "text": "Russian forces attacked Kharkiv on Monday, officials said."}\n'
                   '{"id": "a2", "text": "France condemned the attack."}\n'
                   '{"id": "a1", "text": "Russian forces attacked Kharkiv on Monday, officials said."}\n',
                   encoding="utf-8")
    plain = shards.run_batch([str(src)], tmp_path / "o1", publication_date="2024-01-01")
    dd = shards.run_batch([str(src)], tmp_path / "o2", publication_date="2024-01-01", dedupe=True)
    assert (plain.coded_docs, plain.skipped_docs) == (3, 0)
    assert (dd.coded_docs, dd.skipped_docs) == (2, 1)
