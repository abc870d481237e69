"""The record of one actor-table match in a spaCy Doc (:class:`DictMatch`), shared by the packaged
dictionaries (:mod:`eventwire.actors.dictionaries`, which re-exports it) and the knowledge base
(:mod:`eventwire.actors.kb`); a leaf module."""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DictMatch"]


@dataclass(frozen=True)
class DictMatch:
    """One dictionary match in a spaCy Doc.

    ``start``/``end``: token indices (end exclusive); ``kind``: one of :data:`eventwire.actors.validate.KINDS`; ``code``: ISO 3166
    alpha-3 or PLOVER non-state code (None for outlet, region, sector_noun and organisations without a
    country); ``sector``: PLOVER sector implied by the form (Kremlin -> GOV, Pentagon -> MIL, police ->
    COP) or None; ``name``: canonical name ("United States", "NATO", "Jake Sullivan") or None;
    ``source``: where a coding from outside the packaged tables came from (``user:FILE:LINE``, the
    knowledge base's ``phoenix:...``/``ucdp:ID``/``misp:...``, ``pattern:PLACE`` for a government body
    such as "Shanghai police"), None for the packaged tables.
    """

    start: int
    end: int
    kind: str
    code: str | None
    sector: str | None
    name: str | None
    source: str | None = None
