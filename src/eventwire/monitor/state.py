"""What ``eventwire follow`` remembers, in the store (tables ``follow_feeds`` and ``follow_items``), so
that a follower killed at any moment and started again neither codes an article twice nor loses one.

* When a feed is fetched, its validators (ETag, Last-Modified) and every entry not seen before (as a
  ``pending`` item, with what the entry said: URL, title, date, outlet, text) are written in ONE
  transaction: a 304 at the next poll can never hide entries that were not yet coded.
* An item leaves ``pending`` only in the transaction that writes its article (``coded``), or with the
  reason it was not coded (``skipped``: duplicate copy, not English, no text; ``failed``: after
  ``max_attempts`` fetches that failed, or at once for a body over the size limit). That transaction
  is :meth:`eventwire.store.Store.write_batch`'s, so the article and the mark are written together.
* A fetch that fails counts one attempt and leaves the item ``pending``: it is tried again at the next
  poll, and reported each time.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone

from .feeds import Entry, FeedSpec, Listing

#: Item states.
STATES = ("pending", "coded", "skipped", "failed")


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


class FollowState:
    """The follower's memory over ``store`` (open read-write). ``max_attempts``: failed fetches
    after which an item is given up (``failed``)."""

    def __init__(self, store, *, max_attempts: int = 3) -> None:
        self.store = store
        self.max_attempts = max_attempts

    def validators(self, url: str) -> tuple[str | None, str | None]:
        """(ETag, Last-Modified) kept for ``url`` from its last successful fetch."""
        rows = self.store.sql("SELECT etag, last_modified FROM follow_feeds WHERE url = ?", [url], as_="records")
        return (rows[0]["etag"], rows[0]["last_modified"]) if rows else (None, None)

    def record_feed(self, spec: FeedSpec, *, status: str, error: str | None = None, listing: Listing | None = None,
                    etag: str | None = None, last_modified: str | None = None) -> int:
        """Record one fetch of a feed: ``status`` (``ok``, ``not_modified`` or ``failed``), the error,
        the new validators (kept as they were when not given) and the entries of ``listing`` not seen
        before, as pending items — all in one transaction. Returns the number of new items."""
        now = _now()
        with self.store.connection() as con:
            con.execute("BEGIN TRANSACTION")
            try:
                old = con.execute("SELECT etag, last_modified, failures, polls, title, kind, last_success FROM "
                                  "follow_feeds WHERE url = ?", [spec.url]).fetchall()
                o = old[0] if old else (None, None, 0, 0, None, None, None)
                ok = status in ("ok", "not_modified")
                row = [spec.url, spec.outlet, (listing.title if listing else None) or o[4],
                       (listing.kind if listing else None) or o[5],
                       etag if status == "ok" else o[0], last_modified if status == "ok" else o[1],
                       status, error, 0 if ok else (o[2] or 0) + 1, (o[3] or 0) + 1, now, now if ok else o[6]]
                con.execute("INSERT OR REPLACE INTO follow_feeds (url, outlet, title, kind, etag, last_modified, "
                            "last_status, last_error, failures, polls, last_poll, last_success) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
                added = 0
                if listing is not None and listing.entries:
                    seq = con.execute("SELECT coalesce(max(seq), 0) FROM follow_items").fetchall()[0][0]
                    for e in listing.entries:
                        seq += 1
                        n = con.execute(
                            "INSERT OR IGNORE INTO follow_items (item_id, seq, feed_url, url, entry, state, attempts, "
                            "first_seen, updated_at) VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?)",
                            [e.item_id, seq, spec.url, e.url, json.dumps(e.to_dict(), ensure_ascii=False), now, now]
                        ).fetchall()
                        added += int(n[0][0]) if n else 0
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        return added

    def pending(self) -> list[tuple[Entry, int]]:
        """Pending items in the order they were first seen: ``(Entry, attempts so far)``."""
        rows = self.store.sql("SELECT entry, attempts FROM follow_items WHERE state = 'pending' ORDER BY seq, item_id",
                              as_="records")
        return [(Entry.from_dict(json.loads(r["entry"])), int(r["attempts"] or 0)) for r in rows]

    @staticmethod
    def mark(con, item_id: str, state: str, *, article_id: str | None = None, reason: str | None = None) -> None:
        """Set an item's final state inside the caller's transaction (``con``)."""
        con.execute("UPDATE follow_items SET state = ?, article_id = ?, reason = ?, updated_at = ? WHERE item_id = ?",
                    [state, article_id, reason, _now(), item_id])

    def fail(self, item_id: str, reason: str, *, final: bool = False) -> str:
        """Count one failed fetch of an item; it becomes ``failed`` at ``max_attempts`` (or at once with
        ``final``), else stays ``pending``. Returns the new state."""
        with self.store.connection() as con:
            got = con.execute("SELECT attempts FROM follow_items WHERE item_id = ?", [item_id]).fetchall()
            attempts = (int(got[0][0] or 0) if got else 0) + 1
            state = "failed" if final or attempts >= self.max_attempts else "pending"
            con.execute("UPDATE follow_items SET attempts = ?, state = ?, reason = ?, updated_at = ? WHERE item_id = ?",
                        [attempts, state, reason, _now(), item_id])
        return state

    def counts(self) -> dict[str, int]:
        """Items per state."""
        rows = self.store.sql("SELECT state, count(*) AS n FROM follow_items GROUP BY state", as_="records")
        got = {r["state"]: int(r["n"]) for r in rows}
        return {s: got.get(s, 0) for s in STATES}
