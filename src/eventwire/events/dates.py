"""Event dates: ISO parsing of user dates, and resolution of date expressions against the
publication date (filled in by the coder)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..errors import DateError
from ..lexicon import mapping, ordered, runs, words

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


#: The publication dates eventwire codes against (inclusive): the news era of its sources, fixed so that the same
#: input gives the same output on every day it is run (a bound such as "today + 1 day" would make a document's
#: dating depend on the run date). 1900-01-01: no newswire, feed or archive eventwire reads is older, and the date
#: rules read years of the 1800s to 2000s only (:mod:`eventwire.events.event_dates`: "in 1998", "the 1990s");
#: 2099-12-31: the last day those rules read a year of. A date outside is a typing or conversion slip (``1850``
#: for ``1950``, a far-future placeholder such as ``2150-01-01`` or ``9999-12-31``), not a publication date.
PUBLICATION_DATE_MIN = date(1900, 1, 1)
PUBLICATION_DATE_MAX = date(2099, 12, 31)


def publication_date_range_error(d: date) -> str | None:
    """Why the day ``d`` is no usable publication date (a short English phrase), or None when it lies within
    :data:`PUBLICATION_DATE_MIN` .. :data:`PUBLICATION_DATE_MAX`. A month date is read as its first day."""
    if PUBLICATION_DATE_MIN <= d <= PUBLICATION_DATE_MAX:
        return None
    return (f"outside the news era eventwire codes ({PUBLICATION_DATE_MIN.isoformat()} .. "
            f"{PUBLICATION_DATE_MAX.isoformat()})")


def parse_publication_date(s: str) -> tuple[date, str]:
    """:func:`parse_iso_date` for a publication date: also raises :class:`DateError` (EW105) for a date outside
    :data:`PUBLICATION_DATE_MIN` .. :data:`PUBLICATION_DATE_MAX` (``1850-01-01``, ``2150-01-01``). Used for
    ``--pub-date``, :func:`eventwire.pipeline.code_text`'s and the HTTP API's ``publication_date`` (an error before
    anything is coded) and for a document's own date (the document is coded without it and its report says why:
    :func:`eventwire.pipeline.code_batch`)."""
    d, precision = parse_iso_date(s)
    why = publication_date_range_error(d)
    if why:
        raise DateError(f"publication date {str(s).strip()!r} {why}")
    return d, precision


def publication_date_problem(s: str) -> str | None:
    """Why ``s`` is no usable publication date (``not ISO 8601 (YYYY-MM-DD or YYYY-MM)``, ``impossible date: ...``,
    ``outside the news era ...``: :func:`parse_publication_date`), or None when it is one."""
    try:
        d, _ = parse_iso_date(s)
    except DateError as e:
        return f"impossible date:{e.message.rsplit(':', 1)[1]}" if e.message.startswith("impossible") else \
            "not ISO 8601 (YYYY-MM-DD or YYYY-MM)"
    return publication_date_range_error(d)


# --- resolution of date expressions against the publication date ----------------------------------
# Words are data (data/lexicon/dates.tsv); the rules are DATE_RULES below, tried in order.

from datetime import timedelta


def _alt(words) -> str:
    """A regex alternation of ``words`` (escaped, in order)."""
    return "|".join(map(re.escape, words))


WEEKDAYS = {d: i for i, d in enumerate(ordered("weekday"))}
MONTHS = {m: i + 1 for i, m in enumerate(ordered("month"))}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS.update({alias: MONTHS[month] for alias, month in mapping("month_alias").items()})
_NUMBER_WORDS = mapping("number_word")
#: Units of "N ... ago": days per day-unit; month units give a month; year units no date.
DAY_UNITS = mapping("day_unit")
MONTH_UNITS = words("month_unit")
YEAR_UNITS = words("year_unit")
#: "last/this/next month": offset in months.
RELATIVE_MONTHS = mapping("relative_month_word")
PAST = words("past_modifier")
NEXT = words("next_modifier")
KEPT_LEAD = words("kept_lead_word")

_WEEKDAY = re.compile(r"\b(" + _alt(WEEKDAYS) + r")\b")
_DAY_ANCHORED = re.compile(r"\b(" + _alt(ordered("day_anchor_word")) + r")\b")
_LEAD = re.compile(r"^(" + _alt(ordered("date_lead_word")) + r")\s+(?=\w)")
_ISO_IN_TEXT = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
#: (offset in days, regex of its phrases), in lexicon order: the first that matches wins.
_DAY_OFFSETS = [(off, re.compile("|".join(r"\b" + re.escape(w) + r"\b" for w in sorted(ws))))
                for off, ws in runs("day_offset_phrase")]
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?(?:,?\s+(\d{4}))?\b")
_MONTH_DAY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b")
_MONTH_YEAR = re.compile(r"\b(?:(" + _alt(ordered("month_part_word")) + r")[- ])?([A-Za-z]{3,9})\.?(?:\s+(\d{4}))?\b")
_AGO = re.compile(r"\b(\d{1,3}|" + _alt(_NUMBER_WORDS) + r")\s+(" + _alt(list(DAY_UNITS) + sorted(MONTH_UNITS)
                  + sorted(YEAR_UNITS)) + r")s?\s+(?:" + _alt(sorted(words("ago_word"))) + r")\b")
_MONTH_WORD = _alt(sorted(MONTH_UNITS))
_NEAR_MONTH = re.compile(r"\b(" + _alt([w for w, v in RELATIVE_MONTHS.items() if v]) + r")\s+(?:" + _MONTH_WORD + r")\b")
_RELATIVE_MONTH = re.compile(r"\b(" + _alt(RELATIVE_MONTHS) + r")\s+(?:" + _MONTH_WORD + r")\b")
#: "last week", "this weekend": a calendar week (Monday to Sunday) or its weekend, offset like a month.
WEEK_SPANS = mapping("week_span")
_RELATIVE_WEEK = re.compile(r"\b(" + _alt(RELATIVE_MONTHS) + r")\s+(" + _alt(sorted(WEEK_SPANS)) + r")\b")
#: "last year", "this year", "next year": the year offset of a month or day named with it ("in April last year").
_RELATIVE_YEAR = re.compile(r"\b(" + _alt(RELATIVE_MONTHS) + r")\s+(?:" + _alt(sorted(YEAR_UNITS)) + r")\b")
_MONTH_LEAD = re.compile(r"\b(" + _alt(ordered("month_lead_word")) + r")\s+may\b")
_YEAR_ALONE = re.compile(r"(?:in\s+)?(\d{4})")
#: The month that is also a modal verb.
MAY = "may"
#: What a rule returns when it does not apply (None is an answer: "no usable date").
SKIP = object()


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


@dataclass(frozen=True)
class DateQuery:
    """One expression to resolve: ``text`` (as written), ``lower`` (stripped, lower case), ``low`` (the same
    without a lead word: "on Monday" -> "monday"), ``pub`` (anchor date), ``future`` (resolve forward),
    ``anchor`` (``day`` or ``month`` precision of ``pub``)."""

    text: str
    lower: str
    low: str
    pub: date
    future: bool
    anchor: str


def year_of_relative(q: DateQuery) -> int | None:
    """Rule ``month_of_relative_year``: the year a relative year phrase with a month or day names ("in April last
    year", "last year in April", "on 3 May last year": the publication year minus one; "in May this year": the
    publication year; "in April next year": plus one), or None without one. The phrase fixes the year, so the
    month is not moved to keep it before (or after) publication. Lexicon ``relative_month_word`` (last/this/next,
    their offsets) and ``year_unit``. Source: English date expressions; eventwire fresh user, stop 21 (t13)."""
    m = _RELATIVE_YEAR.search(q.low)
    return q.pub.year + RELATIVE_MONTHS[m.group(1)] if m else None


def month_anchor_guard(q: DateQuery):
    """A weekday or "yesterday" against a month-only publication date gives no day (field case C21)."""
    if q.anchor == "month" and (_DAY_ANCHORED.search(q.lower) or _WEEKDAY.search(q.lower)
                                and not re.search(r"\d", q.lower)):
        return None
    return SKIP


def iso_in_text(q: DateQuery):
    """An ISO date written in the text ("on 2024-03-05") is that day (None when impossible)."""
    m = _ISO_IN_TEXT.search(q.low)
    if not m:
        return SKIP
    dt = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return (dt.isoformat(), "day") if dt else None


def relative_day(q: DateQuery):
    """"yesterday", "last night" (the day before), "today", "tonight", "overnight" (the day), "tomorrow"."""
    for off, rx in _DAY_OFFSETS:
        if rx.search(q.low):
            return (q.pub + timedelta(days=off)).isoformat(), "day"
    return SKIP


def days_ago(q: DateQuery):
    """"three days ago", "two weeks ago" -> that day; "15 months ago" -> that month; years give no date, nor
    days against a month-only publication date."""
    m = _AGO.search(q.low)
    if not m:
        return SKIP
    n = _NUMBER_WORDS.get(m.group(1), None) if not m.group(1).isdigit() else int(m.group(1))
    unit = m.group(2)
    if n is None or unit in YEAR_UNITS or (q.anchor == "month" and unit in DAY_UNITS):
        return None
    if unit in DAY_UNITS:
        return (q.pub - timedelta(days=n * DAY_UNITS[unit])).isoformat(), "day"
    y, mo = divmod(q.pub.year * 12 + q.pub.month - 1 - n, 12)
    return f"{y:04d}-{mo + 1:02d}", "month"


def weekday(q: DateQuery):
    """A weekday without a number: the publication day when it is that weekday ("last Monday" a week
    before), else the most recent such day, or the next one for a future event or after "next"."""
    m = _WEEKDAY.search(q.low)
    if not (m and not re.search(r"\d", q.low)):
        return SKIP
    pub, toks = q.pub, q.low.split()
    wd = WEEKDAYS[m.group(1)]
    delta = (pub.weekday() - wd) % 7
    past = any(w in toks for w in PAST)
    if past and delta == 0:
        delta = 7
    if q.future and delta != 0 and not past:
        return (pub + timedelta(days=(wd - pub.weekday()) % 7)).isoformat(), "day"
    if any(w in toks for w in NEXT):
        return (pub + timedelta(days=((wd - pub.weekday()) % 7) or 7)).isoformat(), "day"
    return (pub - timedelta(days=delta)).isoformat(), "day"


def day_and_month(q: DateQuery):
    """"3 May", "May 3, 1998": with its year that day; without, the year that keeps it on or before the
    publication (after it for a future event); None when impossible."""
    for rx, order in ((_DAY_MONTH, "dm"), (_MONTH_DAY, "md")):
        m = rx.search(q.text)
        if not m:
            continue
        a, b, y = m.group(1), m.group(2), m.group(3)
        day, mon = (a, b) if order == "dm" else (b, a)
        mon_n = MONTHS.get(mon.lower())
        if not (mon_n and day.isdigit()):
            continue
        d = int(day)
        if y or year_of_relative(q) is not None:
            dt = _valid(int(y) if y else year_of_relative(q), mon_n, d)
            return (dt.isoformat(), "day") if dt else None
        dt = _valid(q.pub.year, mon_n, d)
        if dt is None:
            return None
        if not q.future and dt > q.pub:
            dt = _valid(q.pub.year - 1, mon_n, d)
        elif q.future and dt < q.pub:
            dt = _valid(q.pub.year + 1, mon_n, d)
        return (dt.isoformat(), "day") if dt else None
    return SKIP


def month_name(q: DateQuery):
    """A month, with or without year ("in March 2012", "early May"): that month (``YYYY-MM``); the modal
    "may" alone is no month."""
    m = next((x for x in _MONTH_YEAR.finditer(q.text) if MONTHS.get(x.group(2).lower())), None)
    if not m or _NEAR_MONTH.search(q.low):
        return SKIP
    mon_n = MONTHS[m.group(2).lower()]
    rel = year_of_relative(q)
    if m.group(2).lower() == MAY and not m.group(3) and not m.group(1) and not _MONTH_LEAD.search(q.text.lower()) \
            and rel is None:
        return None  # the modal verb "may" (not "the first week of May", "May this year")
    if m.group(3):
        y = int(m.group(3))
    elif rel is not None:
        y = rel  # "in April last year": the year the phrase names
    else:
        y = q.pub.year
        if not q.future and mon_n > q.pub.month:
            y -= 1
        if q.future and mon_n < q.pub.month:
            y += 1
    return f"{y:04d}-{mon_n:02d}", "month"


def relative_month(q: DateQuery):
    """"last month", "this month", "next month": that month."""
    m = _RELATIVE_MONTH.search(q.low)
    if not m:
        return SKIP
    y, mo = q.pub.year, q.pub.month + RELATIVE_MONTHS[m.group(1)]
    if mo == 0:
        y, mo = y - 1, 12
    if mo == 13:
        y, mo = y + 1, 1
    return f"{y:04d}-{mo:02d}", "month"


def relative_week(q: DateQuery):
    """"last week", "this week", "next weekend": the calendar week (Monday to Sunday; its Saturday and Sunday
    for a weekend) before, of, or after the publication week -- never the publication day. The span's month
    when it lies in one month (the part up to the publication day for a past act "this week"), else no
    usable date; no day is invented (issue 13). Lexicon ``week_span`` (first day of the span in the week)."""
    m = _RELATIVE_WEEK.search(q.low)
    if not m:
        return SKIP
    if q.anchor == "month":
        return None
    monday = q.pub - timedelta(days=q.pub.weekday()) + timedelta(weeks=RELATIVE_MONTHS[m.group(1)])
    first, last = monday + timedelta(days=int(WEEK_SPANS[m.group(2)])), monday + timedelta(days=6)
    if not q.future:
        last = min(last, q.pub)
    if first > last or (first.year, first.month) != (last.year, last.month):
        return None
    return f"{first.year:04d}-{first.month:02d}", "month"


def year_alone(q: DateQuery):
    """A year alone: too coarse for an event date; kept out (no invented precision)."""
    return None if _YEAR_ALONE.fullmatch(q.low) else SKIP


#: The date rules, in order: the first that applies answers (a date, or None for "no usable date").
DATE_RULES = [month_anchor_guard, iso_in_text, relative_day, days_ago, weekday, day_and_month, month_name,
              relative_month, relative_week, year_alone]


def resolve_expression(expr: str, pub: date, *, future: bool = False,
                       anchor_precision: str = "day") -> tuple[str, str] | None:
    """Resolve a date expression against the publication date ``pub``.

    Returns ``(iso, precision)`` (precision ``day`` or ``month``) or None when the expression gives
    no usable date ("this week", "recently"). Rules (:data:`DATE_RULES`, in order): a weekday equal to the
    publication weekday is the publication day; otherwise the most recent past such weekday, or the next one
    when the event is ``future``; "yesterday"/"today"/"tomorrow"/"overnight"/"last night" relative to
    ``pub``; a day and month without year take the year that puts them on or before ``pub`` (after it for
    future events); a month alone gives month precision; "N days/weeks ago" a day and "N months ago" a month
    ("N years ago" gives none: no month is invented); against a month-only publication date
    (``anchor_precision="month"``) weekdays and "yesterday" give None. No precision is invented. (Field cases
    C13, C18, C20, C21; seed.)
    """
    lower = expr.strip().lower()
    low = _LEAD.sub(lambda m: m.group(0) if m.group(1) in KEPT_LEAD else "", lower)
    q = DateQuery(expr, lower, low, pub, future, anchor_precision)
    for rule in DATE_RULES:
        got = rule(q)
        if got is not SKIP:
            return got
    return None
