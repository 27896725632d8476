"""A visit or meeting set for a day the article gives: its announcement, and what the visitor
will do during it, are scheduled with it (``scheduled_by_the_coming_day``)."""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from tracker.domain.models import Finding
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
