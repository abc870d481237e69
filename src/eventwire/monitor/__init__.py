"""Monitoring: ``eventwire follow`` polls feeds and article lists, codes what is new and remembers what it
has seen (:mod:`.fetch` the HTTP client, :mod:`.feeds` the feed list and feed parsing, :mod:`.state`
the restart-safe memory in the store, :mod:`.follow` the poll loop). Watch rules and alerts are in
:mod:`eventwire.alerts`; corroboration across outlets in :mod:`eventwire.corroboration`.
"""
