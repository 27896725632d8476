"""A track's summary, the pure part: since when its effective status holds (analyst
overrides and undone actions accounted for), whether its next event is overdue, and the
words every view uses for the status, the latest development and the next event. No I/O.

``tracker.services.summary`` feeds these helpers from the database; the window, the
command line and the briefing all read the result, so they cannot disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Protocol

from tracker.domain.times import day_of, short_date
from tracker.domain.vocabulary import label

if TYPE_CHECKING:
    # Not imported at run time: the window paints before the domain models are loaded.
    from tracker.domain.models import NextEvent
    from tracker.domain.periods import Step

# Statuses after which a planned next event no longer falls due.
ENDED = frozenset({"held", "cancelled", "closed", "concluded", "dissolved"})


class ManualChange(Protocol):
    """An analyst's transition: an override taking effect, or one ending (``revoke``)."""

    @property
    def origin(self) -> str: ...

    @property
    def status(self) -> str: ...

    @property
    def recorded_at(self) -> str: ...

    @property
    def undone(self) -> bool: ...


def _effective_runs(
    inferred: Sequence[Step], manual: Sequence[ManualChange]
) -> list[tuple[date, str]]:
    """The effective status over time as ``(start, status)`` runs: the inferred steps, with
    the overrides in force laid over them. Undone actions count as never made."""
    events: list[tuple[date, int, str, str | None]] = [
        (step.event_date, 0, "inferred", step.status)
        for step in inferred
        if step.event_date is not None
    ]
    for order, change in enumerate(sorted(manual, key=lambda c: c.recorded_at), start=1):
        if change.undone:
            continue
        value = change.status if change.origin == "override" else None
        events.append((day_of(change.recorded_at), order, "manual", value))
    events.sort(key=lambda e: (e[0], e[1]))
    runs: list[tuple[date, str]] = []
    inferred_now: str | None = None
    override_now: str | None = None
    for day, _order, what, value in events:
        if what == "inferred":
            inferred_now = value
        else:
            override_now = value
        effective = override_now or inferred_now
        if effective is not None and (not runs or runs[-1][1] != effective):
            runs.append((day, effective))
    return runs


def effective_since(
    status: str | None,
    inferred: Sequence[Step],
    manual: Sequence[ManualChange] = (),
    *,
    fallback: date | None = None,
) -> date | None:
    """When ``status`` (the effective one) began: the start of its last run, overrides laid
    over the inferred history. An override to the status already in force keeps the day it
    began; an undone override leaves no trace. ``fallback`` when the history does not end
    in ``status`` (nothing dated yet)."""
    if status is None:
        return None
    runs = _effective_runs(inferred, manual)
    if runs and runs[-1][1] == status:
        return runs[-1][0]
    return fallback


def next_event_overdue(next_event: NextEvent | None, status: str | None, today: date) -> bool:
    """Whether the next event's date has passed with the track still open (not held,
    cancelled, closed, concluded or dissolved)."""
    if next_event is None or next_event.date is None:
        return False
    return next_event.date < today and status not in ENDED


def status_words(status: str | None) -> str:
    """``on_hold`` -> ``On hold``; no status -> ``Unknown``."""
    return label(status) if status else "Unknown"


def status_line(
    status: str | None,
    *,
    since: date | None,
    as_of: date | None,
    source: str,
    confidence: str | None,
    contested: bool = False,
    needs_review: bool = False,
) -> str:
    """``On hold since 21 Oct 2025 · as of 22 Oct 2025 · inferred · moderate confidence``:
    the one line the list's tooltip, the detail pane and the command line print."""
    if status is None:
        return "No status yet · no evidence about this track"
    head = status_words(status)
    if since is not None:
        head += f" since {short_date(since)}"
    parts = [head]
    if as_of is not None and as_of != since:
        parts.append(f"as of {short_date(as_of)}")
    parts.append("analyst override" if source == "override" else "inferred")
    if confidence:
        parts.append(f"{confidence} confidence")
    if contested:
        parts.append("contested")
    if needs_review:
        parts.append("needs review")
    return " · ".join(parts)


def next_event_words(next_event: NextEvent | None, *, overdue: bool = False) -> str:
    """``20 Nov 2025 · summit · Budapest — overdue`` (its date passed with no report of
    it), or ``none known``."""
    if next_event is None or (
        next_event.date is None and not next_event.place and not next_event.what
    ):
        return "none known"
    bits = [
        b
        for b in (
            short_date(next_event.date) if next_event.date else None,
            next_event.what,
            next_event.place,
        )
        if b
    ]
    text = " · ".join(bits)
    return f"{text} — overdue" if overdue else text


def development_words(
    day: date | None,
    quote: str,
    *,
    status: str | None = None,
    signal: str | None = None,
    effect: str = "confirms",
    agrees: bool = True,
    overridden: bool = False,
    source: str | None = None,
    limit: int = 0,
) -> str:
    """``22 Oct 2025 · Postponed · Reuters: “…”``: the latest development as one line.

    It names the status the development points to (``status``) and says when that is not
    the status shown: against an analyst's override, or outweighed by better-sourced
    claims; a development that implies no status (``signal`` only: a call, a meeting of
    others called off) says it leaves the status as it is."""
    flat = " ".join(quote.split())
    if limit and len(flat) > limit:
        flat = flat[: limit - 1] + "…"
    bits = [short_date(day) if day else "undated"]
    if status is not None and not agrees and overridden:
        bits.append(f"points to {label(status)}, unlike the override")
    elif status is not None and (not agrees or effect == "outweighed"):
        bits.append(f"points to {label(status)}, outweighed by better-sourced claims")
    elif status is not None:
        bits.append(label(status))
    elif signal:
        bits.append(f"{label(signal).lower()}: a development that leaves the status as it is")
    head = " · ".join(bits)
    return f"{head} · {source}: “{flat}”" if source else f"{head}: “{flat}”"
