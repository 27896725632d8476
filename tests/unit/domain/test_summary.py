"""The pure part of a track's summary: since when, overdue, the latest development, words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from tracker.domain.models import NextEvent
from tracker.domain.summary import (
    development_words,
    effective_since,
    next_event_overdue,
    status_line,
)


@dataclass(frozen=True)
class Step:
    status: str
    event_date: date | None


@dataclass(frozen=True)
class Manual:
    origin: str
    status: str
    recorded_at: str
    undone: bool = False


INFERRED = [Step("proposed", date(2025, 10, 13)), Step("on_hold", date(2025, 10, 21))]


def test_since_is_the_start_of_the_last_inferred_run() -> None:
    steps = [*INFERRED, Step("on_hold", date(2025, 10, 22))]
    assert effective_since("on_hold", steps) == date(2025, 10, 21)


def test_an_override_to_another_status_starts_on_its_day() -> None:
    manual = [Manual("override", "postponed", "2025-12-01T09:00:00Z")]
    assert effective_since("postponed", INFERRED, manual) == date(2025, 12, 1)


def test_an_override_to_the_status_in_force_keeps_its_start() -> None:
    manual = [Manual("override", "on_hold", "2025-12-01T09:00:00Z")]
    assert effective_since("on_hold", INFERRED, manual) == date(2025, 10, 21)


def test_a_revoke_resumes_the_inferred_status_on_its_day() -> None:
    manual = [
        Manual("override", "postponed", "2025-12-01T09:00:00Z"),
        Manual("revoke", "on_hold", "2025-12-03T09:00:00Z"),
    ]
    assert effective_since("on_hold", INFERRED, manual) == date(2025, 12, 3)


def test_undone_actions_leave_no_trace() -> None:
    manual = [
        Manual("override", "postponed", "2025-12-01T09:00:00Z", undone=True),
        Manual("revoke", "on_hold", "2025-12-02T09:00:00Z", undone=True),
    ]
    assert effective_since("on_hold", INFERRED, manual) == date(2025, 10, 21)


def test_since_falls_back_when_the_history_ends_elsewhere() -> None:
    assert effective_since("held", INFERRED, fallback=date(2025, 1, 1)) == date(2025, 1, 1)
    assert effective_since(None, INFERRED) is None


@pytest.mark.parametrize(
    ("when", "status", "overdue"),
    [
        (date(2025, 10, 24), "active", True),
        (date(2025, 10, 24), "held", False),
        (date(2025, 10, 24), "cancelled", False),
        (date(2025, 11, 30), "scheduled", False),
        (date(2025, 11, 29), "scheduled", True),
        (None, "scheduled", False),
    ],
)
def test_a_next_event_is_overdue_once_its_date_passed_on_an_open_track(
    when: date | None, status: str, overdue: bool
) -> None:
    event = NextEvent(date=when, place="London", what="meeting")
    assert next_event_overdue(event, status, date(2025, 11, 30)) is overdue


def test_status_line_and_development_words() -> None:
    line = status_line(
        "on_hold",
        since=date(2025, 10, 21),
        as_of=date(2025, 10, 22),
        source="inferred",
        confidence="moderate",
        contested=True,
    )
    assert (
        line
        == "On hold since 21 Oct 2025 · as of 22 Oct 2025 · inferred · moderate confidence · contested"
    )
    same = status_line(
        "held",
        since=date(2025, 10, 21),
        as_of=date(2025, 10, 21),
        source="inferred",
        confidence=None,
    )
    assert same == "Held since 21 Oct 2025 · inferred"
    assert status_line(None, since=None, as_of=None, source="inferred", confidence="low") == (
        "No status yet · no evidence about this track"
    )
    day = date(2025, 10, 22)
    assert development_words(
        day, "It is off.", status="cancelled", agrees=False, overridden=True
    ) == ("22 Oct 2025 · points to Cancelled, unlike the override: “It is off.”")
    assert development_words(day, "It is off.", status="closed", effect="outweighed") == (
        "22 Oct 2025 · points to Closed, outweighed by better-sourced claims: “It is off.”"
    )
    assert development_words(day, "They  spoke.", signal="call", source="Reuters") == (
        "22 Oct 2025 · call: a development that leaves the status as it is · Reuters: “They spoke.”"
    )
    assert (
        development_words(day, "On hold.", status="on_hold") == "22 Oct 2025 · On hold: “On hold.”"
    )
