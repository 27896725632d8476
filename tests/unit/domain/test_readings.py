"""Dates and reasons as an analyst types them; rule keys."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain.readings import (
    LexiconRule,
    describe_date,
    parse_event_date,
    parse_reason,
)


@pytest.mark.parametrize(
    ("typed", "precision", "expected"),
    [
        ("2025-12-04", None, (date(2025, 12, 4), "day")),
        ("4 December 2025", None, (date(2025, 12, 4), "day")),
        ("Dec. 4, 2025", None, (date(2025, 12, 4), "day")),
        ("2025-12", None, (date(2025, 12, 1), "month")),
        ("December 2025", None, (date(2025, 12, 1), "month")),
        ("dec 2025", None, (date(2025, 12, 1), "month")),
        ("2025-W49", None, (date(2025, 12, 1), "week")),
        ("2025w49", None, (date(2025, 12, 1), "week")),
        ("week of 2025-12-04", None, (date(2025, 12, 1), "week")),
        ("week of 4 December 2025", None, (date(2025, 12, 1), "week")),
        ("2025-12-04", "week", (date(2025, 12, 1), "week")),
        ("2025-12-04", "month", (date(2025, 12, 1), "month")),
        ("2025-12", "day", (date(2025, 12, 1), "day")),
    ],
)
def test_event_dates_keep_their_precision(
    typed: str, precision: str | None, expected: tuple[date, str]
) -> None:
    assert parse_event_date(typed, precision) == expected


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("soon", "is not a date"),
        ("2025-13", "is not a date"),
        ("2025-W60", "is not a week"),
        ("2025-12-04", "is not a precision"),
    ],
)
def test_bad_event_dates_say_what_is_wrong(typed: str, message: str) -> None:
    precision = "fortnight" if typed == "2025-12-04" else None
    with pytest.raises(ValueError, match=message):
        parse_event_date(typed, precision)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("not about this track", "not_about_track"),
        ("not-about-track", "not_about_track"),
        ("off-track", "not_about_track"),
        ("Not evidence", "not_evidence"),
        ("boilerplate", "boilerplate"),
    ],
)
def test_reject_reasons(typed: str, code: str) -> None:
    assert parse_reason(typed) == code


def test_unknown_reason_lists_the_choices() -> None:
    with pytest.raises(ValueError, match="not-about-track, not-evidence, boilerplate"):
        parse_reason("wrong")


def test_dates_in_words() -> None:
    assert describe_date(date(2025, 12, 1), "week") == "week of 1 Dec 2025"
    assert describe_date(date(2025, 12, 1), "month") == "December 2025"
    assert describe_date(date(2025, 12, 4), "day") == "4 Dec 2025"
    assert describe_date(None, None) == "no date"


def test_rules_are_the_same_whatever_the_case_and_spacing() -> None:
    a = LexiconRule(
        phrase="Co-chaired", signal="held", kinds=["meeting"], analyst="a", created_at="t"
    )
    b = LexiconRule(
        phrase="co-chaired ", signal="held", kinds=["meeting"], analyst="b", created_at="u"
    )
    c = LexiconRule(phrase="co-chaired", signal="held", analyst="b", created_at="u")
    assert a.key() == b.key() != c.key()
    assert a.describe() == "“Co-chaired” → held (meeting tracks)"
    assert c.describe() == "“co-chaired” → held"
