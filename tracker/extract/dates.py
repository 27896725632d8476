"""Event dates from date expressions, resolved against a document's published date.

``find_date_mentions`` finds every expression in a piece of text ("on Tuesday", "last
Thursday", "last week", "in August", "October 24th", "Oct. 22, 2025", "yesterday", "on the
23rd", "this weekend", "mid-November", "at the end of October") and resolves it, keeping
its precision (day, week, month, year).

Direction. A bare or "on" weekday, a month named alone, a day of the month alone ("on the
23rd") and a weekend are the latest such day on or before publication, or the next one on
or after it when the expression speaks of the future. Each expression takes its direction
from the words before it in its clause: "will", "would", "could", "to be held", "scheduled
for", "next", "due" make it future; a past-tense verb ("met on Monday", "received … on
Monday", "called Monday's talks") makes it past; an expression opening its sentence takes
the direction of the first verb of tense after it ("On Monday, Mensah announced …");
otherwise the caller's ``future`` (the cue's) holds. A speech date ("said on Monday", "told reporters on Tuesday", "in a
statement on Sunday", "Speaking to Axios on Saturday") is when something was said: always
past, whatever the cue. "last Thursday" is the latest Thursday before publication (one to
seven days back), "next Friday" that of the next calendar week; "this week" is the week of publication. A week is dated by
its Monday, a weekend by its Saturday (week precision), "mid-November" by the 15th and
"the end of October" by the 31st (month precision), as is "by the end of the month" ("the end
of the year": 31 December, month precision). A weekday printed with its day of the month
("next Saturday (20)", "on Monday, the 22nd") is that day. "later this year" (and "this year"
in a clause of the future) is the year, at year precision; "in the coming days" and "within
weeks" name no date of their own.

``resolve_dates`` picks the expression of one sentence that dates its event: the one
nearest the cue among those tied to an event; a speech date only when the sentence has no
other; a dateline of the article's own day dates the sentence by its article (basis
"inferred"); never the start of a period ("since May"), a plan date when the cue changes
the plan ("the talks scheduled for Sunday were cancelled") or the one it moves from or to
("postponed until September"), nor a date far outside the
article's era (more than three years before or two after it); a year ("last year") only when
nothing finer is there, and never the article's own year ("earlier this year" is some
earlier day of it: no date; "this year" is dated by publication). Otherwise it falls back
to the published date (basis "inferred") for present and perfect statements, or to no date
for sentences that tell of an earlier time ("days after", "had announced", "previously" —
not the backshifted past perfect of reported speech, "said the talks had been useful", nor
one in a clause trailing the cue).

``infer_document_dates`` dates an undated document from its own text (a dateline without a
year) or else from the dated document sharing the most distinctive quotes with it.

Every pattern is bounded, so a sentence of any length is scanned in linear time.
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache, partial
from typing import Final, Literal

from tracker.domain.models import DateBasis, Precision
from tracker.extract.lexicon import Lexicon, load_lexicon
from tracker.extract.text import OPEN_QUOTES, normalize_for_compare
from tracker.ingest.datestamps import parse_dateline

WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_NAMES: Final = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH_ABBR: Final = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_MONTH_RE: Final = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_WEEKDAY_RE: Final = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

_ISO: Final = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
# A span of days takes its first day ("December 4-5, 2025", "on 4-5 December", "4 to 6
# December", "between 4 and 5 December", "4 and 5 December", "August 20 to 22, 2025",
# "December 4 and 5"): the event begins then, in the year written after the span.
_MONTH_DAY: Final = re.compile(
    rf"\b{_MONTH_RE}\.?[ \u00a0]{{1,3}}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    r"(?:[ ]?[-–][ ]?\d{1,2}(?:st|nd|rd|th)?\b"
    r"|[ ](?:to|and|&)[ ]\d{1,2}(?:st|nd|rd|th)?(?=,?[ \u00a0]{1,3}\d{4}\b))?"
    r"(?:,?[ \u00a0]{1,3}(?P<year>\d{4})\b)?"
)
_DAY_MONTH: Final = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:(?:[ ]?[-–][ ]?|[ ](?:to|and|&)[ ])\d{1,2}(?:st|nd|rd|th)?)?"
    rf"[ \u00a0]{{1,3}}(?:of[ ]+)?{_MONTH_RE}\b\.?"
    r"(?:,?[ \u00a0]{1,3}(?P<year>\d{4})\b)?"
)
_ANY_MONTH: Final = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
_MONTH_YEAR: Final = re.compile(rf"\b{_MONTH_RE}\.?[ \u00a0]{{1,3}}(?P<year>\d{{4}})\b")
_MONTH_ALONE: Final = re.compile(
    r"\b(?P<lead>[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ff]or|[Ee]arly|[Ll]ate|[Mm]id-?|[Tt]his|"
    r"[Ll]ast|[Nn]ext|(?:[Aa]t |[Bb]y )?[Tt]he (?:end|beginning|start|middle) of|"
    r"(?:[Ii]n |[Bb]y )?(?:[Ee]arly|[Ll]ate|[Mm]id)-?)[ ]?"
    rf"{_MONTH_RE}\b(?!\.?[ ]\d)"
)
# A week or half of a month: "in the first week of December" (that week, by its Monday: the
# week holding most of the days it names), "in the second half of July" (the month).
# A month named as the time of an event noun it qualifies: "September dates for the state
# visit confirmed", "the September summit", "its March round" (full names, never "May", a
# modal verb as often as a month).
_MONTH_ATTRIBUTIVE: Final = re.compile(
    r"\b(?:(?P<det>the|its|their|this|next|last)\s+)?"
    r"(?P<month>January|February|March|April|June|July|August|September|October|November|"
    r"December)(?=\s+(?:dates?|summit|meeting|visit|talks|round|session|trip|tour|conference|"
    r"forum|ceremony)\b)",
    re.IGNORECASE,
)
_PART_OF_MONTH: Final = re.compile(
    r"\b(?:the\s+)?(?P<nth>first|second|third|fourth|last|final)\s+(?P<unit>week|half)\s+of\s+"
    rf"(?:(?:(?P<lead>this|next|last)\s+)?{_MONTH_RE}\b(?!\.?[ ]\d)|(?P<rel>this|next|last)\s+month\b)",
    re.IGNORECASE,
)
_NTH_WEEK: Final = {"first": 0, "second": 1, "third": 2, "fourth": 3}
_RELATIVE_PERIOD: Final = re.compile(
    r"\b(?P<mod>last|this|next|past|coming|(?:later|late|earlier)\s+this)\s+(?P<unit>week|month|year)\b",
    re.IGNORECASE,
)
# The end of a period, read at the precision its words allow: "by the end of the month" (the
# month, by its last day), "the end of next week" (that week), "before the end of the year"
# (December). Not "in the coming days" or "within weeks": they name no day, week or month of
# their own, and a plan so told takes the day it was told (convention 2 of the corpus; see
# docs/lexicon.md).
_END_OF_PERIOD: Final = re.compile(
    r"\bend\s+of\s+(?P<which>the|this|next)\s+(?P<unit>week|month|year)\b", re.IGNORECASE
)
_WEEKEND: Final = re.compile(
    r"\b(?:(?P<mod>this|next|last|coming|past)|over|during|at|on|for)\s+(?:the\s+)?weekend\b",
    re.IGNORECASE,
)
_DEICTIC: Final = re.compile(r"\b(?P<word>yesterday|today|tonight|tomorrow)\b", re.IGNORECASE)
_AGO: Final = re.compile(
    r"\b(?P<n>\d+|a|one|two|three|four|five|six|seven)\s+(?P<unit>days?|weeks?)\s+ago\b",
    re.IGNORECASE,
)
# A weekday with its day of the month in figures, the way Brazilian reports and their English
# versions print it: "this Thursday (18)", "next Saturday (20)", "on Monday, the 22nd". The
# figure says which of those weekdays is meant, whatever "this", "next" or "last" would.
_WEEKDAY_NUMBERED: Final = re.compile(
    rf"\b(?:(?:[Ll]ast|[Tt]his|[Nn]ext|[Cc]oming)\s+)?{_WEEKDAY_RE}"
    r"(?:\s{0,2}\((?P<n>\d{1,2})\)|,\s+the\s+(?P<n2>\d{1,2})(?:st|nd|rd|th)\b)"
)
_WEEKDAY: Final = re.compile(
    rf"\b(?:(?P<mod>[Ll]ast|[Tt]his|[Nn]ext|[Cc]oming)\s+)?{_WEEKDAY_RE}\b"
)
# A weekday printed with its date ("Saturday May 3", "Thursday, May 15", "Wednesday
# evening, July 23", "Monday (November 10)"): the date stands, the weekday goes with it.
_WEEKDAY_WITH_DATE: Final = re.compile(
    r"^(?:'s)?(?:[ ,]{1,2}(?:morning|afternoon|evening|night))?[ ,(]{1,3}$"
)
# A day of the month alone: "on the 23rd", "by the 5th of this month".
_ORDINAL_DAY: Final = re.compile(
    r"\b(?P<lead>on|by|since|until|from|before|after|through|till)\s+the\s+"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)\b(?P<tail>\s+of\s+(?:this|the|that)\s+month)?"
    r"(?=\s*(?:[.,;:)!?\"'”’]|$|\s(?:and|at|in|when|with|after|before|to|as|for|but|or|so|while|"
    r"where|which|until|amid|under|over|between|of)\b))"
)
# A day or week counted from another day the sentence names ("said on Monday that talks
# would resume the next day", "had claimed a day earlier", "met on May 2 and again two days
# later", "held a summit the previous day, X said on Sunday"). Not "the day before/after",
# which as often tells the day of another event ("violations the day before"), unless it
# closes the sentence or the words a reporting clause brings in ("had met in secret the week
# before, a source told Reuters on Saturday": the week before Saturday's, as "the previous
# week"; not "incidents the day before, as the two sides held talks").
_OFFSET: Final = re.compile(
    r"\b(?:the\s+(?P<rel>next|following|previous|preceding)\s+(?P<unit1>day|week)"
    r"|(?P<n>a|one|two|three|four|five|\d)\s+(?P<unit2>days?|weeks?)\s+(?P<dir>earlier|later)"
    r"|the\s+(?P<unit3>day|week)\s+(?P<dir3>before|after)"
    r"(?=\s*(?:[.!?\"”’]|$|,\s+(?:[\w'’.-]+\s+){0,6}?(?:said|says|told|tells|added|according)\b)))\b",
    re.IGNORECASE,
)
_ANCHOR_ROLES: Final = frozenset({"event", "speech", "plan", "dateline"})
_OFFSET_WORDS: Final = (
    "next",
    "following",
    "previous",
    "preceding",
    "earlier",
    "later",
    "before",
    "after",
)
_NUMBER_WORDS: Final = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_NUMBER_WORDS_MORE: Final = {"six": 6, "seven": 7}

Role = Literal["event", "speech", "plan", "since", "era", "vague", "dateline"]
_NEWS_DAYS_BEFORE: Final = 2  # a day told this many days before the article may be its writer's
_ERA_BEFORE: Final = 3 * 366  # days before publication still in the article's era
_ERA_AFTER: Final = 2 * 366

# --- the words before an expression: its role and its direction -----------------------

_WINDOW: Final = 120  # characters before an expression read for its role and direction
_CLAUSE_END: Final = re.compile(r"[,;:()\[\]\"“”—–]|\s-\s")
_SPEECH: Final = re.compile(
    r"\b(?:said|says|say|saying|told|tells|telling|announced|announces|announcing|stated|"
    r"added|noted|wrote|writes|writing|posted|tweeted|declared|confirmed|confirms|explained|"
    r"explains|stressed|insisted|warned|commented|remarked|replied|responded|asserted|argued|"
    r"claimed|acknowledged|conceded|admitted|denied|revealed|disclosed|indicated|signall?ed|"
    r"reported|reports|"
    r"briefed|speaking|spoke|addressing|talking|statement|post|remarks|interview|briefing|"
    r"address|message|readout|tweet|communiqu[eé])\b"
    r"(?P<gap>(?:\s+[\w'’.-]+){0,5}?)\s+(?:on\s+|late\s+|early\s+|late\s+on\s+|"
    r"earlier\s+on\s+)?$",
    re.IGNORECASE,
)
# Words that may stand between a speech word and its date ("told reporters on", "in a
# statement issued late on"), and none that opens another predicate.
_SPEECH_GAP: Final = frozenset(
    [
        "reporters",
        "journalists",
        "the",
        "press",
        "media",
        "a",
        "an",
        "in",
        "at",
        "on",
        "to",
        "his",
        "her",
        "their",
        "its",
        "a",
        "news",
        "conference",
        "briefing",
        "statement",
        "post",
        "video",
        "nightly",
        "televised",
        "x",
        "telegram",
        "facebook",
        "truth",
        "social",
        "network",
        "interview",
        "with",
        "axios",
        "cnn",
        "cbs",
        "nbc",
        "abc",
        "fox",
        "reuters",
        "tass",
        "issued",
        "released",
        "published",
        "broadcast",
        "aired",
        "late",
        "early",
        "evening",
        "morning",
        "night",
    ]
)
_PLAN: Final = re.compile(
    r"\b(?:scheduled|planned|slated|set|due|pencil+ed|earmarked|originally|initially|"
    r"provisionally|announced"
    # a plan told in the past by "was to": "a round that was to be held in Ankara on Tuesday"
    r"|(?:was|were)\s+to(?=\s+(?:have\s+)?(?:be\s+)?[a-z]+\b))"
    r"\b(?:\s+[\w'’.-]+){0,6}?\s+(?:for|on|in)?\s*$",
    re.IGNORECASE,
)
_SINCE: Final = re.compile(r"\bsince\b", re.IGNORECASE)
# "since" closed by its noun phrase and the main clause's verb after it: "The first round
# since the collapse opened on Monday", "the first talks since the war began were held on
# Monday" — the day after the verb is the round's, not the start of a period.
_SINCE_CLOSED: Final = re.compile(
    r"\bfirst\b[^,;:]{0,60}?\bsince\s+(?:the|their|its|a|an|last)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:collapse|breakdown|failure|suspension|halt|walkout|war|election|elections|ceasefire|"
    r"truce|summit|meeting|round|talks|visit|coup|pandemic|attack|attacks)\s+"
    r"(?:(?:began|broke\s+out|ended|started)\s+)?"
    r"(?:opened|began|begins|opens|started|starts|resumed|resumes|was|were|is|are|took|"
    r"takes|got|gets|convened|convenes|met|meets|ended|ends|closed|closes|will)\b",
    re.IGNORECASE,
)
_SINCE_START: Final = re.compile(r"since\b", re.IGNORECASE)
# A day that is part of a name: "the March 23 Movement", "the April 6 Youth Movement".
_NAMED_AFTER: Final = re.compile(r"(?:st|nd|rd|th)?\s+(?:[A-Z][a-z]+\s+)?Movement\b")
# At most this many expressions are read from one text (a sentence never has more; a
# pathological line stays linear).
_MAX_MENTIONS: Final = 64
# Cues that change a plan: a date of the plan they change is not theirs.
_CHANGE_CUE: Final = re.compile(
    r"^(?:no\s+longer|(?:does|do|did|will|would)\s+not\s+(?:plan|intend|want)|not\s+plan|"
    r"axed|put\s+on\s+ice|off\s+the\s+table|postpon|delay|cancel|call(?:ed|ing|s)?\s+off|put(?:s|ting)?\s+off|suspend|scrap|"
    r"shelv|halt|freez|froze|pause|paus|defer|push(?:ed|es)?\s+back|reschedul|abandon|drop|"
    r"(?:will\s+|would\s+|did\s+|does\s+|do\s+)?not\s+(?:now\s+)?(?:take\s+place|go\s+ahead|"
    r"happen|be\s+held)|won't|put\s+on\s+hold|on\s+hold|off\b)",
    re.IGNORECASE,
)
# A day after a verb of saying that is the subject of the words said, not the day they
# were said: "the army said Sunday night was the first calm night".
_SUBJECT_OF_SAID: Final = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:was|were|is|are|had|has|have|will|"
    r"would|could|saw|marked|brought)\b"
)
# A cue that says an occurrence will not happen ("will not take place", "won't be held").
_NOT_HELD: Final = re.compile(r"(?:\w+\s+)?not\s|won't", re.IGNORECASE)
_FUTURE_WORDS: Final = frozenset(
    [
        "will",
        "won't",
        "'ll",
        "shall",
        "would",
        "could",
        "might",
        "may",
        "can",
        "upcoming",
        "next",
        "coming",
        "forthcoming",
        "due",
        "set",
        "scheduled",
        "slated",
        "planned",
        "expected",
        "intends",
        "intend",
        "plans",
        "plan",
        "aims",
        "hopes",
        "ahead",
        "tomorrow",
        "soon",
        "should",
    ]
)
_TO_VERBS: Final = frozenset(
    [
        "be",
        "meet",
        "hold",
        "take",
        "visit",
        "travel",
        "attend",
        "host",
        "chair",
        "co-chair",
        "sign",
        "resume",
        "start",
        "begin",
        "open",
        "convene",
        "sit",
        "talk",
        "discuss",
        "launch",
        "return",
        "go",
        "fly",
        "head",
        "arrive",
        "gather",
        "join",
        "continue",
        "reconvene",
        "vote",
        "decide",
        "announce",
        "present",
        "deliver",
        "address",
        "speak",
        "hold",
    ]
)
_PAST_IRREGULAR: Final = frozenset(
    [
        "said",
        "told",
        "met",
        "held",
        "spoke",
        "wrote",
        "took",
        "began",
        "made",
        "gave",
        "came",
        "went",
        "saw",
        "left",
        "sat",
        "ran",
        "won",
        "led",
        "brought",
        "thought",
        "found",
        "got",
        "kept",
        "sent",
        "chose",
        "flew",
        "rose",
        "fell",
        "broke",
        "struck",
        "was",
        "were",
        "had",
        "did",
        "agreed",
    ]
)
_NOT_PAST_ED: Final = frozenset(
    [
        "scheduled",
        "planned",
        "expected",
        "slated",
        "proposed",
        "intended",
        "anticipated",
        "supposed",
        "rumoured",
        "rumored",
        "red",
        "bed",
        "need",
        "needed",
        "indeed",
        "speed",
        "feed",
        "embed",
        "seed",
        "united",
        "based",
        "related",
        "concerned",
        "interested",
        "tired",
        "limited",
        "advanced",
        "reported",
        "alleged",
        "so-called",
    ]
)
_WORD: Final = re.compile(r"[A-Za-z'’-]+")


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text, resolved (offsets are into that text). ``role``:
    "event", or "speech" (when something was said), "dateline" (the report's own date at
    the head of the text), "plan" (a date a plan was set for: "scheduled for Monday",
    "this month's summit"), "since" (the start of a period), "era" (far outside the
    article's time), "vague" (a year)."""

    start: int
    end: int
    text: str
    date: date
    precision: Precision
    role: Role = "event"


@dataclass(frozen=True)
class DateResolution:
    """The event date of a sentence: the date, its precision and how it was obtained."""

    date: date | None
    precision: Precision | None
    basis: DateBasis
    expression: str | None = None
    # how a date read first was read again, for the finding's explanation ("a thing done is
    # not after its article: 2026-05-13 read as 2025-05-13")
    note: str | None = None


def _month_number(name: str) -> int:
    low = name.lower().rstrip(".")
    if low in MONTH_NAMES:
        return MONTH_NAMES.index(low) + 1
    return _MONTH_ABBR[low]


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest_year(month: int, day: int, published: date) -> date | None:
    """The date with that month and day nearest to ``published`` (±1 year)."""
    options = [_safe_date(published.year + k, month, day) for k in (-1, 0, 1)]
    found = [d for d in options if d is not None]
    if not found:
        return None
    return min(found, key=lambda d: (abs((d - published).days), d))


# A finite verb that tells its clause ahead ("will", "is due to", "are scheduled for").
_FINITE_AHEAD: Final = re.compile(
    r"\b(?:will|shall|(?:is|are|am)\s+(?:(?:due|set|scheduled|expected|slated|going|planned)\s+)?"
    r"to|(?:is|are)\s+(?:scheduled|set|planned|slated)\s+(?:for|on))\b|'ll\b",
    re.IGNORECASE,
)
# A schedule told in the present simple ("the summit takes place on 5 June", "the visit runs
# from 20 to 22 August", "which opens on July 10", "is held on"): a day told ahead as well.
_SCHEDULE_NOW: Final = re.compile(
    r"\b(?:takes\s+place|runs|opens|begins|starts|kicks\s+off|convenes|"
    r"is\s+(?:being\s+)?held|is\s+taking\s+place)\b",
    re.IGNORECASE,
)
# How far before its article a day told ahead may fall and still be that year's: a page
# updated after the day it announced. Further back, the day is the next year's ("will be
# held on July 10", written in October).
_AHEAD_SLACK: Final = timedelta(days=30)


def _month_day_resolver(month: int, day: int, published: date) -> Resolver:
    """A month and day named without a year: the one nearest the article, or for a day told
    ahead that would fall well before the article, the next year's (a future event is never
    long before its article)."""

    def resolve(future: bool) -> tuple[date | None, Precision]:
        nearest = _nearest_year(month, day, published)
        if future and nearest is not None and nearest < published - _AHEAD_SLACK:
            nearest = _safe_date(nearest.year + 1, month, day)
        return nearest, "day"

    return resolve


def _weekday_date(weekday: int, mod: str | None, published: date, future: bool) -> date:
    this_monday = monday_of(published)
    mod = (mod or "").lower()
    if mod == "last":
        # the latest such day before the article's, one to seven days back: "last Tuesday"
        # in a Friday paper is three days before it, not ten (counted on stored pages; see
        # docs/lexicon.md, "last <weekday>")
        return published - timedelta(days=(published.weekday() - weekday - 1) % 7 + 1)
    if mod in ("next", "coming"):
        return this_monday + timedelta(days=7 + weekday)
    if mod == "this":
        return this_monday + timedelta(days=weekday)
    delta = (published.weekday() - weekday) % 7
    if future:
        return published + timedelta(days=(weekday - published.weekday()) % 7)
    return published - timedelta(days=delta)


def _month_year(month: int, lead: str, published: date, future: bool) -> int:
    """The year of a month named without one: the latest past one, or the next one ahead."""
    if lead == "last":
        return published.year if month < published.month else published.year - 1
    if lead == "next":
        return published.year if month > published.month else published.year + 1
    if lead == "this":
        return published.year
    if future:
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


def _day_in_month(month: int, lead: str) -> int:
    """The day that dates "early/mid/late/the end of" a month (month precision)."""
    low = " ".join(lead.lower().replace("-", " ").split())
    if "mid" in low or "middle" in low:
        return 15
    if "late" in low:
        return 21
    if "end" in low:
        return calendar.monthrange(2024, month)[1] if month != 2 else 28
    return 1


def _period(mod: str, unit: str, published: date) -> tuple[date, Precision]:
    mod = " ".join(mod.lower().split())
    offset = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(mod, 0)
    if unit.lower() == "week":
        return monday_of(published) + timedelta(days=7 * offset), "week"
    if unit.lower() == "month":
        return _add_months(published.replace(day=1), offset), "month"
    return date(published.year + offset, 1, 1), "year"


def _end_of_period(which: str, unit: str, published: date) -> tuple[date, Precision]:
    """ "by the end of the month" (its last day, month precision), "the end of next week" (that
    week), "the end of the year" (31 December, month precision: the month it ends in)."""
    shift = 1 if which.lower() == "next" else 0
    if unit.lower() == "week":
        return monday_of(published) + timedelta(days=7 * shift), "week"
    if unit.lower() == "month":
        first = _add_months(published.replace(day=1), shift)
        return date(
            first.year, first.month, calendar.monthrange(first.year, first.month)[1]
        ), "month"
    return date(published.year + shift, 12, 31), "month"


def _weekend(mod: str | None, published: date, future: bool) -> date:
    """The Saturday of the weekend meant."""
    saturday = monday_of(published) + timedelta(days=5)
    mod = (mod or "").lower()
    if mod in ("next", "coming"):
        return saturday + timedelta(days=7)
    if mod in ("last", "past"):
        return saturday - timedelta(days=7)
    if mod == "this" or future:
        return saturday if saturday >= published - timedelta(days=1) else saturday + timedelta(7)
    # "over the weekend": the latest weekend begun on or before publication
    return saturday if saturday <= published else saturday - timedelta(days=7)


def _ordinal_day(day: int, published: date, future: bool) -> date | None:
    """A day of the month named alone, in the article's month (or the one before/after)."""
    here = _safe_date(published.year, published.month, day)
    if future:
        if here is not None and here >= published:
            return here
        nxt = _add_months(published.replace(day=1), 1)
        return _safe_date(nxt.year, nxt.month, day)
    if here is not None and here <= published:
        return here
    prev = _add_months(published.replace(day=1), -1)
    return _safe_date(prev.year, prev.month, day)


# A weekday set off before its date ("scheduled for Tuesday, 17 September"): the date's
# clause is the weekday's.
_WEEKDAY_BEFORE: Final = re.compile(
    rf"\b{_WEEKDAY_RE}(?:\s+(?:morning|afternoon|evening|night))?,\s*$", re.IGNORECASE
)


def _clause_before(text: str, start: int) -> str:
    """The words before ``start`` back to the clause's start (at most ``_WINDOW`` chars)."""
    if text[max(0, start - 2) : start].rstrip().endswith(","):
        weekday = _WEEKDAY_BEFORE.search(text[max(0, start - 40) : start])
        if weekday is not None:
            start -= len(weekday.group(0))
    window = text[max(0, start - _WINDOW) : start]
    cut = 0
    for m in _CLAUSE_END.finditer(window):
        cut = m.end()
    return window[cut:]


_NOUN_AFTER_DETERMINER: Final = frozenset({"plans", "plan", "aims", "hopes"})
# The particle or object of the verb "set" ("set free", "set up", "set out", "set off"): the
# verb told in its own tense, never a plan's "set to" or "set for".
_SET_PARTICLES: Final = frozenset(
    {"free", "up", "out", "off", "aside", "about", "down", "forth", "loose", "fire", "sail"}
)
_DETERMINERS: Final = frozenset(
    {"the", "a", "its", "their", "his", "her", "our", "these", "those", "such", "any", "new"}
)


def _tense_at(words: Sequence[str], i: int) -> bool | None:
    """True (future) or False (past) when ``words[i]`` is a tense marker, else None."""
    word = words[i].replace("’", "'")
    after = words[i + 1] if i + 1 < len(words) else ""
    after2 = words[i + 2] if i + 2 < len(words) else ""
    before = words[i - 1] if i > 0 else ""
    if word == "to" and (after in _TO_VERBS or (after.endswith("ly") and after2 in _TO_VERBS)):
        return True  # "to be held", "to meet", "to jointly chair"
    if word in _FUTURE_WORDS:
        if word == "set" and after in _SET_PARTICLES:
            return None  # "Belarus set free 52 prisoners": the verb, not a plan ("set to")
        if word in _NOUN_AFTER_DETERMINER and before in _DETERMINERS:
            return None  # "reaffirmed the plans": a noun, not "plans to"
        if word == "should" and after == "have":
            return None  # "should have met": what did not happen, no time ahead
        if word in ("scheduled", "planned", "set", "slated", "expected") and before in (
            "was",
            "were",
            "been",
            "had",
        ):
            return None
        return True
    past = word in _PAST_IRREGULAR or (
        len(word) >= 5 and word.endswith("ed") and word not in _NOT_PAST_ED
    )
    if past and before in ("be", "been", "being", "is", "are", "am"):
        return None  # a passive: "to be held", "will be signed", "is expected"
    if not past and before in ("is", "are", "am", "'re") and _PROGRESSIVE.match(word):
        # an arrangement told in the present progressive: "the two are meeting on Friday",
        # "a forum he is hosting on Sunday", "the talks are being held on Monday"
        return True
    return False if past else None


# A verb's present participle (not "thing", "king", "evening", "morning", "during" …).
_PROGRESSIVE: Final = re.compile(
    r"^(?!(?:thing|nothing|something|anything|everything|king|ring|wing|spring|string|"
    r"evening|morning|during|ceiling|sibling|darling|bring|sing|swing|sting)$)[a-z'-]{2,}ing$"
)


def _direction(clause: str) -> bool | None:
    """True (future) or False (past) by the nearest tense marker before an expression in its
    clause; None when the clause says neither."""
    words = _WORD.findall(clause.lower())[-20:]
    for i in range(len(words) - 1, -1, -1):
        tense = _tense_at(words, i)
        if tense is not None:
            return tense
    return None


_AHEAD_VERBS: Final = frozenset({"will", "'ll", "shall", "would", "won't"})
_MAYBE_VERBS: Final = frozenset({"could", "might", "may"})
_PERFECT: Final = frozenset({"have", "has", "'ve", "having", "had"})
_EXPECTED_TO: Final = frozenset({"expected", "meant", "intended", "poised", "likely"})
_BEFORE_TO: Final = frozenset(
    {"is", "are", "set", "due", "expected", "scheduled", "planned", "slated", "going"}
)


def tells_ahead(sentence: str) -> bool:
    """Whether the first verb of tense in ``sentence`` is of the future: "The delegation will
    include …", "the two heads of state are to hold …" (not "the coming meeting")."""
    printed = [w.replace("’", "'") for w in _WORD.findall(sentence[:400])]
    words = [w.lower() for w in printed]
    for i, word in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else ""
        if (
            word in _AHEAD_VERBS
            or (word == "to" and i > 0 and words[i - 1] in _BEFORE_TO and after in _TO_VERBS)
            # what an event ahead is meant to yield: "the meeting is expected to end with a
            # joint statement", "is meant to produce a shared vision"
            or (word == "to" and i > 0 and words[i - 1] in _EXPECTED_TO and after not in _PERFECT)
            # what may come: "Trump and Lula could meet in Malaysia" (not "could have met",
            # nor the month "May")
            or (word in _MAYBE_VERBS and printed[i] != "May" and after not in _PERFECT)
        ):
            return True
        if word not in _FUTURE_WORDS and _tense_at(words, i) is False:
            return False
    return False


def told_in_past(sentence: str, at: int) -> bool:
    """Whether the words of ``sentence`` before ``at`` in their clause are told in the past
    ("the talks were held", "Xi and Lee met"; not "Xi meets Lee", nor "will meet")."""
    return _direction(_clause_before(sentence, at)) is False


def year_before(day: date) -> date:
    """The same day of the month a year earlier (28 February for a 29th)."""
    return _safe_date(day.year - 1, day.month, day.day) or date(day.year - 1, day.month, 28)


def cue_in_past(sentence: str, start: int, end: int) -> bool:
    """Whether the cue ``sentence[start:end]`` is itself a verb of the simple past
    ("exchanged views", "met", "went over"), not after "have" or "had" ("once they have
    met next week") nor after a word of the future in its clause."""
    words = [w.replace("’", "'") for w in _WORD.findall(sentence[start:end].lower())]
    prior = [
        w.replace("’", "'") for w in _WORD.findall(sentence[max(0, start - 20) : start].lower())
    ]
    if (
        not words
        or (prior and prior[-1] in _PERFECT)
        or _direction(_clause_before(sentence, start))
    ):
        return False
    return _tense_at([prior[-1] if prior else "", words[0]], 1) is False


def _direction_after(text: str, start: int) -> bool | None:
    """For an expression opening its sentence ("On Monday, Mensah proposed …", "Last week
    the envoys met …"): the direction of the first verb of tense after it, in its clause."""
    after = re.split(r"[.;:!?]", text[start : start + 100], maxsplit=1)[0]
    after = ",".join(after.split(",")[:2])
    words = [w.replace("’", "'") for w in _WORD.findall(after.lower())[:12]]
    for i in range(len(words)):
        tense = _tense_at(words, i)
        if tense is not None:
            return tense
    return None


_TRAVEL_OPENING: Final = re.compile(
    r"(?:(?:just|shortly|soon)\s+)?(?:upon|on|after|before|while|when)\s+"
    r"(?:arriving|landing|departing|leaving|returning|flying|"
    r"(?:(?:his|her|their|the)\s+)?(?:arrival|departure|return))\b",
    re.IGNORECASE,
)


# A decision right before a date whose infinitive follows it ("agreed on Monday to resume",
# "decided late on Friday to hold", "pledged on May 2 to meet").
_DECISION: Final = re.compile(
    r"\b(?:agreed|agreeing|decided|deciding|pledged|promised|vowed|resolved)\s+"
    r"(?:(?:late|early)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
_TO_DO: Final = re.compile(r"(?:[\w.]+[ ]){0,2}[\w.]+,?\s+to\s+[a-z]")


def _role(text: str, start: int, future_default: bool) -> tuple[Role, bool]:
    """The role of the expression starting at ``start`` and its direction (True: future;
    ``future_default`` when the words around it do not tell)."""
    role, direction = _role_told(text, start)
    return role, future_default if direction is None else direction


@lru_cache(maxsize=4096)  # the text alone decides it: a sentence repeated reads it again
def _role_told(text: str, start: int) -> tuple[Role, bool | None]:
    """The role of the expression starting at ``start`` and the direction its words tell
    (True: future; None when they do not, and the asked direction is taken)."""
    clause = _clause_before(text, start)
    window = text[max(0, start - _WINDOW) : start]
    speech = _SPEECH.search(window[-70:])
    gap = _WORD.findall(speech.group("gap") or "") if speech else []
    if speech and all(w.lower() in _SPEECH_GAP or w[:1].isupper() for w in gap):
        head = _WORD.findall(window[: len(window) - len(window[-70:]) + speech.start()].lower())
        future_speech = bool(head) and head[-1] in ("will", "would", "to", "'ll")
        return "speech", future_speech
    if _DECISION.search(window[-40:]) and _TO_DO.match(text, start):
        # "agreed on Monday to resume talks on Sunday": the day of the decision, told as a
        # statement's is; the plan's own day, when the sentence gives one, is the event's
        return "speech", False
    if _SINCE.search(clause) and not _SINCE_CLOSED.search(window):
        return "since", False
    direction = _direction(clause)
    if direction is None and (
        len(_WORD.findall(clause)) <= 1
        # an opening phrase of arriving or leaving takes the main clause's tense: "Upon
        # arriving in Oslo on Monday, Rivas said he would …" is the Monday just past
        or (start - len(clause) <= 1 and _TRAVEL_OPENING.match(clause.lstrip()))
    ):
        direction = _restated_time(text, start - len(clause))
        if direction is None:
            direction = _direction_after(text, start)  # "On Monday, Mensah proposed …"
    if direction is None:
        # a quotation without a verb of tense takes the tense of the words that bring it in:
        # the process should end with "the signing of a peace agreement in mid-June"
        opened = start - len(clause) - 1
        if opened >= 0 and (
            text[opened] in OPEN_QUOTES
            or (text[opened] == '"' and (opened == 0 or text[opened - 1].isspace()))
        ):
            direction = _direction(_clause_before(text, opened))
    if _PLAN.search(clause[-80:]):
        return "plan", direction
    return "event", direction


# A time told by a noun just before a comma ("on the first day of the summit, on Monday,"):
# the expression after the comma restates it.
_TIME_NOUN_BEFORE: Final = re.compile(
    r"\b(?:day|days|morning|afternoon|evening|night|week|weekend)"
    r"(?:\s+of\s+(?:the\s+|its\s+|their\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s*,\s*$",
    re.IGNORECASE,
)


def _restated_time(text: str, clause_start: int) -> bool | None:
    """The direction of an expression that restates the time a noun before its comma told
    ("it became clear only on the first day of the summit, on Monday, that there would be no
    joint statement": the Monday just past, by the clause of that noun), else None."""
    if (
        clause_start <= 1
        or _TIME_NOUN_BEFORE.search(text, max(0, clause_start - 60), clause_start) is None
    ):
        return None
    return _direction(_clause_before(text, clause_start - 1))


Resolver = Callable[[bool], tuple[date | None, Precision]]


def _fixed(value: date | None, precision: Precision) -> Resolver:
    """An expression whose date does not depend on its direction."""
    return lambda _future: (value, precision)


def _ordinal_resolver(day: int, published: date) -> Resolver:
    return lambda future: (_ordinal_day(day, published, future), "day")


def _month_resolver(month: int, lead: str, published: date) -> Resolver:
    key = lead if lead in ("last", "next", "this") else ""

    def resolve(future: bool) -> tuple[date | None, Precision]:
        year = _month_year(month, key, published, future)
        return _safe_date(year, month, _day_in_month(month, lead)), "month"

    return resolve


def _nearest_month_resolver(month: int, published: date) -> Resolver:
    """A month named as an event's time with no year and no word of direction ("the
    September summit"): the occurrence nearest the article, before or after it."""
    options = [date(published.year + k, month, 1) for k in (-1, 0, 1)]
    here = published.replace(day=1)
    return _fixed(min(options, key=lambda d: (abs((d - here).days), d)), "month")


def _part_of_month_resolver(m: re.Match[str], published: date) -> Resolver:
    """ "the first week of December" (the week holding most of its first seven days), "the
    last week of May", "the second half of July" (the month)."""
    nth, unit = m["nth"].lower(), m["unit"].lower()
    shift = {"this": 0, "next": 1, "last": -1}.get((m["rel"] or "").lower())

    def resolve(future: bool) -> tuple[date | None, Precision]:
        if shift is not None:  # "the first week of next month"
            first = _add_months(published.replace(day=1), shift)
            year, month = first.year, first.month
        else:
            month = _month_number(m["month"])
            year = _month_year(month, (m["lead"] or "").lower(), published, future)
        if unit == "half":
            return date(year, month, 1), "month"
        if nth in ("last", "final"):
            middle = date(year, month, calendar.monthrange(year, month)[1]) - timedelta(days=3)
        else:
            middle = date(year, month, 1) + timedelta(days=7 * _NTH_WEEK[nth] + 3)
        return monday_of(middle), "week"

    return resolve


def _weekend_resolver(mod: str | None, published: date) -> Resolver:
    return lambda future: (_weekend(mod, published, future), "week")


def _weekday_resolver(weekday: int, mod: str | None, published: date) -> Resolver:
    return lambda future: (_weekday_date(weekday, mod, published, future), "day")


# A plan told in the past ("was due to sit down in Paris on Tuesday night", "a visit that
# was scheduled for Tuesday", "a round that was to be held on Tuesday"): its day may have
# come already or not.
_PLAN_IN_PAST: Final = re.compile(
    r"\b(?:was|were)\s+(?:not\s+)?(?:(?:due|scheduled|set|slated|expected|supposed|planned|going)"
    r"\s+(?:to|for)|to\s+(?:have\s+)?(?:be\s+)?\w+)\b",
    re.IGNORECASE,
)


# The new day of a meeting moved: "was moved to Friday", "postponed the meeting scheduled
# for this week to Thursday", "pushed back until Monday", "rescheduled for Tuesday": the day
# lies ahead (of the article, or of the report that tells it).
_MOVED_TO: Final = re.compile(
    r"\b(?:mov(?:ed|es|e|ing)|postpon(?:ed|es|e|ing)|push(?:ed|es|ing)?\s+back|"
    r"put(?:s|ting)?\s+off|delay(?:ed|s|ing)?|defer(?:red|s|ring)?|reschedul(?:ed|es|e|ing)|"
    r"brought\s+forward|bring(?:s|ing)?\s+forward|shift(?:ed|s|ing)?)\b"
    r"(?:\s+[\w'’-]+){0,7}?\s+(?:to|until|till|for)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# A meeting verb in the present simple before a bare weekday, as a schedule or a headline
# tells it ("meets with the Pope Friday", "Virtanen visits Nairobi Tuesday"): the day ahead
# (the article's own day included), as the schedule it is.
_SCHEDULE_VERB: Final = re.compile(
    r"\b(?:meets|visits|hosts|holds|travels|heads|arrives|attends|receives|welcomes|"
    r"convenes|chairs|addresses|signs|begins|opens|resumes|flies|sits\s+down)\b(?:\s+[\w'’.,-]+){0,8}?\s+"
    r"(?:on\s+)?$",
    re.IGNORECASE,
)
# The same verbs in the plural present ("Lindqvist and Mbeki meet Friday", "the two leaders
# hold talks on Tuesday", "talks resume Monday"), where no auxiliary or "to" before the verb
# makes it an infinitive ("did not meet on Friday", "agreed to meet on Friday"), whose day
# the sentence's own tense decides. Only verbs that are seldom nouns: "visit", "head",
# "host", "sign", "travel" and "open" are ("the official visit began on Friday", "the head
# of state touched down on Wednesday").
_SCHEDULE_VERB_PLURAL: Final = re.compile(
    r"(?:^|(?P<before>[\w'’]+)\s+)(?:meet|hold|arrive|attend|convene|begin|resume|"
    r"sit\s+down)\b(?:\s+[\w'’.,-]+){0,8}?\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# fmt: off
_NOT_A_PLURAL_SUBJECT: Final = frozenset((
    "to", "did", "didn't", "do", "don't", "does", "doesn't", "not", "never", "will", "won't",
    "would", "wouldn't", "could", "couldn't", "can", "can't", "cannot", "may", "might",
    "must", "should", "shall", "let",
))
# fmt: on


# A part of a programme placed on a weekday by "comes" or "falls" right before it ("The
# high point of the trip comes Tuesday", "the vote falls on Friday"): the day ahead, as a
# schedule tells it (not "comes as talks resumed on Tuesday": the weekday must follow).
_COMES_ON: Final = re.compile(r"\b(?:comes|falls)\s+(?:on\s+)?$", re.IGNORECASE)


def _told_as_schedule(clause: str) -> bool:
    """Whether a clause before a bare weekday tells a meeting in the present, as a schedule
    or a headline does: the day lies ahead."""
    if _SCHEDULE_VERB.search(clause) is not None or _COMES_ON.search(clause) is not None:
        return True
    m = _SCHEDULE_VERB_PLURAL.search(clause)
    return (
        m is not None and (m["before"] or "").lower().replace("’", "'") not in _NOT_A_PLURAL_SUBJECT
    )


def _told_weekday(weekday: int, told: date, plan: bool) -> Resolver:
    """A weekday of a reported clause, counted from the day of the report."""
    return lambda future: (_weekday_date(weekday, None, told, future or plan), "day")


def _nearest_weekday(weekday: int, published: date) -> Resolver:
    """The occurrence of a weekday nearest the article's day, before or after it."""
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    day = published - timedelta(days=back) if back <= ahead else published + timedelta(days=ahead)
    return _fixed(day, "day")


def _numbered_weekday(weekday: int, day: int, published: date) -> date | None:
    """The day of the month ``day`` nearest the article's (in its month or the one before or
    after) that falls on ``weekday``; the nearest of that number when none does (a slip of
    the figure or the weekday); None when the month has no such day."""
    found = [
        d
        for shift in (-1, 0, 1)
        if (d := _safe_date(*_year_month(published, shift), day)) is not None
    ]
    if not found:
        return None
    same = [d for d in found if d.weekday() == weekday]
    return min(same or found, key=lambda d: (abs((d - published).days), d))


def _year_month(published: date, shift: int) -> tuple[int, int]:
    first = _add_months(published.replace(day=1), shift)
    return first.year, first.month


def _first(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The first ``_MAX_MENTIONS`` matches of ``rx`` in ``text``."""
    return itertools.islice(rx.finditer(text), _MAX_MENTIONS)


def _role_in_place(text: str, start: int, end: int, role: Role) -> Role:
    """The role the words around an expression give it over its clause's: the start of a
    period ("since May"), a noun's time ("this month's summit", "Monday's talks"), the
    subject of words said rather than the day they were said ("the army said Sunday night
    was the first calm night")."""
    possessive = text[end : end + 2] in ("'s", "’s") or text[end - 2 : end] in ("'s", "’s")
    if role == "speech" and (possessive or _SUBJECT_OF_SAID.match(text, end)):
        role = "event"
    if _SINCE_START.match(text, start, end):
        return "since"
    if possessive and role == "event":
        return "plan"
    return role


# A date expression's resolution against the article's date: given the date and the
# mentions resolved before it in the text's order (a weekday told in a report's clause
# counts from the report's day; an offset from the nearest day named), how it resolves, or
# None when it does not.
_Resolution = Callable[[date, Sequence[DateMention]], "Resolver | None"]


@dataclass(frozen=True, slots=True)
class _Expression:
    """A date expression as the text alone tells it: where it is, its role and direction,
    and how it resolves — ``fixed`` when it carries its own date, else ``against`` the
    article's date (then it is resolved only when the article has one)."""

    start: int
    end: int  # the match's end: what an expression found later may not overlap
    kept_end: int  # without the full stop that ends a sentence ("12 November.")
    role: Role
    forward: bool | None  # None: its words do not tell, the asked direction is taken
    has_year: bool
    fixed: Resolver | None
    against: _Resolution | None
    # a month and day without a year told by its own clause as done ("were held on May 13",
    # "said on 2 January"): never after the article, whatever the nearest year
    past: bool = False


# What each pattern matched, before its role is read: the match, how it resolves, whether
# it carries its year and whether only a finite verb tells it ahead.
_Hit = tuple[re.Match[str], Resolver | None, _Resolution | None, bool, bool]


def _with_year_hits(text: str, low: str) -> Iterator[_Hit]:
    """The expressions that carry their own date (ISO dates, "Oct. 22, 2025", "August
    2025") and the month-days without a year, in the order they are read."""
    months = _ANY_MONTH.search(low) is not None  # cheap checks spare pathological text
    for m in _first(_ISO, text) if "-" in text else ():
        yield m, _fixed(_safe_date(int(m["y"]), int(m["m"]), int(m["d"])), "day"), None, True, False
    for rx in (_MONTH_DAY, _DAY_MONTH) if months else ():
        for m in _first(rx, text):
            month, day = _month_number(m["month"]), int(m["day"])
            if m["year"]:
                yield m, _fixed(_safe_date(int(m["year"]), month, day), "day"), None, True, False
            else:
                yield m, None, _month_day_against(month, day), False, True
    for m in _first(_MONTH_YEAR, text) if months else ():
        month_start = date(int(m["year"]), _month_number(m["month"]), 1)
        yield m, _fixed(month_start, "month"), None, True, False


def _month_day_against(month: int, day: int) -> _Resolution:
    return lambda pub, _found: _month_day_resolver(month, day, pub)


def _against(make: Callable[[date], Resolver]) -> _Resolution:
    return lambda pub, _found: make(pub)


def _end_of_period_resolver(which: str, unit: str, published: date) -> Resolver:
    return _fixed(*_end_of_period(which, unit, published))


def _period_resolver(mod: str, unit: str, published: date) -> Resolver:
    return _fixed(*_period(mod, unit, published))


def _ago_resolver(days: int, published: date) -> Resolver:
    return _fixed(published - timedelta(days=days), "day" if days < 7 else "week")


def _deictic_resolver(shift: int, published: date) -> Resolver:
    return _fixed(published + timedelta(days=shift), "day")


def _numbered_weekday_resolver(weekday: int, day: int, published: date) -> Resolver:
    return _fixed(_numbered_weekday(weekday, day, published), "day")


def _dated_hits(text: str, low: str) -> Iterator[_Hit]:
    """The expressions resolved against the article's date, in the order they are read
    (weekdays and offsets come after, see ``_weekday_hits`` and ``_offset_hits``)."""
    for m, make in _dated_matches(text, low):
        yield m, None, _against(make), False, False


def _dated_matches(
    text: str, low: str
) -> Iterator[tuple[re.Match[str], Callable[[date], Resolver]]]:
    """Each expression that only the article's date resolves, with how it resolves."""
    months = _ANY_MONTH.search(low) is not None
    for m in _first(_ORDINAL_DAY, text) if "the " in low else ():
        yield m, partial(_ordinal_resolver, int(m["day"]))
    parts = " of " in low and ("week" in low or "half" in low)
    for m in _first(_PART_OF_MONTH, text) if parts else ():
        yield m, partial(_part_of_month_resolver, m)
    for m in _first(_MONTH_ALONE, text) if months else ():
        lead = " ".join(m["lead"].lower().split())
        yield m, partial(_month_resolver, _month_number(m["month"]), lead)
    yield from _attributive_months(text) if months else ()
    for m in _first(_END_OF_PERIOD, text) if "end" in low else ():
        yield m, partial(_end_of_period_resolver, m["which"], m["unit"])
    periods = "week" in low or "month" in low or "year" in low
    for m in _first(_RELATIVE_PERIOD, text) if periods else ():
        yield m, partial(_period_resolver, m["mod"], m["unit"])
    for m in _first(_WEEKEND, text) if "weekend" in low else ():
        yield m, partial(_weekend_resolver, m["mod"])
    for m in _first(_AGO, text) if "ago" in low else ():
        raw = m["n"].lower()
        n = int(raw) if raw.isdigit() else {**_NUMBER_WORDS, **_NUMBER_WORDS_MORE}[raw]
        yield m, partial(_ago_resolver, n * (7 if m["unit"].lower().startswith("week") else 1))
    deictic = "day" in low or "tonight" in low or "tomorrow" in low
    for m in _first(_DEICTIC, text) if deictic else ():
        shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[m["word"].lower()]
        yield m, partial(_deictic_resolver, shift)
    for m in _first(_WEEKDAY_NUMBERED, text) if "day" in low else ():
        weekday = WEEKDAYS.index(m["weekday"].lower())
        yield m, partial(_numbered_weekday_resolver, weekday, int(m["n"] or m["n2"]))


def _attributive_months(
    text: str,
) -> Iterator[tuple[re.Match[str], Callable[[date], Resolver]]]:
    """The months named as an event's time ("September dates", "the March summit"): the
    nearest such month, or the one "this", "next" or "last" names."""
    for m in _first(_MONTH_ATTRIBUTIVE, text):
        if not m["month"][:1].isupper():
            continue
        lead = (m["det"] or "").lower()
        if lead in ("this", "next", "last"):
            yield m, partial(_month_resolver, _month_number(m["month"]), lead)
        else:  # "September dates … confirmed": the September nearest the article
            yield m, partial(_nearest_month_resolver, _month_number(m["month"]))


def _weekday_hits(text: str, low: str) -> Iterator[_Hit]:
    """The weekdays ("on Tuesday", "next Friday"), resolved against the article's date or
    the day of the report whose clause holds them."""
    if "day" not in low:
        return
    months = _ANY_MONTH.search(low) is not None
    dated_spans = [m.span() for rx in (_MONTH_DAY, _DAY_MONTH) if months for m in _first(rx, text)]
    for m in _first(_WEEKDAY, text):
        if not m["mod"] and any(
            0 <= a - m.end() <= 24 and _WEEKDAY_WITH_DATE.match(text[m.end() : a])
            for a, _b in dated_spans
        ):
            continue  # "Saturday May 3": the date says which Saturday
        yield m, None, _weekday_against(text, m), False, False


def _weekday_against(text: str, m: re.Match[str]) -> _Resolution:
    weekday, mod, start = WEEKDAYS.index(m["weekday"].lower()), m["mod"], m.start()
    clause = "" if mod else _clause_before(text, start)
    moved_to = _MOVED_TO.search(clause) is not None
    plan_in_past = _PLAN_IN_PAST.search(clause) is not None
    scheduled = moved_to or _told_as_schedule(clause)

    def resolve(pub: date, found: Sequence[DateMention]) -> Resolver:
        told = None if mod else _told_on(found, start, pub)
        if told is not None:
            # "O Globo reported late Tuesday that the meeting was set for Sunday": the
            # reported clause counts its weekday from the day of the report, and a plan
            # it tells lies ahead of that day (as does the new day of one moved)
            return _told_weekday(weekday, told, plan_in_past or moved_to)
        if scheduled:
            return _told_weekday(weekday, pub, True)  # "was moved to Friday", "meets … Friday"
        if plan_in_past:
            return _nearest_weekday(weekday, pub)
        return _weekday_resolver(weekday, mod, pub)

    return resolve


def _offset_hits(text: str, low: str) -> Iterator[_Hit]:
    """The days counted from another the sentence names ("the next day", "two days
    later"), resolved from the nearest day named before them, else after them."""
    if not (("day" in low or "week" in low) and any(w in low for w in _OFFSET_WORDS)):
        return
    for m in _first(_OFFSET, text):
        yield m, None, _offset_against(m), False, False


def _offset_against(m: re.Match[str]) -> _Resolution:
    def resolve(_pub: date, found: Sequence[DateMention]) -> Resolver | None:
        anchor = _offset_anchor(found, m.start(), m.end())
        return None if anchor is None else _fixed(*_offset_from(m, anchor))

    return resolve


@lru_cache(maxsize=4096)  # the text alone decides it: a sentence met again is not read again
def _date_expressions(text: str) -> tuple[_Expression, ...]:
    """Every date expression of ``text`` in the order they are read, with what the text
    alone tells of each: where it is, its role and the direction its words tell (the
    direction asked for is taken where they do not)."""
    dateline = parse_dateline(text[:300]) if text[:1].isupper() or text[:1] == "(" else None
    dateline_end = len(dateline.text) if dateline is not None else -1
    low = text.lower()
    hits = itertools.chain(
        _with_year_hits(text, low),
        _dated_hits(text, low),
        _weekday_hits(text, low),
        _offset_hits(text, low),
    )
    out: list[_Expression] = []
    for match, fixed, against, has_year, ahead_by_a_verb in hits:
        start, end = match.span()
        if _NAMED_AFTER.match(text, end):  # "the March 23 Movement (M23)": a name, not a day
            continue
        kept_end = end
        if text[end - 1] == "." and not text[start:end].rstrip(".").lower().endswith(
            tuple(_MONTH_ABBR)
        ):
            kept_end -= 1  # "12 November." ends a sentence; "12 Nov." abbreviates
        role, forward = _role_told(text, start)
        past = False
        if ahead_by_a_verb:
            clause = _clause_before(text, start)
            past = forward is False and role != "plan" and _told_done(clause)
            forward = _month_day_ahead(clause, forward)
        if kept_end <= dateline_end:
            role = "dateline"
        else:
            role = _role_in_place(text, start, kept_end, role)
        out.append(_Expression(start, end, kept_end, role, forward, has_year, fixed, against, past))
    return tuple(out)


def _told_done(clause: str) -> bool:
    """Whether a clause read as past tells a thing done, not a plan told in the past ("was
    due to open on", "was scheduled for"), the new day of one moved ("was postponed to"),
    whose day may lie ahead, nor a clause with a word of the future."""
    return not (
        _PLAN_IN_PAST.search(clause)
        or _MOVED_TO.search(clause)
        # a word of the future the tense reading passed over ("will travel for an
        # unprecedented visit from September 17")
        or _FINITE_AHEAD.search(clause)
        or _AHEAD_IN_CLAUSE.search(clause)
        # an act ahead brought in by a verb told in the past ("has accepted the invitation
        # to make a State Visit from Tuesday 8th July", "agreed to meet on May 13")
        or _AN_ACT_AHEAD.search(clause)
        # an event named after the verb told in the past: the day may be that event's
        # ("proposed a meeting on May 13", "invited Rossi for talks on May 13")
        or _event_after_the_past(clause)
    )


# The nouns of an event that a verb told in the past may bring in as ahead of it.
_EVENT_NOUNS: Final = frozenset(
    {
        "meeting",
        "meetings",
        "visit",
        "visits",
        "talks",
        "summit",
        "trip",
        "tour",
        "round",
        "session",
        "conference",
        "invitation",
        "call",
        "negotiations",
        "ceremony",
        "signing",
        "date",
        "dates",
    }
)


def _event_after_the_past(clause: str) -> bool:
    """Whether an event noun follows the last verb told in the past of ``clause``."""
    words = _WORD.findall(clause.lower())[-20:]
    for i in range(len(words) - 1, -1, -1):
        if _tense_at(words, i) is False:
            return any(w in _EVENT_NOUNS for w in words[i + 1 :])
    return False


_AN_ACT_AHEAD: Final = re.compile(
    rf"\bto\s+(?:\w+ly\s+)?(?:{'|'.join(sorted(_TO_VERBS | {'make', 'pay', 'come'}))})\b",
    re.IGNORECASE,
)


def _month_day_ahead(clause: str, forward: bool | None) -> bool | None:
    """The direction of a month and day without a year, by the finite verb of its clause:
    told ahead by a verb of the future ("will be held on July 10", "is due to open on Aug.
    20") or by a schedule in the present simple ("the summit takes place on 5 June", "the
    visit runs from 20 to 22 August", written months before: the year ahead); a plan's noun
    ("the round set for May 3 went ahead") may be of any time: the year nearest the
    article."""
    if _FINITE_AHEAD.search(clause):
        return forward
    return _SCHEDULE_NOW.search(clause) is not None and _direction(clause) is not False


def _find_date_mentions(
    text: str, published: date | None, *, future: bool = False
) -> list[DateMention]:
    """Every date expression of ``text`` resolved against ``published``, in text order.

    ``future`` is the direction of expressions whose own clause does not say (the cue's);
    without a published date only expressions that carry their own year (ISO dates, "Oct.
    22, 2025", "August 2025") can be resolved. What the text alone tells is found once per
    text (``_date_expressions``); only the resolution against the date is done here.
    """
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for e in _date_expressions(text):
        if len(found) >= _MAX_MENTIONS or any(e.start < b and a < e.end for a, b in taken):
            continue
        resolve = e.fixed
        if e.against is not None:
            resolve = e.against(published, found) if published is not None else None
        if resolve is None:
            continue
        resolved = resolve(future if e.forward is None else e.forward)
        if published is not None and not e.has_year:
            resolved = _within_tense(e, resolved, published)
        mention = _resolved(text, e, resolved, published)
        if mention is not None:
            taken.append((mention.start, mention.end))
            found.append(mention)
    found.sort(key=lambda mention: mention.start)
    found = _without_span_ends(text, found)
    if published is not None and "tomorrow" in text.lower():
        found = _tomorrow_of_the_day_told(found, published)
    return found


# How far ahead of its article a day without its year may be read before the nearer year is
# taken (about ten months): no report tells a day that far ahead without writing its year.
_AHEAD_MAX: Final = timedelta(days=300)


def _within_tense(
    e: _Expression, resolved: tuple[date | None, Precision], published: date
) -> tuple[date | None, Precision]:
    """A day without its year kept within what its sentence tells: a month and day told as
    done that the nearest year puts more than ``_AHEAD_SLACK`` after the article is the
    year's before ("the talks were held on May 13" in a January paper: last May, not the May
    ahead; a day or two after the article may be its writer's clock, and is left to the
    finding's own check, ``eventdates._done_dated_ahead``), and one read ahead
    without its own clause telling it ahead, more than ``_AHEAD_MAX`` out, is the nearer
    year's (the cue's future says nothing of which year)."""
    value, precision = resolved
    if value is None or value <= published:
        return resolved
    ahead = value - published
    if (e.past and ahead > _AHEAD_SLACK) or (e.forward is None and ahead > _AHEAD_MAX):
        return year_before(value), precision
    return resolved


def _resolved(
    text: str, e: _Expression, resolved: tuple[date | None, Precision], published: date | None
) -> DateMention | None:
    """The mention an expression makes once resolved, or None when it names no date."""
    value, precision = resolved
    if value is None:
        return None
    role = e.role
    if e.has_year and published is not None:
        gap = (value - published).days
        if gap < -_ERA_BEFORE or gap > _ERA_AFTER:
            role = "era"
    if precision == "year" and role in ("event", "plan"):
        role = "vague"  # "this year's summit" says no more than a year
    return DateMention(e.start, e.kept_end, text[e.start : e.kept_end], value, precision, role)


# The words joining the first and last days of a span across a month's end ("from January
# 31 to February 1", "Oct. 31-Nov. 1", "between 30 November and 2 December").
_SPAN_JOIN: Final = re.compile(r"\s{0,3}(?:[-–—]|to|through|until|till|and)\s{0,3}", re.IGNORECASE)
_SPAN_OPEN: Final = re.compile(r"\b(?:from|between)\s{1,3}$", re.IGNORECASE)
_SPAN_MAX_DAYS: Final = 14


def _without_span_ends(text: str, found: list[DateMention]) -> list[DateMention]:
    """The mentions without the last day of a span of days that runs across a month's end
    ("talks from January 31 to February 1"): the span takes its first day, as one within a
    month does ("4 to 6 December"). Joined by "and", only after "between"."""
    out: list[DateMention] = []
    for mention in found:
        first = out[-1] if out else None
        if (
            first is not None
            and first.precision == mention.precision == "day"
            and 0 < (mention.date - first.date).days <= _SPAN_MAX_DAYS
            and (join := _SPAN_JOIN.fullmatch(text, first.end, mention.start)) is not None
            and (
                join.group().strip().lower() != "and"
                or _SPAN_OPEN.search(text, max(0, first.start - 12), first.start) is not None
            )
        ):
            continue
        out.append(mention)
    return out


def _offset_anchor(found: Sequence[DateMention], start: int, end: int) -> date | None:
    """The day an offset ("the next day", "two days later") counts from: the nearest day
    the sentence names before it, else the nearest after it ("the previous day, X said on
    Sunday")."""
    days = [m for m in found if m.precision == "day" and m.role in _ANCHOR_ROLES]
    before = [m for m in days if m.end <= start]
    if before:
        return max(before, key=lambda m: m.end).date
    after = [m for m in days if m.start >= end]
    return min(after, key=lambda m: m.start).date if after else None


def _offset_steps(m: re.Match[str]) -> tuple[int, Literal["day", "week"]]:
    """How many days or weeks an ``_OFFSET`` match counts, forward or (negative) back."""
    if m["rel"]:
        sign = 1 if m["rel"].lower() in ("next", "following") else -1
        return sign, "week" if m["unit1"].lower() == "week" else "day"
    if m["unit3"]:  # "the week before", "the day after"
        sign = 1 if m["dir3"].lower() == "after" else -1
        return sign, "week" if m["unit3"].lower() == "week" else "day"
    raw = m["n"].lower()
    n = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
    sign = 1 if m["dir"].lower() == "later" else -1
    return n * sign, "week" if m["unit2"].lower().startswith("week") else "day"


def _offset_from(m: re.Match[str], anchor: date) -> tuple[date, Precision]:
    """The day (or the week, by its Monday) an offset expression names from ``anchor``."""
    steps, unit = _offset_steps(m)
    if unit == "week":
        return monday_of(anchor + timedelta(days=7 * steps)), "week"
    return anchor + timedelta(days=steps), "day"


# "The day before, …" / "… the day after.": a day counted from another, told as the
# sentence's opening adverbial or as its last words (not "violations the day before the
# talks", which names the other event).
_DAY_BEFORE_AFTER: Final = re.compile(
    r"^(?:on\s+)?the\s+day\s+(?P<dir>before|after)\s*,|\bthe\s+day\s+(?P<dir2>before|after)\s*[.!]?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Offset:
    """A day counted from another that the sentence does not name ("two days later")."""

    start: int
    end: int
    text: str
    days: int
    unit: Literal["day", "week"]

    def from_day(self, anchor: date) -> tuple[date, Precision]:
        """The day (or the week, by its Monday) the offset names from ``anchor``."""
        if self.unit == "week":
            return monday_of(anchor + timedelta(days=7 * self.days)), "week"
        return anchor + timedelta(days=self.days), "day"


def unanchored_offset(text: str, published: date | None) -> Offset | None:
    """The first day or week ``text`` counts from a day it does not name itself ("Two days
    later, the talks were suspended", "The next day, she met …", "The day before, …"): the
    day it counts from is another sentence's. None when the sentence names that day ("said
    on Monday that talks would resume the next day") or holds no such offset."""
    low = text.lower()
    if not ("day" in low or "week" in low):
        return None
    taken = [(m.start, m.end) for m in find_date_mentions(text, published)]
    for m in _first(_OFFSET, text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        steps, unit = _offset_steps(m)
        return Offset(m.start(), m.end(), m.group(0), steps, unit)
    around = _DAY_BEFORE_AFTER.search(text.strip())
    if around is None:
        return None
    word = (around["dir"] or around["dir2"]).lower()
    start = text.find(around.group(0).strip(" ,.!"))
    shift = 1 if word == "after" else -1
    return Offset(start, start + len(around.group(0)), around.group(0), shift, "day")


def _tomorrow_of_the_day_told(found: list[DateMention], published: date) -> list[DateMention]:
    """A sentence "Putin arrived in India on Thursday evening … ahead of the summit tomorrow" in the
    next morning's paper: the sentence was written on the day it tells, a day or two before
    the article's, and its "tomorrow" is the day after that one."""
    out: list[DateMention] = []
    told: date | None = None
    for m in found:
        if m.role == "event" and m.precision == "day" and m.text.lower() != "tomorrow":
            told = m.date if 1 <= (published - m.date).days <= _NEWS_DAYS_BEFORE else None
        elif told is not None and m.text.lower() == "tomorrow":
            m = replace(m, date=told + timedelta(days=1))
        out.append(m)
    return out


def _told_on(found: Sequence[DateMention], start: int, published: date) -> date | None:
    """The day of a report or remark before ``start`` whose clause holds it, when that day
    is before the article's ("said on Tuesday that …", "reported late Tuesday that …"): the
    weekdays of what was said count from it."""
    told = [
        m
        for m in found
        if m.role == "speech" and m.precision == "day" and m.end <= start and m.date < published
    ]
    return max(told, key=lambda m: m.end).date if told else None


@lru_cache(maxsize=256)  # a document's sentences and their masked forms
def _date_mentions(text: str, published: date | None, future: bool) -> tuple[DateMention, ...]:
    return tuple(_find_date_mentions(text, published, future=future))


def find_date_mentions(
    text: str, published: date | None, *, future: bool = False
) -> list[DateMention]:
    """``_find_date_mentions``, worked out once per text, date and direction: a document's
    sentence is asked for its dates as the previous dated one, for its cue and for its
    speaker's."""
    return list(_date_mentions(text, published, future))


def _past_marker_counts(
    sentence: str, hit: re.Match[str], near: int | None, *, changes_plan: bool = False
) -> bool:
    """Whether a past marker ("had announced") puts the sentence's event at an earlier
    time: not the backshifted past perfect of reported speech ("said the talks had been
    useful"), nor a marker in a clause after the cue ("…, which had been expected"), nor
    one after a cue that changes a plan, which tells that plan ("has postponed the summit
    originally planned for next month", "put off the trip he had planned for December")."""
    start = hit.start()
    if changes_plan and near is not None and start > near:
        return False
    if hit.group(0).lower().startswith("had"):
        before = sentence[max(0, start - 80) : start]
        if re.search(
            r"\b(?:said|says|told|added|noted|stated|acknowledged|confirmed|explained|stressed|"
            r"insisted|argued|claimed|wrote|announced|reported|believes|believed|thinks|"
            r"thought)\b,?(?:\s+(?:that|him|her|them|reporters|journalists))?(?:[\s,]+[\w'’-]+){0,6}\s*$",
            before,
            re.IGNORECASE,
        ):
            return False
    if near is not None and start > near and _RELATIVE_BEFORE.search(sentence, near, start):
        return False  # "… the release of 18 soldiers that Thai leaders had announced"
    return not (near is not None and start > near and _CLAUSE_END.search(sentence[near:start]))


# A relative clause after the cue whose past perfect describes a noun of it ("suspending the
# release of the soldiers that Thai leaders had announced for November 12"): that noun's
# earlier time, not the sentence's.
_RELATIVE_BEFORE: Final = re.compile(
    r"\b[a-z]+\s+(?:that|which|whom)\s+(?:[\w'’-]+\s+){1,3}$", re.IGNORECASE
)


# Words before an adjective "earlier" that make it describe a noun ("Unlike earlier
# meetings", "the earlier rounds"): it then says nothing of when the sentence's news was.
_ATTRIBUTIVE_BEFORE: Final = re.compile(
    r"\b(?:unlike|like|the|its|their|his|her|our|of|in|at|from|with|than|all|two|three|"
    r"several|many|both|those|these|after|during|since)\s+$",
    re.IGNORECASE,
)


def _attributive(sentence: str, hit: re.Match[str], near: int | None) -> bool:
    """Whether the past marker is the adjective "earlier" before a noun, in another clause
    than the cue ("Unlike earlier coalition meetings, this summit was attended …"; not
    "after their earlier summit in Alaska failed", where the earlier event is the news)."""
    if near is None:
        return False
    between = sentence[hit.end() : near] if hit.end() <= near else sentence[near : hit.start()]
    return (
        hit.group(0).lower() == "earlier"
        and _CLAUSE_END.search(between) is not None
        and _ATTRIBUTIVE_BEFORE.search(sentence[max(0, hit.start() - 12) : hit.start()]) is not None
        and re.match(r"\s+[a-z]", sentence[hit.end() : hit.end() + 3]) is not None
    )


def _apart(sentence: str, mention: DateMention, near: int) -> bool:
    """Whether a clause boundary separates ``mention`` from offset ``near``."""
    between = (
        sentence[mention.end : near] if mention.end <= near else sentence[near : mention.start]
    )
    return _CLAUSE_END.search(between) is not None


# A clause set off by commas that describes a noun of the sentence rather than telling its
# news: "The talks, which opened on Saturday, stalled …", "the summit, agreed last week in a
# phone call, had been put on hold"; a relative clause may also close the sentence ("…
# the New START treaty, which runs out in February 2026."), unless it describes the event
# itself ("… held a round of talks, which took place on May 16.").
_MODIFIER: Final = re.compile(  # the comma first: the search skips to each comma in C
    r",(?:\s+(?:which|who|whose)\b[^,;:()\[\]\"“”—–]*,"
    r"|(?<!\btalks,)(?<!\bround,)(?<!\bsummit,)(?<!\bmeeting,)(?<!\bcall,)"
    r"(?<!\bvisit,)(?<!\bsession,)(?<!\bencounter,)(?<!\bconversation,)(?<!\bnegotiations,)"
    r"\s+(?:which|whose)\b[^,;:()\[\]\"“”—–]*[.!?]?[\"”’]?\s*$"
    r"|\s+(?:first\s+|originally\s+|initially\s+)?[a-z]{3,}ed\b[^,;:()\[\]\"“”—–]*,)"
)


_CUE_NOUN: Final = 12  # characters of the cue before a clause that describes it ("the talks")


def _without_modifiers(sentence: str, near: int, published: date | None) -> tuple[str, int]:
    """The sentence without the dated clauses set off by commas that describe one of its
    nouns ("The talks, which opened on Saturday, stalled") when the cue at ``near`` lies
    outside them: their date is of what the clause tells, not of the sentence's news.
    Returns the shortened sentence and the cue's offset in it."""
    spans = []
    for m in _MODIFIER.finditer(sentence):
        start, end = m.span()
        if sentence[end - 1 : end] == "," and _WEEKDAY_BEFORE.search(sentence[start:end]):
            # the clause goes on past its weekday's comma to the date: ", initially
            # scheduled for Tuesday, 17 September 2024,"
            after = sentence.find(",", end)
            end = after + 1 if after > 0 else end
        if (
            start - _CUE_NOUN <= near < end  # in it, or the noun it describes
            or not find_date_mentions(sentence[start:end], published)
        ):
            continue
        spans.append((start, end))
    return _cut(sentence, spans, near)


def _cut(sentence: str, spans: Sequence[tuple[int, int]], near: int) -> tuple[str, int]:
    """The sentence with each of the spans (in order, apart) put as one space, and the
    offset ``near`` moved to the same place in it."""
    out, shift = sentence, 0
    for start, end in spans:
        a, b = start - shift, end - shift
        out = out[:a] + " " + out[b:]
        if end <= near:
            shift += b - a - 1
    return out, near - shift


# A clause set off by commas after a noun that tells what befell it before the plan the
# sentence's verb ahead tells: "The talks, suspended in January, will resume on Monday",
# "talks, which broke down in May, are to restart next week", "the summit, first planned for
# May, will now be held in June". Its date is of that past (or of the plan undone), not of
# the plan ahead. Not a plan's own date ("the summit, scheduled for May 7, will …").
_SET_OFF_CLAUSE: Final = re.compile(r",\s+(?P<words>[^,;:()\[\]\"“”—–]{3,90}),")
_EARLIER_PLAN: Final = frozenset({"first", "originally", "initially", "previously"})
_PAST_PARTICIPLES: Final = frozenset({"broken", "frozen", "begun", "shut", "stuck", "put"})


def _tells_its_past(words: Sequence[str]) -> bool:
    """Whether a set-off clause (its lower-case words) tells an earlier time of a noun: a
    past participle or a relative clause in the past at its head, or a plan said to be the
    first one ("first planned for May")."""
    head = words[1:] if words and words[0] in ("which", "that") else words
    if not head:
        return False
    if head[0] in _EARLIER_PLAN or head[0] in _PAST_PARTICIPLES:
        return True
    if head is words and not (
        head[0] in _PAST_IRREGULAR or (len(head[0]) >= 5 and head[0].endswith("ed"))
    ):
        return False  # a participle must open the clause ("officials said" does not)
    for i in range(len(head)):
        tense = _tense_at(head, i)
        if tense is not None:
            return tense is False
    return False


def _without_earlier_clauses(sentence: str, near: int, published: date | None) -> tuple[str, int]:
    """The sentence without the dated clauses set off by commas that tell an earlier time of
    one of its nouns, when the cue at ``near`` (a verb ahead) lies outside them: a plan
    whose day is not given is dated by its article, never by that earlier time. Returns it
    and the cue's offset in it."""
    spans = [
        m.span()
        for m in _SET_OFF_CLAUSE.finditer(sentence)
        if not (
            m.start() - _CUE_NOUN <= near < m.end()
            or not _tells_its_past(_WORD.findall(m["words"].lower()))
            or not find_date_mentions(m[0], published)
        )
    ]
    return _cut(sentence, spans, near)


def resolve_dates(  # noqa: C901 - a chain of reading rules, split when they settle
    sentence: str,
    published: date | None,
    *,
    near: int | None = None,
    future: bool = False,
    anchor: date | None = None,
    anchor_precision: Precision | None = None,
    lexicon: Lexicon | None = None,
    past: bool = False,
) -> DateResolution:
    """The event date of ``sentence``.

    Among the expressions tied to an event, the one nearest to offset ``near`` (the status
    cue) wins; a speech date only when there is no other; a year only when nothing finer
    is there; never the start of a period, a date far outside the article's era, or a plan
    date when the cue changes the plan. "earlier in the day" takes ``anchor`` (the previous
    dated sentence); a sentence that tells of an earlier time without a date gets none;
    anything else is dated by publication. ``future`` is the cue's direction, for the
    expressions whose clause does not give their own; ``past``, that the cue tells an event
    that took place, which no date after the article's can be ("the two ministers exchanged
    views on resuming talks on June 2" the day before).
    """
    lex = lexicon or load_lexicon()
    if not future:  # without a cue, the dated clauses describing any noun go
        sentence, moved = _without_modifiers(sentence, -1 if near is None else near, published)
        near = None if near is None else moved
    elif near is not None:  # a verb ahead: the clauses telling a noun's past go
        sentence, near = _without_earlier_clauses(sentence, near, published)
    mentions = find_date_mentions(sentence, published, future=future)
    if past and published is not None:
        mentions = [m for m in mentions if m.date <= published]
    pos = near if near is not None else 0
    change = _CHANGE_CUE.match(sentence[near : near + 40]) if near is not None else None
    changes_plan = change is not None
    if change is not None and near is not None and _NOT_HELD.match(change.group(0)):
        # "will not take place in January": the day right after a negated occurrence is
        # the plan's that will not be kept, not the day of the news
        after = near + change.end()
        mentions = [
            m
            for m in mentions
            if not (
                m.role == "event"
                and after <= m.start <= after + 25
                and not _CLAUSE_END.search(sentence, after, m.start)
            )
        ]
    if changes_plan and near is not None:
        # "would be postponed until September", "put off from February 8 to the end of the
        # month": the plans the change moves from and to, not the day it was made
        mentions = [m for m in mentions if not _moved_from_or_to(sentence, m, near)]
    vague = [m for m in mentions if m.role == "vague"]
    if near is not None:
        # a year stands for the event only in the cue's own clause ("Formed earlier this year,
        # the coalition aims …" is dated by publication)
        vague = [m for m in vague if not _apart(sentence, m, near)]
    if changes_plan and near is not None:
        # the year a plan is moved to is its new target, not the day it was moved ("has
        # postponed the summit planned for next month to later next year")
        vague = [m for m in vague if m.end <= near]
    # the article's own year ("earlier this year") says no more than its date: never 1 January;
    # unless it lies ahead ("later this year", "will meet this year"): the year is all it says
    own_year = [
        m
        for m in vague
        if published is not None
        and m.date.year == published.year
        and not _year_ahead(sentence, m, future)
    ]
    tiers: list[list[DateMention]] = [
        [m for m in mentions if m.role == "event" or (m.role == "plan" and not changes_plan)],
        [m for m in mentions if m.role in ("speech", "dateline")],
        [m for m in vague if m not in own_year],
    ]
    for tier in tiers:
        if tier:
            best = min(tier, key=lambda m: (min(abs(m.start - pos), abs(m.end - pos)), m.start))
            if best.role == "dateline" and best.date == published:
                # the report's own date: the sentence is dated by its article
                return DateResolution(published, "day", "inferred", best.text)
            return DateResolution(best.date, best.precision, "stated", best.text)
    if any(m.text.lower().startswith("earlier") for m in own_year):
        return DateResolution(None, None, "unknown")  # some earlier day of the article's year
    if anchor is not None:
        for rx in lex.same_day:
            hit = rx.search(sentence)
            if hit:
                return DateResolution(anchor, anchor_precision or "day", "stated", hit.group(0))
    for rx in lex.past_markers:
        for hit in rx.finditer(sentence):
            inside = any(m.start <= hit.start() < m.end for m in mentions)  # "earlier this year"
            if (
                not inside
                and not _attributive(sentence, hit, near)
                and _past_marker_counts(sentence, hit, near, changes_plan=changes_plan)
            ):
                return DateResolution(None, None, "unknown")
    if published is None:
        return DateResolution(None, None, "unknown")
    return DateResolution(published, "day", "inferred")


# The words that bring in the plan a change moves from or to ("postponed until September",
# "put off from February 8", "delayed to at least mid-May").
_MOVED: Final = re.compile(
    r"\b(?:from|until|till|to|into|towards?)\s+(?:at\s+least\s+|the\s+|early\s+|late\s+|mid-?\s*)*$",
    re.IGNORECASE,
)
_MOVED_GAP: Final = 60  # characters after the change's cue a moved plan is looked for


def _moved_from_or_to(sentence: str, mention: DateMention, near: int) -> bool:
    """Whether ``mention`` follows the change's cue in its clause as the plan it moves from or
    to: the day the change was made is another (convention 9)."""
    return (
        near <= mention.start <= near + _MOVED_GAP
        and not _CLAUSE_END.search(sentence, near, mention.start)
        and (
            _MOVED.search(sentence, max(near, mention.start - 24), mention.start) is not None
            or _MOVED_LEAD.match(mention.text) is not None  # "until September" read whole
        )
    )


_MOVED_LEAD: Final = re.compile(r"(?:from|until|till|to|into)\b", re.IGNORECASE)


def _year_ahead(sentence: str, mention: DateMention, future: bool) -> bool:
    """Whether the article's own year is named as lying ahead: "later this year", "late this
    year", or "this year" after a word of the future in its clause ("Trump will visit China
    this year"; not "the coalition met three times this year", nor a wish, "I'd like to meet
    her this year")."""
    low = " ".join(mention.text.lower().split())
    if low.startswith("late"):
        return True
    if low != "this year":
        return False
    # a verb of the future in its own clause ("would visit", "is due to"), not a wish ("'I'd
    # like to meet her this year,' she said" says no more than its article does)
    return _AHEAD_IN_CLAUSE.search(_clause_before(sentence, mention.start)) is not None


_AHEAD_IN_CLAUSE: Final = re.compile(
    r"\b(?:will|shall|would|(?:is|are)\s+(?:set|due|expected|scheduled|planned|going|slated)\s+to)\b"
    r"|[’']ll\b",
    re.IGNORECASE,
)


# --- dates of undated documents ---------------------------------------------------------


@dataclass(frozen=True)
class DocDateInput:
    """A document as ``infer_document_dates`` needs it. ``note`` says how an existing
    ``published`` date was obtained (``Document.published_note``)."""

    id: int
    text: str
    published: date | None = None
    basis: DateBasis = "unknown"
    note: str | None = None


_QUOTE: Final = re.compile(r"[\u201c\"]([^\u201c\u201d\"]{6,400})[\u201d\"]")
_FRAGMENT: Final = re.compile(r"[\u201c\"]([^\u201c\u201d\"\n]{2,400})[\u201d\"]")
MIN_QUOTE_WORDS: Final = 3
# A quote dates one document from another only when it is distinctive: long enough to be
# one person's words rather than a stock phrase ("coalition of the willing", "a just and
# lasting peace"), and rare among the documents compared.
DISTINCT_QUOTE_WORDS: Final = 6
# Or several short fragments of one sentence that all come from one long quote of the
# other document ("no plans" … "in the immediate future" ⊂ "no plans for President Trump
# to meet President Putin in the immediate future").
FRAGMENT_SOURCE_WORDS: Final = 8
FRAGMENT_WORDS: Final = 5
_FRAGMENT_GAP: Final = 120
SHARES_NOTE: Final = "shares "


def quotes_of(text: str) -> list[str]:
    """The distinct quotations of ``text`` (normalised), at least ``MIN_QUOTE_WORDS`` words."""
    seen: dict[str, None] = {}
    for m in _QUOTE.finditer(text):
        norm = normalize_for_compare(m.group(1))
        if len(norm.split()) >= MIN_QUOTE_WORDS:
            seen.setdefault(norm, None)
    return list(seen)


def fragment_groups(text: str) -> list[tuple[str, ...]]:
    """Runs of two or more short quoted fragments close together in one paragraph
    (normalised), each run holding at least ``FRAGMENT_WORDS`` words in all."""
    groups: list[tuple[str, ...]] = []
    for paragraph in text.split("\n"):
        run: list[str] = []
        last_end = -_FRAGMENT_GAP - 1
        for m in _FRAGMENT.finditer(paragraph):
            norm = normalize_for_compare(m.group(1))
            if not norm:
                continue
            if m.start() - last_end > _FRAGMENT_GAP and run:
                _close_run(run, groups)
                run = []
            run.append(norm)
            last_end = m.end()
        _close_run(run, groups)
    return groups


def _close_run(run: list[str], groups: list[tuple[str, ...]]) -> None:
    if len(run) >= 2 and sum(len(f.split()) for f in run) >= FRAGMENT_WORDS:
        groups.append(tuple(run))


def _in_order(fragments: Sequence[str], quote: str) -> bool:
    """Whether every fragment occurs in ``quote`` as whole words, in order."""
    padded = f" {quote} "
    at = 0
    for fragment in fragments:
        found = padded.find(f" {fragment} ", at)
        if found < 0:
            return False
        at = found + len(fragment) + 1
    return True


def shared_quotes(quotes: Sequence[str], other_text_norm: str, other_quotes: Sequence[str]) -> int:
    """How many of ``quotes`` the other document carries (as a passage or as its own quote)."""
    return len(_shared(quotes, other_text_norm, other_quotes))


def _shared(quotes: Sequence[str], other_text_norm: str, other_quotes: Sequence[str]) -> list[str]:
    from rapidfuzz import fuzz

    out: list[str] = []
    padded = f" {other_text_norm} "
    for quote in quotes:
        if f" {quote} " in padded:
            out.append(quote)
            continue
        if len(quote.split()) >= 5 and any(
            fuzz.ratio(quote, oq) >= 90
            or (len(oq.split()) >= 5 and fuzz.partial_ratio(quote, oq) >= 95)
            for oq in other_quotes
        ):
            out.append(quote)
    return out


@dataclass
class _Prepared:
    quotes: list[str]
    long_quotes: list[str]
    fragments: list[tuple[str, ...]]
    norm: str


class DocDateCache:
    """What ``infer_document_dates`` works out of each document's text (its quotes, quote
    fragments and normalised words), kept across calls that compare many of the same
    documents: one pass over a database's undated documents meets each anchor again for
    every undated document it may date. Keyed by id and text, so an edited text is read
    again."""

    def __init__(self) -> None:
        self._prepared: dict[tuple[int, str], _Prepared] = {}

    def prepared(self, doc: DocDateInput) -> _Prepared:
        key = (doc.id, doc.text)
        hit = self._prepared.get(key)
        if hit is None:
            quotes = quotes_of(doc.text)
            hit = _Prepared(
                quotes=quotes,
                long_quotes=[q for q in quotes if len(q.split()) >= DISTINCT_QUOTE_WORDS],
                fragments=fragment_groups(doc.text),
                norm=normalize_for_compare(doc.text),
            )
            self._prepared[key] = hit
        return hit


class _Rarity:
    """How many of the compared documents hold a passage (counted once, on demand)."""

    def __init__(self, norms: Sequence[str]) -> None:
        self.padded = [f" {n} " for n in norms]
        # at most three of a few documents, or a tenth of many: more is a catch-phrase
        self.limit = max(3, len(norms) // 10)
        self.cache: dict[str, bool] = {}

    def rare(self, passage: str) -> bool:
        hit = self.cache.get(passage)
        if hit is None:
            needle = f" {passage} "
            count = 0
            for text in self.padded:
                if needle in text:
                    count += 1
                    if count > self.limit:
                        break
            hit = self.cache[passage] = count <= self.limit
        return hit


def _distinctive(a: _Prepared, b: _Prepared, rarity: _Rarity) -> int:
    """Distinctive quotes two documents share: long rare quotes one carries and the other
    holds (as a passage or a near-identical quote), plus runs of fragments of one of them
    taken from one long rare quote of the other."""
    count = 0
    for mine, theirs in ((a, b), (b, a)):
        long_mine = [q for q in mine.long_quotes if rarity.rare(q)]
        count = max(count, len(_shared(long_mine, theirs.norm, theirs.long_quotes)))
    fragments = 0
    for mine, theirs in ((a, b), (b, a)):
        for group in mine.fragments:
            if any(
                _in_order(group, q) and rarity.rare(q)
                for q in theirs.long_quotes
                if len(q.split()) >= FRAGMENT_SOURCE_WORDS
            ):
                fragments += 1
    return count + (1 if fragments else 0)


def infer_document_dates(  # noqa: C901 - a chain of reading rules, split when they settle
    docs: Sequence[DocDateInput],
    *,
    today: date | None = None,
    cache: DocDateCache | None = None,
) -> dict[int, tuple[date, str]]:
    """Dates for undated documents: read from their own text, else shared quotes.

    First a document's own text: its dateline or a date line without a year, dated by the
    article's evidence (``tracker.ingest.published``); a document passed with such an
    inferred date keeps it. Else the dated document sharing the most distinctive quotes
    with it: quotes of at least ``DISTINCT_QUOTE_WORDS`` words found in few of the
    documents compared, or runs of short fragments all taken from one long quote. Only
    documents whose date was stated or set by an analyst serve as anchors (never one that
    was itself inferred); ties go to the anchor listed first. Returns ``{doc id: (date,
    basis sentence)}``. ``cache`` keeps each text's reading for the next call.
    """
    from tracker.ingest.published import published_from_text

    out: dict[int, tuple[date, str]] = {}
    for doc in docs:
        own_note = doc.note is not None and not doc.note.startswith(SHARES_NOTE)
        if doc.published is not None and doc.basis == "inferred" and own_note:
            assert doc.note is not None
            out[doc.id] = (doc.published, doc.note)
    anchors = [d for d in docs if d.published is not None and d.basis in ("stated", "analyst")]
    if not anchors:
        anchors = [d for d in docs if d.published is not None and d.basis != "inferred"]
    pending: list[DocDateInput] = []
    for doc in docs:
        if doc.published is not None:
            continue
        own = published_from_text(doc.text, today=today)
        if own is not None:
            out[doc.id] = (own.date, own.note)
        else:
            pending.append(doc)
    if not pending or not anchors:
        return out
    known = cache if cache is not None else DocDateCache()
    prepared: dict[int, _Prepared] = {}
    for d in [*pending, *anchors]:
        if d.id not in prepared:
            prepared[d.id] = known.prepared(d)
    rarity = _Rarity([known.prepared(d).norm for d in docs])
    for doc in pending:
        mine = prepared[doc.id]
        best: tuple[int, DocDateInput] | None = None
        for anchor in anchors:
            if anchor.id == doc.id:
                continue
            count = _distinctive(mine, prepared[anchor.id], rarity)
            if count and (best is None or count > best[0]):
                best = (count, anchor)
        if best is not None:
            count, anchor = best
            assert anchor.published is not None
            noun = "quote" if count == 1 else "quotes"
            out[doc.id] = (
                anchor.published,
                f"{SHARES_NOTE}{count} {noun} with document {anchor.id} "
                f"dated {anchor.published.isoformat()}",
            )
    return out


def opens_quote(text: str) -> bool:
    """Whether ``text`` begins with an opening quotation mark."""
    return bool(text) and (text[0] in OPEN_QUOTES or text[0] == '"')
