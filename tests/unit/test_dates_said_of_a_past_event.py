"""The day a speaker told what a past event was is not the event's day: "Otieno said on
Tuesday that the summit was very meaningful" takes the day the article gives the summit
held, or none. Not what is ahead, a wish, a condition, or a change of plan told that day
(dated by the telling). Articles invented for the tests, of Wednesday 4 March 2026."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.invented import OTIENO_ROSSI_SUMMIT
from tracker.domain.models import Finding
from tracker.extract import extract_document

PUB = date(2026, 3, 4)  # a Wednesday
MONDAY, TUESDAY = date(2026, 3, 2), date(2026, 3, 3)
SUMMIT = OTIENO_ROSSI_SUMMIT
HELD = "Otieno held her first summit with Luca Rossi in Lisbon on Monday."


def _found(text: str, opening: str) -> Finding:
    found = [
        f
        for f in extract_document(text, PUB, [SUMMIT])
        if f.track_id == SUMMIT.id and f.exact.startswith(opening)
    ]
    assert len(found) == 1, (opening, found)
    return found[0]


@pytest.mark.parametrize(
    "said",
    [
        "Otieno said on Tuesday that the summit with Rossi was very meaningful.",
        "Otieno told reporters on Tuesday that the talks with Rossi had gone well.",
        "Otieno wrote in a post on Tuesday that their meeting had been a success.",
        "Otieno said late on Tuesday that the Lisbon summit with Rossi proved worthwhile.",
    ],
)
def test_a_later_account_of_the_event_takes_the_events_day(said: str) -> None:
    text = f"{HELD}\n\n{said}"
    assert _found(text, said[:20]).event_date == MONDAY


def test_without_a_day_for_the_event_the_account_is_undated() -> None:
    said = "Otieno said on Tuesday that the summit with Rossi was very meaningful."
    assert _found(said, said[:20]).event_date is None


@pytest.mark.parametrize(
    "said",
    [
        # what is ahead, a wish, a condition
        "Otieno said on Tuesday that the summit with Rossi would be very meaningful.",
        "Otieno said on Tuesday she hoped the summit with Rossi would be a success.",
        "Otieno said on Tuesday that if the summit with Rossi was a success, trade would grow.",
        # a change of plan is dated by its telling (convention 9)
        "Otieno told reporters on Tuesday that the second summit with Rossi was postponed.",
        # the present: no past event
        "Otieno said on Tuesday that the summit with Rossi is very important.",
    ],
)
def test_a_plan_a_wish_a_condition_or_a_change_keeps_the_day_it_was_told(said: str) -> None:
    text = f"{HELD}\n\n{said}"
    assert _found(text, said[:20]).event_date == TUESDAY
