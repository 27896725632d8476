"""Status periods of a track: since when the current status holds, and the spans a
timeline draws (pure functions over the history; no I/O)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from tracker.domain.times import day_of


class Step(Protocol):
    """A status at an event date (an inferred history step or a stored transition)."""

    @property
    def status(self) -> str: ...

    @property
    def event_date(self) -> date | None: ...


class Change(Step, Protocol):
    """A stored transition: a step with its origin and record time."""

    @property
    def origin(self) -> str: ...

    @property
    def recorded_at(self) -> str: ...

    @property
    def contested(self) -> bool: ...


def status_since(
    status: str | None,
    inferred: Sequence[Step],
    *,
    as_of: date | None,
    override_created_at: str | None = None,
) -> date | None:
    """When ``status`` began: the day of the override in force (``override_created_at``),
    else the first event date of the last run of ``status`` in the ``inferred`` history
    (in event-date order, undated steps last), else ``as_of``."""
    if override_created_at is not None:
        return day_of(override_created_at)
    since: date | None = None
    for step in reversed(inferred):
        if step.status != status:
            break
        since = step.event_date or since
    return since or as_of


@dataclass(frozen=True)
class Span:
    """A status held from ``start`` to ``end`` (exclusive: the next change, or today)."""

    start: date
    end: date
    status: str
    origin: str
    marker_date: date
    contested: bool = False


def _day(change: Change) -> date | None:
    """When a change happened: its event date if inferred, else the day it was made."""
    if change.origin == "inferred":
        return change.event_date
    return day_of(change.recorded_at)


def _inferred_spans(history: Sequence[Change], today: date) -> list[Span]:
    dated = [h for h in history if h.origin == "inferred" and h.event_date is not None]
    dated.sort(key=lambda h: (h.event_date or today, h.recorded_at))
    starts: list[Span] = []
    for h in dated:
        start = h.event_date or today
        if starts and starts[-1].status == h.status:
            continue  # a repeat of the same status is no change
        starts.append(Span(start, start, h.status, "inferred", start, h.contested))
    # each span ends at the next differing status
    return [
        Span(
            s.start,
            starts[i + 1].start if i + 1 < len(starts) else max(today, s.start),
            s.status,
            s.origin,
            s.marker_date,
            s.contested,
        )
        for i, s in enumerate(starts)
    ]


def status_periods(
    history: Sequence[Change], today: date
) -> tuple[list[Span], list[Span], list[tuple[date, str]]]:
    """Inferred spans, override spans and revoke marks (date, status back to)."""
    manual = sorted((h for h in history if h.origin != "inferred"), key=lambda h: h.recorded_at)
    overrides: list[Span] = []
    revokes: list[tuple[date, str]] = []
    for i, h in enumerate(manual):
        day = _day(h) or today
        if h.origin == "override":
            nxt = manual[i + 1] if i + 1 < len(manual) else None
            end = (_day(nxt) or today) if nxt is not None else today
            overrides.append(Span(day, max(end, day), h.status, "override", day))
        else:
            revokes.append((day, h.status))
    return _inferred_spans(history, today), overrides, revokes
