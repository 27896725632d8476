"""A date in a clause brought in by the verb "follow" ("the postponement follows talks in
Lisbon on Monday", "followed a phone call on Monday") is the other event's, as one after
"after" or "following" is; "followed up on Monday", "followed suit" and a date of the
sentence's own event keep their day. Sentences invented for the tests, of Friday 6 March
2026 (a Monday two days or less before the article would be read as the lead's news day,
another rule)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.invented import OTIENO_ROSSI_SUMMIT
from tracker.extract import extract_document

PUB = date(2026, 3, 6)  # a Friday
MONDAY = date(2026, 3, 2)
SUMMIT = OTIENO_ROSSI_SUMMIT


def _day(sentence: str) -> date | None:
    found = [f for f in extract_document(sentence, PUB, [SUMMIT]) if f.signal is not None]
    assert len(found) == 1, found
    return found[0].event_date


@pytest.mark.parametrize(
    "sentence",
    [
        "The postponement of the summit between Otieno and Rossi follows talks in Lisbon on Monday.",
        "The decision to cancel the Otieno-Rossi summit followed a phone call on Monday.",
        "Otieno and Rossi postponed their summit, a step that follows a row on Monday.",
    ],
)
def test_the_day_after_follow_is_the_other_events(sentence: str) -> None:
    assert _day(sentence) == PUB


@pytest.mark.parametrize(
    "sentence",
    [
        "Otieno followed up on Monday by cancelling the summit with Rossi.",
        "Otieno and Rossi held their summit in Lisbon on Monday, following talks of their aides.",
    ],
)
def test_a_phrasal_verb_or_the_events_own_day_keeps_it(sentence: str) -> None:
    assert _day(sentence) == MONDAY
