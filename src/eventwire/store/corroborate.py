"""Corroboration inside the store: place newly written events into event clusters and keep every
cluster's counts (mentions, articles, independent sources) on its events and in ``clusters``.

Called by :meth:`eventwire.store.Store.write_batch` inside the batch's transaction (and by
:meth:`eventwire.store.Store.recluster` for stores written before corroboration existed). The rules
are in :mod:`eventwire.corroboration`; this module only reads candidates and writes results:

1. the batch's events without a cluster are read with their articles' publication dates;
2. candidates: clustered events of the same event types whose date (event date, else publication
   date) lies near the new ones (all of them when a new event has no date);
3. :func:`eventwire.corroboration.clusters.assign_clusters` links them; merged-away clusters move
   whole to the surviving id;
4. each touched cluster's documents (the mentions of its articles' stories: every copy, with its own
   outlet) and copy relations (:func:`eventwire.ingest.dedupe.is_copy` between its articles' texts)
   give the counts (:func:`eventwire.corroboration.sources.count_sources`), written to the events'
   ``num_mentions``/``num_articles``/``num_sources`` and to one ``clusters`` row.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Iterable

import pyarrow as pa

from ..corroboration.clusters import assign_clusters
from ..corroboration.linking import DATE_WINDOW_DAYS, EventView
from ..corroboration.sources import Document, count_sources

_VIEW_COLS = ("e.id, e.article_id, e.event, e.actor, e.recipient, e.negated, e.status, e.date, e.date_basis, "
              "e.text_info, e.event_loc, e.cluster_id, a.publication_date AS pub")

_STATS_SCHEMA = pa.schema([("id", pa.string()), ("cluster_id", pa.string()), ("num_mentions", pa.int32()),
                           ("num_articles", pa.int32()), ("num_sources", pa.int32())])
_CLUSTER_SCHEMA = pa.schema([
    ("cluster_id", pa.string()), ("event", pa.string()), ("founder", pa.string()), ("first_date", pa.string()),
    ("last_date", pa.string()), ("events", pa.int32()), ("num_mentions", pa.int32()), ("num_articles", pa.int32()),
    ("num_sources", pa.int32()), ("outlets", pa.list_(pa.string())), ("source_outlets", pa.list_(pa.string())),
    ("articles", pa.list_(pa.string())), ("updated_at", pa.timestamp("us"))])


def _records(con, sql: str, params: list | None = None) -> list[dict]:
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


#: Views of events already read (event id and publication date -> view without cluster): candidates are
#: read again by every batch that could link to them; building a view (JSON, words, weights) costs more
#: than comparing two. Bounded: cleared at :data:`VIEW_CACHE_SIZE` entries.
_VIEWS: dict[tuple, EventView] = {}
VIEW_CACHE_SIZE = 200_000


def _view(row: dict) -> EventView:
    key = (row["id"], row.get("pub"), row.get("date"), row.get("text_info"))
    v = _VIEWS.get(key)
    if v is None:
        if len(_VIEWS) >= VIEW_CACHE_SIZE:
            _VIEWS.clear()
        v = _VIEWS[key] = EventView.from_record(row, publication_date=row.get("pub"), cluster_id=None)
    cid = row.get("cluster_id")
    return v if cid is None else replace(v, cluster_id=cid)


def corroborate(con, event_ids: Iterable[str], stories: Iterable[str] = (), *, now=None) -> set[str]:
    """Cluster the events ``event_ids`` that have no cluster yet and refresh the counts of every
    cluster they touch, plus the clusters of events whose article's story is in ``stories`` (content
    hashes that gained mentions, e.g. late syndicated copies). ``con``: a DuckDB connection inside
    the caller's transaction. Returns the ids of the touched clusters. Raises ``duckdb.Error`` (the
    caller rolls back)."""
    from datetime import datetime, timezone

    ids = sorted(set(event_ids))
    touched: set[str] = set()
    if ids:
        rows = _records(con, f"SELECT {_VIEW_COLS} FROM events e LEFT JOIN articles a ON a.id = e.article_id "
                             "WHERE e.cluster_id IS NULL AND e.id IN (SELECT unnest(?::VARCHAR[]))", [ids])
        new = [_view(r) for r in rows]
        if new:
            touched |= _place(con, new)
    stories = sorted(set(stories))
    if stories:
        got = con.execute("SELECT DISTINCT e.cluster_id FROM events e JOIN articles a ON a.id = e.article_id "
                          "WHERE e.cluster_id IS NOT NULL AND a.content_hash IN (SELECT unnest(?::VARCHAR[]))",
                          [stories]).fetchall()
        touched |= {r[0] for r in got}
    if touched:
        refresh_counts(con, sorted(touched), now=now or datetime.now(timezone.utc).replace(tzinfo=None))
    return touched


def _place(con, new: list[EventView]) -> set[str]:
    types = sorted({v.event for v in new})
    dated = [v.when for v in new if v.when is not None]
    params: list = [types]
    where = "e.cluster_id IS NOT NULL AND e.event IN (SELECT unnest(?::VARCHAR[]))"
    if dated and len(dated) == len(new):
        lo = min(w[0] for w in dated) - timedelta(days=DATE_WINDOW_DAYS + 31)
        hi = max(w[1] for w in dated) + timedelta(days=DATE_WINDOW_DAYS + 1)
        where += (" AND (COALESCE(e.event_date, TRY_CAST(a.publication_date AS DATE)) IS NULL OR "
                  "COALESCE(e.event_date, TRY_CAST(a.publication_date AS DATE)) BETWEEN ? AND ?)")
        params += [lo, hi]
    rows = _records(con, f"SELECT {_VIEW_COLS} FROM events e LEFT JOIN articles a ON a.id = e.article_id "
                         f"WHERE {where}", params)
    known = [_view(r) for r in rows]
    founders = {}
    cids = sorted({v.cluster_id for v in known})
    if cids:
        for cid, founder in con.execute("SELECT cluster_id, founder FROM clusters WHERE cluster_id IN "
                                        "(SELECT unnest(?::VARCHAR[]))", [cids]).fetchall():
            if founder:
                day, _, fid = founder.partition("|")
                founders[cid] = (day, fid)
    assigned, merged = assign_clusters(new, known, founders)
    if assigned:
        tbl = pa.Table.from_pylist([{"id": k, "cluster_id": v} for k, v in sorted(assigned.items())],
                                   schema=pa.schema([("id", pa.string()), ("cluster_id", pa.string())]))
        con.register("_ew_assign", tbl)
        con.execute("UPDATE events SET cluster_id = s.cluster_id FROM _ew_assign s WHERE events.id = s.id")
        con.unregister("_ew_assign")
    for old, cid in sorted(merged.items()):
        con.execute("UPDATE events SET cluster_id = ? WHERE cluster_id = ?", [cid, old])
        con.execute("DELETE FROM clusters WHERE cluster_id = ?", [old])
    return set(assigned.values()) | set(merged.values())


def refresh_counts(con, cluster_ids: list[str], *, now) -> None:
    """Recompute mentions, articles and independent sources of ``cluster_ids`` (see module doc) and
    write them to their events and ``clusters`` rows."""
    members = _records(con, "SELECT e.id, e.article_id, e.event, e.date, e.date_basis, e.cluster_id, "
                            "a.publication_date AS pub, a.content_hash, a.url, a.outlet, a.meta "
                            "FROM events e LEFT JOIN articles a ON a.id = e.article_id "
                            "WHERE e.cluster_id IN (SELECT unnest(?::VARCHAR[]))", [cluster_ids])
    stories = sorted({m["content_hash"] for m in members if m["content_hash"]})
    docs_of: dict[str, list[Document]] = {}
    texts: dict[str, tuple[str, str | None]] = {}
    if stories:
        for r in _records(con, "SELECT story_id, article_id, url, outlet, publication_date FROM mentions "
                               "WHERE story_id IN (SELECT unnest(?::VARCHAR[]))", [stories]):
            docs_of.setdefault(r["story_id"], []).append(Document(
                doc_id=r["article_id"], story=r["story_id"], url=r["url"], outlet=r["outlet"],
                publication_date=r["publication_date"]))
        for r in _records(con, "SELECT content_hash, first(text ORDER BY id) AS text, "
                               "min(publication_date) AS pub FROM articles "
                               "WHERE content_hash IN (SELECT unnest(?::VARCHAR[])) GROUP BY content_hash", [stories]):
            texts[r["content_hash"]] = (r["text"], r["pub"])
    by_cluster: dict[str, list[dict]] = {}
    for m in members:
        by_cluster.setdefault(m["cluster_id"], []).append(m)
    stats_rows, cluster_rows = [], []
    from ..ingest.dedupe import is_copy

    for cid in sorted(by_cluster):
        ms = sorted(by_cluster[cid], key=lambda m: m["id"])
        docs: list[Document] = []
        per_story_events: dict[str, dict[str, int]] = {}
        for m in ms:
            story = m["content_hash"] or f"article:{m['article_id']}"
            per_story_events.setdefault(story, {}).setdefault(m["article_id"], 0)
            per_story_events[story][m["article_id"]] += 1
        for story in sorted(per_story_events):
            got = docs_of.get(story)
            if not got:  # an event whose article is not in the store (or has no mention row)
                aid = story.split(":", 1)[1] if story.startswith("article:") else story
                got = [Document(doc_id=aid, story=story, coded=True)]
            coded_ids = per_story_events[story]
            docs.extend(replace(d, coded=d.doc_id in coded_ids) for d in got)
        coded = sorted(s for s in per_story_events if s in texts)
        copies = [(a, b) for i, a in enumerate(coded) for b in coded[i + 1:]
                  if is_copy(texts[a][0], texts[b][0], texts[a][1], texts[b][1])]
        counts = count_sources(docs, copies)
        n_docs = {s: len({(d.doc_id, d.url or "") for d in docs if d.story == s}) for s in per_story_events}
        mentions = sum(max(per_story_events[s].values()) * max(1, n_docs[s]) for s in per_story_events)
        views = [EventView.from_record({"id": m["id"], "event": m["event"], "date": m["date"],
                                        "date_basis": m["date_basis"]}, publication_date=m["pub"]) for m in ms]
        founder = min(views, key=lambda v: v.sort_key)
        dates = sorted(m["date"] for m in ms if m["date"])
        for m in ms:
            stats_rows.append({"id": m["id"], "cluster_id": cid, "num_mentions": mentions,
                               "num_articles": counts.articles, "num_sources": counts.sources})
        cluster_rows.append({
            "cluster_id": cid, "event": ms[0]["event"], "founder": "|".join(founder.sort_key),
            "first_date": dates[0] if dates else None, "last_date": dates[-1] if dates else None,
            "events": len(ms), "num_mentions": mentions, "num_articles": counts.articles,
            "num_sources": counts.sources, "outlets": counts.outlets, "source_outlets": counts.source_outlets,
            "articles": sorted({m["article_id"] for m in ms}), "updated_at": now})
    if not stats_rows:
        return
    con.register("_ew_stats", pa.Table.from_pylist(stats_rows, schema=_STATS_SCHEMA))
    con.execute("UPDATE events SET num_mentions = s.num_mentions, num_articles = s.num_articles, "
                "num_sources = s.num_sources FROM _ew_stats s WHERE events.id = s.id")
    con.unregister("_ew_stats")
    con.execute("DELETE FROM clusters WHERE cluster_id IN (SELECT unnest(?::VARCHAR[]))",
                [[r["cluster_id"] for r in cluster_rows]])
    con.register("_ew_clusters", pa.Table.from_pylist(cluster_rows, schema=_CLUSTER_SCHEMA))
    cols = ", ".join(_CLUSTER_SCHEMA.names)
    con.execute(f"INSERT INTO clusters ({cols}) SELECT {cols} FROM _ew_clusters")
    con.unregister("_ew_clusters")
