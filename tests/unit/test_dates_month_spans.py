"""A span of days across a month's end takes its first day, as a span within a month does."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.dates import find_date_mentions, resolve_dates

PUBLISHED = date(2026, 2, 3)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The two delegations met in Muscat from January 31 to February 1 for talks.", "talks"),
        ("From January 31 to February 1, the two delegations held talks in Muscat.", "held"),
        ("The envoys will hold talks from 31 January to 1 February in Muscat.", "talks"),
        ("The forum ran Jan. 31-Feb. 1 and ended with a joint statement.", "ended"),
        ("The envoys sat down between January 31 and February 1 for their talks.", "talks"),
    ],
)
def test_a_span_across_a_months_end_takes_its_first_day(sentence: str, cue: str) -> None:
    found = resolve_dates(sentence, PUBLISHED, near=sentence.index(cue))
    assert found.date == date(2026, 1, 31)


@pytest.mark.parametrize(
    "sentence",
    [
        # two days told apart, not a span
        "The envoys met on January 20 and again on February 1.",
        "The first round ended on January 31; the next is set for February 2.",
        # too far apart for one span of a meeting
        "The envoys met on December 10 and on February 1.",
    ],
)
def test_two_days_that_are_no_span_both_stay(sentence: str) -> None:
    assert len(find_date_mentions(sentence, PUBLISHED)) == 2
