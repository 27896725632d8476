"""A day told as a deadline drawing near ("as July 9, seen as the decisive date, draws
near", "with the August 1 deadline looming") is the time the news is set against, not its
event's day: the sentence keeps the day it gives its own event, or its article's. A day the
event itself is set for, with a deadline named apart, keeps its day. Sentences invented for
the tests, of Saturday 28 June 2025."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.test_dates_clause_of_the_event_itself import TALKS  # the same invented talks
from tracker.extract import extract_document

PUB = date(2025, 6, 28)  # a Saturday
FRIDAY = date(2025, 6, 27)


def _day(sentence: str) -> date | None:
    found = [f for f in extract_document(sentence, PUB, [TALKS]) if f.signal is not None]
    assert len(found) == 1, found
    return found[0].event_date


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Otieno and Rossi agreed on Friday to keep holding tariff talks, as July 9, seen as "
            "the decisive date, draws near.",
            FRIDAY,
        ),
        (
            "With the July 9 deadline looming, Otieno and Rossi kept up their tariff talks in "
            "Lisbon.",
            PUB,
        ),
        (
            "Otieno and Rossi have kept up their tariff talks in Lisbon as the July 9 cut-off "
            "approaches.",
            PUB,
        ),
    ],
)
def test_a_deadline_drawing_near_does_not_date_the_event(sentence: str, want: date) -> None:
    assert _day(sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Otieno and Rossi will resume their tariff talks on July 9 as the deadline nears.",
            date(2025, 7, 9),
        ),
        ("Otieno and Rossi held tariff talks in Lisbon as early as Friday.", FRIDAY),
    ],
)
def test_the_events_own_day_stays(sentence: str, want: date) -> None:
    assert _day(sentence) == want
