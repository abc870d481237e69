"""Event clusters: connected components of the links between event records (single linkage).

:func:`assign_clusters` takes the records to place (``new``) and the records already in clusters that
could match them (``known``, each with its ``cluster_id``) and returns the cluster of every record
whose cluster is new or changed. Rules:

* members: a record joins a cluster when it links (:func:`eventwire.corroboration.link`) to at least
  half of the cluster's members dated within its window (the majority rule: a single loose link never
  chains unrelated reports together, as plain single linkage does); a record that qualifies for two
  clusters merges them. Records are placed in date order, so the same records written in one batch
  always give the same clusters; written in other batches or another order they can, rarely, give
  other ones;
* ids: a cluster keeps its id for as long as it exists. A new cluster's id is ``c-`` + content hash
  of its founding record (the one with the earliest date, ties by event id:
  :attr:`EventView.sort_key`); when clusters merge, the surviving id is that of the cluster whose
  founder comes first. So the same records coded in one run give the same ids on every machine, and
  an alert keyed on a cluster id stays valid as later reports join.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from ..schema import stable_id
from .linking import EventView, link


def new_cluster_id(founder: EventView) -> str:
    """Id of a cluster founded by ``founder``: ``c-`` + content hash of its event id."""
    return "c-" + stable_id("cluster", founder.id)


def assign_clusters(new: Iterable[EventView], known: Iterable[EventView],
                    founders: dict[str, tuple[str, str]] | None = None) -> tuple[dict[str, str], dict[str, str]]:
    """Place ``new`` records into event clusters, linking them with each other and with ``known``.

    ``known``: records with a ``cluster_id`` (candidates from the store: same event types, dates near
    the new ones). ``founders``: ``{cluster_id: sort key of its founder}`` of existing clusters
    (default: the smallest :attr:`EventView.sort_key` among its ``known`` members), which decides the
    surviving id of a merge. New records are placed one by one in :attr:`EventView.sort_key` order;
    each joins the clusters where it links (:func:`~eventwire.corroboration.linking.link`) to at
    least half of the members whose dates are within the window of its own (the *majority rule*,
    which keeps one loose link from chaining unrelated reports into one cluster), merging them when
    there are several; else it founds a new cluster. Returns ``(assigned, merged)``: ``{new event
    id: cluster id}`` and ``{existing cluster id merged away: surviving cluster id}`` (every member
    of a merged-away cluster, loaded in ``known`` or not, moves to the surviving id). Deterministic
    for a given ``new`` and ``known``."""
    from .linking import dates_within_window

    new = sorted({v.id: v for v in new}.values(), key=lambda v: v.sort_key)
    new_ids = {v.id for v in new}
    known = sorted({v.id: v for v in known if v.cluster_id and v.id not in new_ids}.values(), key=lambda v: v.id)
    members: dict[str, list[EventView]] = defaultdict(list)
    for v in known:
        members[v.cluster_id].append(v)
    existing = set(members)
    founders = dict(founders or {})
    for cid, ms in members.items():
        k = min(m.sort_key for m in ms)
        if cid not in founders or k < founders[cid]:
            founders[cid] = k
    by_type: dict[str, set[str]] = defaultdict(set)
    for cid, ms in members.items():
        by_type[ms[0].event].add(cid)
    alias: dict[str, str] = {}
    assigned: dict[str, str] = {}
    for v in new:
        joins = []
        for cid in sorted(by_type.get(v.event, ())):
            comparable = [m for m in members[cid] if dates_within_window(v, m)]
            if not comparable:
                continue
            n = sum(1 for m in comparable if link(v, m)[0])
            if n and 2 * n >= len(comparable):
                joins.append(cid)
        if not joins:
            cid = new_cluster_id(v)
            founders[cid] = v.sort_key
            by_type[v.event].add(cid)
        else:
            cid = min(joins, key=lambda c: (founders[c], c))
            for other in joins:
                if other != cid:
                    members[cid].extend(members.pop(other))
                    by_type[v.event].discard(other)
                    alias[other] = cid
        members[cid].append(v)
        assigned[v.id] = cid

    def final(c: str) -> str:
        while c in alias:
            c = alias[c]
        return c

    merged = {c: final(c) for c in alias if c in existing}
    return {k: final(c) for k, c in assigned.items()}, merged
