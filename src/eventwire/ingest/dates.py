"""Publication dates as input feeds write them, turned into ISO dates (``YYYY-MM-DD`` or ``YYYY-MM``).

One function, :func:`publication_date`, used by the JSONL and RSS/Atom readers. It returns the ISO date
or the reason the value is not a usable publication date; a reader then keeps the raw value in
``meta["raw_date"]`` (and the reason in ``meta["raw_date_reason"]``), and the run's ``--pub-date`` stands
in when given (the per-document report says so, see :func:`eventwire.pipeline.code_batch`).

Accepted, in this order (no network, no clock: the same value gives the same date on every machine):

* ISO 8601 dates and timestamps: ``2022-03-05``, ``2022-03`` (a month stays a month, C21),
  ``2022-03-05T10:00:00Z``, ``2022-03-05 10:00:00+01:00``. The calendar is checked: ``2024-02-30`` and
  ``2024-13-01`` are impossible dates and rejected like any other unusable value.
* Basic ISO / GDELT digits: ``20220305`` (``YYYYMMDD``) and ``20220305100000`` (``YYYYMMDDhhmmss``).
* Unix epoch time as a number or a string of digits: seconds (9-10 digits) or milliseconds (12-13
  digits), accepted only between :data:`EPOCH_MIN` and :data:`EPOCH_MAX` (1990-01-01 .. 2100-01-01 UTC);
  any other number (``0``, ``-1``, ``1e20``, a 5-digit number) is rejected as not a plausible
  timestamp. An epoch date is the UTC date.
* RFC 2822 / RFC 822 dates of RSS feeds and e-mail (``Sat, 05 Mar 2022 10:00:00 GMT``), read with the
  standard library's :func:`email.utils.parsedate_tz`.
* Written English dates with a year (``March 5, 2022``, ``5 March 2022``, ``Saturday, March 5, 2022 at
  10:00 AM``, ``March 2022`` -> ``2022-03``), read with dateparser restricted to English and to
  absolute dates (its relative-date and timestamp parsers are off, the base date is fixed). All-numeric
  day/month forms are accepted only when the day/month order does not matter (``13/03/2022``,
  ``2022/03/05``); ``05/03/2022`` is ambiguous and rejected.

Rejected: relative or incomplete values (``yesterday``, ``Monday``, ``Tuesday, 3 March``, ``2 days ago``),
a year alone, impossible calendar dates, dates outside the news era eventwire codes
(:data:`eventwire.events.dates.PUBLICATION_DATE_MIN` .. :data:`~eventwire.events.dates.PUBLICATION_DATE_MAX`,
1900-01-01 .. 2099-12-31: ``1850-01-01``, ``2150-01-01``; a fixed range, not one counted from today, so a
document gets the same dates whenever it is run), anything else. Time zones: the date is the calendar date as
written in the value's own time zone (``2022-03-05T23:30:00-05:00`` is ``2022-03-05``, the outlet's
day, which is what "on Sunday" in its text refers to); only epoch numbers, which carry no zone, are UTC.
"""
from __future__ import annotations

import calendar
import email.utils
import functools
import re
from datetime import date, datetime, timezone

#: Plausible range of epoch timestamps (seconds): 1990-01-01 .. 2100-01-01 UTC.
EPOCH_MIN = 631_152_000
EPOCH_MAX = 4_102_444_800

_ISO = re.compile(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?=$|[T ]|\d{2}:)")
_DIGITS = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
_MONTH_NAME = re.compile(r"[A-Za-z]{3,}")
_FIXED_BASE = datetime(2000, 1, 1)


def publication_date(value) -> tuple[str | None, str | None]:
    """``(iso, reason)`` for a raw publication-date value from a feed or a JSONL record.

    ``value``: str, int or float (None or ``""``: no date). Returns ``(ISO date, None)`` for a usable
    date (``YYYY-MM-DD``, or ``YYYY-MM`` when only the month is given) and ``(None, reason)`` for a value
    that is not one (``reason`` a short English phrase, e.g. ``"impossible date: day is out of range for
    month"``, ``"outside the news era eventwire codes (1900-01-01 .. 2099-12-31)"``); ``(None, None)`` when there
    is no value. Never raises. See the module doc for the formats.
    """
    iso, why = _as_iso(value)
    if iso is not None:
        from ..events.dates import publication_date_range_error

        why = publication_date_range_error(date(int(iso[:4]), int(iso[5:7]), int(iso[8:10] or 1)))
        if why:
            return None, why
    return iso, why


def _as_iso(value) -> tuple[str | None, str | None]:
    """:func:`publication_date` before the range check."""
    if value is None or value == "":
        return None, None
    if isinstance(value, bool):
        return None, "a boolean, not a date"
    if isinstance(value, (int, float)):
        return _epoch(value)
    s = str(value).strip()
    if not s:
        return None, None
    m = _ISO.match(s)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
        return _checked(y, mo, int(d) if d else None)
    if _DIGITS.match(s):
        if re.fullmatch(r"\d{8}|\d{14}", s):
            return _checked(int(s[:4]), int(s[4:6]), int(s[6:8]))
        if re.fullmatch(r"\d{4}", s):
            return None, "a year alone is not a publication date"
        try:
            return _epoch(float(s))
        except (OverflowError, ValueError):
            return None, "not a plausible epoch timestamp"
    if len(s) > 200:
        return None, "not a date (too long)"
    parts = email.utils.parsedate_tz(s)
    if parts is not None and parts[0] and parts[1] and parts[2]:
        return _checked(parts[0], parts[1], parts[2])
    return _written(s)


def _checked(y: int, mo: int, d: int | None) -> tuple[str | None, str | None]:
    try:
        date(y, mo, d or 1)
    except ValueError as e:
        return None, f"impossible date: {e}"
    return (f"{y:04d}-{mo:02d}-{d:02d}" if d else f"{y:04d}-{mo:02d}"), None


def _epoch(x: float) -> tuple[str | None, str | None]:
    if x != x or x in (float("inf"), float("-inf")):
        return None, "not a plausible epoch timestamp"
    secs = x / 1000 if abs(x) >= 1e11 else x  # 12-13 digits: milliseconds
    if not EPOCH_MIN <= secs < EPOCH_MAX:
        return None, (f"not a plausible epoch timestamp (seconds or milliseconds between 1990-01-01 and "
                      f"2100-01-01 UTC): {x:g}")
    return datetime.fromtimestamp(secs, tz=timezone.utc).strftime("%Y-%m-%d"), None


@functools.lru_cache(maxsize=4096)
def _written(s: str) -> tuple[str | None, str | None]:
    import dateparser

    base = {"PARSERS": ["absolute-time"], "STRICT_PARSING": False, "RELATIVE_BASE": _FIXED_BASE,
            "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}

    def parse(**kw):
        try:
            return dateparser.parse(s, languages=["en"], settings={**base, **kw})
        except Exception:  # dateparser on odd input: not a date
            return None

    day = parse(REQUIRE_PARTS=["day", "month", "year"], DATE_ORDER="DMY")
    if day is not None:
        if not _MONTH_NAME.search(s):  # all digits: the day/month order must not matter
            other = parse(REQUIRE_PARTS=["day", "month", "year"], DATE_ORDER="MDY")
            if other is None or other.date() != day.date():
                return None, "ambiguous day/month order (write YYYY-MM-DD)"
        return day.strftime("%Y-%m-%d"), None
    first = parse(REQUIRE_PARTS=["month", "year"], PREFER_DAY_OF_MONTH="first")
    last = parse(REQUIRE_PARTS=["month", "year"], PREFER_DAY_OF_MONTH="last")
    if first is not None and last is not None and _MONTH_NAME.search(s):
        if first.date() == last.date():  # a day was given after all
            return first.strftime("%Y-%m-%d"), None
        if first.day == 1 and last.day == calendar.monthrange(last.year, last.month)[1]:
            return first.strftime("%Y-%m"), None
    return None, "not a date with day, month and year (relative or partial dates are not used)"
