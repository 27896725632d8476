"""A postponement or a cancellation told with no day of its own takes the day the article
tells the decision was made ("On Monday the two sides agreed to put them off"): a change of
plan is dated by the change, not by the article that reports it. Articles invented for the
tests, of Wednesday 7 January 2026."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.invented import kenya_portugal_talks
from tracker.domain.models import Finding
from tracker.extract import extract_document

PUB = date(2026, 1, 7)  # a Wednesday
SUNDAY, MONDAY = date(2026, 1, 4), date(2026, 1, 5)
TALKS = kenya_portugal_talks("kenya-portugal-maritime-talks", "maritime")
LEAD = "The Kenya–Portugal maritime talks planned for this week in Lisbon have been postponed."


def _lead(text: str) -> Finding:
    found = [
        f
        for f in extract_document(text, PUB, [TALKS])
        if f.track_id == TALKS.id and f.exact.startswith("The Kenya–Portugal maritime talks")
    ]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("after", "want"),
    [
        # the day opening the sentence of the decision
        ("On Monday the two sides agreed to put them off, an official in Lisbon said.", MONDAY),
        # the day after the verb of deciding
        ("Otieno and Rossi decided on Sunday to postpone the maritime talks.", SUNDAY),
        # the decision told by its noun
        ("The decision to postpone the maritime talks was taken in Lisbon on Monday.", MONDAY),
    ],
)
def test_a_change_told_undated_takes_the_day_of_the_decision(after: str, want: date) -> None:
    f = _lead(f"{LEAD} {after}")
    assert f.signal == "postponed"
    assert f.event_date == want


@pytest.mark.parametrize(
    "after",
    [
        # a decision long before the article: background, not the news
        "Otieno and Rossi had decided on December 20 to postpone the maritime talks.",
        # two days of deciding: which one is not told
        "Otieno decided on Sunday to postpone the maritime talks. Rossi agreed on Monday to "
        "put the maritime talks off.",
        # a decision still open
        "Otieno and Rossi may decide on Monday whether to hold the maritime talks at all.",
    ],
)
def test_otherwise_the_change_keeps_its_article_s_day(after: str) -> None:
    f = _lead(f"{LEAD} {after}")
    assert f.signal == "postponed"
    assert f.event_date == PUB


def test_a_change_with_a_day_of_its_own_keeps_it() -> None:
    text = (
        "The Kenya–Portugal maritime talks were postponed on Sunday, an official said. "
        "On Monday the two sides agreed to put them off until March."
    )
    assert _lead(text).event_date == SUNDAY
