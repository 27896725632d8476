"""The status vocabulary per track kind, the allowed moves, and the analyst's scales.

Everything here is plain data so the UI, the CLI, inference and the tests read one table.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final, Literal, cast

from tracker.domain.errors import IllegalStatusError


class TrackKind(StrEnum):
    SUMMIT = "summit"
    MEETING = "meeting"
    VISIT = "visit"
    CONFERENCE = "conference"
    CHANNEL = "channel"
    TALKS = "talks"
    INITIATIVE = "initiative"
    COALITION = "coalition"


class KindFamily(StrEnum):
    """Kinds that share a status vocabulary: one planned encounter, a standing line of
    contact (or a negotiation held in rounds), a group or plan."""

    ENCOUNTER = "encounter"
    CHANNEL = "channel"
    GROUP = "group"


FAMILY_OF_KIND: Final[dict[TrackKind, KindFamily]] = {
    TrackKind.SUMMIT: KindFamily.ENCOUNTER,
    TrackKind.MEETING: KindFamily.ENCOUNTER,
    TrackKind.VISIT: KindFamily.ENCOUNTER,
    TrackKind.CONFERENCE: KindFamily.ENCOUNTER,
    TrackKind.CHANNEL: KindFamily.CHANNEL,
    TrackKind.TALKS: KindFamily.CHANNEL,
    TrackKind.INITIATIVE: KindFamily.GROUP,
    TrackKind.COALITION: KindFamily.GROUP,
}


def kind_family(kind: str | TrackKind) -> KindFamily:
    """The family of a track kind (``talks`` -> channel)."""
    return FAMILY_OF_KIND[TrackKind(kind)]


# Encounters of the leaders themselves: "talks" between their countries are their
# delegations', not theirs.
LEADERS_KINDS: Final = frozenset({TrackKind.SUMMIT, TrackKind.MEETING, TrackKind.VISIT})

# Other words analysts use for a kind of track ("state visit", "negotiations", "peace
# process"); plurals of the kinds' own names are read as the kind too.
KIND_SYNONYMS: Final[dict[str, TrackKind]] = {
    "summit meeting": TrackKind.SUMMIT,
    "leaders summit": TrackKind.SUMMIT,
    "bilateral": TrackKind.MEETING,
    "bilateral meeting": TrackKind.MEETING,
    "encounter": TrackKind.MEETING,
    "state visit": TrackKind.VISIT,
    "official visit": TrackKind.VISIT,
    "working visit": TrackKind.VISIT,
    "trip": TrackKind.VISIT,
    "forum": TrackKind.CONFERENCE,
    "dialogue": TrackKind.CHANNEL,
    "contact": TrackKind.CHANNEL,
    "negotiation": TrackKind.TALKS,
    "negotiations": TrackKind.TALKS,
    "peace talks": TrackKind.TALKS,
    "process": TrackKind.INITIATIVE,
    "peace process": TrackKind.INITIATIVE,
    "agreement": TrackKind.INITIATIVE,
    "accord": TrackKind.INITIATIVE,
    "deal": TrackKind.INITIATIVE,
    "treaty": TrackKind.INITIATIVE,
    "ceasefire": TrackKind.INITIATIVE,
    "plan": TrackKind.INITIATIVE,
    "alliance": TrackKind.COALITION,
    "contact group": TrackKind.COALITION,
    "group": TrackKind.COALITION,
}

_KIND_NAMES: Final = frozenset(k.value for k in TrackKind)


def parse_kind(value: str | TrackKind) -> TrackKind:
    """The kind an analyst means by ``value``: a kind's name in any case or plural
    ("Talks", "summits"), or a word of ``KIND_SYNONYMS`` ("state visit" -> visit).
    Raises ValueError naming the kinds when it is none of them."""
    if isinstance(value, TrackKind):
        return value
    words = " ".join(value.replace("-", " ").replace("_", " ").replace("'", "").split()).lower()
    for candidate in (words, words[:-1] if words.endswith("s") else words):
        if candidate in _KIND_NAMES:
            return TrackKind(candidate)
        if candidate in KIND_SYNONYMS:
            return KIND_SYNONYMS[candidate]
    names = ", ".join(k.value for k in TrackKind)
    raise ValueError(f"{value!r} is not a kind of track; use one of: {names}")


_ENCOUNTER: Final = (
    "proposed",
    "preparing",
    "scheduled",
    "held",
    "on_hold",
    "postponed",
    "cancelled",
)
_CHANNEL: Final = ("active", "stalled", "suspended", "closed")
_GROUP: Final = ("forming", "active", "stalled", "concluded", "dissolved")

_FAMILY_STATUSES: Final[dict[KindFamily, tuple[str, ...]]] = {
    KindFamily.ENCOUNTER: _ENCOUNTER,
    KindFamily.CHANNEL: _CHANNEL,
    KindFamily.GROUP: _GROUP,
}
STATUSES: Final[dict[TrackKind, tuple[str, ...]]] = {
    kind: _FAMILY_STATUSES[family] for kind, family in FAMILY_OF_KIND.items()
}

_ENCOUNTER_MOVES: Final[dict[str, frozenset[str]]] = {
    "proposed": frozenset({"preparing", "scheduled", "held", "on_hold", "postponed", "cancelled"}),
    "preparing": frozenset({"scheduled", "held", "on_hold", "postponed", "cancelled"}),
    "scheduled": frozenset({"preparing", "held", "on_hold", "postponed", "cancelled"}),
    "on_hold": frozenset({"proposed", "preparing", "scheduled", "postponed", "cancelled"}),
    "postponed": frozenset({"proposed", "preparing", "scheduled", "on_hold", "cancelled"}),
    "cancelled": frozenset({"proposed"}),
    "held": frozenset(),
}
_CHANNEL_MOVES: Final[dict[str, frozenset[str]]] = {
    "active": frozenset({"stalled", "suspended", "closed"}),
    "stalled": frozenset({"active", "suspended", "closed"}),
    "suspended": frozenset({"active", "stalled", "closed"}),
    "closed": frozenset({"active"}),
}
_GROUP_MOVES: Final[dict[str, frozenset[str]]] = {
    "forming": frozenset({"active", "stalled", "dissolved"}),
    "active": frozenset({"stalled", "concluded", "dissolved"}),
    "stalled": frozenset({"active", "concluded", "dissolved"}),
    "concluded": frozenset(),
    "dissolved": frozenset({"forming"}),
}

_FAMILY_MOVES: Final[dict[KindFamily, dict[str, frozenset[str]]]] = {
    KindFamily.ENCOUNTER: _ENCOUNTER_MOVES,
    KindFamily.CHANNEL: _CHANNEL_MOVES,
    KindFamily.GROUP: _GROUP_MOVES,
}
ALLOWED_MOVES: Final[dict[TrackKind, dict[str, frozenset[str]]]] = {
    kind: _FAMILY_MOVES[family] for kind, family in FAMILY_OF_KIND.items()
}

# The statuses that say a track is not going ahead, from the least committal to the most:
# "on hold" asserts less than "postponed", which asserts less than "cancelled". When
# reporting flips back and forth between them, every source agrees on the least of them.
_FAMILY_HALTS: Final[dict[KindFamily, tuple[str, ...]]] = {
    KindFamily.ENCOUNTER: ("on_hold", "postponed", "cancelled"),
    KindFamily.CHANNEL: ("stalled", "suspended", "closed"),
    KindFamily.GROUP: ("stalled", "dissolved"),
}
HALTS: Final[dict[TrackKind, tuple[str, ...]]] = {
    kind: _FAMILY_HALTS[family] for kind, family in FAMILY_OF_KIND.items()
}

# Colour family of each status, as the UI and briefings show it.
FAMILY: Final[dict[str, str]] = {
    "active": "good",
    "held": "good",
    "scheduled": "good",
    "proposed": "pending",
    "preparing": "pending",
    "on_hold": "pending",
    "postponed": "pending",
    "stalled": "pending",
    "forming": "pending",
    "cancelled": "bad",
    "suspended": "bad",
    "closed": "bad",
    "dissolved": "bad",
    "concluded": "done",
}

# The analyst's scales and the statuses, as types: a value outside them is refused when a
# model is made (the tables below give their order and words).
Status = Literal[
    "proposed",
    "preparing",
    "scheduled",
    "held",
    "on_hold",
    "postponed",
    "cancelled",
    "active",
    "stalled",
    "suspended",
    "closed",
    "forming",
    "concluded",
    "dissolved",
]
Reliability = Literal["A", "B", "C", "D", "E", "F"]
Credibility = Literal[1, 2, 3, 4, 5, 6]
Likelihood = Literal[
    "almost no chance",
    "very unlikely",
    "unlikely",
    "roughly even chance",
    "likely",
    "very likely",
    "almost certain",
]
Confidence = Literal["low", "moderate", "high"]

# ICD 203 estimative language: term -> (low %, high %).
LIKELIHOOD_TERMS: Final[dict[str, tuple[int, int]]] = {
    "almost no chance": (1, 5),
    "very unlikely": (5, 20),
    "unlikely": (20, 45),
    "roughly even chance": (45, 55),
    "likely": (55, 80),
    "very likely": (80, 95),
    "almost certain": (95, 99),
}
CONFIDENCE_LEVELS: Final = ("low", "moderate", "high")

# Admiralty / NATO source grading.
RELIABILITY: Final[dict[str, str]] = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}
CREDIBILITY: Final[dict[int, str]] = {
    1: "confirmed by independent sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth cannot be judged",
}

DATE_BASES: Final = ("stated", "inferred", "analyst", "unknown")


def label(status: str) -> str:
    """Human label of a status: ``on_hold`` -> ``On hold``."""
    return status.replace("_", " ").capitalize()


def statuses_for(kind: str | TrackKind) -> tuple[str, ...]:
    """The statuses a track of ``kind`` may take."""
    try:
        return STATUSES[TrackKind(kind)]
    except ValueError:
        kinds = ", ".join(k.value for k in TrackKind)
        raise IllegalStatusError(f"unknown track kind {kind!r}; kinds are: {kinds}") from None


def check_status(kind: str | TrackKind, status: str) -> Status:
    """Return ``status`` if it belongs to ``kind``, else raise with the allowed list."""
    allowed = statuses_for(kind)
    if status not in allowed:
        raise IllegalStatusError(
            f"status {status!r} is not a {TrackKind(kind).value} status; "
            f"allowed: {', '.join(allowed)}"
        )
    return cast(Status, status)


def is_allowed_move(kind: str | TrackKind, old: str | None, new: str) -> bool:
    """Whether the rules allow a move from ``old`` to ``new`` (any first status is allowed)."""
    check_status(kind, new)
    if old is None or old == new:
        return True
    return new in ALLOWED_MOVES[TrackKind(kind)].get(old, frozenset())


def is_terminal(kind: str | TrackKind, status: str) -> bool:
    """Whether ``status`` is an end state of ``kind``: no move leaves it (held, concluded)."""
    return not ALLOWED_MOVES[TrackKind(kind)].get(status, frozenset({"?"}))


def check_likelihood(term: str | None) -> Likelihood | None:
    """Validate an ICD 203 likelihood term (case-insensitive); ``None`` passes."""
    if term is None:
        return None
    norm = " ".join(term.lower().split())
    if norm not in LIKELIHOOD_TERMS:
        raise IllegalStatusError(
            f"unknown likelihood {term!r}; use one of: {', '.join(LIKELIHOOD_TERMS)}"
        )
    return cast(Likelihood, norm)


def check_confidence(level: str | None) -> Confidence | None:
    """Validate a confidence level; ``None`` passes."""
    if level is None:
        return None
    norm = level.strip().lower()
    if norm not in CONFIDENCE_LEVELS:
        raise IllegalStatusError(
            f"unknown confidence {level!r}; use one of: {', '.join(CONFIDENCE_LEVELS)}"
        )
    return cast(Confidence, norm)


def check_reliability(grade: str) -> Reliability:
    """Validate an Admiralty reliability letter A–F."""
    norm = grade.strip().upper()
    if norm not in RELIABILITY:
        raise IllegalStatusError(f"unknown reliability {grade!r}; use one of: A, B, C, D, E, F")
    return cast(Reliability, norm)
