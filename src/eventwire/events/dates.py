"""Event dates: ISO parsing of user dates, and resolution of date expressions against the
publication date (filled in by the coder)."""
from __future__ import annotations

import re
from datetime import date

from ..errors import DateError

_ISO = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


def parse_iso_date(s: str) -> tuple[date, str]:
    """Parse ``YYYY-MM-DD`` or ``YYYY-MM``. Returns ``(date, precision)`` with precision ``day`` or
    ``month`` (a month date is anchored on its first day). Raises :class:`DateError` (EW105)."""
    m = _ISO.match(str(s).strip())
    if not m:
        raise DateError(f"not an ISO date (YYYY-MM-DD or YYYY-MM): {s!r}")
    y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
    try:
        return date(y, mo, int(d) if d else 1), ("day" if d else "month")
    except ValueError as e:
        raise DateError(f"impossible date {s!r}: {e}") from e
