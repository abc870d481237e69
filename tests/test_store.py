"""Store: idempotent writes, resume keys, migrations, round trips, locking between processes."""
from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "store"))
from ew_store_fixture import handmade_batch  # noqa: E402

from eventwire.errors import StoreError, StoreLockedError, StoreVersionError
from eventwire.schema import Article, BatchResult, DocReport
from eventwire.store import SCHEMA_VERSION, Store, open_store


@pytest.fixture()
def batch():
    return handmade_batch()


def test_fixture_offsets_point_at_the_words(batch):
    texts = {a.id: a.text for a in batch.articles}
    for e in batch.events:
        t = texts[e.article_id]
        assert t[e.text_info["start"]:e.text_info["end"]] == e.event_text
        for x in e.actor + e.recipient:
            assert t[x.start:x.end] == x.entity_text


def test_write_is_idempotent(tmp_path, batch):
    db = tmp_path / "ew.duckdb"
    s = open_store(db, read_only=False)
    first = s.write_batch(batch)
    second = s.write_batch(batch)
    s.close()
    assert first == {"articles": 4, "stories": 4, "mentions": 4, "events": 8, "quotes": 1, "runs": 1}
    assert second == {"articles": 0, "stories": 0, "mentions": 0, "events": 0, "quotes": 0, "runs": 0}
    r = open_store(db)
    assert r.counts() == {"articles": 4, "stories": 4, "mentions": 4, "events": 8, "quotes": 1, "runs": 1}


def test_duplicate_rows_inside_one_batch_are_written_once(tmp_path, batch):
    batch.events.append(batch.events[0])
    batch.articles.append(batch.articles[0])
    s = open_store(tmp_path / "d.duckdb", read_only=False)
    added = s.write_batch(batch)
    assert added["events"] == 8 and added["articles"] == 4


def test_events_round_trip_exactly(tmp_path, batch):
    s = open_store(tmp_path / "rt.duckdb", read_only=False)
    s.write_batch(batch)
    got = {e.id: e.to_dict() for e in s.event_records()}
    assert got == {e.id: e.to_dict() for e in batch.events}
    q = s.quotes("fx-a3")
    assert [x.to_dict() for x in q] == [batch.quotes[0].to_dict()]
    art = s.article("fx-a1")
    assert art["text"] == batch.articles[0].text and art["content_hash"] == batch.articles[0].content_hash


def test_flattened_columns_and_event_date(tmp_path, batch):
    s = open_store(tmp_path / "f.duckdb", read_only=False)
    s.write_batch(batch)
    df = s.events()
    row = df[df.event == "ASSAULT"].iloc[0]
    assert (row.actor_code, row.actor_sector, row.recipient_code) == ("RUS", "MIL", "UKR")
    assert str(row.event_date)[:10] == "2022-03-19"
    aid = df[df.event == "AID"].iloc[0]
    assert str(aid.event_date)[:10] == "2022-04-01"  # month-only date -> first day
    assert aid.date == "2022-04"


def test_has_article_and_known_hashes_for_resume(tmp_path, batch):
    s = open_store(tmp_path / "h.duckdb", read_only=False)
    s.write_batch(batch)
    a = batch.articles[1]
    assert s.has_article(a.content_hash)
    assert not s.has_article(Article(text="never written").content_hash)
    assert s.known_hashes() == {x.content_hash for x in batch.articles}


def test_stories_and_mentions_keep_duplicate_urls(tmp_path):
    a = Article(text="Same wire story.", title="Wire", id="w1", url="https://one.example/x", outlet="One",
                meta={"urls": ["https://two.example/y", "https://one.example/x"]})
    b = Article(text="Same wire story.", title="Wire", id="w2", url="https://three.example/z", outlet="Three")
    s = open_store(tmp_path / "m.duckdb", read_only=False)
    s.write_batch(BatchResult(articles=[a, b], reports=[DocReport("w1", "coded"), DocReport("w2", "coded")]))
    assert s.counts()["stories"] == 1
    urls = sorted(m["url"] for m in s.mentions(a.content_hash))
    assert urls == ["https://one.example/x", "https://three.example/z", "https://two.example/y"]


def test_runs_record_report_counts(tmp_path, batch):
    batch.reports.append(DocReport(None, "skipped", "empty_input: x", path="e.txt"))
    s = open_store(tmp_path / "r.duckdb", read_only=False)
    s.write_batch(batch)
    run = s.sql("SELECT documents, coded, skipped, failed, events, coder FROM runs", as_="records")
    assert run == [{"documents": 5, "coded": 4, "skipped": 1, "failed": 0, "events": 8, "coder": "fixture-1"}]


def test_read_only_store_refuses_writes_and_missing_file(tmp_path, batch):
    with pytest.raises(StoreError, match="no store"):
        open_store(tmp_path / "missing.duckdb")
    db = tmp_path / "ro.duckdb"
    open_store(db, read_only=False).close()
    ro = open_store(db)
    with pytest.raises(StoreError, match="read-only"):
        ro.write_batch(batch)


def test_migration_from_older_version(tmp_path, batch):
    db = str(tmp_path / "old.duckdb")
    old = Store(db, read_only=False, _target_version=1)
    old.write_batch(batch)
    assert old.schema_version() == 1
    old.close()
    with pytest.raises(StoreVersionError, match="older"):
        open_store(db)  # read-only cannot migrate
    s = open_store(db, read_only=False)
    assert s.schema_version() == SCHEMA_VERSION == 4
    flat = s.sql("SELECT id, article_url FROM events_flat WHERE event = 'AID'", as_="records")
    assert flat == [{"id": batch.events[-1].id, "article_url": None}]
    assert s.counts()["events"] == 8  # data kept
    # version 3 (corroboration): the migration placed every old event into an event cluster
    got = s.sql("SELECT count(*) AS n, count(cluster_id) AS c, min(num_sources) AS m FROM events", as_="records")
    assert got == [{"n": 8, "c": 8, "m": 1}]
    # migration 4 (issue 12): entities gained ``source``; old rows read back with source None
    back = {e.id: e for e in s.event_records()}
    assert back and all(a.source is None for e in back.values() for a in e.actor + e.recipient)
    assert {i: [a.code for a in e.actor] for i, e in back.items()} == {
        e.id: [a.code for a in e.actor] for e in batch.events}


def test_newer_store_is_refused(tmp_path):
    db = str(tmp_path / "new.duckdb")
    open_store(db, read_only=False).close()
    con = duckdb.connect(db)
    con.execute("INSERT INTO schema_version VALUES (99, 'future', NULL)")
    con.close()
    with pytest.raises(StoreVersionError, match="newer"):
        open_store(db, read_only=False)


def test_failed_batch_is_rolled_back(tmp_path, batch):
    s = open_store(tmp_path / "rb.duckdb", read_only=False)
    batch.events[0].text_info["start"] = "not-an-int"  # flattened column stays None; record column is JSON
    batch.events[1].quad_class = "x"  # not an INTEGER: the whole batch fails
    with pytest.raises(StoreError, match="nothing of this batch was written"):
        s.write_batch(batch)
    assert s.counts()["articles"] == 0 and s.counts()["events"] == 0
    # a failure inside the transaction (duplicate key in a table without OR IGNORE) rolls back too
    s2 = open_store(tmp_path / "rb2.duckdb", read_only=False)
    with s2.connection() as con:
        con.execute("DROP TABLE quotes")
        con.execute('CREATE TABLE quotes (id VARCHAR, article_id VARCHAR, text VARCHAR, "start" BIGINT, '
                    '"end" BIGINT, speaker VARCHAR, speaker_entity VARCHAR CHECK (speaker_entity IS NULL))')
    good = handmade_batch()
    with pytest.raises(StoreError, match="rolled back"):
        s2.write_batch(good)
    assert s2.counts()["articles"] == 0 and s2.counts()["events"] == 0


WRITER = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {fixdir!r})
    from ew_store_fixture import handmade_batch
    from eventwire.schema import Article, BatchResult, DocReport
    from eventwire.store import open_store
    s = open_store({db!r}, read_only=False, lock_timeout=60)
    for i in range({n}):
        a = Article(text=f"Story number {{i}} of the run.", id=f"run-{{i}}")
        s.write_batch(BatchResult(articles=[a], reports=[DocReport(a.id, "coded")]))
        time.sleep(0.02)
    s.close()
    print("writer done")
""")


def test_readers_query_while_a_run_writes(tmp_path):
    """The documented approach (docs/store.md): writer and readers each hold the file only per call
    and retry on the lock, so both make progress and readers see whole batches only."""
    db = str(tmp_path / "live.duckdb")
    open_store(db, read_only=False).close()
    n = 10
    code = WRITER.format(fixdir=str(Path(__file__).parent / "fixtures" / "store"), db=db, n=n)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen = []
    try:
        while proc.poll() is None and len(seen) < 2000:
            r = open_store(db, read_only=True, lock_timeout=60)
            c = r.counts()
            r.close()
            assert c["articles"] == c["runs"]  # one article per batch, written in one transaction
            seen.append(c["articles"])
            time.sleep(0.005)  # a dashboard does not poll in a tight loop
    finally:
        out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "writer done" in out
    assert seen == sorted(seen)  # never goes back
    assert open_store(db).counts()["articles"] == n
    assert len(seen) >= 1


def test_held_writer_blocks_other_processes_with_a_clear_error(tmp_path):
    db = str(tmp_path / "held.duckdb")
    w = open_store(db, read_only=False, hold=True)
    w.counts()  # connection is open now
    code = ("from eventwire.store import open_store\n"
            "from eventwire.errors import StoreLockedError\n"
            f"try:\n    open_store({db!r}, read_only=True, lock_timeout=0.3)\n"
            "except StoreLockedError as e:\n    print(e.code)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    w.close()
    assert out.stdout.strip() == StoreLockedError.code == "EW402"


def test_a_store_in_a_missing_folder_is_refused_not_created(tmp_path):
    from eventwire.errors import StoreError
    from eventwire.store import open_store

    target = tmp_path / "no" / "such" / "dir" / "ev.duckdb"
    with pytest.raises(StoreError, match="no such directory"):
        open_store(str(target), read_only=False)
    assert not (tmp_path / "no").exists()
