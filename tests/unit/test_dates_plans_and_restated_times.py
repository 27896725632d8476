"""The day a sentence's news is of, against two other days it may name: a plan told in the
past by "was to" (its day is the plan undone when the news is its change), and a weekday
that restates the time a noun told just before it ("on the first day of the summit, on
Monday,"). Sentences invented for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.dates import find_date_mentions, resolve_dates

THURSDAY = date(2024, 9, 19)
WEDNESDAY = date(2025, 6, 18)


def _dated(sentence: str, cue: str, published: date) -> date | None:
    return resolve_dates(sentence, published, near=sentence.find(cue)).date


# -- A plan told in the past by "was to": a change of it is dated by the change


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        (
            "A third round of talks that was to be held in Ankara on Tuesday was called off.",
            "called",
        ),
        ("The summit that was to take place in Rome on Tuesday has been postponed.", "postponed"),
        ("The meeting, which was to open in Doha on Tuesday, was cancelled.", "cancelled"),
    ],
)
def test_a_plan_undone_told_by_was_to_dates_nothing(sentence: str, cue: str) -> None:
    assert _dated(sentence, cue, THURSDAY) == THURSDAY


@pytest.mark.parametrize(
    ("sentence", "cue", "want"),
    [
        # no change: the plan's day is the sentence's
        ("The talks were to resume on Tuesday, officials said.", "resume", date(2024, 9, 17)),
        # the change dated by its own day
        (
            "The meeting was to be held on Tuesday but was cancelled on Wednesday.",
            "cancelled",
            date(2024, 9, 18),
        ),
        # an event told in the past, not a plan
        ("The ministers met in Ankara on Tuesday.", "met", date(2024, 9, 17)),
    ],
)
def test_a_plan_kept_or_a_change_dated_keeps_its_day(sentence: str, cue: str, want: date) -> None:
    assert _dated(sentence, cue, THURSDAY) == want


# -- A weekday restating the time a noun told before its comma


def _weekday(sentence: str, weekday: str) -> date:
    found = [m for m in find_date_mentions(sentence, WEDNESDAY) if m.text == weekday]
    assert len(found) == 1, found
    return found[0].date


@pytest.mark.parametrize(
    ("sentence", "weekday", "want"),
    [
        # the clause of the noun is of the past: the Monday just past, not the next one
        (
            "The official said it became clear only on the first day of the summit, on Monday, "
            "that there would be no joint statement.",
            "Monday",
            date(2025, 6, 16),
        ),
        (
            "Talks broke down on the second day, on Monday, and there will be no deal.",
            "Monday",
            date(2025, 6, 16),
        ),
        # of the future: the next such day
        (
            "The leaders will meet on the last day of the summit, on Friday, to sign the accord.",
            "Friday",
            date(2025, 6, 20),
        ),
        # no time noun before the comma: the words after the weekday tell, as before
        (
            "Officials said the meeting, on Monday, will decide the date.",
            "Monday",
            date(2025, 6, 23),
        ),
    ],
)
def test_a_weekday_restating_a_time_takes_its_clause_tense(
    sentence: str, weekday: str, want: date
) -> None:
    assert _weekday(sentence, weekday) == want
