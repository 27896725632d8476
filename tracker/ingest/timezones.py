"""The local day of a wire story stamped in its agency's home time.

A news agency prints the time of a story in the time of its home newsroom: TASS and the other
Moscow agencies in Moscow time, Xinhua in Beijing time. A story filed from a city far to the
west of it can carry the next day's stamp while it tells of that city's evening: "8 NOV,
02:15 … WASHINGTON, November 8. /TASS/. … Trump wrote on his Truth Social network" reports a
post of 7 November, Washington time (02:15 in Moscow is 18:15 the day before in Washington).
``local_day_behind`` reads the stamp line and the dateline at the head of the text and says
when the dateline city's day is the one before the stamp's.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from tracker.ingest.datestamps import find_dates, parse_dateline, parse_stamp_parts

# Hours east of UTC of the newsrooms whose stamps a dateline names ("/TASS/", "(Xinhua)").
AGENCY_UTC: Final[dict[str, int]] = {
    "tass": 3,
    "ria novosti": 3,
    "sputnik": 3,
    "interfax": 3,
    "xinhua": 8,
    "yonhap": 9,
    "kyodo": 9,
}
# Standard hours east of UTC of dateline cities in the Americas (North American ones keep
# summer time from the second Sunday of March to the first Sunday of November).
CITY_UTC: Final[dict[str, int]] = {
    "washington": -5,
    "new york": -5,
    "united nations": -5,
    "boston": -5,
    "miami": -5,
    "palm beach": -5,
    "ottawa": -5,
    "toronto": -5,
    "havana": -5,
    "chicago": -6,
    "houston": -6,
    "mexico city": -6,
    "denver": -7,
    "los angeles": -8,
    "san francisco": -8,
    "anchorage": -9,
    "lima": -5,
    "bogota": -5,
    "caracas": -4,
    "santiago": -4,
    "brasilia": -3,
    "rio de janeiro": -3,
    "buenos aires": -3,
}
_NO_SUMMER_TIME: Final = frozenset({"havana", "mexico city", "lima", "bogota", "caracas"})
_SOUTH: Final = frozenset({"santiago", "brasilia", "rio de janeiro", "buenos aires"})
_TIME: Final = re.compile(r"(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])")
_HEAD_LINES: Final = 12
_HEAD_CHARS: Final = 2000


def _second_sunday_of_march(year: int) -> date:
    first = date(year, 3, 1)
    return first + timedelta(days=(6 - first.weekday()) % 7 + 7)


def _first_sunday_of_november(year: int) -> date:
    first = date(year, 11, 1)
    return first + timedelta(days=(6 - first.weekday()) % 7)


def city_offset(city: str, day: date) -> int | None:
    """Hours east of UTC in ``city`` on ``day``; None for a city not listed."""
    key = " ".join(city.lower().split())
    hours = CITY_UTC.get(key)
    if hours is None:
        return None
    summer = _second_sunday_of_march(day.year) <= day < _first_sunday_of_november(day.year)
    if summer and key not in _NO_SUMMER_TIME and key not in _SOUTH:
        hours += 1
    return hours


_ANY_AGENCY: Final = re.compile(
    r"[/(]\s*(" + "|".join(re.escape(name) for name in AGENCY_UTC) + r")\s*[/)]", re.IGNORECASE
)


def _agency(text: str) -> str | None:
    """The agency a "/TASS/" or "(Xinhua)" mark names, as keyed in ``AGENCY_UTC``."""
    found = _ANY_AGENCY.search(text)
    return found.group(1).lower() if found else None


# A stamp that names its zone is read in it ("16:07 GMT 24.09.2025"), whoever filed it.
_ZONE: Final = re.compile(r"\b(GMT|UTC|MSK)\b")
_ZONE_UTC: Final[dict[str, int]] = {"GMT": 0, "UTC": 0, "MSK": 3}


def _stamp(line: str, published: date) -> tuple[int, int] | None:
    """The hour and minute of a stamp line dated the article's day ("8 NOV, 02:15")."""
    parts = parse_stamp_parts(line) or (
        parse_stamp_parts(_TIME.sub(" ", line)) if _TIME.search(line) else None
    )
    if parts is None or (parts.month, parts.day) != (published.month, published.day):
        return None
    if parts.year is not None and parts.year != published.year:
        return None
    times = _TIME.findall(line)
    if len(times) != 1:
        return None
    hour, minute = times[0]
    return int(hour), int(minute)


def local_day_behind(text: str, published: date | None) -> date | None:
    """The day before ``published`` when the head of ``text`` holds an agency's time stamp
    of that day and a dateline of a city where it was still the day before; else None."""
    if published is None:
        return None
    top = text[:_HEAD_CHARS]
    if _ANY_AGENCY.search(top) is None and _ZONE.search(top) is None:
        return None  # no stamp whose zone is known
    if _TIME.search(top) is None:  # no time stamp: nothing to convert
        return None
    head = [line.strip() for line in top.split("\n") if line.strip()][:_HEAD_LINES]
    stamp: tuple[int, int] | None = None
    agency: str | None = None
    zone: str | None = None
    for line in head:
        if stamp is None and len(line) <= 60 and find_dates(line):
            stamp = _stamp(line, published)
            agency = agency or _agency(line)
            named = _ZONE.search(line)
            zone = named.group(1) if named else None
            continue
        dateline = parse_dateline(line)
        if dateline is None:
            continue
        agency = _agency(dateline.text) or agency
        city = dateline.text.split(",")[0].replace("-", " ").strip()
        if stamp is None or (agency is None and zone is None):
            return None
        offset = city_offset(city, published)
        if offset is None:
            return None
        hour, minute = stamp
        home = _ZONE_UTC[zone] if zone else AGENCY_UTC[agency or ""]
        local = hour * 60 + minute + (offset - home) * 60
        return published - timedelta(days=1) if local < 0 else None
    return None
