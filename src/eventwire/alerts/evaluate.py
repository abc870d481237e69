"""Evaluate watch rules over a store's event clusters and record new alerts in its ``alerts`` table.

Firing rule (per rule and event cluster): an alert fires when one of the cluster's events matches the
rule (:meth:`~eventwire.alerts.rules.Rule.matches`) and the cluster has at least ``min_sources``
independent sources — once (``level`` 0); again each time the cluster's independent sources reach the
next ``renotify_sources`` threshold (``level`` k). A cluster that qualifies at level 2 on its first
evaluation fires once, at level 2. Alerts already stored for the rule on the cluster — or on any of
its events, so a cluster that merged with an alerted one does not fire twice — are not repeated. The
evidence is every matching event of the cluster (earliest publication first, at most
:data:`MAX_EVIDENCE`): sentence, its offsets and the trigger's, article URL and outlet.
"""
from __future__ import annotations

import json
from datetime import date, datetime, timezone
from typing import Iterable

from ..schema import Alert
from .rules import Rule

#: Evidence items kept per alert (the earliest reports).
MAX_EVIDENCE = 10

_COLS = ("e.id, e.article_id, e.event, e.mode, e.context, e.actor, e.recipient, e.negated, e.status, e.reported, "
         "e.date, e.event_text, e.text_info, e.event_loc, e.cluster_id, e.num_mentions, e.num_articles, "
         "e.num_sources, a.url, a.outlet, a.publication_date AS pub, a.meta")


def _where(rules: list[Rule], cluster_ids, since: str | None) -> tuple[str, list]:
    clauses, params = ["e.cluster_id IS NOT NULL"], []
    types = sorted({t for r in rules for t in r.event}) if all(r.event for r in rules) else []
    if types:
        clauses.append("e.cluster_id IN (SELECT cluster_id FROM events WHERE event IN (SELECT unnest(?::VARCHAR[])))")
        params.append(types)
    if cluster_ids is not None:
        clauses.append("e.cluster_id IN (SELECT unnest(?::VARCHAR[]))")
        params.append(sorted(set(cluster_ids)))
    if since:
        clauses.append("COALESCE(e.event_date, TRY_CAST(a.publication_date AS DATE)) >= CAST(? AS DATE)")
        params.append(since)
    return " AND ".join(clauses), params


def evaluate_rules(store, rules: Iterable[Rule], *, cluster_ids: Iterable[str] | None = None,
                   since: str | None = None, as_of: date | None = None, now: datetime | None = None) -> list[Alert]:
    """Evaluate ``rules`` over the clusters of ``store`` (all, or ``cluster_ids``; with ``since``
    (ISO date) only events dated — or, undated, published — on or after it), store the new alerts in
    the ``alerts`` table and return them, ordered by cluster then rule order. ``as_of``: the
    evaluation date for ``max_age_days`` (default: today, UTC); ``now``: the ``fired_at`` time
    (default: the clock, UTC). Raises :class:`~eventwire.errors.StoreError` when the store cannot be
    read or written (open it read-write)."""
    from ..events.dates import parse_iso_date

    rules = list(rules)
    if not rules:
        return []
    if since:
        parse_iso_date(since)
    if cluster_ids is not None:
        cluster_ids = [c for c in cluster_ids if c]
        if not cluster_ids:
            return []
    where, params = _where(rules, cluster_ids, since)
    rows = store.sql(f"SELECT {_COLS} FROM events e LEFT JOIN articles a ON a.id = e.article_id WHERE {where} "
                     "ORDER BY e.cluster_id, a.publication_date NULLS LAST, e.article_id, e.id", params, as_="records")
    if not rows:
        return []
    by_cluster: dict[str, list[dict]] = {}
    for r in rows:
        by_cluster.setdefault(r["cluster_id"], []).append(r)
    names = sorted({r.name for r in rules})
    fired: dict[tuple[str, str], int] = {}  # (rule, cluster or event id) -> highest level fired
    for a in store.sql("SELECT rule, cluster_id, event_id, level, evidence FROM alerts WHERE rule IN "
                       "(SELECT unnest(?::VARCHAR[]))", [names], as_="records"):
        keys = {a["cluster_id"], a["event_id"]}
        for ev in json.loads(a["evidence"] or "[]"):
            keys.add(ev.get("event_id"))
        for k in keys:
            if k:
                fired[(a["rule"], k)] = max(fired.get((a["rule"], k), -1), a["level"])
    outlets = {r["cluster_id"]: list(r["outlets"] or []) for r in store.sql(
        "SELECT cluster_id, outlets FROM clusters WHERE cluster_id IN (SELECT unnest(?::VARCHAR[]))",
        [sorted(by_cluster)], as_="records")}
    stamp = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0)
    new: list[Alert] = []
    for cid in sorted(by_cluster):
        members = by_cluster[cid]
        for rule in rules:
            matching = [m for m in members if rule.matches(_record(m), m["pub"], as_of=as_of)]
            if not matching:
                continue
            n_src = max(int(m["num_sources"] or 1) for m in members)
            level = rule.level(n_src)
            if level < 0:
                continue
            before = max([fired.get((rule.name, k), -1) for k in [cid] + [m["id"] for m in members]])
            if before >= level:
                continue
            first = matching[0]
            reason = ("new event cluster" if level == 0 else
                      f"independent sources reached {rule.renotify_sources[level - 1]}")
            alert = Alert(rule=rule.name, severity=rule.severity, cluster_id=cid, event_id=first["id"], level=level,
                          reason=reason, event=_summary(first), num_sources=n_src,
                          num_mentions=max(int(m["num_mentions"] or 1) for m in members),
                          num_articles=max(int(m["num_articles"] or 1) for m in members),
                          outlets=outlets.get(cid) or sorted({m["outlet"] for m in members if m["outlet"]}),
                          evidence=[_evidence(m) for m in matching[:MAX_EVIDENCE]],
                          fired_at=stamp.strftime("%Y-%m-%dT%H:%M:%SZ"))
            new.append(alert)
            for k in [cid] + [m["id"] for m in members]:
                fired[(rule.name, k)] = level
    if new:
        store_alerts(store, new)
    return new


def store_alerts(store, alerts: list[Alert]) -> int:
    """Insert ``alerts`` into the ``alerts`` table (existing ids are kept). Returns rows added."""
    import pyarrow as pa

    rows = [{"id": a.id, "rule": a.rule, "severity": a.severity, "cluster_id": a.cluster_id, "event_id": a.event_id,
             "level": a.level, "reason": a.reason, "event": json.dumps(a.event, ensure_ascii=False, sort_keys=True),
             "num_sources": a.num_sources, "num_mentions": a.num_mentions, "num_articles": a.num_articles,
             "outlets": a.outlets, "evidence": json.dumps(a.evidence, ensure_ascii=False),
             "fired_at": datetime.strptime(a.fired_at, "%Y-%m-%dT%H:%M:%SZ") if a.fired_at else None}
            for a in alerts]
    schema = pa.schema([("id", pa.string()), ("rule", pa.string()), ("severity", pa.string()),
                        ("cluster_id", pa.string()), ("event_id", pa.string()), ("level", pa.int32()),
                        ("reason", pa.string()), ("event", pa.string()), ("num_sources", pa.int32()),
                        ("num_mentions", pa.int32()), ("num_articles", pa.int32()), ("outlets", pa.list_(pa.string())),
                        ("evidence", pa.string()), ("fired_at", pa.timestamp("s"))])
    tbl = pa.Table.from_pylist(rows, schema=schema)
    cols = ", ".join(schema.names)
    from ..errors import StoreError

    with store.connection() as con:
        try:
            con.register("_ew_alerts", tbl)
            n = con.execute(f"INSERT OR IGNORE INTO alerts ({cols}) SELECT {cols} FROM _ew_alerts").fetchall()
            con.unregister("_ew_alerts")
        except Exception as e:  # duckdb.Error; a read-only store
            raise StoreError(f"cannot write alerts to {store.path}: {e}") from e
    return int(n[0][0]) if n else 0


def record_delivery(store, alert_id: str, delivery: dict) -> None:
    """Note which sinks accepted an alert (``{sink: "ok" | "error: ..."}``) in its ``delivery`` column."""
    with store.connection() as con:
        con.execute("UPDATE alerts SET delivery = ? WHERE id = ?", [json.dumps(delivery, sort_keys=True), alert_id])


def alert_rows(store, *, limit: int = 50, offset: int = 0, rule: str | None = None, severity: str | None = None,
               since: str | None = None) -> tuple[int, list[Alert]]:
    """Stored alerts, newest first (``fired_at`` descending, then id): ``(total, [Alert])``.
    ``since``: ISO date, alerts fired on or after it."""
    clauses, params = [], []
    if rule:
        clauses.append("rule = ?")
        params.append(rule)
    if severity:
        clauses.append("severity = ?")
        params.append(severity)
    if since:
        clauses.append("fired_at >= CAST(? AS TIMESTAMP)")
        params.append(since)
    where = " AND ".join(clauses) or "TRUE"
    total = int(store.sql(f"SELECT count(*) AS n FROM alerts WHERE {where}", params, as_="records")[0]["n"])
    rows = store.sql(f"SELECT * FROM alerts WHERE {where} ORDER BY fired_at DESC NULLS LAST, id LIMIT ? OFFSET ?",
                     params + [limit, offset], as_="records")
    out = []
    for r in rows:
        out.append(Alert(id=r["id"], rule=r["rule"], severity=r["severity"], cluster_id=r["cluster_id"],
                         event_id=r["event_id"], level=r["level"], reason=r["reason"] or "",
                         event=json.loads(r["event"] or "{}"), num_sources=r["num_sources"] or 0,
                         num_mentions=r["num_mentions"] or 0, num_articles=r["num_articles"] or 0,
                         outlets=list(r["outlets"] or []), evidence=json.loads(r["evidence"] or "[]"),
                         fired_at=r["fired_at"].strftime("%Y-%m-%dT%H:%M:%SZ") if r["fired_at"] else None))
    return total, out


def _record(m: dict) -> dict:
    d = dict(m)
    d["event_loc"] = json.loads(m["event_loc"]) if isinstance(m.get("event_loc"), str) and m["event_loc"] else \
        (m.get("event_loc") or [])
    return d


def _codes(ents) -> list[str]:
    return [x.get("code") for x in ents or [] if x.get("code")]


def _summary(m: dict) -> dict:
    return {"event": m["event"], "mode": m["mode"], "context": list(m["context"] or []),
            "actor": _codes(m["actor"]), "recipient": _codes(m["recipient"]), "date": m["date"],
            "status": m["status"], "negated": bool(m["negated"]), "reported": bool(m["reported"]),
            "event_text": m["event_text"]}


def _evidence(m: dict) -> dict:
    ti = json.loads(m["text_info"]) if m.get("text_info") else {}
    return {"event_id": m["id"], "article_id": m["article_id"], "url": m["url"], "outlet": m["outlet"] or
            _host(m["url"]), "publication_date": m["pub"], "sentence": ti.get("sentence"),
            "sentence_start": ti.get("sentence_start"), "sentence_end": ti.get("sentence_end"),
            "start": ti.get("start"), "end": ti.get("end"), "event_text": m["event_text"]}


def _host(url):
    from ..corroboration.sources import host_of

    return host_of(url)
