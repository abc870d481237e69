"""Corroboration across outlets: which event records report the same real-world event (event
clusters), and how many independent sources carry it.

Modules: :mod:`.sources` (the outlet of each document; copies vs independent texts; the counts),
:mod:`.linking` (the named rules that decide whether two event records report the same event),
:mod:`.clusters` (event clusters as connected components of the links, with stable ids). The store
calls them on every write (:meth:`eventwire.store.Store.write_batch`); the method and its limits are
in ``docs/corroboration.md``.
"""
from __future__ import annotations

from .linking import LINK_RULES, EventView, link
from .sources import host_of, outlet_of

__all__ = ["EventView", "LINK_RULES", "link", "host_of", "outlet_of"]
