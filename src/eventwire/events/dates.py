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


# --- resolution of date expressions against the publication date ----------------------------------

from datetime import timedelta

WEEKDAYS = {d: i for i, d in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
MONTHS = {m: i + 1 for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"))}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9

_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?(?:,?\s+(\d{4}))?\b")
_MONTH_DAY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b")
_MONTH_YEAR = re.compile(r"\b(?:(early|mid|late)[- ])?([A-Za-z]{3,9})\.?(?:\s+(\d{4}))?\b")


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "fifteen": 15,
                 "twenty": 20}
_AGO = re.compile(r"\b(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
                  r"eighteen|twenty)\s+(day|week|month|year)s?\s+ago\b")


def resolve_expression(expr: str, pub: date, *, future: bool = False,
                       anchor_precision: str = "day") -> tuple[str, str] | None:
    """Resolve a date expression against the publication date ``pub``.

    Returns ``(iso, precision)`` (precision ``day`` or ``month``) or None when the expression gives
    no usable date ("this week", "recently"). Rules: a weekday equal to the publication weekday is the
    publication day; otherwise the most recent past such weekday, or the next one when the event is
    ``future``; "yesterday"/"today"/"tomorrow"/"overnight"/"last night" relative to ``pub``; a day
    and month without year take the year that puts them on or before ``pub`` (after it for future
    events); a month alone gives month precision; "N days/weeks ago" a day and "N months ago" a month
    ("N years ago" gives none: no month is invented); against a month-only publication date
    (``anchor_precision="month"``) weekdays and "yesterday" give None. No precision is invented. (Field cases C13, C18,
    C20, C21; seed.)
    """
    s = expr.strip().lower()
    if anchor_precision == "month" and (
            re.search(r"\b(yesterday|today|tonight|overnight|tomorrow|last night|week)\b", s)
            or re.search(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", s) and not re.search(r"\d", s)):
        return None  # a weekday or "yesterday" against a month-only publication date gives no day (C21)
    s = re.sub(r"^(on|in|by|since|from|until|last|this|early|late)\s+(?=\w)", lambda m: m.group(0) if m.group(1) in ("last", "this") else "", s)
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", s)
    if m:  # an ISO date written in the text ("on 2024-03-05")
        dt = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return (dt.isoformat(), "day") if dt else None
    if re.search(r"\byesterday\b|\blast night\b", s):
        return (pub - timedelta(days=1)).isoformat(), "day"
    if re.search(r"\btoday\b|\btonight\b|\bovernight\b|\bearlier today\b", s):
        return pub.isoformat(), "day"
    if re.search(r"\btomorrow\b", s):
        return (pub + timedelta(days=1)).isoformat(), "day"
    m = _AGO.search(s)
    if m:
        # "three days ago", "two weeks ago" -> that day; "15 months ago" -> that month; years give no date
        n = _NUMBER_WORDS.get(m.group(1), None) if not m.group(1).isdigit() else int(m.group(1))
        unit = m.group(2)
        if n is None or unit == "year" or (anchor_precision == "month" and unit in ("day", "week")):
            return None
        if unit in ("day", "week"):
            return (pub - timedelta(days=n * (7 if unit == "week" else 1))).isoformat(), "day"
        y, mo = divmod(pub.year * 12 + pub.month - 1 - n, 12)
        return f"{y:04d}-{mo + 1:02d}", "month"
    m = re.search(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", s)
    if m and not re.search(r"\d", s):
        wd = WEEKDAYS[m.group(1)]
        delta = (pub.weekday() - wd) % 7
        if "last" in s.split() and delta == 0:
            delta = 7
        if future and delta != 0 and "last" not in s.split():
            return (pub + timedelta(days=(wd - pub.weekday()) % 7)).isoformat(), "day"
        if "next" in s.split():
            return (pub + timedelta(days=((wd - pub.weekday()) % 7) or 7)).isoformat(), "day"
        return (pub - timedelta(days=delta)).isoformat(), "day"
    for rx, order in ((_DAY_MONTH, "dm"), (_MONTH_DAY, "md")):
        m = rx.search(expr)
        if m:
            a, b, y = m.group(1), m.group(2), m.group(3)
            day, mon = (a, b) if order == "dm" else (b, a)
            mon_n = MONTHS.get(mon.lower())
            if mon_n and day.isdigit():
                d = int(day)
                if y:
                    dt = _valid(int(y), mon_n, d)
                    return (dt.isoformat(), "day") if dt else None
                dt = _valid(pub.year, mon_n, d)
                if dt is None:
                    return None
                if not future and dt > pub:
                    dt = _valid(pub.year - 1, mon_n, d)
                elif future and dt < pub:
                    dt = _valid(pub.year + 1, mon_n, d)
                return (dt.isoformat(), "day") if dt else None
    m = next((x for x in _MONTH_YEAR.finditer(expr) if MONTHS.get(x.group(2).lower())), None)
    if m and not re.search(r"\b(last|next)\s+month\b", s):
        mon_n = MONTHS[m.group(2).lower()]
        if m.group(2).lower() == "may" and not m.group(3) and not m.group(1) and not re.search(
                r"\b(of|in|early|late|mid|since|until|by|last|next|this)\s+may\b", expr.lower()):
            return None  # the modal verb "may" (not "the first week of May")
        if m.group(3):
            y = int(m.group(3))
        else:
            y = pub.year
            if not future and mon_n > pub.month:
                y -= 1
            if future and mon_n < pub.month:
                y += 1
        return f"{y:04d}-{mon_n:02d}", "month"
    m = re.search(r"\b(last|this|next)\s+month\b", s)
    if m:
        off = {"last": -1, "this": 0, "next": 1}[m.group(1)]
        y, mo = pub.year, pub.month + off
        if mo == 0:
            y, mo = y - 1, 12
        if mo == 13:
            y, mo = y + 1, 1
        return f"{y:04d}-{mo:02d}", "month"
    m = re.fullmatch(r"(?:in\s+)?(\d{4})", s)
    if m:
        return None  # a year alone: too coarse for an event date; kept out (no invented precision)
    return None
