"""The analyst's judgements on excerpts and rules taught to the tracker. Pure data: no I/O.

A ``Judgement`` is one analyst act on one excerpt, anchored like the excerpt itself (the
quote with its prefix and suffix, and the offsets it had), so it survives re-extraction:
the excerpt it applies to is found again by its quote, never kept by id alone. Each field
left ``None`` leaves that part of the reading as it was; the reading of an excerpt is its
judgements folded oldest first (see ``tracker.services.readings``).

A ``LexiconRule`` is a phrase an analyst teaches the tracker: a cue of a status signal
(optionally only for some kinds of track), a phrase that is not a cue, or a modality cue.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field

from tracker.domain.models import Modality, Precision, RejectReason
from tracker.domain.times import MONTHS, parse_user_date
from tracker.domain.vocabulary import TrackKind

JudgementKind = Literal["judge", "add"]
Verdict = Literal["confirmed", "rejected"]
RuleEffect = Literal["signal", "not_cue", "modality"]
RuleModality = Literal["negated", "denied", "hypothetical", "future", "reported"]

# "--signal none": the excerpt carries no status signal.
NO_SIGNAL: Final = "none"
ANALYST_DATE_PRECISIONS: Final = ("day", "week", "month")

REJECT_REASONS: Final[dict[str, str]] = {
    "not_about_track": "not about this track",
    "not_evidence": "not evidence",
    "boilerplate": "boilerplate",
}
MODALITIES: Final = ("asserted", "reported", "future", "hypothetical", "negated", "denied")
RULE_MODALITIES: Final = ("negated", "denied", "hypothetical", "future", "reported")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Judgement(_Model):
    """One analyst act on one excerpt (``kind="add"``: the act of adding it by hand)."""

    id: int | None = None
    kind: JudgementKind = "judge"
    document_id: int
    track_id: str  # the track the excerpt was read for
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""
    excerpt_id: int | None = None  # the excerpt it applies to now; None: orphaned
    verdict: Verdict | None = None
    reason: RejectReason | None = None
    signal: str | None = None  # NO_SIGNAL: no status signal
    modality: Modality | None = None
    event_date: dt.date | None = None
    date_precision: Precision | None = None
    tracks: list[str] | None = None  # the tracks it is evidence for after this act
    note: str | None = None
    analyst: str
    created_at: str
    ended_at: str | None = None
    ended_action: Literal["undone"] | None = None

    def record(self) -> dict[str, object]:
        """The full judgement as an audit payload holds it (the link left out: it is
        derived, found again after every re-extraction)."""
        return self.model_dump(mode="json", exclude={"excerpt_id"})


class LexiconRule(_Model):
    """A phrase an analyst taught the tracker, layered over the bundled lexicon."""

    id: int | None = None
    phrase: str = Field(min_length=1)
    effect: RuleEffect = "signal"
    signal: str | None = None
    modality: RuleModality | None = None
    kinds: list[TrackKind] = Field(default_factory=list)  # empty: every kind
    note: str | None = None
    excerpt_id: int | None = None  # the corrected excerpt it was taught from
    analyst: str
    created_at: str
    removed_at: str | None = None

    def key(self) -> tuple[str, str, str | None, str | None, tuple[str, ...]]:
        """What makes two rules the same rule (case and spacing of the phrase aside)."""
        phrase = " ".join(self.phrase.lower().split())
        kinds = tuple(sorted(k.value for k in self.kinds))
        return (phrase, self.effect, self.signal, self.modality, kinds)

    def describe(self) -> str:
        """``'co-chaired' → held (meeting tracks)`` in words."""
        if self.effect == "not_cue":
            return f"“{self.phrase}” is not a status cue"
        if self.effect == "modality":
            return f"“{self.phrase}” makes a cue {self.modality}"
        kinds = ", ".join(k.value for k in self.kinds)
        where = f" ({kinds} tracks)" if kinds else ""
        return f"“{self.phrase}” → {self.signal}{where}"


def parse_reason(value: str) -> RejectReason:
    """``not about this track`` / ``not-about-track`` / ``off-track`` -> a reason code."""
    key = re.sub(r"[\s\-]+", "_", value.strip().lower())
    aliases = {
        "not_about_this_track": "not_about_track",
        "off_track": "not_about_track",
        "wrong_track": "not_about_track",
        "not_a_signal": "not_evidence",
        "furniture": "boilerplate",
    }
    key = aliases.get(key, key)
    if key in REJECT_REASONS:
        return key  # type: ignore[return-value]
    choices = ", ".join(r.replace("_", "-") for r in REJECT_REASONS)
    raise ValueError(f"{value!r} is not a reason to reject; use one of: {choices}")


def reason_words(reason: str | None) -> str:
    return REJECT_REASONS.get(reason or "", reason or "")


_MONTH_YEAR = re.compile(r"^([A-Za-z]+)\.?\s+(\d{4})$")
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_ISO_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)
_WEEK_OF = re.compile(r"^week\s+of\s+(.+)$", re.IGNORECASE)


def snap(day: dt.date, precision: Precision) -> dt.date:
    """The date an event of that precision is stored under: the Monday of its week, the
    first of its month (as extraction stores "last week" and "in August")."""
    if precision == "week":
        return day - dt.timedelta(days=day.weekday())
    if precision == "month":
        return day.replace(day=1)
    if precision == "year":
        return day.replace(month=1, day=1)
    return day


def parse_event_date(value: str, precision: str | None = None) -> tuple[dt.date, Precision]:
    """An event date typed by an analyst, with its precision.

    ``2025-12-04`` or ``4 December 2025`` (a day), ``2025-W49`` or ``week of 2025-12-01``
    (the week), ``2025-12`` or ``December 2025`` (the month). ``precision`` (day, week or
    month) overrides what the form says. ``ValueError`` for anything else.
    """
    text = " ".join(value.strip().split())
    day, found = _parse_period(text)
    if precision is not None:
        if precision not in ANALYST_DATE_PRECISIONS:
            raise ValueError(f"{precision!r} is not a precision; use day, week or month")
        found = precision  # type: ignore[assignment]
    return snap(day, found), found


def _parse_period(text: str) -> tuple[dt.date, Precision]:
    if m := _WEEK_OF.match(text):
        day, _ = _parse_period(m.group(1))
        return day, "week"
    if m := _ISO_WEEK.match(text):
        try:
            return dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1), "week"
        except ValueError:
            raise ValueError(f"{text!r} is not a week of the calendar") from None
    if m := _YEAR_MONTH.match(text):
        month = int(m.group(2))
        if 1 <= month <= 12:
            return dt.date(int(m.group(1)), month, 1), "month"
    if m := _MONTH_YEAR.match(text):
        named = MONTHS.get(m.group(1).lower())
        if named is not None:
            return dt.date(int(m.group(2)), named, 1), "month"
    try:
        return parse_user_date(text), "day"
    except ValueError:
        raise ValueError(
            f"{text!r} is not a date; use YYYY-MM-DD (a day), YYYY-Www (a week) or "
            "YYYY-MM (a month)"
        ) from None


def describe_date(day: dt.date | None, precision: str | None) -> str:
    """``4 Dec 2025`` / ``week of 1 Dec 2025`` / ``December 2025``."""
    if day is None:
        return "no date"
    if precision == "week":
        return f"week of {day.day} {day:%b %Y}"
    if precision == "month":
        return f"{day:%B %Y}"
    if precision == "year":
        return f"{day.year}"
    return f"{day.day} {day:%b %Y}"
