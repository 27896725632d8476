"""Dates as articles print them: "Oct. 22, 2025 10:21 a.m.", "22 October 2025", "2025-10-22"."""

from __future__ import annotations

import re
from datetime import date

MONTHS: dict[str, int] = {}
for _n, _names in enumerate(
    (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _n

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_TIME = r"(?:,?\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|[ap]m)?(?:\s*(?:[A-Z]{2,4}|UTC|GMT)(?:[+-]\d+)?)?)?"
_TRAIL = r"(?:\s*[|·•-]?\s*\d[\d,.]*[km]?)?"  # a view counter after the stamp
_PREFIX = r"(?:(?:published|updated|posted|last updated|date)\s*(?:on)?\s*:?\s*)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\s+)?"

_STAMP_MDY = re.compile(
    rf"^{_PREFIX}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}}){_TIME}{_TRAIL}$",
    re.IGNORECASE,
)
_STAMP_DMY = re.compile(
    rf"^{_PREFIX}(?P<day>\d{{1,2}})\s+{_MONTH},?\s+(?P<year>\d{{4}}){_TIME}{_TRAIL}$", re.IGNORECASE
)
_STAMP_ISO = re.compile(
    r"^(?:(?:published|updated|posted|date)\s*:?\s*)?(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$",
    re.IGNORECASE,
)


def parse_stamp(line: str) -> date | None:
    """The date of a line that is nothing but a date (with time, weekday or counter)."""
    text = line.strip()
    if not text or len(text) > 80:
        return None
    for pattern in (_STAMP_MDY, _STAMP_DMY):
        m = pattern.match(text)
        if m:
            return _make(
                int(m.group("year")),
                MONTHS[m.group("month").lower().rstrip(".")],
                int(m.group("day")),
            )
    m = _STAMP_ISO.match(text)
    if m:
        return _make(int(m.group("year")), int(m.group("mon")), int(m.group("day")))
    return None


def parse_date_value(value: str) -> date | None:
    """A date from metadata values: ISO 8601 (with time) or a printed stamp."""
    text = value.strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return parse_stamp(text)


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
