"""SQL for event listings: filters + ordering + paging, all values bound as parameters."""
from __future__ import annotations

from typing import Any

from ..errors import InputError
from ..schema import CORROBORATION_KEYS, EVENT_FLAT_COLUMNS, EVENT_RECORD_COLUMNS
from .filters import as_filter

_ORDER = "event_date NULLS LAST, id"


def _columns(columns: str) -> str:
    if columns == "record":
        cols = EVENT_RECORD_COLUMNS + CORROBORATION_KEYS
    elif columns == "all":
        cols = EVENT_RECORD_COLUMNS + CORROBORATION_KEYS + EVENT_FLAT_COLUMNS
    else:
        raise InputError(f"columns must be 'all' or 'record', got {columns!r}", code="EW106")
    return ", ".join(f'"{c}"' for c in cols)


def events_sql(flt=None, *, limit: int | None = None, offset: int = 0, columns: str = "all",
               **filters: Any) -> tuple[str, list[Any]]:
    """``SELECT`` of events matching the filters, ordered by event date (nulls last) then id.

    Returns ``(sql, params)``. ``limit``/``offset`` are validated non-negative integers (bound as
    parameters). Raises :class:`~eventwire.errors.InputError` (EW106) for bad paging or columns.
    """
    where, params = as_filter(flt, **filters).to_sql()
    q = f"SELECT {_columns(columns)} FROM events WHERE {where} ORDER BY {_ORDER}"
    if limit is not None:
        if not isinstance(limit, int) or isinstance(limit, bool) or limit < 0:
            raise InputError(f"limit must be a non-negative integer, got {limit!r}", code="EW106")
        q += " LIMIT ?"
        params.append(limit)
    if offset:
        if not isinstance(offset, int) or isinstance(offset, bool) or offset < 0:
            raise InputError(f"offset must be a non-negative integer, got {offset!r}", code="EW106")
        q += " OFFSET ?"
        params.append(offset)
    return q, params
