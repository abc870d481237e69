"""The DuckDB event store: idempotent writes of :class:`~eventwire.schema.BatchResult`, reads as
pandas DataFrames, Arrow tables or :class:`~eventwire.schema.Event` records.

Concurrency (see ``docs/store.md``): DuckDB allows one read-write process *or* any number of
read-only processes on a file at a time. By default a :class:`Store` therefore holds no
connection between calls (``hold=False``): each write or query opens the file, works and closes
it, retrying while another process holds a conflicting lock (``lock_timeout`` seconds). A writer
(``eventwire code --db``) thus releases the file between batches, and readers (the API, the
dashboard, ``eventwire query``) get in between. ``hold=True`` keeps one connection open until
:meth:`Store.close` (fastest for many queries; blocks other processes).
"""
from __future__ import annotations

import atexit
import json
import os
import random
import threading
import time
import weakref
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

import duckdb
import pyarrow as pa

from ..errors import DateError, EventwireError, StoreError, StoreLockedError, StoreVersionError
from ..schema import (CORROBORATION_KEYS, EVENT_FLAT_COLUMNS, EVENT_RECORD_COLUMNS, Article, BatchResult, Entity,
                      Event, Quote, stable_id)
from .migrations import LATEST, MIGRATIONS

ENTITY_TYPE = pa.struct([("entity_text", pa.string()), ("code", pa.string()), ("sector", pa.string()),
                         ("name", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
                         ("source", pa.string())])

_EVENTS_SCHEMA = pa.schema([
    ("id", pa.string()), ("article_id", pa.string()), ("event", pa.string()), ("mode", pa.string()),
    ("context", pa.list_(pa.string())), ("actor", pa.list_(ENTITY_TYPE)), ("recipient", pa.list_(ENTITY_TYPE)),
    ("negated", pa.bool_()), ("status", pa.string()), ("reported", pa.bool_()),
    ("sources", pa.list_(pa.string())), ("date", pa.string()), ("date_basis", pa.string()),
    ("event_text", pa.string()), ("text_info", pa.string()), ("cameo", pa.string()),
    ("quad_class", pa.int32()), ("goldstein", pa.float64()), ("plover_score", pa.float64()),
    ("event_loc", pa.string()), ("coder", pa.string()), ("event_date", pa.date32()),
    ("actor_code", pa.string()), ("actor_sector", pa.string()), ("recipient_code", pa.string()),
    ("recipient_sector", pa.string()), ("trigger_start", pa.int64()), ("trigger_end", pa.int64()),
    ("sentence", pa.string()),
])
_ARTICLES_SCHEMA = pa.schema([(n, pa.string()) for n in (
    "id", "content_hash", "title", "text", "publication_date", "url", "outlet", "path", "language", "meta")])
_STORIES_SCHEMA = pa.schema([(n, pa.string()) for n in ("story_id", "article_id", "title", "publication_date")])
_MENTIONS_SCHEMA = pa.schema([(n, pa.string()) for n in (
    "mention_id", "story_id", "article_id", "url", "outlet", "publication_date")])
_QUOTES_SCHEMA = pa.schema([("id", pa.string()), ("article_id", pa.string()), ("text", pa.string()),
                            ("start", pa.int64()), ("end", pa.int64()), ("speaker", pa.string()),
                            ("speaker_entity", ENTITY_TYPE)])


def _json(v: Any, sort_keys: bool = True) -> str:
    return json.dumps(v, sort_keys=sort_keys, ensure_ascii=False, separators=(",", ":"), default=str)


def _event_date(s: str | None):
    if not s:
        return None
    from ..events.dates import parse_iso_date

    try:
        return parse_iso_date(s)[0]
    except DateError:
        return None  # kept as written in ``date``; only the DATE column stays empty


def event_row(e: Event) -> dict[str, Any]:
    """One ``events`` row for ``e``: the record columns plus the flattened filter columns."""
    d = e.to_dict()
    row = {k: d[k] for k in EVENT_RECORD_COLUMNS}
    # key order kept as the coder wrote it, so a record read back serialises to the same bytes
    row["text_info"] = _json(d["text_info"], sort_keys=False)
    row["event_loc"] = _json(d["event_loc"], sort_keys=False)
    a = e.actor[0] if e.actor else None
    r = e.recipient[0] if e.recipient else None
    ti = e.text_info or {}
    row.update(event_date=_event_date(e.date), actor_code=a.code if a else None, actor_sector=a.sector if a else None,
               recipient_code=r.code if r else None, recipient_sector=r.sector if r else None,
               trigger_start=ti.get("start") if isinstance(ti.get("start"), int) else None,
               trigger_end=ti.get("end") if isinstance(ti.get("end"), int) else None,
               sentence=ti.get("sentence") if isinstance(ti.get("sentence"), str) else None)
    return row


def event_from_row(row: dict[str, Any]) -> Event:
    """Rebuild an :class:`Event` from an ``events`` row (as a dict); inverse of :func:`event_row`."""
    d = {k: row[k] for k in EVENT_RECORD_COLUMNS}
    for k in CORROBORATION_KEYS:  # filled by the store's corroboration (schema version 3)
        if row.get(k) is not None:
            d[k] = row[k]
    d["context"] = list(d["context"] or [])
    d["sources"] = list(d["sources"] or [])
    d["actor"] = list(d["actor"] or [])
    d["recipient"] = list(d["recipient"] or [])
    d["text_info"] = json.loads(d["text_info"]) if d["text_info"] else {}
    d["event_loc"] = json.loads(d["event_loc"]) if d["event_loc"] else []
    return Event.from_dict(d)


def _entity_dict(x: Entity | None) -> dict | None:
    return x.to_dict() if x is not None else None


def _mention_rows(articles: list[Article]) -> list[dict]:
    """One ``mentions`` row per document carrying each article's story: the article itself, then each
    copy in ``meta["copies"]`` (own id, URL, outlet, date), then any other URL of ``meta["urls"]``
    (outlet: its host). Outlets resolved by :func:`eventwire.corroboration.sources.outlet_of`."""
    from ..corroboration.sources import host_of, outlet_of

    rows = []

    def add(doc_id, story, url, outlet, pub):
        rows.append({"mention_id": "m-" + stable_id(story, doc_id, url), "story_id": story, "article_id": doc_id,
                     "url": url, "outlet": outlet, "publication_date": pub})

    for a in articles:
        meta = a.meta or {}
        add(a.id, a.content_hash, a.url, outlet_of(a), a.publication_date)
        seen = {a.url}
        for c in meta.get("copies") or []:
            if not isinstance(c, dict) or not c.get("id"):
                continue
            add(str(c["id"]), a.content_hash, c.get("url"), c.get("outlet") or host_of(c.get("url")),
                c.get("publication_date"))
            seen.add(c.get("url"))
        for u in meta.get("urls") or []:
            if isinstance(u, str) and u not in seen:
                add(a.id, a.content_hash, u, host_of(u), a.publication_date)
                seen.add(u)
    return _dedupe(rows, "mention_id")


def _write_late_mentions(con, mentions) -> list[str]:
    """Insert ``mentions`` rows for :class:`~eventwire.schema.Mention` records (copies of stories already
    stored); a copy whose canonical article is not in the store is left out. Returns the story ids
    (content hashes) that gained a row."""
    if not mentions:
        return []
    ids = sorted({m.story_article_id for m in mentions})
    hashes = dict(con.execute("SELECT id, content_hash FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                              [ids]).fetchall())
    stories = []
    for m in mentions:
        story = hashes.get(m.story_article_id)
        if story is None:
            continue
        mid = "m-" + stable_id(story, m.article_id, m.url)
        n = con.execute("INSERT OR IGNORE INTO mentions VALUES (?, ?, ?, ?, ?, ?)",
                        [mid, story, m.article_id, m.url, m.outlet, m.publication_date]).fetchall()
        if n and n[0][0]:
            stories.append(story)
    return sorted(set(stories))


def _dedupe(rows: list[dict], key: str) -> list[dict]:
    seen: set = set()
    out = []
    for r in rows:
        if r[key] not in seen:
            seen.add(r[key])
            out.append(r)
    return out


class Store:
    """A DuckDB event store. Create with :func:`open_store`.

    Tables: ``articles``, ``stories`` (one per content hash) and ``mentions`` (each article / URL
    carrying a story, with its own outlet), ``events`` (record columns + flattened first
    actor/recipient columns + the event cluster and its counts), ``clusters`` (one row per event
    cluster), ``quotes``, ``runs`` (one row per written batch), ``alerts`` (watch-rule firings),
    ``follow_feeds``/``follow_items`` (what ``eventwire follow`` has seen), ``schema_version``; view
    ``events_flat``.
    """

    def __init__(self, path: str, *, read_only: bool = True, hold: bool = False, lock_timeout: float = 30.0,
                 linger: float = 0.0, _target_version: int = LATEST) -> None:
        self.path = str(path)
        self.read_only = read_only
        self.hold = hold or self.path == ":memory:"
        self.lock_timeout = float(lock_timeout)
        self.linger = 0.0 if self.hold else max(0.0, float(linger))
        self._con: duckdb.DuckDBPyConnection | None = None
        self._lock = threading.RLock()  # writes, and opening/closing the held or shared connection
        self._closed = False
        self._shared: duckdb.DuckDBPyConnection | None = None  # the lingering database (linger > 0)
        self._users = 0
        self._last_use = 0.0
        self._cv = threading.Condition(threading.Lock())
        with self.connection() as con:
            self._prepare(con, _target_version)

    # -- connections -------------------------------------------------------------------------
    @property
    def _marker(self) -> str:
        return self.path + ".writer-waiting"

    def _writer_waiting(self) -> bool:
        """True while a writer in another process waits for the file (a marker refreshed within 2 s)."""
        if self.path == ":memory:":
            return False
        try:
            return time.time() - os.stat(self._marker).st_mtime < 2.0
        except OSError:
            return False

    def _connect(self) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + self.lock_timeout
        delay = 0.01
        marked = False
        try:
            while True:
                try:
                    return duckdb.connect(self.path, read_only=self.read_only)
                except duckdb.IOException as e:
                    if "lock" not in str(e).lower():
                        raise StoreError(f"cannot open store {self.path}: {e}") from e
                    if time.monotonic() >= deadline:
                        raise StoreLockedError(
                            f"store {self.path} is locked by another process for more than {self.lock_timeout:g} s "
                            f"(DuckDB allows one writer or many readers): {e}") from e
                    if not self.read_only:  # tell lingering readers (see module doc) that a writer waits
                        marked = self._touch_marker() or marked
                    time.sleep(delay * (1 + random.random()))
                    delay = min(delay * 2, 0.25)
                except duckdb.ConnectionException as e:
                    raise StoreError(f"cannot open store {self.path} read_only={self.read_only}: this process already "
                                     f"has it open in the other mode ({e})") from e
                except duckdb.Error as e:
                    raise StoreError(f"cannot open store {self.path}: {e}") from e
        finally:
            if marked:
                try:
                    os.unlink(self._marker)
                except OSError:
                    pass

    def _touch_marker(self) -> bool:
        try:
            with open(self._marker, "a"):
                pass
            os.utime(self._marker)
            return True
        except OSError:  # a read-only folder: readers just release the file when idle
            return False

    @contextmanager
    def connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection for one unit of work: a cursor of the held or shared connection, or a fresh one
        closed afterwards. Calls from several threads run concurrently (see module doc).

        Raises :class:`StoreLockedError` (EW402) when the file stays locked past ``lock_timeout``."""
        if self._closed:
            raise StoreError(f"store {self.path} is closed")
        if self.hold:
            with self._lock:
                if self._con is None:
                    self._con = self._connect()
                cur = self._con.cursor()
            try:
                yield cur
            finally:
                cur.close()
            return
        if self.linger:
            with self._shared_cursor() as cur:
                yield cur
            return
        con = self._connect()
        try:
            yield con
        finally:
            con.close()

    @contextmanager
    def _shared_cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        deadline = time.monotonic() + self.lock_timeout
        with self._cv:
            # a writer waits for the file: let the calls in flight finish, close, and wait for its turn
            while self._writer_waiting() and time.monotonic() < deadline:
                if self._shared is not None and self._users == 0:
                    self._close_shared()
                self._cv.wait(0.02)
            if self._shared is None:
                self._shared = self._connect()
                _LINGERING.add(self)
                threading.Thread(target=self._close_when_idle, args=(self._shared,), daemon=True,
                                 name="eventwire-store-linger").start()
            cur = self._shared.cursor()
            self._users += 1
        try:
            yield cur
        finally:
            cur.close()
            with self._cv:
                self._users -= 1
                self._last_use = time.monotonic()
                if self._users == 0 and self._writer_waiting():
                    self._close_shared()
                self._cv.notify_all()

    def _close_shared(self) -> None:
        """Close the shared connection (caller holds ``self._cv``)."""
        if self._shared is not None:
            self._shared.close()
            self._shared = None

    def _close_when_idle(self, con) -> None:
        """Linger thread of one shared connection: closes it once unused for ``linger`` seconds."""
        while True:
            time.sleep(self.linger / 2)
            with self._cv:
                if self._shared is not con:  # closed meanwhile (writer, close())
                    return
                if self._users == 0 and time.monotonic() - self._last_use >= self.linger:
                    self._close_shared()
                    return

    def close(self) -> None:
        """Release the held or shared connection (if any). Idempotent."""
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None
            self._closed = True
        with self._cv:
            self._close_shared()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- schema ------------------------------------------------------------------------------
    @staticmethod
    def _version(con) -> int:
        has = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
                          ).fetchall()[0][0]
        if not has:
            return 0
        v = con.execute("SELECT max(version) FROM schema_version").fetchall()[0][0]
        return int(v or 0)

    def _prepare(self, con, target: int) -> None:
        v = self._version(con)
        self._schema = max(v, target) if not self.read_only else v
        if v > LATEST:
            raise StoreVersionError(f"store {self.path} has schema version {v}, newer than this eventwire "
                                    f"({LATEST}); upgrade eventwire")
        if v >= target:
            return
        if self.read_only:
            raise StoreVersionError(f"store {self.path} has schema version {v}, older than {target}; open it once "
                                    f"read-write (eventwire query --db FILE --migrate) to migrate")
        try:
            con.execute("BEGIN TRANSACTION")
            con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                        "description VARCHAR, applied_at TIMESTAMP)")
            for version, description, statements in MIGRATIONS:
                if v < version <= target:
                    for sql in statements:
                        con.execute(sql)
                    con.execute("INSERT INTO schema_version VALUES (?, ?, ?)",
                                [version, description, datetime.now(timezone.utc).replace(tzinfo=None)])
            if v < 3 <= target:
                # events written before corroboration existed get their clusters now (docs/corroboration.md)
                from .corroborate import corroborate

                ids = [r[0] for r in con.execute("SELECT id FROM events ORDER BY event_date NULLS LAST, id").fetchall()]
                for i in range(0, len(ids), 5000):
                    corroborate(con, ids[i:i + 5000])
            con.execute("COMMIT")
        except duckdb.Error as e:
            con.execute("ROLLBACK")
            raise StoreError(f"migrating store {self.path} from version {v} failed: {e}") from e

    def schema_version(self) -> int:
        """The applied schema version (``migrations.LATEST`` after a read-write open)."""
        with self.connection() as con:
            return self._version(con)

    # -- writes ------------------------------------------------------------------------------
    def write_batch(self, result: BatchResult, *, also=None) -> dict[str, int]:
        """Write a batch's articles, stories/mentions, events, quotes and run report in one transaction.

        Idempotent: rows are keyed by content-hash ids (article id, story = content hash, event id,
        quote id, run id = hash of the reports), and existing keys are left as they are, so writing
        the same batch twice adds nothing. Returns the number of new rows per table. Raises
        :class:`StoreError` (EW400) on a read-only store or a DuckDB failure (the transaction is
        rolled back: a batch is written whole or not at all).

        Mentions: one per document carrying a story: the article itself and each syndicated copy
        (``meta["copies"]`` from :func:`eventwire.ingest.dedupe.record_copy`, older ``meta["urls"]``,
        and ``result.mentions``: copies of stories stored earlier), each with its own outlet
        (:func:`eventwire.corroboration.sources.outlet_of`: the input's outlet, else feed title, else
        URL host).

        Corroboration (schema version 3): the new events are placed into event clusters and the
        counts of every touched cluster refreshed in the same transaction
        (:mod:`eventwire.store.corroborate`); the events of ``result.events`` get their
        ``cluster_id``/``num_mentions``/``num_articles``/``num_sources`` set in place to the values
        the store now holds, so they equal what a read returns.

        ``also``: an optional ``callable(connection)`` run inside the same transaction after the
        writes (``eventwire follow`` marks the batch's feed items done with it, so a crash leaves
        both or neither).
        """
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only; open_store(path, read_only=False) to write")
        articles = [a for a in result.articles if isinstance(a, Article)]
        art_rows = _dedupe([{
            "id": a.id, "content_hash": a.content_hash, "title": a.title, "text": a.text,
            "publication_date": a.publication_date, "url": a.url, "outlet": a.outlet, "path": a.path,
            "language": a.language, "meta": _json(a.meta or {})} for a in articles], "id")
        story_rows = _dedupe([{"story_id": a.content_hash, "article_id": a.id, "title": a.title,
                               "publication_date": a.publication_date} for a in articles], "story_id")
        mention_rows = _mention_rows(articles)
        late = [m for m in result.mentions or []]
        event_rows = _dedupe([event_row(e) for e in result.events], "id")
        quote_rows = _dedupe([{"id": q.id, "article_id": q.article_id, "text": q.text, "start": q.start,
                               "end": q.end, "speaker": q.speaker, "speaker_entity": _entity_dict(q.speaker_entity)}
                              for q in result.quotes], "id")
        counts = result.counts()
        coders = sorted({e.coder for e in result.events if e.coder})
        reports = [r.to_dict() for r in result.reports]
        run_id = "r-" + stable_id(coders, reports, sorted(r["id"] for r in event_rows))
        plan = [("articles", art_rows, _ARTICLES_SCHEMA), ("stories", story_rows, _STORIES_SCHEMA),
                ("mentions", mention_rows, _MENTIONS_SCHEMA), ("events", event_rows, _EVENTS_SCHEMA),
                ("quotes", quote_rows, _QUOTES_SCHEMA)]
        added: dict[str, int] = {}
        tables = {}
        for table, rows, schema in plan:
            try:
                tables[table] = pa.Table.from_pylist(rows, schema=schema) if rows else None
            except (pa.ArrowException, TypeError, ValueError) as e:
                raise StoreError(f"a {table} record does not fit the store schema ({e}); nothing of this "
                                 f"batch was written") from e
        with self._lock, self.connection() as con:  # one write at a time in this process
            try:
                con.execute("BEGIN TRANSACTION")
                for table, rows, schema in plan:
                    if not rows:
                        added[table] = 0
                        continue
                    con.register("_ew_incoming", tables[table])
                    cols = ", ".join(f'"{c}"' for c in schema.names)
                    n = con.execute(f"INSERT OR IGNORE INTO {table} ({cols}) SELECT {cols} FROM _ew_incoming").fetchall()[0]
                    con.unregister("_ew_incoming")
                    added[table] = int(n[0]) if n else 0
                n = con.execute(
                    "INSERT OR IGNORE INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [run_id, ",".join(coders), counts["documents"], counts["coded"], counts["skipped"],
                     counts["failed"], counts["events"], counts["quotes"], _json(reports),
                     datetime.now(timezone.utc).replace(tzinfo=None)]).fetchall()[0]
                added["runs"] = int(n[0]) if n else 0
                late_stories = _write_late_mentions(con, late)
                corroboration = {}
                if self._schema >= 3:
                    from .corroborate import corroborate

                    ids = [r["id"] for r in event_rows]
                    corroborate(con, ids, late_stories)
                    if ids:
                        got = con.execute("SELECT id, cluster_id, num_mentions, num_articles, num_sources FROM events "
                                          "WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()
                        corroboration = {r[0]: r[1:] for r in got}
                if also is not None:
                    also(con)
                con.execute("COMMIT")
            except duckdb.Error as e:
                con.execute("ROLLBACK")
                raise StoreError(f"writing batch to {self.path} failed (rolled back): {e}") from e
            except BaseException:
                con.execute("ROLLBACK")
                raise
        for e in result.events:
            got = corroboration.get(e.id)
            if got is not None:
                e.cluster_id, e.num_mentions, e.num_articles, e.num_sources = got
        return added

    # -- reads -------------------------------------------------------------------------------
    def sql(self, query: str, params: list | None = None, *, as_: str = "pandas"):
        """Run a read query with bound ``params``; ``as_``: ``pandas``, ``arrow`` or ``records``
        (list of dicts)."""
        with self.connection() as con:
            try:
                rel = con.sql(query, params=params or None)
                if as_ == "pandas":
                    return rel.df()
                tbl = rel.to_arrow_table()
            except duckdb.Error as e:
                raise StoreError(f"query on {self.path} failed: {e}") from e
        if as_ == "arrow":
            return tbl
        if as_ == "records":
            return tbl.to_pylist()
        raise StoreError(f"as_ must be pandas, arrow or records, got {as_!r}")

    def has_article(self, content_hash: str) -> bool:
        """True when an article with this content hash (:attr:`Article.content_hash`) is stored."""
        with self.connection() as con:
            return con.execute("SELECT count(*) FROM articles WHERE content_hash = ?", [content_hash]).fetchall()[0][0] > 0

    def known_hashes(self) -> set[str]:
        """Content hashes of all stored articles (for resuming a run: skip what is already coded)."""
        with self.connection() as con:
            return {r[0] for r in con.execute("SELECT DISTINCT content_hash FROM articles").fetchall()}

    def counts(self) -> dict[str, int]:
        """Row counts per table."""
        out = {}
        with self.connection() as con:
            for t in ("articles", "stories", "mentions", "events", "quotes", "runs"):
                out[t] = con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
        return out

    def events(self, flt=None, *, limit: int | None = None, offset: int = 0, as_: str = "pandas",
               columns: str = "all", **filters):
        """Events matching the filters (see :class:`eventwire.query.EventFilter`), ordered by event
        date then id (events without a date last).

        ``columns``: ``all`` (record + flattened columns), ``record`` (the ``Event.to_dict`` keys
        only). ``as_``: ``pandas`` (DataFrame; ``actor``/``recipient`` are lists of dicts),
        ``arrow`` (pyarrow Table) or ``records``. Raises :class:`~eventwire.errors.InputError`
        / :class:`~eventwire.errors.DateError` for bad filters.
        """
        from ..query.sql import events_sql

        q, params = events_sql(flt, limit=limit, offset=offset, columns=columns, **filters)
        return self.sql(q, params, as_=as_)

    def event_records(self, flt=None, *, limit: int | None = None, offset: int = 0, **filters) -> list[Event]:
        """Like :meth:`events` but as :class:`Event` records (``to_dict`` equal to what was written)."""
        rows = self.events(flt, limit=limit, offset=offset, as_="records", columns="record", **filters)
        return [event_from_row(r) for r in rows]

    def count_events(self, flt=None, **filters) -> int:
        """Number of events matching the filters (same filters as :meth:`events`)."""
        from ..query.filters import as_filter

        where, params = as_filter(flt, **filters).to_sql()
        return int(self.sql(f"SELECT count(*) AS n FROM events WHERE {where}", params, as_="records")[0]["n"])

    def event(self, event_id: str) -> Event | None:
        """One event by id, or None."""
        cols = ", ".join(f'"{c}"' for c in EVENT_RECORD_COLUMNS + CORROBORATION_KEYS)
        rows = self.sql(f"SELECT {cols} FROM events WHERE id = ?", [event_id], as_="records")
        return event_from_row(rows[0]) if rows else None

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One article as a dict (``Article.to_dict`` keys; ``meta`` decoded), or None."""
        rows = self.sql("SELECT * FROM articles WHERE id = ?", [article_id], as_="records")
        if not rows:
            return None
        d = rows[0]
        d["meta"] = json.loads(d["meta"]) if d.get("meta") else {}
        return d

    def quotes(self, article_id: str | None = None) -> list[Quote]:
        """Stored quotes (of one article when ``article_id`` is given), by article then offset."""
        q = 'SELECT * FROM quotes' + (' WHERE article_id = ?' if article_id else '') + ' ORDER BY article_id, "start", id'
        rows = self.sql(q, [article_id] if article_id else [], as_="records")
        return [Quote.from_dict(r) for r in rows]

    def mentions(self, story_id: str | None = None) -> list[dict[str, Any]]:
        """Mention rows (``mention_id``, ``story_id``, ``article_id``, ``url``, ``outlet``,
        ``publication_date``) of one story (content hash) or of all, ordered by story then id."""
        q = "SELECT * FROM mentions" + (" WHERE story_id = ?" if story_id else "") + " ORDER BY story_id, mention_id"
        return self.sql(q, [story_id] if story_id else [], as_="records")

    # -- aggregates (see eventwire.query.aggregate) -------------------------------------------
    def time_series(self, flt=None, *, freq: str = "month", by=("actor_code", "recipient_code", "event"),
                    as_: str = "pandas", **filters):
        """Counts, PLOVER-score and Goldstein sums/means per period and group; see
        :func:`eventwire.query.aggregate.time_series_sql`."""
        from ..query.aggregate import time_series_sql

        q, params = time_series_sql(flt, freq=freq, by=by, **filters)
        return self.sql(q, params, as_=as_)

    def top_actors(self, flt=None, *, role: str = "actor", limit: int = 20, as_: str = "pandas", **filters):
        """Most frequent actors; see :func:`eventwire.query.aggregate.top_actors_sql`."""
        from ..query.aggregate import top_actors_sql

        q, params = top_actors_sql(flt, role=role, limit=limit, **filters)
        return self.sql(q, params, as_=as_)

    def network(self, flt=None, *, min_events: int = 1, as_: str = "pandas", **filters):
        """Dyad edges with counts and mean scores; see :func:`eventwire.query.aggregate.network_sql`."""
        from ..query.aggregate import network_sql

        q, params = network_sql(flt, min_events=min_events, **filters)
        return self.sql(q, params, as_=as_)


#: Stores with a shared (lingering) connection, closed at interpreter exit rather than left to the linger thread.
_LINGERING: "weakref.WeakSet[Store]" = weakref.WeakSet()


@atexit.register
def _close_lingering() -> None:
    for s in list(_LINGERING):
        with s._cv:
            s._close_shared()


def open_store(path: str | os.PathLike, read_only: bool = True, *, hold: bool = False,
               lock_timeout: float = 30.0, linger: float = 0.0) -> Store:
    """Open (read-write: create and migrate) the DuckDB store at ``path``.

    ``read_only=True`` needs an existing file at the latest schema version. ``hold``: keep one
    connection open until :meth:`Store.close` (otherwise one per call, so other processes can
    get in between; see ``docs/store.md``). ``lock_timeout``: seconds to retry while another
    process holds the file lock. ``linger``: seconds the calls of this process keep sharing one open
    database after the last call (0: none; see the module doc). Raises :class:`StoreError` (EW400: missing file, bad file),
    :class:`StoreVersionError` (EW401), :class:`StoreLockedError` (EW402).
    """
    p = str(path)
    if p != ":memory:":
        if read_only and not Path(p).exists():
            raise StoreError(f"no store at {p} (create one with: eventwire code --db {p} ...)")
        if Path(p).is_file() and Path(p).stat().st_size > 0:
            with open(p, "rb") as fh:
                if fh.read(16)[8:12] != b"DUCK":  # DuckDB's file magic
                    raise StoreError(f"{p} is not a DuckDB file (an eventwire store is created by "
                                     f"eventwire code --db NEW.duckdb)")
        if not read_only and not Path(p).parent.is_dir():
            # like --out and --report: a missing folder stops the run before any coding (no silent mkdir)
            raise StoreError(f"{p}: cannot write: no such directory {Path(p).parent}")
    try:
        return Store(p, read_only=read_only, hold=hold, lock_timeout=lock_timeout, linger=linger)
    except EventwireError:
        raise
    except duckdb.Error as e:  # e.g. a JSONL file given as --db: DuckDB opens it, then finds no tables
        raise StoreError(f"{p} is not an eventwire store (DuckDB: {type(e).__name__}: {e})") from e
