"""A visit or meeting set for a day the article gives: its announcement, and what the visitor
will do during it, are scheduled with it (``scheduled_by_the_coming_day``)."""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from tracker.domain.models import Finding
from tracker.domain.vocabulary import TrackKind
from tracker.extract.eventdates import FIXABLE, TOLD_AS_PAST
from tracker.extract.lexicon import Lexicon

# The announcement of a meeting: "Trump Unveils Alaska Meeting with Putin", "announced a
# summit".
_ANNOUNCES: Final = re.compile(r"(?:announc|unveil|reveal)\w*\b", re.IGNORECASE)


def _announces(f: Finding) -> bool:
    return (
        f.signal == "proposed"
        and f.modality in TOLD_AS_PAST
        and f.cue is not None
        and _ANNOUNCES.match(f.cue) is not None
    )


# The visit ahead, or what a visitor will do during it, in an article that sets the visit's
# day: "Putin will also hold talks with Modi during the visit", "during his three-day stay,
# the president will meet …", "It will be Trump's first trip to the state since …" (the set
# visit itself, or a part of it, so scheduled with it).
_DURING_THE_VISIT: Final = re.compile(
    r"\b(?:during|in\s+the\s+course\s+of)\s+(?:the|his|her|their|this|that)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:visit|trip|stay|tour)\b",
    re.IGNORECASE,
)
# A set visit's programme: "will lay a wreath", "will be accorded a ceremonial welcome",
# "will host a banquet for", "will open his official engagements with …".
_VISIT_WORD: Final = re.compile(
    r"\b(?:visit|trip|wreaths?|wreath-laying|banquet|welcome|reception|engagements)\b",
    re.IGNORECASE,
)


def _during_the_visit(f: Finding) -> bool:
    return (
        f.signal in FIXABLE
        and f.modality == "future"
        and (
            _DURING_THE_VISIT.search(f.exact) is not None
            or (f.cue is not None and _VISIT_WORD.search(f.cue) is not None)
        )
    )


def scheduled_by_the_coming_day(
    before: list[Finding], after: list[Finding], published: date | None, lexicon: Lexicon
) -> list[Finding]:
    """A meeting announced ahead that takes the day another sentence states it is scheduled
    for (``before`` and ``after`` that dating) is scheduled, not merely proposed, as when the
    sentence names the day itself ("The summit starts tomorrow, August 15 … After that the
    delegations will hold negotiations"); so is the announcement of a meeting whose coming day
    the article sets ("Trump Unveils Alaska Meeting with Putin" over "… in Alaska on August
    15")."""
    set_for = {
        (f.track_id, f.event_date)
        for f in after
        if f.signal == "scheduled" and f.date_basis == "stated" and f.date_precision == "day"
    }
    ahead = {
        t for t, day in set_for if published is not None and day is not None and day > published
    }
    return [
        a.model_copy(
            update={
                "signal": "scheduled",
                "cameo": lexicon.cameo("scheduled"),
                "plover": lexicon.plover("scheduled"),
            }
        )
        if (
            a.signal in FIXABLE
            and a.modality == "future"
            and b.event_date == published
            and a.event_date != published
            and (a.track_id, a.event_date) in set_for
        )
        or (a.track_id in ahead and (_announces(a) or _during_the_visit(a)))
        else a
        for b, a in zip(before, after, strict=True)
    ]


# An arrival told as made: "arrived in <city> on a three-day state visit", "landed in <city>",
# "has touched down in <city>", "is on his first visit to <country>" (the visit-under-way cues of
# the ``scheduled`` signal in resources/lexicon.json).
_ARRIVAL: Final = re.compile(
    r"\b(?:arriv(?:ed|es|ing)|land(?:ed|s|ing)|touch(?:ed|es|ing)\s+down|(?:is|are)\s+on)\b",
    re.IGNORECASE,
)
_MADE: Final = frozenset({"asserted", "reported"})


def _arrived(f: Finding) -> bool:
    return (
        f.signal == "scheduled"
        and f.modality in _MADE
        and f.cue is not None
        and _ARRIVAL.match(f.cue) is not None
    )


def made_on_arrival(
    findings: list[Finding], kinds: dict[str, TrackKind], lexicon: Lexicon
) -> list[Finding]:
    """On a visit track the visit is the event, so a visitor told as arrived has made it: the
    arrival reads ``held`` (labelling convention 8). On a summit or meeting track the
    arrival only sets the encounter still to come and stays ``scheduled``."""
    return [
        f.model_copy(
            update={
                "signal": "held",
                "cameo": lexicon.cameo("held"),
                "plover": lexicon.plover("held"),
            }
        )
        if kinds.get(f.track_id) is TrackKind.VISIT and _arrived(f)
        else f
        for f in findings
    ]
