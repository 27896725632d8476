"""Record times and user-typed dates."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tracker.domain.times import format_time, parse_time, parse_user_date, short_date


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2025-10-22", date(2025, 10, 22)),
        ("2025-10-22T10:00:00Z", date(2025, 10, 22)),
        ("22 October 2025", date(2025, 10, 22)),
        ("Oct. 22, 2025", date(2025, 10, 22)),
        ("Wednesday, Oct. 22, 2025 10:21 a.m.", date(2025, 10, 22)),
        ("Sept 3, 2025", date(2025, 9, 3)),
    ],
)
def test_user_dates(typed: str, expected: date) -> None:
    assert parse_user_date(typed) == expected


TODAY = date(2025, 11, 20)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("today", TODAY),
        ("Yesterday", date(2025, 11, 19)),
        ("tomorrow", date(2025, 11, 21)),
        ("3 days ago", date(2025, 11, 17)),
        ("1 week ago", date(2025, 11, 13)),
        ("in 2 weeks", date(2025, 12, 4)),
        ("+14d", date(2025, 12, 4)),
        ("+2w", date(2025, 12, 4)),
        ("-10d", date(2025, 11, 10)),
    ],
)
def test_dates_relative_to_today(typed: str, expected: date) -> None:
    assert parse_user_date(typed, TODAY) == expected


@pytest.mark.parametrize(
    "typed", ["", "someday", "31 February 2025", "2025-13-01", "3 fortnights ago", "+2y"]
)
def test_not_dates(typed: str) -> None:
    with pytest.raises(ValueError, match="is not a date; use YYYY-MM-DD"):
        parse_user_date(typed)


def test_record_times_are_written_one_way() -> None:
    moment = parse_time("2025-10-21T14:03:00+02:00")
    assert moment == datetime(2025, 10, 21, 12, 3, tzinfo=UTC)
    assert format_time(moment) == "2025-10-21T12:03:00.000000Z"
    assert parse_time("2025-10-21T12:03:00") == moment
    assert short_date(date(2025, 10, 1)) == "1 Oct 2025"
