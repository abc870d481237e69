"""Event clusters: connected components of the links between event records (single linkage).

:func:`assign_clusters` takes the records to place (``new``) and the records already in clusters that
could match them (``known``, each with its ``cluster_id``) and returns the cluster of every record
whose cluster is new or changed. Rules:

* members: two records are in one cluster when a chain of links (:func:`eventwire.corroboration.link`)
  joins them; a new record that links two existing clusters merges them. Membership depends only on
  the set of records, not on their order;
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
from .sources import _UnionFind


def new_cluster_id(founder: EventView) -> str:
    """Id of a cluster founded by ``founder``: ``c-`` + content hash of its event id."""
    return "c-" + stable_id("cluster", founder.id)


def assign_clusters(new: Iterable[EventView], known: Iterable[EventView],
                    founders: dict[str, tuple[str, str]] | None = None) -> tuple[dict[str, str], dict[str, str]]:
    """Place ``new`` records into event clusters, linking them with each other and with ``known``.

    ``known``: records with a ``cluster_id`` (candidates from the store: same event types, dates near
    the new ones). ``founders``: ``{cluster_id: sort key of its founder}`` of existing clusters
    (default: the smallest :attr:`EventView.sort_key` among its ``known`` members), which decides the
    surviving id of a merge. Returns ``(assigned, merged)``: ``{new event id: cluster id}`` and
    ``{cluster id merged away: surviving cluster id}`` (every member of a merged-away cluster, loaded
    in ``known`` or not, moves to the surviving id). Deterministic."""
    new = sorted({v.id: v for v in new}.values(), key=lambda v: v.id)
    known = sorted({v.id: v for v in known if v.cluster_id}.values(), key=lambda v: v.id)
    new_ids = {v.id for v in new}
    known = [v for v in known if v.id not in new_ids]
    uf = _UnionFind()
    for v in new + known:
        uf.find(("e", v.id))
    for v in known:
        uf.union(("e", v.id), ("c", v.cluster_id))
    by_type: dict[str, list[EventView]] = defaultdict(list)
    for v in known:
        by_type[v.event].append(v)
    for i, a in enumerate(new):
        for b in new[i + 1:]:
            if b.event == a.event and link(a, b)[0]:
                uf.union(("e", a.id), ("e", b.id))
        for b in by_type.get(a.event, ()):
            if uf.find(("e", a.id)) != uf.find(("e", b.id)) and link(a, b)[0]:
                uf.union(("e", a.id), ("e", b.id))
    founders = dict(founders or {})
    for v in known:
        k = v.sort_key
        if v.cluster_id not in founders or k < founders[v.cluster_id]:
            founders[v.cluster_id] = k
    comps: dict = defaultdict(lambda: {"new": [], "known": [], "clusters": set()})
    for v in new:
        comps[uf.find(("e", v.id))]["new"].append(v)
    for v in known:
        c = comps[uf.find(("e", v.id))]
        c["known"].append(v)
        c["clusters"].add(v.cluster_id)
    out: dict[str, str] = {}
    merged: dict[str, str] = {}
    for comp in comps.values():
        if not comp["new"]:
            continue
        if comp["clusters"]:
            cid = min(comp["clusters"], key=lambda c: (founders[c], c))
        else:
            cid = new_cluster_id(min(comp["new"], key=lambda v: v.sort_key))
        for v in comp["new"]:
            out[v.id] = cid
        for c in comp["clusters"]:
            if c != cid:
                merged[c] = cid
    return out, merged
