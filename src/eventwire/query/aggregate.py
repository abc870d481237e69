"""Aggregates over the ``events`` table: the classic dyadic time series, top actors, network edges.

All functions return ``(sql, params)`` for :meth:`eventwire.store.Store.sql`; the ``Store`` methods
``time_series``, ``top_actors`` and ``network`` run them. Scores: ``plover_score`` (-10..10, PLOVER
manual table) and ``goldstein`` (-10..10, Goldstein 1992 scale for CAMEO); means ignore events
without a score (SQL ``avg``), sums treat them as absent. Every aggregate score (sums and means) is
rounded to :data:`SCORE_DECIMALS` decimals in SQL, so the CLI, the API and Parquet/CSV outputs show
the same values and no binary-float noise (``-0.2``, not ``-0.20000000000000018``).
"""
from __future__ import annotations

from typing import Any, Iterable

from ..errors import InputError
from .filters import counted

#: Allowed periods: DuckDB ``date_trunc`` parts. ``week`` starts on Monday (ISO 8601).
FREQS = ("day", "week", "month", "quarter", "year")

#: Grouping keys accepted by :func:`time_series_sql` (``dyad`` = actor_code + recipient_code).
GROUP_KEYS = {
    "dyad": ("actor_code", "recipient_code"), "actor_code": ("actor_code",), "recipient_code": ("recipient_code",),
    "actor_sector": ("actor_sector",), "recipient_sector": ("recipient_sector",), "event": ("event",),
    "quad_class": ("quad_class",), "mode": ("mode",), "status": ("status",),
}

#: Decimals of every aggregate score (sums and means of ``plover_score`` and ``goldstein``). The
#: inputs have at most one decimal, so 4 keeps every exact value and cuts only float noise and long means.
SCORE_DECIMALS = 4


def _r(expr: str) -> str:
    """``expr`` rounded to :data:`SCORE_DECIMALS` decimals (SQL); ``+ 0.0`` turns a rounded ``-0.0``
    into ``0.0``."""
    return f"(round({expr}, {SCORE_DECIMALS}) + 0.0)"


_SCORES = (f"count(*) AS events, {_r('sum(plover_score)')} AS plover_score_sum, "
           f"{_r('avg(plover_score)')} AS plover_score_mean, {_r('sum(goldstein)')} AS goldstein_sum, "
           f"{_r('avg(goldstein)')} AS goldstein_mean")


def group_columns(by: Iterable[str] | str | None) -> list[str]:
    """Expand grouping keys (see :data:`GROUP_KEYS`) to column names, in order, without repeats.
    Raises :class:`InputError` (EW106) for an unknown key."""
    if by is None:
        return []
    if isinstance(by, str):
        by = [b.strip() for b in by.split(",") if b.strip()]
    cols: list[str] = []
    for key in by:
        if key not in GROUP_KEYS:
            raise InputError(f"cannot group by {key!r}; choose from {sorted(GROUP_KEYS)}", code="EW106")
        for c in GROUP_KEYS[key]:
            if c not in cols:
                cols.append(c)
    return cols


def time_series_sql(flt=None, *, freq: str = "month", by=("actor_code", "recipient_code", "event"),
                    **filters: Any) -> tuple[str, list[Any]]:
    """Event counts per ``freq`` period and group, with PLOVER-score and Goldstein sums and means.

    Columns: ``period`` (DATE, first day of the period), the group columns, ``events``,
    ``plover_score_sum``, ``plover_score_mean``, ``goldstein_sum``, ``goldstein_mean``; ordered by
    period then groups (scores rounded to :data:`SCORE_DECIMALS` decimals). Events without an event
    date are left out (they have no period).
    Raises :class:`InputError` (EW106) for an unknown ``freq`` or group key.
    """
    if freq not in FREQS:
        raise InputError(f"freq must be one of {FREQS}, got {freq!r}", code="EW106")
    cols = group_columns(by)
    where, params = counted(flt, **filters).to_sql()
    sel = ", ".join(cols)
    group = ", ".join(["period"] + cols)
    q = (f"SELECT CAST(date_trunc('{freq}', event_date) AS DATE) AS period{', ' + sel if sel else ''}, {_SCORES} "
         f"FROM events WHERE event_date IS NOT NULL AND {where} GROUP BY {group} ORDER BY {group} NULLS FIRST")
    return q, params


def top_actors_sql(flt=None, *, role: str = "actor", limit: int = 20, **filters: Any) -> tuple[str, list[Any]]:
    """The most frequent actors: columns ``code``, ``sector``, ``events``, ``plover_score_mean`` (rounded
    to :data:`SCORE_DECIMALS` decimals),
    ordered by events (desc) then code. ``role``: ``actor`` (first actor), ``recipient`` (first
    recipient) or ``any`` (both roles counted). Events whose entity has no code are left out."""
    if role not in ("actor", "recipient", "any"):
        raise InputError(f"role must be actor, recipient or any, got {role!r}", code="EW106")
    if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
        raise InputError(f"limit must be a positive integer, got {limit!r}", code="EW106")
    where, params = counted(flt, **filters).to_sql()
    parts = []
    roles = ("actor", "recipient") if role == "any" else (role,)
    for r in roles:
        parts.append(f"SELECT {r}_code AS code, {r}_sector AS sector, plover_score FROM events "
                     f"WHERE {r}_code IS NOT NULL AND {where}")
    all_params = params * len(roles)
    q = (f"SELECT code, sector, count(*) AS events, {_r('avg(plover_score)')} AS plover_score_mean "
         f"FROM ({' UNION ALL '.join(parts)}) GROUP BY code, sector "
         f"ORDER BY events DESC, code, sector NULLS FIRST LIMIT ?")
    return q, all_params + [limit]


def network_sql(flt=None, *, min_events: int = 1, **filters: Any) -> tuple[str, list[Any]]:
    """Dyad network edges: ``source`` (first actor code) -> ``target`` (first recipient code) with
    ``events``, ``plover_score_mean``, ``goldstein_mean`` (rounded to :data:`SCORE_DECIMALS` decimals)
    and ``event_types`` (distinct PLOVER types,
    sorted); events without both codes are left out. Ordered by events (desc), source, target."""
    if not isinstance(min_events, int) or isinstance(min_events, bool) or min_events < 1:
        raise InputError(f"min_events must be a positive integer, got {min_events!r}", code="EW106")
    where, params = counted(flt, **filters).to_sql()
    q = ("SELECT actor_code AS source, recipient_code AS target, count(*) AS events, "
         f"{_r('avg(plover_score)')} AS plover_score_mean, {_r('avg(goldstein)')} AS goldstein_mean, "
         "list_sort(list_distinct(list(event))) AS event_types FROM events "
         f"WHERE actor_code IS NOT NULL AND recipient_code IS NOT NULL AND {where} "
         "GROUP BY actor_code, recipient_code HAVING count(*) >= ? ORDER BY events DESC, source, target")
    return q, params + [min_events]
