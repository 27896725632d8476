"""Event dates from date expressions, resolved against a document's published date.

``find_date_mentions`` finds every expression in a piece of text ("on Tuesday", "last
Thursday", "last week", "in August", "October 24th", "Oct. 22, 2025", "yesterday") and
resolves it, keeping its precision (day, week, month, year). Weekdays: a bare or "on"
weekday is the most recent such day on or before publication (the next one on or after it
when the sentence speaks of the future); "last Thursday" is the Thursday of the previous
calendar week, "next Friday" that of the next; "this week" is the week (Monday) of
publication. A week is dated by its Monday.

``resolve_dates`` picks the expression of one sentence (the one nearest to a cue) and
otherwise falls back to the published date (basis "inferred") for present and perfect
statements, or to no date for sentences that tell of an earlier time ("days after",
"had announced", "previously").

``infer_document_dates`` gives an undated document the date of the dated document it
shares the most quotes with.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from tracker.domain.models import DateBasis, Precision
from tracker.extract.lexicon import Lexicon, load_lexicon
from tracker.extract.text import OPEN_QUOTES, normalize_for_compare

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
_MONTH_DAY: Final = re.compile(
    rf"\b{_MONTH_RE}\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}})\b)?"
)
_DAY_MONTH: Final = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE}\b\.?(?:,?\s+(?P<year>\d{{4}})\b)?"
)
_MONTH_YEAR: Final = re.compile(rf"\b{_MONTH_RE}\.?\s+(?P<year>\d{{4}})\b")
_MONTH_ALONE: Final = re.compile(
    rf"\b(?P<lead>[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id-?|[Tt]his|[Ll]ast|"
    rf"[Nn]ext)\s+{_MONTH_RE}\b(?!\.?\s+\d)"
)
_RELATIVE_PERIOD: Final = re.compile(
    r"\b(?P<mod>last|this|next|past|coming|(?:later|earlier)\s+this)\s+(?P<unit>week|month|year)\b",
    re.IGNORECASE,
)
_DEICTIC: Final = re.compile(r"\b(?P<word>yesterday|today|tonight|tomorrow)\b", re.IGNORECASE)
_AGO: Final = re.compile(
    r"\b(?P<n>\d+|a|one|two|three|four|five|six|seven)\s+(?P<unit>days?|weeks?)\s+ago\b",
    re.IGNORECASE,
)
_WEEKDAY: Final = re.compile(
    rf"\b(?:(?P<mod>[Ll]ast|[Tt]his|[Nn]ext|[Cc]oming)\s+)?{_WEEKDAY_RE}\b"
)
_NUMBER_WORDS: Final = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_NUMBER_WORDS_MORE: Final = {"six": 6, "seven": 7}


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text, resolved (offsets are into that text)."""

    start: int
    end: int
    text: str
    date: date
    precision: Precision


@dataclass(frozen=True)
class DateResolution:
    """The event date of a sentence: the date, its precision and how it was obtained."""

    date: date | None
    precision: Precision | None
    basis: DateBasis
    expression: str | None = None


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


def _weekday_date(weekday: int, mod: str | None, published: date, future: bool) -> date:
    this_monday = monday_of(published)
    mod = (mod or "").lower()
    if mod == "last":
        return this_monday - timedelta(days=7) + timedelta(days=weekday)
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


def _period(mod: str, unit: str, published: date) -> tuple[date, Precision]:
    mod = " ".join(mod.lower().split())
    offset = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(mod, 0)
    if unit.lower() == "week":
        return monday_of(published) + timedelta(days=7 * offset), "week"
    if unit.lower() == "month":
        return _add_months(published.replace(day=1), offset), "month"
    return date(published.year + offset, 1, 1), "year"


_Candidate = tuple[re.Match[str], date | None, Precision]


def _absolute(text: str, published: date | None) -> Iterator[_Candidate]:
    """Dates written out: ISO, "Oct. 22 (, 2025)", "22 October", "August 2025"."""
    for m in _ISO.finditer(text):
        yield m, _safe_date(int(m["y"]), int(m["m"]), int(m["d"])), "day"
    for rx in (_MONTH_DAY, _DAY_MONTH):
        for m in rx.finditer(text):
            month, day = _month_number(m["month"]), int(m["day"])
            if m["year"]:
                yield m, _safe_date(int(m["year"]), month, day), "day"
            elif published is not None:
                yield m, _nearest_year(month, day, published), "day"
    for m in _MONTH_YEAR.finditer(text):
        yield m, date(int(m["year"]), _month_number(m["month"]), 1), "month"


def _relative(text: str, published: date, future: bool) -> Iterator[_Candidate]:
    """Dates relative to publication: "in March", "next week", "two days ago", "tomorrow",
    "on Tuesday"."""
    for m in _MONTH_ALONE.finditer(text):
        month = _month_number(m["month"])
        year = _month_year(month, m["lead"].lower(), published, future)
        yield m, date(year, month, 1), "month"
    for m in _RELATIVE_PERIOD.finditer(text):
        value, precision = _period(m["mod"], m["unit"], published)
        yield m, value, precision
    for m in _AGO.finditer(text):
        raw = m["n"].lower()
        n = int(raw) if raw.isdigit() else {**_NUMBER_WORDS, **_NUMBER_WORDS_MORE}[raw]
        days = n * (7 if m["unit"].lower().startswith("week") else 1)
        yield m, published - timedelta(days=days), "day" if days < 7 else "week"
    for m in _DEICTIC.finditer(text):
        shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[m["word"].lower()]
        yield m, published + timedelta(days=shift), "day"
    for m in _WEEKDAY.finditer(text):
        weekday = WEEKDAYS.index(m["weekday"].lower())
        yield m, _weekday_date(weekday, m["mod"], published, future), "day"


def find_date_mentions(
    text: str, published: date | None, *, future: bool = False
) -> list[DateMention]:
    """Every date expression of ``text`` resolved against ``published``, in text order.

    Without a published date only expressions that carry their own year (ISO dates,
    "Oct. 22, 2025", "August 2025") can be resolved. Where two overlap, the first found
    (written-out dates before relative ones) wins.
    """
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    candidates = _absolute(text, published)
    if published is not None:
        candidates = itertools.chain(candidates, _relative(text, published, future))
    for match, value, precision in candidates:
        if value is None:
            continue
        start, end = match.span()
        if any(start < b and a < end for a, b in taken):
            continue
        taken.append((start, end))
        found.append(DateMention(start, end, match.group(0), value, precision))
    found.sort(key=lambda mention: mention.start)
    return found


def resolve_dates(
    sentence: str,
    published: date | None,
    *,
    near: int | None = None,
    future: bool = False,
    anchor: date | None = None,
    anchor_precision: Precision | None = None,
    lexicon: Lexicon | None = None,
) -> DateResolution:
    """The event date of ``sentence``.

    The date expression nearest to offset ``near`` (e.g. the status cue) wins; "earlier in
    the day" takes ``anchor`` (the previous dated sentence); a sentence that tells of an
    earlier time without a date gets none; anything else is dated by publication.
    """
    lex = lexicon or load_lexicon()
    mentions = find_date_mentions(sentence, published, future=future)
    if mentions:
        pos = near if near is not None else 0
        best = min(mentions, key=lambda m: (min(abs(m.start - pos), abs(m.end - pos)), m.start))
        return DateResolution(best.date, best.precision, "stated", best.text)
    if anchor is not None:
        for rx in lex.same_day:
            hit = rx.search(sentence)
            if hit:
                return DateResolution(anchor, anchor_precision or "day", "stated", hit.group(0))
    if any(rx.search(sentence) for rx in lex.past_markers):
        return DateResolution(None, None, "unknown")
    if published is None:
        return DateResolution(None, None, "unknown")
    return DateResolution(published, "day", "inferred")


# --- dates of undated documents ---------------------------------------------------------


@dataclass(frozen=True)
class DocDateInput:
    """A document as ``infer_document_dates`` needs it."""

    id: int
    text: str
    published: date | None = None
    basis: DateBasis = "unknown"


_QUOTE: Final = re.compile(r"[\u201c\"]([^\u201c\u201d\"]{6,400})[\u201d\"]")
MIN_QUOTE_WORDS: Final = 3


def quotes_of(text: str) -> list[str]:
    """The distinct quotations of ``text`` (normalised), at least ``MIN_QUOTE_WORDS`` words."""
    seen: dict[str, None] = {}
    for m in _QUOTE.finditer(text):
        norm = normalize_for_compare(m.group(1))
        if len(norm.split()) >= MIN_QUOTE_WORDS:
            seen.setdefault(norm, None)
    return list(seen)


def shared_quotes(quotes: Sequence[str], other_text_norm: str, other_quotes: Sequence[str]) -> int:
    """How many of ``quotes`` the other document carries (as a passage or as its own quote)."""
    from rapidfuzz import fuzz

    count = 0
    padded = f" {other_text_norm} "
    for quote in quotes:
        if f" {quote} " in padded:
            count += 1
            continue
        if len(quote.split()) >= 5 and any(
            fuzz.ratio(quote, oq) >= 90
            or (len(oq.split()) >= 5 and fuzz.partial_ratio(quote, oq) >= 95)
            for oq in other_quotes
        ):
            count += 1
    return count


def infer_document_dates(docs: Sequence[DocDateInput]) -> dict[int, tuple[date, str]]:
    """Dates for undated documents, taken from the dated document sharing the most quotes.

    Only documents whose date was stated or set by an analyst serve as anchors (never one
    that was itself inferred). Returns ``{doc id: (date, basis sentence)}`` for each undated
    document that shares at least one quote of three or more words with an anchor; ties go
    to the anchor listed first.
    """
    anchors = [d for d in docs if d.published is not None and d.basis in ("stated", "analyst")]
    if not anchors:
        anchors = [d for d in docs if d.published is not None and d.basis != "inferred"]
    prepared = {
        d.id: (quotes_of(d.text), normalize_for_compare(d.text))
        for d in docs
        if d.published is None or d in anchors
    }
    out: dict[int, tuple[date, str]] = {}
    for doc in docs:
        if doc.published is not None:
            continue
        quotes, norm = prepared[doc.id]
        best: tuple[int, DocDateInput] | None = None
        for anchor in anchors:
            a_quotes, a_norm = prepared[anchor.id]
            count = max(
                shared_quotes(quotes, a_norm, a_quotes), shared_quotes(a_quotes, norm, quotes)
            )
            if count and (best is None or count > best[0]):
                best = (count, anchor)
        if best is not None:
            count, anchor = best
            assert anchor.published is not None
            noun = "quote" if count == 1 else "quotes"
            out[doc.id] = (
                anchor.published,
                f"shares {count} {noun} with document {anchor.id} "
                f"dated {anchor.published.isoformat()}",
            )
    return out


def opens_quote(text: str) -> bool:
    """Whether ``text`` begins with an opening quotation mark."""
    return bool(text) and (text[0] in OPEN_QUOTES or text[0] == '"')
