"""Since when a status holds, and the spans of a timeline."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain.models import HistoryStep, Transition
from tracker.domain.periods import Span, status_periods, status_since

D = date(2025, 10, 1)


def step(status: str, day: int | None) -> HistoryStep:
    return HistoryStep(status=status, event_date=None if day is None else D.replace(day=day))


@pytest.mark.parametrize(
    ("status", "steps", "expected"),
    [
        ("on_hold", [step("proposed", 13), step("on_hold", 21)], date(2025, 10, 21)),
        ("on_hold", [step("on_hold", 13), step("on_hold", 21)], date(2025, 10, 13)),
        ("on_hold", [step("on_hold", 13), step("on_hold", None)], date(2025, 10, 13)),
        ("on_hold", [step("proposed", 13), step("on_hold", None)], date(2025, 10, 30)),
        ("held", [step("proposed", 13)], date(2025, 10, 30)),
        (None, [], date(2025, 10, 30)),
    ],
)
def test_status_since(status: str | None, steps: list[HistoryStep], expected: date) -> None:
    assert status_since(status, steps, as_of=date(2025, 10, 30)) == expected


def test_an_override_holds_since_the_day_it_was_made() -> None:
    since = status_since(
        "cancelled",
        [step("cancelled", 2)],
        as_of=None,
        override_created_at="2025-10-25T09:00:00.000000Z",
    )
    assert since == date(2025, 10, 25)


def change(origin: str, status: str, day: int, recorded: str) -> Transition:
    return Transition(
        track_id="t",
        status=status,
        origin=origin,  # type: ignore[arg-type]
        event_date=D.replace(day=day),
        recorded_at=recorded,
    )


def test_periods_of_inferred_changes_overrides_and_revokes() -> None:
    history = [
        change("inferred", "proposed", 13, "2025-10-22T00:00:00.000000Z"),
        change("inferred", "proposed", 15, "2025-10-22T00:00:00.000000Z"),
        change("inferred", "on_hold", 21, "2025-10-22T00:00:00.000000Z"),
        change("override", "cancelled", 25, "2025-10-25T09:00:00.000000Z"),
        change("revoke", "on_hold", 27, "2025-10-27T09:00:00.000000Z"),
    ]
    inferred, overrides, revokes = status_periods(history, today=date(2025, 10, 30))
    assert inferred == [
        Span(D.replace(day=13), D.replace(day=21), "proposed", "inferred", D.replace(day=13)),
        Span(D.replace(day=21), D.replace(day=30), "on_hold", "inferred", D.replace(day=21)),
    ]
    assert overrides == [
        Span(D.replace(day=25), D.replace(day=27), "cancelled", "override", D.replace(day=25))
    ]
    assert revokes == [(D.replace(day=27), "on_hold")]
