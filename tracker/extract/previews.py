"""Summits and conferences told ahead in the present: a preview's tense.

A page written before a summit tells it in the present as often as in the future: a headline
("Leaders gather in Washington for the summit", "COP29 kicks off on Monday"), a lead ("Leaders
meet this week for a summit"), a running present ("the meeting being held in Apia this week",
"Among those attending will be …"). English uses the simple present, and the progressive,
for an event set on a timetable; an analyst reads such a sentence as the event `scheduled`
for the day it gives, and the event `held` only from reporting of it happening.

Two readings, applied after the findings are built (``document.extract_document``):

* the present told ahead of its day: a start or gathering verb in the present (simple or
  progressive) with a day ahead of the article ("on Tuesday" in Monday's paper, "tomorrow",
  "this week", "next week"; on a page that prints no date, any such expression) is the event
  set for that day;
* the page's own tense frame: on a page that tells the track's event ahead (a future of it)
  and nowhere as begun or held in the past, a present of the event with no day of its own
  ("brings together", "is hosting", "is being held", "taking part") is that plan too.

Refused: the present of a report written once the event began ("NATO summit begins in
Washington" over "leaders have opened a summit"; the past anywhere on the page of that
track), a present told for the article's own day ("are meeting today"), a wish or a
supposition ("hope to meet"), and a plan undone ("had been due to open").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Final

from tracker.domain.models import Finding
from tracker.domain.times import WEEKDAY_NAMES
from tracker.domain.vocabulary import TrackKind
from tracker.extract.cuechoice import cue_wished_or_supposed, ministers_meet_in
from tracker.extract.eventdates import TOLD_AS_PAST
from tracker.extract.lexicon import Lexicon
from tracker.extract.rulenames import PRESENT_OF_A_PREVIEW, RANGE_UNDER_WAY, read_again

_WEEKDAY: Final = rf"(?:{'|'.join(WEEKDAY_NAMES)})"
# A modal or "to" before a bare verb makes it no present: "to meet", "will open", "did not".
_NO_PRESENT_BEFORE: Final = (
    r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)"
    r"(?<!\bshall\s)(?<!\bcan\s)(?<!\bnot\s)(?<!\bdid\s)(?<!\bdo\s)(?<!\bdoes\s)(?<!\bmust\s)"
    r"(?<!\bshould\s)(?<!\bn't\s)(?<!\bn’t\s)"
)
# The present of a gathering or its start: "leaders meet", "the summit opens", "COP29 kicks
# off", "the meeting runs until", "brings together", "are arriving", "is being held",
# "is hosting", "days away from hosting".
_PRESENT_EVENT: Final = re.compile(
    _NO_PRESENT_BEFORE
    + r"\b(?:meets?|gathers?|convenes?|converges?|descends?|arrives?|opens|begins|starts|"
    r"kicks\s+off|runs|brings\s+together|hosts|gets\s+under\s?way|takes\s+part|participates|"
    r"attends)\b"
    r"|\b(?:is|are)\s+(?:(?:now|already|also|all)\s+)?(?:being\s+held|taking\s+place|hosting|"
    r"arriving|gathering|meeting|converging|descending|coming\s+together|on\s+in|taking\s+part|"
    r"attending|participating)\b"
    r"|\bbeing\s+held\b"
    r"|\b(?:is|are)\s+(?:only\s+|just\s+)?(?:(?:a\s+)?(?:few\s+)?(?:days?|hours?|weeks?)|a\s+day|"
    r"a\s+week)\s+away\s+from\b",
    re.IGNORECASE,
)
# A day ahead told with a present: "on Tuesday", "tomorrow", "this week", "next week".
_AHEAD_WORDS: Final = re.compile(
    rf"\b(?:(?:on\s+)?{_WEEKDAY}|tomorrow|this\s+week(?:end)?|next\s+week(?:end)?|"
    r"later\s+this\s+week|in\s+the\s+coming\s+days|(?:days?|hours?|weeks?)\s+away)\b",
    re.IGNORECASE,
)
# The present told for the article's own day or as going on: "today", "now", "currently".
_NOW_WORDS: Final = re.compile(r"\b(?:today|tonight|now|currently|under\s?way)\b", re.IGNORECASE)
# A wish to meet, not a plan: "hopes the leaders meet next week".
_WISHED: Final = re.compile(
    r"\b(?:hopes?|hoped|hoping|wish(?:es|ed)?|wants?|wanted|would\s+like|urg(?:es|ed)|calls?\s+for|"
    r"proposes?|proposed|suggests?|suggested|offers?|offered)\b",
    re.IGNORECASE,
)
# A present of attendance with a future beside it: "Among those attending will be …",
# "X will preside, taking part for the first time".
_ATTENDANCE: Final = re.compile(
    r"\b(?:attending|attends?|taking\s+part|takes?\s+part|participating)\b", re.IGNORECASE
)
# A plan undone or only supposed in the sentence itself.
_UNDONE: Final = re.compile(
    r"\b(?:had\s+(?:\w+\s+)?(?:planned|hoped|intended|been\s+(?:due|set|expected|scheduled))|"
    r"was\s+to\s+have|were\s+to\s+have|if|unless|would)\b",
    re.IGNORECASE,
)
# A past of the event on the page: the track told begun or held ("have opened", "began").
_BEGUN_SIGNALS: Final = frozenset({"held", "session_under_way"})
# A past in the cue that told the event held: "opened a summit", "have met", "began".
_PAST: Final = re.compile(
    r"\b(?:\w+ed|began|begun|met|held|took|gave|spoke|said|went|came|won|wound|got|has|have|had|"
    r"was|were)\b",
    re.IGNORECASE,
)
_BE_HELD: Final = re.compile(r"\b(?:being|be)\s+held\b", re.IGNORECASE)
# Readings a preview's present may replace: none, or the held of a present or future cue.
_REREAD: Final = frozenset({None, "held"})
_PLANS: Final = frozenset({"scheduled", "preparing", "attending"})


def told_ahead_in_the_present(
    findings: list[Finding],
    published: date | None,
    kinds: Mapping[str, TrackKind],
    lexicon: Lexicon,
) -> list[Finding]:
    """The findings with a preview's present read as the plan it tells: ``scheduled``,
    dated to the day the sentence gives or, with none, to the day the page sets for the
    track's event (module docstring)."""
    begun = {f.track_id for f in findings if _told_begun(f, published, kinds.get(f.track_id))}
    barred = begun | {(f.track_id, f.start) for f in _present_of_another(findings)}
    # ministers meeting: their own gathering, not the leaders' (cuechoice.ministers_gathered)
    barred |= {
        (f.track_id, f.start) for f in findings if ministers_meet_in(f.exact, kinds.get(f.track_id))
    }
    # first the presents with a day of their own ahead, which then set the page's plan too
    first = [
        _scheduled(f, None, published, lexicon)
        if not _barred(f, barred) and _present_ahead(f, published, page_ahead=False)
        else f
        for f in findings
    ]
    ahead = _days_ahead(first, published)
    if published is not None:
        first = [
            _under_way(f, start, lexicon) if start is not None else f
            for f, start in ((f, _week_under_way(f, published)) for f in first)
        ]
    return [
        _scheduled(f, _plan_for(f, ahead, kinds), published, lexicon)
        if g is f and not _barred(f, barred) and _present_ahead(f, published, f.track_id in ahead)
        else g
        for f, g in zip(findings, first, strict=True)
    ]


def _plan_for(
    f: Finding, ahead: Mapping[str, Finding], kinds: Mapping[str, TrackKind]
) -> Finding | None:
    """The page's plan whose day a present with none of its own takes; none on a visit, whose
    arrival told in the present keeps its own day (labelling convention 8)."""
    return None if kinds.get(f.track_id) is TrackKind.VISIT else ahead.get(f.track_id)


def _barred(f: Finding, barred: set[str | tuple[str, int]]) -> bool:
    """Whether ``f``'s track is told begun on the page, or its sentence's present is another
    track's (``_present_of_another``)."""
    return f.track_id in barred or (f.track_id, f.start) in barred


def _present_of_another(findings: list[Finding]) -> list[Finding]:
    """The findings whose sentence's present belongs to another track's cue there: "… a
    state visit that overlaps with the APEC summit, which opens Friday" is the summit's
    opening (its cue "summit, which opens"), not the visit's or a meeting's."""
    cues: dict[int, list[tuple[str, str]]] = {}
    for f in findings:
        if f.cue and f.signal is not None:
            cues.setdefault(f.start, []).append((f.track_id, f.cue))
    return [
        f
        for f in findings
        if any(
            tid != f.track_id and _PRESENT_EVENT.search(cue) is not None
            for tid, cue in cues.get(f.start, [])
        )
    ]


def _told_begun(f: Finding, published: date | None, kind: TrackKind | None) -> bool:
    """Whether ``f`` tells its track's event begun or held in the past (not the present of
    a preview, not a day after the article's); on a visit, its arrival is the visit begun."""
    begun = _BEGUN_SIGNALS | {"visit_made"} if kind is TrackKind.VISIT else _BEGUN_SIGNALS
    return (
        f.signal in begun
        and f.modality in TOLD_AS_PAST
        and not f.context
        and f.cue is not None
        and _PAST.search(f.cue) is not None
        and _BE_HELD.search(f.cue) is None
        and not _will(f.exact)
        and not (published is not None and f.event_date is not None and f.event_date > published)
    )


def _days_ahead(findings: Iterable[Finding], published: date | None) -> dict[str, Finding]:
    """Per track, the plan the page tells ahead: a plan or a future of the event, not
    wished, not undone; of those, the earliest day the page states (the event's first)."""
    ahead: dict[str, Finding] = {}
    for f in findings:
        if f.context or cue_wished_or_supposed(f.exact, f.cue) or _UNDONE.search(f.exact):
            continue
        future = f.modality == "future" or (
            published is not None and f.event_date is not None and f.event_date > published
        )
        set_ahead = f.signal == "scheduled" and not (
            published is not None and f.event_date is not None and f.event_date < published
        )
        if set_ahead or (future and (f.signal in _PLANS or f.signal in _REREAD)):
            best = ahead.get(f.track_id)
            if best is None or _earlier_stated(f, best):
                ahead[f.track_id] = f
    return ahead


def _earlier_stated(f: Finding, best: Finding) -> bool:
    """Whether ``f`` states a day earlier than ``best``'s, or ``best`` states none."""
    if f.date_basis != "stated" or f.event_date is None:
        return False
    return best.date_basis != "stated" or best.event_date is None or f.event_date < best.event_date


def _present_ahead(f: Finding, published: date | None, page_ahead: bool) -> bool:
    """Whether ``f`` is a present of its event told ahead: with a day ahead of its own, or
    with none on a page that tells the event ahead (module docstring)."""
    if not _open_to_reading(f):
        return False
    if f.signal is None and _will_start(f.exact):
        return True
    present = _told_in_the_present(f.exact) and not _NOW_WORDS.search(f.exact)
    if present and _AHEAD_WORDS.search(f.exact):
        return _day_not_behind(f, published)
    return page_ahead and (
        present or (_will(f.exact) and _ATTENDANCE.search(f.cue or "") is not None)
    )


def _open_to_reading(f: Finding) -> bool:
    """A finding with no status, or a held a present may have misread, told plainly: not of
    another event, not wished, supposed or undone."""
    return (
        f.signal in _REREAD
        and not f.context
        and f.modality in ("asserted", "future")
        and _UNDONE.search(f.exact) is None
        and _WISHED.search(f.exact) is None
        and not cue_wished_or_supposed(f.exact, f.cue)
    )


def _told_in_the_present(sentence: str) -> bool:
    """A present of the event in ``sentence`` with no modal or "to" a word or two before
    it ("will also meet", "to then gather" are no present)."""
    return any(
        _MODAL_BEFORE.search(sentence, max(0, m.start() - 30), m.start()) is None
        for m in _PRESENT_EVENT.finditer(sentence)
    )


_MODAL_BEFORE: Final = re.compile(
    r"\b(?:to|will|would|could|may|might|shall|can|must|should|did|do|does|not|n[’']t)\s+"
    r"(?:\w+\s+)?\Z",
    re.IGNORECASE,
)


def _day_not_behind(f: Finding, published: date | None) -> bool:
    """The sentence's own day is not before the article's (or is a weekday put in the week
    gone, ``_weekday_behind``)."""
    return (
        published is None
        or f.event_date is None
        or f.event_date >= published
        or _weekday_behind(f, published) is not None
    )


def _will_start(sentence: str) -> bool:
    """ "COP29 will begin in Baku tomorrow": the event's own start told ahead."""
    return _WILL_START.search(sentence) is not None


# The event's own start ahead: "will begin", "is set to open", "will get under way".
_WILL_START: Final = re.compile(
    r"\b(?:will|is\s+to|are\s+to|is\s+(?:set|due)\s+to|are\s+(?:set|due)\s+to)\s+"
    r"(?:(?:also|then|formally|officially)\s+)?(?:begin|start|open|kick\s+off|"
    r"get\s+under\s?way|convene|run)\b(?!\s+(?:\w+ing|to|the|a|an|its|his|her|their)\b)",
    re.IGNORECASE,
)
_WILL: Final = re.compile(r"\b(?:will|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to)\s+(?!not\b)")


def _will(sentence: str) -> bool:
    return _WILL.search(sentence) is not None


_DAYS: Final = tuple(name.lower() for name in WEEKDAY_NAMES)
_WEEKDAY_RANGE: Final = re.compile(
    rf"\bfrom\s+({_WEEKDAY})\s+(?:to|through|until|till|thru)\s+({_WEEKDAY})\b", re.IGNORECASE
)


def _week_under_way(f: Finding, published: date) -> date | None:
    """The first day of a range of weekdays told in the present that holds the article's own
    weekday ("The meeting runs from Tuesday to Thursday" in Wednesday's report: this week's
    Tuesday, the event under way), when the date reading put it in the coming week; None
    otherwise (labelling convention 15: a range is dated by its first day)."""
    m = _WEEKDAY_RANGE.search(f.exact)
    if m is None or f.signal not in _REREAD | {"scheduled"} or f.modality == "future":
        return None
    first, last = _DAYS.index(m.group(1).lower()), _DAYS.index(m.group(2).lower())
    if not first <= published.weekday() <= last or _will(f.exact):
        return None
    start = published - timedelta(days=published.weekday() - first)
    return None if f.event_date == start or not _told_in_the_present(f.exact) else start


def _under_way(f: Finding, start: date, lexicon: Lexicon) -> Finding:
    """``f`` read ``held`` on ``start``, the first day of the week's range it names
    (``_week_under_way``)."""
    return f.model_copy(
        update={
            "signal": "held",
            "rule": read_again(f.rule, RANGE_UNDER_WAY),
            "cameo": lexicon.cameo("held"),
            "plover": lexicon.plover("held"),
            "event_date": start,
            "date_precision": "day",
            "date_basis": "stated",
        }
    )


def _weekday_behind(f: Finding, published: date) -> date | None:
    """The coming day of a weekday a present told ahead names but the date reading put in
    the week gone ("Leaders gather in Tallinn on Friday" in Wednesday's paper: this Friday,
    not last Friday's); None when ``f`` names no such day."""
    day = f.event_date
    if (
        day is None
        or f.date_basis != "stated"
        or f.date_precision != "day"
        or not 0 < (published - day).days < 7
        or re.search(rf"\b{WEEKDAY_NAMES[day.weekday()]}\b", f.exact) is None
    ):
        return None
    return day + timedelta(days=7)


def _scheduled(
    f: Finding, plan: Finding | None, published: date | None, lexicon: Lexicon
) -> Finding:
    """``f`` read ``scheduled``; with no day of its own ahead, the page's day for the plan."""
    update: dict[str, object] = {
        "signal": "scheduled",
        "rule": read_again(f.rule, PRESENT_OF_A_PREVIEW),
        "cameo": lexicon.cameo("scheduled"),
        "plover": lexicon.plover("scheduled"),
    }
    own_day = f.date_basis == "stated" and (
        published is None or f.event_date is None or f.event_date >= published
    )
    coming = None if published is None else _weekday_behind(f, published)
    if coming is not None:
        update["event_date"] = coming
    elif plan is not None and plan.event_date is not None and not own_day:
        update.update(
            event_date=plan.event_date,
            date_precision=plan.date_precision,
            date_basis=plan.date_basis,
        )
    return f.model_copy(update=update)
