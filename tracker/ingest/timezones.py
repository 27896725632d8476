"""The local day of a wire story stamped in its agency's home time.

A news agency prints the time of a story in the time of its home newsroom: TASS and the other
Moscow agencies in Moscow time, Xinhua in Beijing time. A story filed from a city far to the
west of it can carry the next day's stamp while it tells of that city's evening: "8 NOV,
02:15 … WASHINGTON, November 8. /TASS/. … Trump wrote on his Truth Social network" reports a
post of 7 November, Washington time (02:15 in Moscow is 18:15 the day before in Washington).
``local_day_behind`` reads the stamp line and the dateline at the head of the text and says
when the dateline city's day is the one before the stamp's. Zones are IANA zones read with
the standard library's ``zoneinfo`` from the pinned ``tzdata`` package, so summer time (north
and south of the equator, and where a country gave it up) is the zone data's, not rules
written here.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from importlib import resources
from typing import Final
from zoneinfo import ZoneInfo

import tzdata  # noqa: F401 - the pinned IANA zone data (pyproject.toml); bundled by its hook

from tracker.ingest.datestamps import find_dates, parse_dateline, parse_stamp_parts

# The IANA zones of the newsrooms whose stamps a dateline names ("/TASS/", "(Xinhua)").
AGENCY_ZONE: Final[dict[str, str]] = {
    "tass": "Europe/Moscow",
    "ria novosti": "Europe/Moscow",
    "sputnik": "Europe/Moscow",
    "interfax": "Europe/Moscow",
    "xinhua": "Asia/Shanghai",
    "yonhap": "Asia/Seoul",
    "kyodo": "Asia/Tokyo",
}
# The IANA zones of dateline cities in the Americas, whose summer time (north and south of
# the equator, and where it was given up) the zone data keeps.
CITY_ZONE: Final[dict[str, str]] = {
    "washington": "America/New_York",
    "new york": "America/New_York",
    "united nations": "America/New_York",
    "boston": "America/New_York",
    "miami": "America/New_York",
    "palm beach": "America/New_York",
    "ottawa": "America/Toronto",
    "toronto": "America/Toronto",
    "havana": "America/Havana",
    "chicago": "America/Chicago",
    "houston": "America/Chicago",
    "mexico city": "America/Mexico_City",
    "denver": "America/Denver",
    "los angeles": "America/Los_Angeles",
    "san francisco": "America/Los_Angeles",
    "anchorage": "America/Anchorage",
    "lima": "America/Lima",
    "bogota": "America/Bogota",
    "caracas": "America/Caracas",
    "santiago": "America/Santiago",
    "brasilia": "America/Sao_Paulo",
    "rio de janeiro": "America/Sao_Paulo",
    "buenos aires": "America/Argentina/Buenos_Aires",
}


@lru_cache(maxsize=64)
def zone(name: str) -> ZoneInfo:
    """The IANA zone ``name`` from the pinned ``tzdata`` package (not the machine's own zone
    files, which may be missing or of another release: every machine reads alike)."""
    path = resources.files("tzdata.zoneinfo").joinpath(*name.split("/"))
    with path.open("rb") as data:
        return ZoneInfo.from_file(data, key=name)


def city_offset(city: str, day: date) -> float | None:
    """Hours east of UTC in ``city`` at noon (UTC) on ``day``; None for a city not listed."""
    name = CITY_ZONE.get(" ".join(city.lower().split()))
    if name is None:
        return None
    offset = zone(name).utcoffset(datetime(day.year, day.month, day.day, 12))
    return None if offset is None else offset.total_seconds() / 3600


_TIME: Final = re.compile(r"(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])")
_HEAD_LINES: Final = 12
_HEAD_CHARS: Final = 2000


_ANY_AGENCY: Final = re.compile(
    r"[/(]\s*(" + "|".join(re.escape(name) for name in AGENCY_ZONE) + r")\s*[/)]", re.IGNORECASE
)


def _agency(text: str) -> str | None:
    """The agency a "/TASS/" or "(Xinhua)" mark names, as keyed in ``AGENCY_ZONE``."""
    found = _ANY_AGENCY.search(text)
    return found.group(1).lower() if found else None


# A stamp that names its zone is read in it ("16:07 GMT 24.09.2025"), whoever filed it.
_ZONE: Final = re.compile(r"\b(GMT|UTC|MSK)\b")
_ZONE_NAMES: Final[dict[str, str]] = {"GMT": "UTC", "UTC": "UTC", "MSK": "Europe/Moscow"}


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
    named_zone: str | None = None
    for line in head:
        if stamp is None and len(line) <= 60 and find_dates(line):
            stamp = _stamp(line, published)
            agency = agency or _agency(line)
            named = _ZONE.search(line)
            named_zone = named.group(1) if named else None
            continue
        dateline = parse_dateline(line)
        if dateline is None:
            continue
        agency = _agency(dateline.text) or agency
        city = dateline.text.split(",")[0].replace("-", " ").strip()
        if stamp is None or (agency is None and named_zone is None):
            return None
        local = CITY_ZONE.get(" ".join(city.lower().split()))
        if local is None:
            return None
        hour, minute = stamp
        home = _ZONE_NAMES[named_zone] if named_zone else AGENCY_ZONE[agency or ""]
        at = datetime(published.year, published.month, published.day, hour, minute)
        there = at.replace(tzinfo=zone(home)).astimezone(zone(local))
        return published - timedelta(days=1) if there.date() < published else None
    return None
