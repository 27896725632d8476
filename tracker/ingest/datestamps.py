"""Dates as articles print them, and the datelines of wire copy.

* ``parse_stamp``: a line that is nothing but a date with its year ("Oct. 22, 2025 10:21
  a.m.", "• Saturday, 17 May 2025", "22.10.2025", "JAN 07, 2026 - 12:14 AM GMT+3",
  "2025-08-09 01:05:59", "Published: October 26, 2025"). Only unambiguous stamps: a line
  such as "06-01-2026" (6 January or 1 June) is not one.
* ``parse_stamp_parts``: the same kind of line, with or without a year, with the weekday it
  prints and the other reading of an ambiguous numeric date ("2 NOV, 14:20", "7:00 PM on
  Thursday, September 18", "01.04.26, 18:32").
* ``find_dates``: every date in a piece of text (header lines such as "by The Desk ·
  November 11, 2025 5:03 PM · 2 min read").
* ``parse_dateline``: the dateline that opens wire copy ("WASHINGTON, Nov. 3, 2025 —",
  "MOSCOW, October 21 (Reuters) -", "ISTANBUL, May 16. /TASS/.", "Baku, October 17,
  AZERTAC", "Doha / Information Office / March 11", "WANA (Oct 08) –").
* ``copyright_years``: the years of a copyright line ("© TASS 1999-2025" → 1999, 2025).

Every pattern is anchored or bounded and runs on a bounded prefix of the line, so a
pathological line costs linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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

# Month names of other languages seen in the stamps of multilingual outlets ("13 de
# octubre, 2025", "7 novembre 2025", "3. März 2025"): full names only.
FOREIGN_MONTHS: dict[str, int] = {}
for _n, _names in enumerate(
    (
        ("enero", "janvier", "janeiro", "januar"),
        ("febrero", "février", "fevereiro", "februar"),
        ("marzo", "mars", "março", "märz"),
        ("abril", "avril", "april"),
        ("mayo", "mai", "maio"),
        ("junio", "juin", "junho", "juni"),
        ("julio", "juillet", "julho", "juli"),
        ("agosto", "août"),
        ("septiembre", "setiembre", "septembre", "setembro"),
        ("octubre", "octobre", "outubro", "oktober"),
        ("noviembre", "novembre", "novembro"),
        ("diciembre", "décembre", "dezembro", "dezember"),
    ),
    start=1,
):
    for _name in _names:
        FOREIGN_MONTHS.setdefault(_name, _n)

WEEKDAYS: dict[str, int] = {}
for _n, _names in enumerate(
    (
        ("monday", "mon"),
        ("tuesday", "tue", "tues"),
        ("wednesday", "wed"),
        ("thursday", "thu", "thur", "thurs"),
        ("friday", "fri"),
        ("saturday", "sat"),
        ("sunday", "sun"),
    )
):
    for _name in _names:
        WEEKDAYS[_name] = _n

MONTH_ALT = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_FOREIGN_ALT = "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True))

_CORE = re.compile(
    # not after a colon: the minutes of a time before the date ("03:47 September 28, 2019")
    r"(?<![\w.:])(?:"
    # 2025-10-22, 2025/10/22 (with an ISO time)
    r"(?P<iy>(?:19|20)\d\d)(?P<isep>[-/.])(?P<im>\d\d?)(?P=isep)(?P<id>\d\d?)(?!\d)"
    r"(?:[T ]\d\d?:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?(?![\d:]))?"
    # 22.10.2025, 10/19/2025, 06-01-2026, 01.04.26
    r"|(?P<na>\d\d?)(?P<nsep>[./-])(?P<nb>\d\d?)(?P=nsep)(?P<ny>(?:19|20)\d\d|\d\d)(?![\w]|[./:-]\d)"
    # Oct. 22, 2025 / JAN 07, 2026 / October 17 / Oct 08
    rf"|(?P<m1>{MONTH_ALT})\.?[ \u00a0]{{1,3}}(?P<d1>\d\d?)(?:st|nd|rd|th)?\b"
    r"(?:,?[ \u00a0]{0,3}(?P<y1>(?:19|20)\d\d)(?![\d:]))?"
    # 23-Sep-2024: day, month name and year joined by hyphens (a masthead's date)
    rf"|(?P<d3>\d\d?)-(?P<m3>{MONTH_ALT})-(?P<y3>(?:19|20)\d\d)(?![\w-])"
    # 17 May 2025 / 7 May, 2025 / 2 NOV / 13 de octubre, 2025 / 3. März 2025
    rf"|(?P<d2>\d\d?)(?:st|nd|rd|th|\.)?[ \u00a0]{{1,3}}(?:of[ ]|de[ ])?(?P<m2>{_FOREIGN_ALT}|{MONTH_ALT})\b\.?"
    r"(?:,?[ \u00a0]{0,3}(?:de[ ])?(?P<y2>(?:19|20)\d\d)(?![\d:]))?"
    r")",
    re.IGNORECASE,
)

_MAX_LINE = 400  # only the head of a line is searched


@dataclass(frozen=True)
class DateParts:
    """A printed date: year (None when not printed), month, day; the weekday printed beside
    it; for a numeric date whose day and month can be swapped, the other reading."""

    year: int | None
    month: int
    day: int
    text: str
    start: int = 0
    end: int = 0
    weekday: int | None = None
    other: tuple[int, int] | None = None  # (month, day) of the other reading
    numeric: str | None = None  # the separator of a numeric date: "." "-" "/"

    def value(self, year: int | None = None) -> date | None:
        """This date in its own year (or ``year``); None if there is none or it is invalid."""
        return make_date(year if year is not None else self.year, self.month, self.day)


def make_date(year: int | None, month: int, day: int) -> date | None:
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _valid_month_day(month: int, day: int) -> bool:
    return make_date(2024, month, day) is not None  # a leap year: 29 February is a day


def _month_number(name: str) -> int:
    low = name.lower().rstrip(".")
    if low in MONTHS:
        return MONTHS[low]
    if low in FOREIGN_MONTHS:
        return FOREIGN_MONTHS[low]
    return MONTHS[low[:3]]


def _named_month_parts(m: re.Match[str]) -> tuple[int, int, str | None]:
    """Month, day and printed year (text) of a date whose month is named."""
    for month, day, year in (("m1", "d1", "y1"), ("m3", "d3", "y3"), ("m2", "d2", "y2")):
        if m[month]:
            return _month_number(m[month]), int(m[day]), m[year]
    raise ValueError(m.group(0))


def _parts(m: re.Match[str]) -> DateParts | None:
    text, start, end = m.group(0), m.start(), m.end()
    if m["iy"]:
        year, month, day = int(m["iy"]), int(m["im"]), int(m["id"])
        if make_date(year, month, day) is None:
            return None
        return DateParts(year, month, day, text, start, end)
    if m["na"]:
        a, b, raw_year = int(m["na"]), int(m["nb"]), m["ny"]
        year = int(raw_year) if len(raw_year) == 4 else 2000 + int(raw_year)
        sep = m["nsep"]
        day_first = make_date(year, b, a)
        month_first = make_date(year, a, b)
        if day_first is None and month_first is None:
            return None
        if day_first is not None and month_first is not None and a != b:
            # Ambiguous: "." and "-" are read day first, "/" month first, until the
            # article says otherwise (see tracker.ingest.published).
            if sep == "/":
                return DateParts(year, a, b, text, start, end, other=(b, a), numeric=sep)
            return DateParts(year, b, a, text, start, end, other=(a, b), numeric=sep)
        chosen = day_first or month_first
        assert chosen is not None
        return DateParts(year, chosen.month, chosen.day, text, start, end, numeric=sep)
    month, day, year_text = _named_month_parts(m)
    if not _valid_month_day(month, day):
        return None
    printed = int(year_text) if year_text else None
    if printed is not None and make_date(printed, month, day) is None:
        return None
    return DateParts(printed, month, day, text, start, end)


def find_dates(text: str, *, limit: int = _MAX_LINE) -> list[DateParts]:
    """Every date printed in the first ``limit`` characters of ``text``, in order."""
    out: list[DateParts] = []
    for m in _CORE.finditer(text[:limit]):
        parts = _parts(m)
        if parts is not None:
            out.append(parts)
    return out


# --- whole-line stamps ------------------------------------------------------------------

_FILLER_WORDS = frozenset(
    {
        *WEEKDAYS,
        # time zones
        *[
            "gmt",
            "utc",
            "z",
            "ist",
            "est",
            "edt",
            "et",
            "ct",
            "cst",
            "cdt",
            "mt",
            "mst",
            "mdt",
            "pt",
            "pst",
            "pdt",
            "cet",
            "cest",
            "eet",
            "eest",
            "wet",
            "west",
            "msk",
            "myt",
            "sgt",
            "hkt",
            "jst",
            "kst",
            "ast",
            "bst",
            "aest",
            "aedt",
            "wib",
            "pkt",
            "irst",
            "trt",
            "gst",
            "ict",
            "pht",
            "cat",
            "eat",
            "wat",
            "sast",
        ],
        # words of a stamp line
        *[
            "published",
            "publish",
            "publication",
            "updated",
            "posted",
            "created",
            # a site's age of the page beside the date ("/ Updated 5 years ago")
            "ago",
            "year",
            "years",
            "month",
            "months",
            "days",
            "hours",
            "last",
            "first",
            "date",
            "dated",
            "on",
            "at",
            "time",
            "local",
            "hrs",
            "h",
            "publicado",
            "actualizado",
            "el",
            "le",
            "publié",
            "mis",
            "mise",
            "modified",
            "revised",
            "atualizado",
            "aktualisiert",
            "à",
            "jour",
            "am",
            "um",
            "uhr",
        ],
    }
)
_MERIDIEM = re.compile(r"(?<![a-z])[ap]\.?\s?m\b\.?", re.IGNORECASE)
_AGENCY_PREFIX = re.compile(r"^\s*\((?:[^()]{1,30}|[^()]{0,20}\([^()]{1,12}\)[^()]{0,5})\)\s*")
# A time zone named by its city or country after the time ("1:52 pm - Jerusalem Time",
# "10:05 (Beijing time)", "| Mecca Time"): a stamp line's word, not text.
_PLACE_TIME = re.compile(
    r"(\d\d?[:.]\d\d(?:\s?[ap]\.?\s?m\b\.?)?)"
    r"[\s\-\u2013\u2014|,(]*\b[A-Z][a-z]{2,15}(?:[ ][A-Z][a-z]{2,15})?[ ][Tt]ime\)?\s*$",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[^\W\d_]+|\d+|\S", re.UNICODE)
_PUNCT = frozenset(",|·•-–—/:()[]*+.;_>")


def _is_filler(rest: str) -> tuple[bool, int | None]:
    """Whether ``rest`` holds only what a stamp line prints beside its date (times, time
    zones, weekdays, "Published", counters, separators); and the weekday it names."""
    weekday: int | None = None
    for token in _TOKEN.findall(_MERIDIEM.sub(" ", rest)):
        low = token.lower()
        if low.isdigit():
            continue
        if low in _FILLER_WORDS:
            if low in WEEKDAYS and weekday is None:
                weekday = WEEKDAYS[low]
            continue
        if token in _PUNCT:
            continue
        return False, None
    return True, weekday


# The label of a later revision's date on a stamp line, in the languages of the stamps read
# ("Updated: 26/10/2025 09:10 | Published: 25/10/2025", "Mis à jour le 14 novembre 2025").
UPDATE_LABEL = re.compile(
    r"\b(?:(?:last\s+)?(?:updated|modified|edited|revised)|mis\s+à\s+jour|mise\s+à\s+jour|"
    r"actualizado|actualizada|atualizado|atualizada|aktualisiert)\b",
    re.IGNORECASE,
)


def _first_published(text: str, found: list[DateParts]) -> DateParts:
    """Of the dates of one stamp line, the first not labelled as an update's: the article's
    first publication is its day, wherever the site prints it on the line."""
    if len(found) > 1:
        previous = 0
        for parts in found:
            if not UPDATE_LABEL.search(text, previous, parts.start):
                return parts
            previous = parts.end
    return found[0]


def parse_stamp_parts(line: str) -> DateParts | None:
    """The date of a line that is nothing but a date (with or without its year), with the
    time, weekday, time zone, "Published:" or a view counter beside it."""
    text = line.strip()
    if not text or len(text) > 100:
        return None
    prefix = _AGENCY_PREFIX.match(text)
    if prefix:
        text = text[prefix.end() :]
    found = find_dates(text)
    if not found:
        return None
    first = _first_published(text, found)
    rest = text[: first.start] + " " + text[first.end :]
    for other in found:  # "Published 23 Feb 2026, updated 24 Feb 2026"
        if other is not first:
            rest = rest.replace(other.text, " ", 1)
    ok, weekday = _is_filler(_PLACE_TIME.sub(r"\1", rest))
    if not ok:
        return None
    if weekday is not None:
        return DateParts(
            first.year,
            first.month,
            first.day,
            first.text,
            first.start,
            first.end,
            weekday=weekday,
            other=first.other,
            numeric=first.numeric,
        )
    return first


def parse_stamp(line: str) -> date | None:
    """The date of a line that is nothing but a date with its year (with a time, weekday,
    "Published:" or view counter); None for a date that lacks a year or can be read two
    ways ("06-01-2026")."""
    parts = parse_stamp_parts(line)
    if parts is None or parts.year is None or parts.other is not None:
        return None
    return parts.value()


def is_stamp_line(line: str) -> bool:
    """Whether a line is only a date stamp, with or without a year ("2 NOV, 14:20")."""
    return parse_stamp_parts(line) is not None


def parse_date_value(value: str) -> date | None:
    """A date from metadata values: ISO 8601 (with time) or a printed stamp."""
    text = value.strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.match(r"^(\d{4})(\d{2})(\d{2})(?:T|$)", text)  # 20251022 / 20251022T101500Z
    if m:
        return make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return parse_stamp(text)


# --- datelines ----------------------------------------------------------------------------

_CAP = r"[A-Z\u00c0-\u00de][\w'\u2019.\-]*+"
_PLACE = rf"{_CAP}(?:[ ]{_CAP}){{0,3}}"
_DL_DATE = (
    rf"(?:(?i:{MONTH_ALT})\.?[ ]\d\d?(?:st|nd|rd|th)?|\d\d?(?:st|nd|rd|th)?[ ](?i:{MONTH_ALT})\.?)"
    r"(?:,?[ ](?:19|20)\d\d)?"
)
# A numeric date with a two-digit year between the place and the agency, set apart by
# slashes ("Baku/08.12.23/Turan:", "Baku/12/23/23/Turan:", Turan's layout).
_DL_NUMERIC = r"\d\d?\.\d\d?\.\d\d|\d\d?/\d\d?/\d\d"
# A numeric date with the year in full after the place and a comma ("Brussels, 15/09/2023",
# the EU institutions' and Balkan outlets' layout).
_DL_NUMERIC_FULL = r"\d\d?[./]\d\d?[./](?:19|20)\d\d"
_DL_END = (
    r"(?:[ ]?\([^()\n]{1,40}\)"  # (Reuters) (BSS/AFP)
    r"|\.?[ ]?/[A-Za-z][\w-]{0,12}/\.?"  # . /TASS/.
    r"|,[ ](?:[A-Z]{2,}|[A-Z]\w+[ ][A-Z]{2,})\b"  # , AZERTAC
    r"|[ ]?(?:-{1,2}|[\u2013\u2014:])"  # – — - --
    r"|$)"
)
_OPENING = (
    r"(?:\((?:[^()]{1,40}|[^()]{0,30}\([^()]{1,12}\)[^()]{0,5})\)[ ]?)?"  # (MENAFN- KUNA (KUNA))
)
_DATELINE = re.compile(
    rf"^{_OPENING}(?:"
    # MOSCOW, October 21 (Reuters) - / MUSCAT, Oman, June 15, 2025 (BSS/AFP) - /
    # Washington, DC – October 22, 2025 – / WASHINGTON/SEOUL, Aug 25 (Reuters) -
    rf"{_PLACE}(?:/{_PLACE}){{0,2}}(?:,[ ]{_CAP}(?:[ ]{_CAP}){{0,2}}){{0,2}}(?:,[ ]|[ ][-\u2013\u2014][ ])"
    rf"(?P<date1>{_DL_DATE}){_DL_END}"
    # Doha / Information Office / March 11
    rf"|{_PLACE}[ ]?/[ ]?[^/\n]{{1,40}}/[ ]?(?P<date2>{_DL_DATE})(?:{_DL_END}|[ ])"
    # WANA (Oct 08) – / MOSCOW (UrduPoint News / Sputnik - 16th January, 2023) /
    # TIANJIN, (APP - UrduPoint / Pakistan Point News - 31st Aug, 2025) / ISLAMABAD,
    # (UrduPoint / Pakistan Point News - 24th Sep, 2020 ) : (a comma after the place)
    # BONN, GERMANY (June 26, 2025) — : the place with its country before the brackets
    rf"|{_PLACE}(?:,[ ]{_CAP}(?:[ ]{_CAP}){{0,2}}){{0,2}},?[ ]\((?:[^()\n]{{1,50}}?[ ][-\u2013\u2014,][ ])?(?P<date3>{_DL_DATE})[ ]?\)"
    r"(?:[ ]?[-\u2013\u2014:]|[ ]|$)"
    # ASTANA, Kazakhstan, July 4. A signing ceremony …: a place in capitals, the date
    # closed by a full stop (Trend's layout)
    rf"|[A-Z]{{2,}}(?:[ -][A-Z]{{2,}}){{0,2}}(?:,[ ]{_CAP}(?:[ ]{_CAP}){{0,2}}){{0,2}},[ ]"
    rf"(?P<date8>{_DL_DATE})\.(?=[ ][A-Z])"
    # Baku/08.12.23/Turan: / Baku/12/23/23/Turan:
    rf"|{_PLACE}/(?P<date4>{_DL_NUMERIC})/[A-Z][\w-]{{1,12}}:"
    # Brussels, 15/09/2023 / Tirana, 14.09.2023 – : a numeric date with its year in full
    rf"|{_PLACE}(?:,[ ]{_CAP}){{0,1}},[ ](?P<date7>{_DL_NUMERIC_FULL}){_DL_END}"
    # Dec 9, 2006 (KHARTOUM) — : the date first, the place in capitals in brackets;
    # August 7, 2024 NAIROBI - : the same without the brackets
    r"|(?P<date5>(?i:" + MONTH_ALT + r")\.?[ ]\d\d?,[ ](?:19|20)\d\d)"
    r"[ ](?:\([A-Z][A-Z .'\-]{1,30}\)|[A-Z][A-Z'\-]+(?:[ ][A-Z][A-Z'\-]+){0,2})"
    r"[ ]?(?:-{1,2}|[\u2013\u2014:])"
    # 18 October 2018 – The Philippines and China convened …: a release's full date first
    # 18th June 2024 – (Pyongyang) Kim Jong Un greeted …: the place after it in brackets;
    # August 18, 2024_ Italian Prime Minister … / Aug 18, 2024 | The talks …: a press
    # review's date glued to its lead by an underscore or set apart by a bar
    r"|(?P<date6>\d\d?(?:st|nd|rd|th)?[ ](?i:" + MONTH_ALT + r")[ ](?:19|20)\d\d"
    r"|(?i:" + MONTH_ALT + r")\.?[ ]\d\d?,[ ](?:19|20)\d\d)"
    r"[ ]?(?:-{1,2}|[\u2013\u2014_|])[ ](?:\([A-Z][\w .'\-]{1,30}\)[ ])?(?=[A-Z])"
    r")"
)


@dataclass(frozen=True)
class Dateline:
    """A dateline at the start of a line: its text and its date (year possibly missing)."""

    text: str
    parts: DateParts


def parse_dateline(line: str) -> Dateline | None:
    """The dateline opening ``line`` ("MOSCOW, October 21 (Reuters) -"), or None."""
    head = " ".join(line[:_MAX_LINE].split())
    m = _DATELINE.match(head)
    if not m:
        return None
    group = next(
        g
        for g in ("date1", "date2", "date3", "date4", "date5", "date6", "date7", "date8")
        if m.group(g)
    )
    found = find_dates(m.group(group))
    if not found:
        return None
    return Dateline(m.group(0).strip(), found[0])


# --- copyright lines -------------------------------------------------------------------

_COPYRIGHT = re.compile(r"\u00a9|\(c\)|copyright", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def copyright_years(line: str) -> list[int]:
    """The years printed on a copyright line ("© TASS 1999-2025" → [1999, 2025])."""
    if len(line) > 300 or not _COPYRIGHT.search(line):
        return []
    return [int(y) for y in _YEAR.findall(line)]
