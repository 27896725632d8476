"""Which date is the article's own, and how it is known.

In order of preference:

1. the page's metadata (``article:published_time``, JSON-LD ``datePublished``,
   ``itemprop="datePublished"``, the first ``<time datetime>`` of the article …);
2. the dateline that opens wire copy ("MOSCOW, October 21 (Reuters) -");
3. a date-stamp line of the page ("Oct. 22, 2025 10:21 a.m."); a site clock or a date of
   a sidebar is told apart by its disagreement with the rest of the article (another
   stamp, the dateline, the dates the article prints, its copyright year);
4. a header line carrying a date ("by The Desk · November 11, 2025 5:03 PM · 2 min read");
5. a stamp without a year ("2 NOV, 14:20");
5a. a byline with the date and time of day that cleaning took out with the page's head
   ("Desk Staff October 21, 2025, 23:42:50 IST" under a "Trending" list), when it is the
   only such line there;
6. for an article printing no date of its own, the day its lead dates its event by a
   weekday and a day of the month ("on Wednesday evening, July 23"), in the latest year
   that day fell on that weekday ("inferred");
7. for an article printing no date of its own, a day its narration names relative to its
   own ("starts tomorrow, August 15", "met today, 3 June"), outside quotation marks (a
   quoted "tomorrow" is the speaker's): the day that names ("inferred");
8. for an article printing no date of its own that tells one day as past ("In a statement
   on June 1, Zelensky announced") and a day or two later as coming ("will be in Istanbul
   on June 2"): the former ("inferred");
9. for an article printing no date of its own whose lead tells its news as past on a full
   date ("was received in Tokyo on August 29, 2025"): that day ("inferred");
10. for an article printing no date of its own whose lead tells its news as past on a day
   printed without its year ("signed the treaty on January 17"), when the article itself
   gives the year (its copyright line, a weekday printed with the day or named by the
   lead): that day ("inferred"); a year only guessed leaves the article undated.

A date printed without its year takes the year from the article itself — another full date
in its head, else its copyright line ("© TASS 1999-2025") — else from the weekday printed
with it or named by the lead for that day ("On Friday" under a dateline of a Friday), else
it is the latest such day not after today. The basis is "stated" only when the year was
printed (in the date itself or in another date of the same day); otherwise "inferred", and
the note says how. A numeric date that reads two ways ("06-01-2026") is read by the same
evidence and is "inferred" too.

Pure: ``today`` is a parameter (default: the system date).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property
from typing import Literal

from tracker.domain.times import MONTH_NAMES, WEEKDAY_NAMES
from tracker.ingest.datestamps import (
    UPDATE_LABEL,
    WEEKDAYS,
    Dateline,
    DateParts,
    copyright_years,
    find_dates,
    make_date,
    parse_date_value,
    parse_dateline,
    parse_stamp_parts,
)

Basis = Literal["stated", "inferred"]

# Page metadata holding the publication date, most trusted first. ``jsonld:``, ``itemprop:``
# and ``time:`` keys are collected by ``tracker.ingest.html``.
META_KEYS: tuple[str, ...] = (
    "article:published_time",
    "og:article:published_time",
    "jsonld:datepublished",
    "itemprop:datepublished",
    "datepublished",
    "article.published",
    "publishdate",
    "publish-date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "govuk:first-published-at",
    "date",
    "published",
    "time:datetime",
)
_META_WORDS = {
    "time:datetime": "the first <time datetime> of the article",
    "jsonld:datepublished": "JSON-LD datePublished",
    "itemprop:datepublished": 'itemprop="datePublished"',
}

# The note of a date whose year no line of the article gives (the import may move it to the
# year of the other documents held).
YEAR_ASSUMED = "no year printed"
_HEAD_LINES = 25
_DROPPED_HEAD = 8
# What may follow the date of a byline: its time of day and zone ("23:42:50 IST", "5:03 PM").
_TIME_TAIL = re.compile(
    r"^[\s,|·–—-]*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\b\.?)?"
    r"\s*(?:\(?(?:GMT|UTC)?\s?[A-Z]{0,5}\s?(?:[+-]\s?\d{1,2}(?::?\d{2})?)?\)?)?\s*$"
)
_BODY_LINES = 60
_LEAD_WEEKDAY = re.compile(
    r"(?<![\w-])(?:(?P<mod>last|next|this|coming|until|by|before|from)\s+)?"
    r"(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.IGNORECASE,
)
_RELATIVE_DAY = re.compile(
    r"\b(?P<rel>today|tonight|tomorrow|yesterday)\s*[(,]\s*"
    r"(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?P<day2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*\(\s*"
    r"(?P<rel2>today|tonight|tomorrow|yesterday)\s*\)",
    re.IGNORECASE,
)
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "on Wednesday evening, July 23", "Friday, 15 August": a weekday with its day of the month.
_LEAD_WEEKDAY_DATE = re.compile(
    r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?(?:,?\s+|\s*\(\s*)"
    rf"(?:(?P<month>{_MONTH_WORD})\s+(?P<day>\d{{1,2}})\b|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH_WORD}))"
)
# The words that make a lead's weekday and date those of a plan, coming or changed ("talks
# initially scheduled for Tuesday, 17 September", "the meeting set for Wednesday, July 30").
_PLANNED_FOR = re.compile(
    r"\b(?:scheduled|planned|slated|set|due|expected|initially|originally|previously|"
    r"will(?:\s+\w+){1,2}|to\s+be\s+held)\s+(?:for\s+|on\s+|to\s+\w+\s+(?:on\s+)?)?$",
    re.IGNORECASE,
)
# "tomorrow, August 15", "today, 3 June": a day named relative to the article's own.
_RELATIVE_DATE = re.compile(r"\b(?P<rel>today|tomorrow|yesterday),\s", re.IGNORECASE)
_RELATIVE_SHIFT = {"today": 0, "tomorrow": 1, "yesterday": -1}
# Words that tell a date of a coming event ("will be in Istanbul on June 2", "due to meet
# on May 15") and of a past one ("announced on June 1", "met on August 15", "was signed …
# on October 26"), read in the few words before the date or, for a date that opens its
# clause ("On June 1, Zelensky announced"), after it.
_AHEAD_WORD = re.compile(
    r"\b(?:(?:will|shall|would|'ll)(?:\s+not)?(?:\s+be)?\s+\w+|to\s+be\s+\w+|is\s+to|are\s+to|"
    r"set\s+(?:to|for)|due|expected|scheduled|planned|plans\s+to|slated|upcoming|until|ahead|"
    r"proposed|suggested|offered|invited|looked\s+forward|agreed\s+to)\b"
    r"|\bfor\s*$",
    re.IGNORECASE,
)
_PAST_WORD = re.compile(
    r"\b(?:said|met|held|spoke|told|wrote|made|took|came|began|gave|sent|hosted|"
    r"\w{3,}ed)\b(?![-\w])",
    re.IGNORECASE,
)
_WEEKDAY_TAIL = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*$", re.IGNORECASE
)
_TOLD_WINDOW = 8  # words before a date read for its tense
# How far apart the latest day an undated article tells as past and the first it tells as
# coming may lie for the former to be taken as its own day.
_TOLD_GAP = 1
# The print edition's line at an article's foot: "Published in Dawn, December 13th, 2015".
_PRINT_LINE = re.compile(
    r"^published in (?:the )?[A-Z][\w.'& -]{1,40}, (?P<date>[^,]{3,20},? \d{4})\.?$", re.I
)
_FOOT_LINES = 6  # the last lines of an article where that line stands
_UPDATED = re.compile(
    r"^\W*(?:(?:last\s+)?(?:updated|modified|edited|revised)|mis\s+à\s+jour|mise\s+à\s+jour|"
    r"actualizado|actualizada|atualizado|atualizada|aktualisiert)\b",
    re.IGNORECASE,
)
_TOMORROW = re.compile(r"\btomorrow\b", re.IGNORECASE)
_BYLINE_START = re.compile(
    r"^(?:by|posted|published|updated|last updated|publicado|publié|date|dated)\b", re.IGNORECASE
)
_CAPTION = re.compile(
    r"\b(?:photo|photos|caption|pix|picture|image|images|credit|file|illustrative|collage|getty)\b"
    r"|\(AP\b|/AFP\b",
    re.IGNORECASE,
)
_PHOTO = re.compile(r"\b(?:photos?|caption|pix|pictures?|images?|getty|credit)\b", re.IGNORECASE)
_DAY_FIRST_ZONE = re.compile(
    r"(?:GMT|UTC)\s?\+\s?\d|\b(?:CET|CEST|EET|EEST|WET|WEST|MSK|BST|IST|WIB|MYT|SGT|HKT|JST|KST|"
    r"AEST|AEDT|SAST|CAT|EAT|WAT|TRT|PKT|IRST|GST)\b"
)
_MONTH_FIRST_ZONE = re.compile(
    r"(?:GMT|UTC)\s?-\s?\d|\b(?:EST|EDT|ET|CST|CDT|CT|MST|MDT|PST|PDT|PT)\b"
)


@dataclass(frozen=True)
class Published:
    """The article's date, whether it was printed with its year, and how it was found."""

    date: date
    basis: Basis
    note: str


def published_from_meta(meta: Mapping[str, str], today: date) -> Published | None:
    """The date stated in the page's metadata, if one is (and is not after ``today``)."""
    for key in META_KEYS:
        value = meta.get(key)
        if not value:
            continue
        when = parse_date_value(value)
        if when is None or when > today + timedelta(days=1):
            continue
        what = _META_WORDS.get(key, key)
        return Published(when, "stated", f"stated in the page metadata ({what})")
    return None


def choose_published(
    lines: Sequence[str],
    stamps: Sequence[str] = (),
    meta: Mapping[str, str] | None = None,
    *,
    dropped: Sequence[str] = (),
    captions: Sequence[str] = (),
    today: date | None = None,
) -> Published | None:
    """The article's date from its metadata, cleaned ``lines`` and date-stamp lines;
    ``dropped`` (lines cleaning removed, such as the copyright footer) only lends a year;
    ``captions`` (the photo captions cleaning removed) only tell a day the page is not
    older than."""
    today = today or date.today()
    if meta:
        found = published_from_meta(meta, today)
        if found is not None:
            return _written_on_the_dateline_day(found, lines, today)
    article = _Article.read(lines, stamps, dropped, today)
    article.captions = captions
    found = article.from_dateline()
    if found is not None:
        return found
    found = (
        article.from_stamps()
        or article.from_header_dates()
        or article.from_partial_stamps()
        or article.from_dropped_byline()
        or article.from_print_line()
        or article.from_header_dates(teasers=True)
    )
    if found is not None:
        return article.not_before_its_news(found)
    return (
        article.from_lead_weekday_date()
        or article.from_relative_date()
        or article.from_told_days()
        or article.from_lead_full_date()
        or article.from_lead_month_day()
        or article.from_latest_day_on_the_lead_weekday()
    )


_DATELINE_BEFORE_META = 2  # days a wire story's dateline may lie before the page's metadata


def _written_on_the_dateline_day(found: Published, lines: Sequence[str], today: date) -> Published:
    """A page whose metadata dates it a day or two after the dateline of the wire story it
    carries ("ABU DHABI, May 15 (AFP) –" put online on 16 May): the story was written on the
    dateline's day, so its "yesterday" and "on Wednesday" count from that day, not the
    page's. Only a dateline printing its month and day, in the head, one or two days
    before the metadata's (a dateline of a later day, or far earlier, is left to the
    metadata: another zone's clock, or a story re-run)."""
    head: list[str] = []
    for line in lines[:_HEAD_LINES]:
        head.append(line)
        if _is_prose(line):
            break
    for line in head:
        dateline = parse_dateline(line)
        if dateline is None or _PHOTO.search(line[:300]):
            continue
        parts = dateline.parts
        if parts.other is not None:
            return found  # a numeric dateline that reads two ways
        year = parts.year or found.date.year
        when = make_date(year, parts.month, parts.day)
        if when is not None and parts.year is None and when > found.date:
            when = make_date(year - 1, parts.month, parts.day)  # across New Year
        if when is None or when > today:
            return found
        if 1 <= (found.date - when).days <= _DATELINE_BEFORE_META:
            return Published(
                when,
                found.basis,  # the day printed in the dateline, the year in the metadata
                f'{found.note}; the dateline "{dateline.text}" is of {when.isoformat()}, '
                "the day the story was written",
            )
        return found
    return found


def published_from_text(text: str, *, today: date | None = None) -> Published | None:
    """The article's date from its cleaned text alone (paragraphs one a line): its
    dateline, stamps and header lines. For a stored document whose metadata is gone."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return choose_published(lines, (), None, today=today)


# --- reading the article -----------------------------------------------------------------


def _is_prose(line: str) -> bool:
    words = line.split()
    return len(words) >= 15 and (len(line) >= 200 or line.rstrip()[-1:] in '.!?"”’)')


def _weekday_of_lead(text: str) -> tuple[int, str] | None:
    """The weekday the lead names for its own day ("On Friday", "said on Friday"): the first
    weekday of its first sentence that is not "last Friday", "next Friday" …"""
    first = text[:400]
    cut = re.search(r"[.!?][\"”’]?\s+[A-Z\"“]", first)
    if cut:
        first = first[: cut.start() + 1]
    for m in _LEAD_WEEKDAY.finditer(first):
        if m["mod"]:
            continue
        return WEEKDAYS[m["day"].lower()], m.group(0)
    return None


# A site's masthead date: the day the page was viewed or stored, printed on its own or after
# the site's name ("Darpan | Saturday, January 24, 2026", "Tuesday, December 2, 2025"), a
# weekday and a full date and nothing else.
_MASTHEAD = re.compile(
    r"^(?:[^|•·]{1,40}\s*[|•·]\s*)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r",?\s+[^|•·]{6,24}\s*$",
    re.IGNORECASE,
)


def _story_below_masthead(found: _Found, when: date, below: Sequence[_Found]) -> Published | None:
    """A masthead's date is the day the page was viewed, not the story's: when a dated line
    under it (the byline, a stamp) prints an earlier day in full, that day is the article's.
    A masthead alone, or over a line of its own day or later, stays the article's date."""
    if not _MASTHEAD.match(found.line):
        return None
    for other in below:
        earlier = other.parts.value()
        if other.parts.other is None and earlier is not None and earlier < when:
            note = (
                f'stated in the article: "{other.line}" (the masthead\'s "{found.line}" is the '
                "day the page was viewed)"
            )
            return Published(earlier, "stated", note)
    return None


@dataclass
class _Found:
    parts: DateParts
    line: str
    index: int  # position in the head (-1: a stamp line removed from the text)


@dataclass
class _Article:
    today: date
    head: list[str]
    lead: str
    dateline: Dateline | None
    dateline_line: str
    stamps: list[_Found]
    header_dates: list[_Found]
    partial: list[_Found]
    lines: Sequence[str]
    dropped: Sequence[str]
    head_text: str = ""
    captions: Sequence[str] = ()

    @cached_property
    def body_dates(self) -> list[date]:
        """The full dates the article prints (read only when stamps are weighed)."""
        out: list[date] = []
        for line in self.lines[:_BODY_LINES]:
            for parts in find_dates(line, limit=4000):
                when = parts.value()
                if when is not None and parts.other is None:
                    out.append(when)
        return out

    @cached_property
    def copyright(self) -> tuple[int, str] | None:
        """The latest year of a copyright line, with the line (read only when needed)."""
        found: tuple[int, str] | None = None
        for line in [*self.lines, *self.dropped]:
            years = [y for y in copyright_years(line) if y <= self.today.year + 1]
            if years and (found is None or max(years) > found[0]):
                found = (max(years), line)
        return found

    @classmethod
    def read(  # noqa: C901 - a chain of reading rules, split when they settle
        cls, lines: Sequence[str], stamps: Sequence[str], dropped: Sequence[str], today: date
    ) -> _Article:
        head: list[str] = []
        prose_seen = 0
        for line in lines[:_HEAD_LINES]:
            head.append(line)
            if _is_prose(line):
                prose_seen += 1
                if prose_seen == 2:
                    break
        dateline: Dateline | None = None
        dateline_line = ""
        lead = ""
        for i, line in enumerate(head):
            found = parse_dateline(line)
            if found is not None and not _PHOTO.search(line[:300]):  # not a photo caption
                dateline, dateline_line = found, line
                rest = line[len(found.text) :].strip(" -–—:")
                if len(rest.split()) < 5:  # a dateline on its own line: the lead follows
                    rest = next((x for x in head[i + 1 :] if _is_prose(x)), "")
                lead = rest
                break
        if not lead:
            lead = next((x for x in head if _is_prose(x)), "")
        full_stamps: list[_Found] = []
        header_dates: list[_Found] = []
        partial: list[_Found] = []
        for stamp_line in stamps:  # stamp lines cleaning took out of the text
            parts = first_published_date(stamp_line) or parse_stamp_parts(stamp_line)
            if parts is None:
                continue
            if parts.year is None:
                partial.append(_Found(parts, stamp_line, -1))
            elif parts.other is not None:
                header_dates.append(_Found(parts, stamp_line, -1))
            else:
                full_stamps.append(_Found(parts, stamp_line, -1))
        for i, line in enumerate(head):
            if _is_prose(line) or (dateline is not None and line == dateline_line):
                continue
            first = first_published_date(line)
            if first is not None:
                header_dates.append(_Found(first, line, i))
                continue
            stamp = parse_stamp_parts(line)
            if stamp is not None:
                (partial if stamp.year is None else header_dates).append(_Found(stamp, line, i))
                continue
            if len(line) > 160 or _CAPTION.search(line):
                continue
            read = without_update(line)
            dated = [d for d in find_dates(read) if d.year is not None]
            if not dated:
                continue
            tail = _UPDATE_TIME_TAIL.sub("", read[dated[-1].end :])
            if (
                _BYLINE_START.match(read)
                or (len(read) <= 90 and len(tail.split()) <= 4)
                or _dated_byline(read, dated[-1])
            ):
                header_dates.append(_Found(dated[-1], line, i))
            elif (segmented := segmented_byline(read)) is not None:
                header_dates.append(_Found(segmented, line, i))
        article = cls(
            today=today,
            head=head,
            lead=lead,
            dateline=dateline,
            dateline_line=dateline_line,
            stamps=full_stamps,
            header_dates=header_dates,
            partial=partial,
            lines=lines,
            dropped=dropped,
            head_text=" ".join(head),
        )
        return article

    # --- the sources, in order of preference --------------------------------------------

    def from_dateline(self) -> Published | None:
        if self.dateline is None:
            return None
        parts = self.dateline.parts
        what = f'the dateline "{self.dateline.text}"'
        if parts.year is not None and parts.other is not None:
            # "Paris, 05/09/2023": the reading the page supports
            return self._ambiguous(_Found(parts, self.dateline.text, -1))
        if parts.year is not None:
            when = parts.value()
            if when is not None and when <= self._latest():
                return Published(when, "stated", f"stated in {what}")
            return None
        return self._with_year(parts, what)

    def from_stamps(self) -> Published | None:
        candidates = [f for f in self.stamps if (v := f.parts.value()) and v <= self._latest()]
        if not candidates:
            return None
        best = candidates[0]
        if len(candidates) > 1:  # weigh them only when there is a choice
            best = max(
                candidates,
                key=lambda f: (self._support(f), not _UPDATED.match(f.line), -candidates.index(f)),
            )
        when = best.parts.value()
        assert when is not None
        others = [f for f in [*self.stamps, *self.header_dates] if f is not best]
        story = _story_below_masthead(
            best, when, [f for f in others if not _teaser(f.line, f.parts)]
        )
        if story is not None:
            return story
        return Published(when, "stated", f'stated in the article: "{best.line}"')

    def from_header_dates(self, *, teasers: bool = False) -> Published | None:
        """The first dated line of the head; a story's title with its date, as lists of
        related or latest stories print them, only when ``teasers`` (after every other
        source of the page has been read)."""
        kept = [f for f in self.header_dates if _teaser(f.line, f.parts) == teasers]
        for i, found in enumerate(kept):
            parts = found.parts
            if parts.other is not None:
                return self._ambiguous(found)
            when = parts.value()
            if when is None or when > self._latest():
                continue
            story = _story_below_masthead(found, when, kept[i + 1 :])
            if story is not None:
                return story
            return Published(when, "stated", f'stated in the article: "{found.line}"')
        return None

    def from_partial_stamps(self) -> Published | None:
        for found in self.partial:
            result = self._with_year(found.parts, f'the date line "{found.line}"')
            if result is not None:
                return result
        return None

    def from_dropped_byline(self) -> Published | None:
        """A byline with the date and time of day on one line ("Desk Staff October 21, 2025,
        23:42:50 IST") that cleaning took out with the page's head (under a "Trending" list),
        when no other line dates the page; not when the head holds more than one such line,
        as a list of teasers does ("Daily Herald 20 Dec 2025 11:29 am" under each)."""
        found: list[tuple[DateParts, str]] = []
        for line in self.dropped[:_DROPPED_HEAD]:
            parts = _dropped_byline_date(line) if len(line) <= 100 else None
            if parts is not None:
                found.append((parts, line))
        if len(found) != 1:
            return None
        parts, line = found[0]
        if parts.other is not None:
            # "12/09/2023 | The Balkan Times": the reading the page supports
            return self._ambiguous(_Found(parts, line, -1))
        when = parts.value()
        if when is None or when > self._latest():
            return None
        return Published(when, "stated", f'stated in the byline "{line}"')

    def from_print_line(self) -> Published | None:
        """The newspaper's own line at the foot of the article naming the edition it
        appeared in ("Published in Dawn, December 13th, 2015", "Published in The Express
        Tribune, June 15th, 2025"), when no line at the head dates the page."""
        for line in reversed(self.lines[-_FOOT_LINES:]):
            m = _PRINT_LINE.match(line) if len(line) <= 90 else None
            if m is None:
                continue
            dates = find_dates(m["date"])
            when = dates[0].value() if len(dates) == 1 and dates[0].year else None
            if when is not None and when <= self._latest():
                return Published(when, "stated", f'stated at the foot: "{line}"')
        return None

    def from_lead_weekday_date(self) -> Published | None:
        """An article printing no date of its own, whose lead dates its event by a weekday
        and a day of the month ("on Wednesday evening, July 23"): that day, in the latest
        year it fell on that weekday."""
        m = _LEAD_WEEKDAY_DATE.search(self.lead[:400]) if self.lead else None
        if m is None or _PLANNED_FOR.search(self.lead, max(0, m.start() - 60), m.start()):
            # a day the lead gives a plan ("initially scheduled for Tuesday, 17 September
            # … has been postponed") is not the day of the report
            return None
        weekday = WEEKDAYS[m["weekday"].lower()]
        month_name = (m["month"] or m["month2"]).lower()[:3]
        month = next(i for i, n in enumerate(MONTH_NAMES, 1) if n.lower().startswith(month_name))
        day = int(m["day"] or m["day2"])
        year = self._latest().year
        copyright = self.copyright
        if copyright is not None and copyright[0] <= year:
            # "on Friday (May 19)" over "Copyright 2017 Eagle News": that year's Friday first
            when = make_date(copyright[0], month, day)
            if when is not None and when.weekday() == weekday:
                year = copyright[0]
        for _ in range(12):
            when = make_date(year, month, day)
            if when is not None and when <= self._latest() and when.weekday() == weekday:
                return Published(
                    when,
                    "inferred",
                    f'no date printed; the lead dates its event "{m.group(0).strip()}", '
                    f"a {WEEKDAY_NAMES[weekday]} in {year}",
                )
            year -= 1
        return None

    def from_relative_date(self) -> Published | None:
        """An article printing no date of its own whose narration names a day relative to
        its own, with the date ("everything starts tomorrow, August 15"): the day before."""
        for line in self.lines[:_BODY_LINES]:
            for m in _RELATIVE_DATE.finditer(line):
                if _inside_quotes(line, m.start()):
                    continue
                dated = find_dates(line[m.end() : m.end() + 40])
                if not dated or dated[0].start > 1:
                    continue
                phrase = f"{m.group(0)}{dated[0].text}".strip()
                found = self._with_year(dated[0], f'no date printed; "{phrase}"')
                if found is None:
                    return None
                shift = _RELATIVE_SHIFT[m["rel"].lower()]
                when = found.date - timedelta(days=shift)
                if when > self._latest():
                    return None
                return Published(when, "inferred", found.note)
        return None

    def from_told_days(self) -> Published | None:
        """An article printing no date of its own that tells one day as past ("In a
        statement on June 1, Zelensky announced …") and a day or two later as coming
        ("delegations will be in Istanbul on June 2"): it was written between them, on the
        latest day it tells as past ("inferred")."""
        past: list[tuple[DateParts, str]] = []
        ahead: list[DateParts] = []
        for line in self.lines[:_BODY_LINES]:
            if not _is_prose(line) or _CAPTION.search(line[:120]):
                continue
            for parts in find_dates(line, limit=4000):
                tense = _tense_of(line, parts)
                if tense == "past":
                    past.append((parts, line))
                elif tense == "ahead":
                    ahead.append(parts)
        if not past or not ahead:
            return None
        year = self._body_year()
        days = [(d, line) for parts, line in past if (d := parts.value(parts.year or year))]
        coming = [d for parts in ahead if (d := parts.value(parts.year or year))]
        if not days or not coming:
            return None
        day, line = max(days, key=lambda x: x[0])
        first = min(coming)
        if not 0 < (first - day).days <= _TOLD_GAP or day > self._latest():
            return None
        return Published(
            day,
            "inferred",
            f"no date printed; the article tells {day.isoformat()} as past and "
            f"{first.isoformat()} as coming: {_short(line)}",
        )

    def from_lead_full_date(self) -> Published | None:
        """An article printing no date of its own whose lead (its first two paragraphs of
        prose) tells its news as past on a day with its year ("was received in Tokyo on
        August 29, 2025", "hosted the prime minister in Washington, DC, on February 13,
        2025"): that day ("inferred"). Not a date told as coming, quoted, in a caption, or
        one told only after the lead (the background of a story)."""
        prose = [line for line in self.lines[:_BODY_LINES] if _is_prose(line)][:_LEAD_PARAGRAPHS]
        for line in prose:
            if _CAPTION.search(line[:120]):
                continue
            for parts in find_dates(line, limit=4000):
                if parts.year is None or parts.other is not None:
                    continue
                when = parts.value()
                if when is None or when > self._latest() or _lead_tense(line, parts) != "past":
                    return None  # the lead's first full date is not its news told as past
                return Published(
                    when,
                    "inferred",
                    f"no date printed; the lead tells its news as past on {when.isoformat()}: "
                    f"{_short(line)}",
                )
        return None

    def from_lead_month_day(self) -> Published | None:
        """An article printing no date of its own whose lead tells its news as past on a
        day of the month printed without a year ("signed a treaty … on January 17", "was
        received … after arriving in the country on Oct. 27"): that day, its year read as
        for any date printed without one (``_with_year``: a header line, the copyright
        line, the weekday printed with it or named by the lead), "inferred". A year only
        guessed (the latest such day) dates nothing: the nearest-year guess the import
        makes for a dateline put a January page of last year in this year on the corpus
        (2501). The lead's first date decides: not one told
        as coming, quoted, in a caption, or told as an earlier time ("previously met on
        August 15", "had agreed on May 2")."""
        prose = [line for line in self.lines[:_BODY_LINES] if _is_prose(line)][:_LEAD_PARAGRAPHS]
        for line in prose:
            if _CAPTION.search(line[:120]):
                continue
            for parts in find_dates(line, limit=4000):
                if parts.other is not None:
                    continue
                if parts.year is not None:
                    return None  # a full date of the lead is ``from_lead_full_date``'s
                if _RANGE_END.match(line, parts.end):
                    return None  # "on February 10-11": the page is of its last day or later
                sentence = re.split(r"[.!?]\s", line[: parts.start])[-1]
                if _lead_tense(line, parts) != "past" or _EARLIER_TIME.search(sentence):
                    return None
                what = f'no date printed; the lead tells its news as past on "{parts.text}"'
                found = self._with_year(parts, what)
                if found is None or YEAR_ASSUMED in found.note or found.date > self._latest():
                    return None  # a year only guessed dates no page: it stays undated
                return Published(found.date, "inferred", f"{found.note}: {_short(line)}")
        return None

    def from_latest_day_on_the_lead_weekday(self) -> Published | None:
        """An article printing no date of its own whose lead tells its news by a weekday
        alone ("Putin's visit to Mongolia on Tuesday", "was in Baghdad on Monday") and
        whose latest full date is a picture's caption's ("… in Ulaanbaatar on September 3,
        2024") or an embedded post's that falls on that weekday: that day ("inferred"). The
        page is written on or after the latest day it tells, and the lead's weekday settles
        which. Nothing is dated when the weekday does not fit that day, when the lead tells
        its weekday as coming, when a line of the body tells a later day, or from a day of
        the body alone (an earlier event's, as often as the news's), a date told as coming,
        a file picture's or one after today."""
        lead = next(
            (x for x in self.lines[:_BODY_LINES] if _is_prose(x) and not _CAPTION.search(x[:120])),
            "",
        )
        named = _weekday_of_lead(lead)
        if named is None or _weekday_told_ahead(lead, named[1]):
            return None
        latest_possible = self._latest()
        body = [d for x in self.lines[:_BODY_LINES] for d in _days_told_so_far(x, latest_possible)]
        pictured = [
            d
            for x in [*self.captions, *(x for x in self.lines[:_BODY_LINES] if _pictured(x))]
            for d in _days_told_so_far(x, latest_possible)
        ]
        if not pictured:
            return None
        latest = max(pictured)
        if latest.weekday() != named[0] or any(d > latest for d in body):
            return None
        return Published(
            latest,
            "inferred",
            f"no date printed; the latest day it tells, {latest.isoformat()}, is the "
            f'{WEEKDAY_NAMES[named[0]]} its lead names ("{named[1]}"): {_short(lead)}',
        )

    def not_before_its_news(self, found: Published) -> Published:
        """A stamp of the evening before the day whose news the lead tells as past ("7:00 PM
        on Thursday, September 18" over "After a phone call with Xi on Friday, Trump said
        …"): no article tells as past a day after its own, so it is of that day (a story
        stamped when first filed, or in another time zone)."""
        lead = self.lead[:400]
        cut = re.search(r"[.!?][\"”’]?\s+[A-Z\"“]", lead)
        first = lead[: cut.start() + 1] if cut else lead
        m = next((m for m in _LEAD_WEEKDAY.finditer(first) if not m["mod"]), None)
        next_day = found.date + timedelta(days=1)
        if m is None or WEEKDAYS[m["day"].lower()] != next_day.weekday():
            return found
        if not _evening(found.note):
            return found  # a stamp of the day itself, or of no hour
        if next_day > self._latest() or _inside_quotes(lead, m.start()):
            return found
        clause = re.split(r"[;:\"“”]|,(?=\s)", lead[: m.start()])[-1]
        tense = _nearest_tense(" ".join(clause.split()[-_TOLD_WINDOW:]))
        if tense is None and lead[m.end() : m.end() + 1] == ",":
            after = " ".join(lead[m.end() + 1 :].split()[:_TOLD_WINDOW])
            tense = _nearest_tense(after, first=True)
        if tense != "past":
            return found
        return Published(
            next_day,
            "inferred",
            f'{found.note}; the lead tells "{m.group(0)}" ({next_day.isoformat()}) as past, '
            "so the article is of that day",
        )

    def _body_year(self) -> int | None:
        """The year of the full dates the article prints, when they agree on one."""
        years = {d.year for d in self.body_dates}
        if len(years) == 1:
            return years.pop()
        if self.copyright is not None:
            return self.copyright[0]
        return None

    # --- helpers -------------------------------------------------------------------------

    def _latest(self) -> date:
        """No article is published after today (a day's slack for time zones)."""
        return self.today + timedelta(days=1)

    def _support(self, found: _Found) -> int:
        """How much of the rest of the article agrees with a stamp: site clocks and the
        dates of sidebars disagree with everything else."""
        when = found.parts.value()
        assert when is not None
        score = 0
        for other in self.stamps:
            other_day = other.parts.value()
            if other is not found and other_day and abs((other_day - when).days) <= 200:
                score += 1
        for day in self.body_dates:
            if abs((day - when).days) <= 200:
                score += 1
        if self.dateline is not None:
            dl = self.dateline.parts
            near = _nearest_year(dl.month, dl.day, when)
            if near is not None and abs((near - when).days) <= 2:
                score += 2
        if self.copyright is not None and when.year in (self.copyright[0], self.copyright[0] - 1):
            score += 1
        if found.parts.weekday is not None and found.parts.weekday != when.weekday():
            score -= 2
        return score

    def _with_year(self, parts: DateParts, what: str) -> Published | None:  # noqa: C901 - a chain of reading rules, split when they settle
        """A date printed without its year, dated by the evidence of the article."""
        month, day = parts.month, parts.day
        label = f"{MONTH_NAMES[month - 1]} {day}"
        # 1. A full date of the same day (± 2) printed in the head: the year is stated.
        stamps = self.stamps
        if len(stamps) > 1:
            stamps = sorted(stamps, key=lambda f: -self._support(f))
        printed = [f for f in [*stamps, *self.header_dates] if f.parts.other is None]
        for found in printed:
            full = found.parts.value()
            near = _nearest_year(month, day, full) if full else None
            if near is not None and full is not None and abs((near - full).days) <= 2:
                return Published(near, "stated", f'{what}, with the year printed in "{found.line}"')
        # 2. Another full date printed in a header line: the year that puts the day nearest
        # it (not a stamp line of the page, which may be a site clock).
        for found in self.header_dates:
            if found.parts.other is not None:
                continue
            full = found.parts.value()
            near = _nearest_year(month, day, full) if full else None
            if near is not None and near <= self._latest():
                return Published(near, "inferred", f'{what}; year {near.year} from "{found.line}"')
        # 3. The copyright line.
        if self.copyright is not None:
            year, line = self.copyright
            when = make_date(year, month, day)
            if when is not None and when > self._latest():
                when = make_date(year - 1, month, day)
            if when is not None:
                return Published(
                    when,
                    "inferred",
                    f'{what}; year {when.year} from the copyright line "{_short(line)}"',
                )
        # 4. The weekday printed with the date, or named by the lead for that day.
        if parts.weekday is not None:
            year = self._latest().year
            for _ in range(12):
                when = make_date(year, month, day)
                if when is not None and when <= self._latest() and when.weekday() == parts.weekday:
                    return Published(
                        when,
                        "inferred",
                        f"{what}; year {year}: {label} was a {WEEKDAY_NAMES[parts.weekday]} "
                        "that year, as printed",
                    )
                year -= 1
        lead = _weekday_of_lead(self.lead) if self.lead else None
        options = self._last_two(month, day)
        if lead is not None:
            matching = [d for d in options if d.weekday() == lead[0]]
            # Neither of the last two years has that weekday on that day: the latest year
            # that has, as for a weekday printed with the date ("SEOUL, June 19" with "on
            # Wednesday" read in 2026: 2024, not a year the lead contradicts).
            matching = matching or self._latest_with_weekday(month, day, lead[0])
            if len(matching) == 1:
                when = matching[0]
                return Published(
                    when,
                    "inferred",
                    f"{what}; year {when.year}: {label} was a {WEEKDAY_NAMES[lead[0]]} "
                    f'that year, the day the lead names ("{lead[1]}")',
                )
        # 5. The latest such day not after today (the import settles it against the other
        # documents held: ``tracker.services.corpus.settle_years``).
        if options:
            when = options[0]
            return Published(
                when,
                "inferred",
                f"{what}; {YEAR_ASSUMED}: taken as the latest {label} "
                f"not after {self.today.isoformat()}",
            )
        return None

    def _latest_with_weekday(self, month: int, day: int, weekday: int) -> list[date]:
        """The latest day of that month and day on that weekday, not after today and
        within the eight years the year guesses reach (none when none is)."""
        year = self._latest().year
        while year > self._latest().year - 9:
            when = make_date(year, month, day)
            if when is not None and when <= self._latest() and when.weekday() == weekday:
                return [when]
            year -= 1
        return []

    def _last_two(self, month: int, day: int) -> list[date]:
        """The latest two occurrences of a month and day not after today, latest first."""
        out: list[date] = []
        year = self._latest().year
        while len(out) < 2 and year > self._latest().year - 9:
            when = make_date(year, month, day)
            if when is not None and when <= self._latest():
                out.append(when)
            year -= 1
        return out

    def _ambiguous(self, found: _Found) -> Published | None:  # noqa: C901 - a chain of reading rules, split when they settle
        """A numeric date that reads two ways ("06-01-2026"): the reading the article
        supports (a time zone, the dateline, the months it names, the weekday it implies)."""
        parts = found.parts
        assert parts.other is not None and parts.year is not None
        first = make_date(parts.year, parts.month, parts.day)
        second = make_date(parts.year, parts.other[0], parts.other[1])
        assert first is not None and second is not None
        day_first, month_first = (second, first) if parts.numeric == "/" else (first, second)
        why = ""
        chosen: date | None = None
        on_its_weekday = [d for d in (first, second) if d.weekday() == parts.weekday]
        if len(on_its_weekday) == 1:
            # "09:39 - 05/03/2025 Wednesday": the reading that falls on the weekday printed
            chosen, why = on_its_weekday[0], "the weekday printed beside it"
        elif _DAY_FIRST_ZONE.search(found.line):
            chosen, why = day_first, "its time zone reads day first"
        elif _MONTH_FIRST_ZONE.search(found.line):
            chosen, why = month_first, "its time zone reads month first"
        if chosen is None and parts.numeric is not None:
            convention = self._numeric_convention(parts.numeric)
            if convention is not None:
                chosen = day_first if convention == "day" else month_first
                why = f"the page prints its other dates {convention} first"
        if chosen is None and self.dateline is not None and self.dateline.parts is not parts:
            dl = self.dateline.parts
            hits = [d for d in (first, second) if (d.month, d.day) == (dl.month, dl.day)]
            if len(hits) == 1:
                chosen, why = hits[0], "the dateline names that day"
        if chosen is None:
            wanted = self._implied_weekday()
            if wanted is not None:
                hits = [d for d in (first, second) if d.weekday() == wanted[0]]
                if len(hits) == 1:
                    chosen, why = hits[0], f"the article implies a {wanted[1]}"
        if chosen is None:
            named = {
                i + 1
                for i, name in enumerate(MONTH_NAMES)
                if re.search(rf"\b{name}\b", self.head_text)
            }
            hits = [d for d in (first, second) if d.month in named]
            if len(hits) == 1:
                chosen, why = hits[0], f"the article names {MONTH_NAMES[hits[0].month - 1]}"
        if chosen is None:
            chosen, why = self._on_the_weekday_named(first, second)
        if chosen is None:
            chosen = first
            why = "read " + ("month first" if parts.numeric == "/" else "day first") + " by default"
        if chosen > self._latest():
            return None
        other = second if chosen == first else first
        return Published(
            chosen,
            "inferred",
            f'"{found.line}" read as {chosen.isoformat()} (not {other.isoformat()}): {why}',
        )

    def _numeric_convention(self, sep: str) -> Literal["day", "month"] | None:
        """Which comes first in the numeric dates with ``sep`` the page prints that read one
        way only ("24/09/2025" beside "12/10/2023": day first), when they all agree."""
        seen: set[Literal["day", "month"]] = set()
        for line in [*self.head, *self.dropped[:_DROPPED_HEAD], *(f.line for f in self.stamps)]:
            for m in _NUMERIC_DATE.finditer(line):
                if m["sep"] != sep:
                    continue
                first, second = int(m["a"]), int(m["b"])
                if first > 12 >= second:
                    seen.add("day")
                elif second > 12 >= first:
                    seen.add("month")
        return seen.pop() if len(seen) == 1 else None

    def _on_the_weekday_named(self, first: date, second: date) -> tuple[date | None, str]:
        """Of a numeric date's two readings, the one falling on the one weekday the head names
        ("ForexLive desk | 03/02/2023" over "told Wang Yi early on Friday": 3 February 2023,
        a Friday, not Thursday 2 March), when it names one weekday only."""
        named = {
            WEEKDAYS[m["day"].lower()]
            for m in _LEAD_WEEKDAY.finditer(self.head_text)
            if not m["mod"]
        }
        hits = [d for d in (first, second) if d.weekday() in named]
        if len(named) != 1 or len(hits) != 1:
            return None, ""
        return hits[0], f"the article names a {WEEKDAY_NAMES[hits[0].weekday()]}"

    def _implied_weekday(self) -> tuple[int, str] | None:
        """The publication weekday the head implies: "today (Friday)", "tomorrow (Monday)",
        or "tomorrow" beside the one weekday it names ("resume tomorrow" … "resume Monday")."""
        text = self.head_text
        m = _RELATIVE_DAY.search(text)
        if m:
            rel = (m["rel"] or m["rel2"]).lower()
            day = WEEKDAYS[(m["day"] or m["day2"]).lower()]
            shift = {"today": 0, "tonight": 0, "tomorrow": -1, "yesterday": 1}[rel]
            wanted = (day + shift) % 7
            return wanted, WEEKDAY_NAMES[wanted]
        if _TOMORROW.search(text):
            named = {
                WEEKDAYS[m["day"].lower()] for m in _LEAD_WEEKDAY.finditer(text) if not m["mod"]
            }
            if len(named) == 1:
                wanted = (named.pop() - 1) % 7
                return wanted, WEEKDAY_NAMES[wanted]
        return None


# A picture from the archive, whose date is not the news's ("File photo: …", "(FILE)").
_FILE_PICTURE = re.compile(r"\b(?:file|archive|archival)\b", re.IGNORECASE)


def _days_told_so_far(line: str, latest: date) -> list[date]:
    """The full dates ``line`` prints that are not told as coming, not quoted, not in a
    file picture's caption and not after the article's latest possible day."""
    if _FILE_PICTURE.search(line[:160]):
        return []
    out = []
    for parts in find_dates(line, limit=4000):
        if parts.year is None or parts.other is not None:
            continue
        when = parts.value()
        if when is None or when > latest or _tense_of(line, parts) == "ahead":
            continue
        if _inside_quotes(line, parts.start):
            continue
        out.append(when)
    return out


# An embedded post's signature closing its line: "— Jane Roe (@janeroe) April 22, 2024".
_POST_SIGNATURE = re.compile(
    r"\(@\w{1,30}\)\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})"
    r"\s*$"
)


def _pictured(line: str) -> bool:
    """Whether a line of the text is a picture's caption or an embedded post's signature:
    the day either tells is that of the news shown, where a date of the body may be an
    earlier event's."""
    return bool(_CAPTION.search(line[:160]) or _POST_SIGNATURE.search(line))


def _weekday_told_ahead(lead: str, weekday: str) -> bool:
    """Whether the lead tells its weekday as a coming day ("will arrive on Tuesday")."""
    at = lead.find(weekday)
    if at < 0:
        return False
    clause = re.split(r"[;.!?\"“”]|[,:](?=\s)", lead[:at])[-1]
    return _nearest_tense(" ".join(clause.split()[-_TOLD_WINDOW:])) == "ahead"


_LEAD_PARAGRAPHS = 2  # paragraphs of prose read as an undated article's lead
# Words that tell a lead's date as an earlier time than its news ("previously met on August
# 15", "had agreed on May 2", "first met on", "since March 3"): background, not the news.
# The end of a range of days after its first ("10-11", "10 to 11", "10 and 11").
_RANGE_END = re.compile(r"\s*(?:[-–]|to\b|and\b)\s*\d{1,2}\b")
_EARLIER_TIME = re.compile(
    r"\b(?:previously|earlier|before|first|last|since|ago|had|once|formerly)\b", re.IGNORECASE
)


def _lead_tense(line: str, parts: DateParts) -> Literal["past", "ahead"] | None:
    """The tense of a date of the lead: its clause's (``_tense_of``), else the nearest word
    of tense in its sentence before it, across the commas of a place ("hosted X in
    Washington, DC, on February 13, 2025"), or after it when it opens the sentence."""
    tense = _tense_of(line, parts)
    if tense is not None or _inside_quotes(line, parts.start):
        return tense
    sentence = re.split(r"[;.!?\"“”]\s", line[: parts.start])[-1]
    tense = _nearest_tense(" ".join(sentence.split()[-2 * _TOLD_WINDOW :]))
    if tense is None and len(sentence.split()) <= 1:  # "On 4 March 2025 the two met …"
        tense = _nearest_tense(" ".join(line[parts.end :].split()[:_TOLD_WINDOW]), first=True)
    return tense


def _tense_of(line: str, parts: DateParts) -> Literal["past", "ahead"] | None:
    """Whether a date of a line tells a past event or a coming one, by the nearest word
    of tense in the few before it (the same clause: "will be in Istanbul on June 2",
    "announced for November 12", "was signed … on October 26") or, for a date that ends
    the short phrase opening its clause, in the few after it ("In a statement on June 1,
    Zelensky announced")."""
    if _inside_quotes(line, parts.start):
        return None
    before = _WEEKDAY_TAIL.sub("", line[: parts.start])  # "on Monday, June 2"
    clause = re.split(r"[;.!?\"“”]|[,:](?=\s)", before)[-1]
    tense = _nearest_tense(" ".join(clause.split()[-_TOLD_WINDOW:]))
    if (
        tense is None
        and len(clause.split()) <= _TOLD_WINDOW
        and line[parts.end : parts.end + 1] == ","
    ):
        after = " ".join(line[parts.end + 1 :].split()[:_TOLD_WINDOW])
        tense = _nearest_tense(after, first=True)
    return tense


# A time of day in the evening (from 3 p.m.): "7:00 PM", "19:40".
_TIME_OF_DAY = re.compile(r"\b(\d{1,2})[:.](\d{2})\b(?:\s*([ap])\.?\s?m\b)?", re.IGNORECASE)


def _evening(text: str) -> bool:
    """Whether the stamp quoted in ``text`` prints a time of day from 3 p.m. on."""
    for m in _TIME_OF_DAY.finditer(text):
        hour = int(m.group(1))
        meridiem = (m.group(3) or "").lower()
        if meridiem == "p" and hour != 12:
            hour += 12
        elif meridiem == "a" and hour == 12:
            hour = 0
        if 15 <= hour <= 23:
            return True
    return False


def _nearest_tense(words: str, *, first: bool = False) -> Literal["past", "ahead"] | None:
    """The tense of the last word of tense in ``words`` (a coming event on a tie), or of
    the first (the clause's own verb: "…, the presidents had agreed to meet")."""
    ahead = [m.start() if first else m.end() for m in _AHEAD_WORD.finditer(words)]
    past = [m.start() if first else m.end() for m in _PAST_WORD.finditer(words)]
    if not ahead and not past:
        return None
    if first:
        return "ahead" if min(ahead, default=len(words)) < min(past, default=len(words)) else "past"
    if max(ahead, default=-1) >= max(past, default=-1):
        return "ahead"
    return "past"


# What sets a byline's name apart from its date on one line: a bar, bullet or dash after
# the date (and its time of day), or before it; a reading time may close the line.
_AFTER_DATE = re.compile(
    r"^(?:[\s,–—-]*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\b\.?)?"
    r"\s*(?:[A-Z]{2,5}\b)?)?\s*[|·•–—-]\s*"
)
_BEFORE_DATE = re.compile(r"(?<!\s)\s*[|·•–—-]\s*$")
# The time of a same-day update after a header line's date ("Business Today Desk | Aug 31,
# 2025, updated 1:05 PM IST", the India Today group's layout): no words of the line's own.
_UPDATE_TIME_TAIL = re.compile(
    r"^[\s,]*(?:last\s+)?updated:?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\b\.?)?\s*"
    r"(?:[A-Z]{2,5}\b)?",
    re.IGNORECASE,
)
_READING_TIME = re.compile(
    r"(?<!\s)\s*[|·•–—-]\s*\d{1,2}\s*min(?:ute)?s?\s+read\s*$", re.IGNORECASE
)


def _dated_byline(line: str, parts: DateParts) -> bool:
    """Whether a line is a byline and its date set apart by a bar ("October 25, 2025 |
    Taarifa Reporter", "By Jane Roe | 25 Oct 2025 | 3 min read", "Jean Roe · 13 novembre
    2025"): on one side the date (with its time of day), on the other a name of at most six
    words."""
    text = _READING_TIME.sub("", line)
    before = text[: parts.start].strip()
    after = text[parts.end :].strip()
    if before and after:
        return False
    if after:
        bar = _AFTER_DATE.match(after)
        name = after[bar.end() :] if bar else ""
    else:
        bar = _BEFORE_DATE.search(before)
        name = before[: bar.start()] if bar else ""
    words = name.split()
    return 1 <= len(words) <= 6 and all(_is_name_word(w) for w in words)


def _dropped_byline_date(line: str) -> DateParts | None:
    """The date of a dropped head line that is a byline: between bars with a creation's
    date, in segments, with its date and time of day, or set apart from its date by a bar;
    never a list's label with its date ("Related | 24/02/2026")."""
    if _LIST_LABEL.search(line) and _BY_SEGMENT.search(line) is None:
        return None
    first = first_published_date(line)
    if first is not None:
        return first
    created = _created_on_a_bar_line(line)
    if created is not None:
        return created
    segmented = segmented_byline(line)
    if segmented is not None:
        return segmented
    dated = [d for d in find_dates(line) if d.year is not None and d.other is None]
    if len(dated) != 1:
        return None
    if _TIME_TAIL.match(line[dated[0].end :]):
        byline = line[: dated[0].start].strip(" |·–—-").split()
        if 1 <= len(byline) <= 6 and all(_is_name_word(w) for w in byline):
            return dated[0]
        return None
    return dated[0] if _dated_byline(line, dated[0]) else None


# The words of a byline around its date that are not names ("By Jane Roe", "Posted by admin
# on", "Harbour Desk | Updated …"); a story's title has other lower-case words.
_BYLINE_WORDS = frozenset(
    [
        "by",
        "on",
        "at",
        "in",
        "of",
        "the",
        "and",
        "for",
        "from",
        "published",
        "posted",
        "updated",
        "last",
        "first",
        "modified",
        "min",
        "read",
        "staff",
        "reporter",
        "reporters",
        "correspondent",
        "desk",
        "news",
        "agency",
        "admin",
        "written",
        "filed",
        "under",
        "edited",
        "de",
        "du",
        "la",
        "le",
        "el",
    ]
)
_LIST_MARK = re.compile(r"^\s*(?:[*•\-–]|\d{1,2}[.)])\s+")


def _teaser(line: str, parts: DateParts) -> bool:
    """Whether a dated line is a story's title with its date, as a list of related or
    latest stories prints it ("* [Talks resume in the port city](…) · 2 January 2025",
    "Storm hits the coast · 2 January 2025"): before or after the date, four words or more
    of which two are lower-case words no byline has."""
    text = _LIST_MARK.sub("", line)
    start = text.find(parts.text) if parts.text else -1
    if start < 0:
        return False
    for side in (text[:start], text[start + len(parts.text) :]):
        words = re.findall(r"[^\W\d_][\w'’-]*", side)
        lower = [w for w in words if w.islower() and w not in _BYLINE_WORDS]
        if len(words) >= 4 and len(lower) >= 2:
            return True
    return False


# An update's label after the first publication's date on one line ("Harbour Post · World ·
# 5 March 2025 · Updated 6 March 2025", "Jane Roe · 5 March 2025 (updated 6 March 2025)").
_UPDATE_AFTER = re.compile(  # a match starts only where none of its marks precedes it
    r"(?<![\s|·•,;(\[–—-])[\s|·•,;(\[–—-]+(?:last\s+)?(?:updated|update|modified|edited|revised)\b",
    re.IGNORECASE,
)


def without_update(line: str) -> str:
    """``line`` without an update's label and date when the first publication's date with
    its year comes before them: the article was first put out that day, and a line read for
    one date is read for that one."""
    m = _UPDATE_AFTER.search(line)
    if m is None or not any(d.year is not None for d in find_dates(line[: m.start()])):
        return line
    return line[: m.start()]


# A numeric date with its year in full ("24/09/2025", "14.09.2023").
_NUMERIC_DATE = re.compile(
    r"(?<![\d./])(?P<a>\d\d?)(?P<sep>[./-])(?P<b>\d\d?)(?P=sep)(?:19|20)\d\d\b"
)
# A byline set out in segments between bars, bullets or breadcrumb arrows, one of them the
# date: "Europe Desk · AFP · Paris · 5 March 2025", "12/09/2023 | The Balkan Times", "Note 12
# · 6 November 2025", "publish: 16 September 2020 • time: 1:50 am • category: Politics",
# "By Jane Roe · Reuters · 4 min read · 5 March 2025", in Markdown emphasis or not.
_SEGMENT_BAR = re.compile(r"[|·•›»]")
# The kind of page a segment names ("12/10/2023 19:46 | Press release", the EU Council's
# layout; "Statements and remarks", "Media advisory").
_PAGE_TYPE = re.compile(
    r"^(?:press\s+releases?|statements?(?:\s+and\s+remarks)?|media\s+advisory|news|article|"
    r"opinion|interview|speech|readout|communiqu[eé]|analysis|report|briefing|remarks)$",
    re.IGNORECASE,
)
# The label of a list of other stories ("Related | 24/02/2026", "Read more · 3 March 2026").
_LIST_LABEL = re.compile(
    r"\b(?:related|latest|trending|popular|read\s+(?:more|also)|see\s+also|more\s+from|"
    r"top\s+stories|(?:previous|next)\s+(?:article|story|post))\b",
    re.IGNORECASE,
)
_MAX_SEGMENTS = 6
_SEGMENT_WORDS = 6
# A segment that is neither a name nor the date, but belongs to a byline: a reading time,
# a time of day, a short labelled field ("time: 1:50 am", "category: Politics", "No: 153").
_SEGMENT_EXTRA = re.compile(
    r"^(?:\d{1,2}\s*min(?:ute)?s?\s+read|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\b\.?)?(?:\s*[A-Z]{2,5})?"
    r"|(?:time|category|section|source|author|views?|no|id|desk|location)\s*:\s*[\w:. ]{1,30})$",
    re.IGNORECASE,
)


def segmented_byline(line: str) -> DateParts | None:
    """The date of a byline set out in segments between bars or bullets, when exactly one
    segment is a date with its year (with a label, time of day, weekday or time zone beside
    it) and every other is a name of at most six capitalised words or numbers ("Europe
    Desk", "AFP", "Note 12"), a reading time or a short labelled field. None for a line of
    prose, a menu of lower-case items or a line with two dates."""
    text = without_update(line.strip().strip("*_").strip()).strip(" *_")
    if len(text) > 160 or not _SEGMENT_BAR.search(text):
        return None
    segments = [seg.strip(" *_") for seg in _SEGMENT_BAR.split(text)]
    segments = [seg for seg in segments if seg]
    if not 2 <= len(segments) <= _MAX_SEGMENTS:
        return None
    dated: list[DateParts] = []
    by = _BY_SEGMENT.search(text) is not None
    # a desk or a section in lower case ("World news"), not in a menu opening on "Home"
    desk = not any(seg.lower() == "home" for seg in segments)
    for seg in segments:
        parts = parse_stamp_parts(seg)
        if parts is not None and parts.year is not None:
            dated.append(parts)
        elif find_dates(seg) or not _byline_segment(seg, by=by and bool(dated), desk=desk):
            return None
    return dated[0] if len(dated) == 1 else None


# A segment of a byline that credits its sources rather than naming its author: a count of
# sources ("3 sources", an aggregator's story page), the agency the story rests on ("Based
# on reporting by Reuters", "With reporting by AFP and AP", "Via Reuters") or the label
# "by" whose name the page left empty ("by | Jun 18, 2025 | Top Stories").
_SEGMENT_CREDIT = re.compile(
    r"^(?:\d{1,3}\s+(?:sources?|reports?|articles?)"
    r"|(?:(?:based\s+on|adapted\s+from|with)\s+(?:(?:additional\s+)?reporting|reports?|"
    r"files?|inputs?)\s+(?:by|from)|via|source:?)\s+(?P<names>.{1,60})|by"
    # a note that the story was put into English from another language ("Rewritten in
    # English from the Portuguese", "Translated from Spanish", "Adapted from the French")
    r"|(?:(?:rewritten|translated|adapted)(?:\s+(?:in|into)\s+English)?\s+from\s+"
    r"(?:the\s+)?(?P<language>[A-Z][a-z]+)(?:\s+original)?))$",
    re.IGNORECASE,
)
# A byline's "by" in a segment of its own or before the author's name.
_BY_SEGMENT = re.compile(r"(?:^|[|·•])\s*\*?by\b", re.IGNORECASE)


def _credit_segment(segment: str) -> bool:
    """A segment that credits the story's sources (``_SEGMENT_CREDIT``), their names being
    names ("Reuters", "AFP and AP")."""
    m = _SEGMENT_CREDIT.match(segment)
    if m is None:
        return False
    if m["language"] is not None:
        return m["language"][0].isupper()
    names = (m["names"] or "").replace(",", " ").split()
    return all(_is_name_word(w) or w.lower() in {"and", "&"} for w in names)


def _byline_segment(segment: str, *, by: bool = False, desk: bool = False) -> bool:
    """A segment of a byline other than its date: a name of at most six capitalised words
    or numbers, a reading time, a time of day, a short labelled field or a credit of its
    sources; in a line a "by" marks as a byline (``by``), a section named as a list's label
    ("by | Jun 18, 2025 | Top Stories"); with ``desk``, a name followed by its desk or
    section in lower case ("ForexLive desk", "World news")."""
    if _SEGMENT_EXTRA.match(segment) or _PAGE_TYPE.match(segment) or _credit_segment(segment):
        return True
    words = segment.split()
    if _LIST_LABEL.search(segment) and not by:
        return False  # "Related | 24/02/2026", "Read more · 3 March 2026": a list's label
    return 1 <= len(words) <= _SEGMENT_WORDS and all(
        _is_name_word(w) or w.isdigit() or w in {"/", "-"} or (desk and w in _DESK_WORDS)
        for w in words
    )


# The lower-case word of a byline's desk or section after its name ("ForexLive desk",
# "World news", "Politics team").
_DESK_WORDS = frozenset({"desk", "news", "staff", "team", "bureau", "newsroom"})


# A segment of a bar line labelled with the first publication ("Created: 15-03-2025 02:32
# IST", "Published: …") beside an update's ("Updated: …").
_CREATED_LABEL = re.compile(r"^(?:created|published|posted)\s*:?\s*", re.IGNORECASE)


def _created_on_a_bar_line(line: str) -> DateParts | None:
    """The first publication's date of a byline set out between bars with an update's and
    a creation's date ("Desk | Updated: 15-03-2025 02:32 IST | Created: 15-03-2025 02:32
    IST", "PTI | Istanbul | Updated: …| Created: …", Devdiscourse's layout of agency copy):
    the segments before the dates are names of at most six capitalised words each; a
    numeric date that reads two ways is read day first only beside a day-first time zone."""
    segments = [seg.strip() for seg in line.split("|")]
    if len(segments) < 3 or "|" not in line:
        return None
    first = next((i for i, seg in enumerate(segments) if find_dates(seg)), 0)
    for seg in segments[:first]:
        words = seg.split()
        if not 1 <= len(words) <= 6 or not all(_is_name_word(w) for w in words):
            return None
    labelled = segments[first:]
    if first == 0 or not all(UPDATE_LABEL.match(s) or _CREATED_LABEL.match(s) for s in labelled):
        return None
    for seg in labelled:
        label = _CREATED_LABEL.match(seg)
        dated = find_dates(seg[label.end() :]) if label else []
        if label and dated and dated[0].year is not None and dated[0].start == 0:
            if dated[0].other is not None and not _DAY_FIRST_ZONE.search(seg):
                return None
            return dated[0]
    return None


# The label of the time an article was first put online, as Korean broadcasters and
# dailies print it beside the update's ("입력 2024.03.08 (15:02) 수정 2024.03.08 (16:45)",
# KBS; "승인 2018.03.29 10:23", The Korea Post) and as their English pages and translations
# print it ("Input 2025-11-03 14:22 | Updated …", "Reporter Jane Roe | Input 2025.11.03
# 14:22"): after the start of the line, a space or a bar.
_FIRST_PUBLISHED = re.compile(
    r"(?:^|(?<=[\s|·•]))(?:input(?:ted)?|입력|등록|승인|작성|registered)\s*(?::\s*)?(?=\d)",
    re.IGNORECASE,
)


def first_published_date(line: str) -> DateParts | None:
    """The date a short head line labels as the article's first putting online ("Input
    2025-11-03 14:22 | Updated 2025-11-04 09:10", "입력 2015.01.19 (14:21) 수정 …"), with
    its year, whatever update's date the line also prints; None for prose or a line without
    the label."""
    text = line.strip().strip("*_").strip()
    if len(text) > 160:
        return None
    for label in _FIRST_PUBLISHED.finditer(text):
        if not _after_a_byline(text[: label.start()], label.group()):
            continue
        for parts in find_dates(text):
            if parts.start == label.end() and parts.year is not None:
                return parts
    return None


def _after_a_byline(before: str, label: str) -> bool:
    """Whether a first publication's label stands where a byline puts it: at the line's
    head, after a bar, or capitalised after a name ("Reporter Jane Roe Input …"), never in
    prose ("the input 2025-11-03 figures")."""
    before = before.rstrip()
    if not before or before.endswith(("|", "·", "•")):
        return True
    words = _SEGMENT_BAR.split(before)[-1].split()
    return (
        not label[:1].islower()
        and len(words) <= _SEGMENT_WORDS
        and all(_is_name_word(w) for w in words)
    )


def _is_name_word(word: str) -> bool:
    """A word of a byline: a capitalized name or a joining word ("By Jane Roe and Staff"),
    in Markdown or text emphasis or not ("**By Jane Roe**", "_Staff_")."""
    word = word.strip("*_")
    return word[:1].isupper() or word.lower() in {"by", "and", "&", "de"}


def _inside_quotes(line: str, at: int) -> bool:
    """Whether offset ``at`` of ``line`` lies inside a quotation opened before it."""
    before = line[:at]
    curly = before.count("\u201c") - before.count("\u201d")
    return curly > 0 or before.count('"') % 2 == 1


def _nearest_year(month: int, day: int, to: date) -> date | None:
    """That month and day in the year that puts it nearest ``to``."""
    options = [make_date(to.year + k, month, day) for k in (-1, 0, 1)]
    found = [d for d in options if d is not None]
    if not found:
        return None
    return min(found, key=lambda d: abs((d - to).days))


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
