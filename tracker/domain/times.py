"""Record times and user-typed dates: one way to write, read and show them (no I/O).

A record time is when the tracker learned or decided something. It is an aware UTC
``datetime``, written as ISO 8601 with microseconds and a ``Z`` (``2025-10-21T12:00:00.000000Z``)
so stored times sort as text. Event and published dates are plain ``date`` values.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Month words as articles print them (full names and abbreviations) -> month number.
MONTHS: dict[str, int] = {}
for _number, _name in enumerate(MONTH_NAMES, start=1):
    MONTHS[_name.lower()] = _number
    MONTHS[_name.lower()[:3]] = _number
MONTHS["sept"] = 9

# A day, optionally followed by a time of day (``2025-10-22T10:00Z``), which is ignored.
_ISO_DAY = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}[0-9:.]*(?:Z|[+-]\d{2}:?\d{2})?)?$"
)
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\s+)?"
_CLOCK = r"(?:,?\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}(?:[+-]\d+)?)?)?"
_DAY_MONTH_YEAR = re.compile(
    rf"^{_WEEKDAY}(\d{{1,2}})\s+([a-z]+)\.?,?\s+(\d{{4}}){_CLOCK}$", re.IGNORECASE
)
_MONTH_DAY_YEAR = re.compile(
    rf"^{_WEEKDAY}([a-z]+)\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}}){_CLOCK}$", re.IGNORECASE
)


def format_time(moment: datetime) -> str:
    """A record time as stored: ISO 8601 UTC with microseconds and a ``Z``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_time(text: str) -> datetime:
    """An ISO 8601 time (``Z`` or an offset; none means UTC) as an aware UTC ``datetime``;
    ``ValueError`` if it is not one."""
    moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def day_of(stamp: str) -> date:
    """The UTC day of a stored record time."""
    return date.fromisoformat(stamp[:10])


def _make(year: int, month: int | None, day: int) -> date | None:
    if month is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


_RELATIVE_WORDS = {"today": 0, "yesterday": -1, "tomorrow": 1}
_UNIT_DAYS = {"d": 1, "day": 1, "days": 1, "w": 7, "week": 7, "weeks": 7}
_AGO = re.compile(r"^(\d{1,4})\s*(days?|weeks?)\s+ago$", re.IGNORECASE)
_AHEAD = re.compile(r"^in\s+(\d{1,4})\s*(days?|weeks?)$", re.IGNORECASE)
_OFFSET = re.compile(r"^([+-])(\d{1,4})\s*([dw])$", re.IGNORECASE)


def relative_date(value: str, today: date | None = None) -> date | None:
    """``today``, ``yesterday``, ``tomorrow``, ``3 days ago``, ``2 weeks ago``,
    ``in 2 weeks``, ``+14d``, ``-2w`` counted from ``today`` (UTC by default); ``None``
    if ``value`` is none of these."""
    text = " ".join(value.strip().lower().split())
    base = today or datetime.now(UTC).date()
    if text in _RELATIVE_WORDS:
        return base + timedelta(days=_RELATIVE_WORDS[text])
    if m := _AGO.match(text):
        return base - timedelta(days=int(m.group(1)) * _UNIT_DAYS[m.group(2).lower()])
    if m := _AHEAD.match(text):
        return base + timedelta(days=int(m.group(1)) * _UNIT_DAYS[m.group(2).lower()])
    if m := _OFFSET.match(text):
        days = int(m.group(2)) * _UNIT_DAYS[m.group(3).lower()]
        return base + timedelta(days=days if m.group(1) == "+" else -days)
    return None


def parse_user_date(value: str, today: date | None = None) -> date:
    """A date typed by a user: ``2025-10-22`` (a time after it is ignored), ``22 October
    2025``, ``Oct. 22, 2025``, or relative to ``today`` (``yesterday``, ``3 days ago``,
    ``+2w``: see ``relative_date``); ``ValueError`` if it is not one."""
    text = value.strip()
    when: date | None = None
    if m := _ISO_DAY.match(text):
        when = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    elif m := _DAY_MONTH_YEAR.match(text):
        when = _make(int(m.group(3)), MONTHS.get(m.group(2).lower()), int(m.group(1)))
    elif m := _MONTH_DAY_YEAR.match(text):
        when = _make(int(m.group(3)), MONTHS.get(m.group(1).lower()), int(m.group(2)))
    else:
        when = relative_date(text, today)
    if when is None:
        raise ValueError(f"{value!r} is not a date; use YYYY-MM-DD (or today, 3 days ago, +2w)")
    return when


def short_date(value: date) -> str:
    """``21 Oct 2025``."""
    return f"{value.day} {MONTH_NAMES[value.month - 1][:3]} {value.year}"


def short_time(moment: datetime | str) -> str:
    """A record time as ``21 Oct 2025 14:03 UTC``."""
    if isinstance(moment, str):
        moment = parse_time(moment)
    moment = moment.astimezone(UTC)
    return f"{short_date(moment.date())} {moment.strftime('%H:%M')} UTC"
