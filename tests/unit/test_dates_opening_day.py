"""A track the article sets on several days ahead (a side event the day before, arrivals, the
summit itself) dates its undated plans ('Otieno will attend the summit') by the day the encounter opens ("the summit, which
opens in Lisbon on Friday"), not by another day it names; with no opening told, they stay on
the article's day. Articles invented for the tests, of Wednesday 4 March 2026."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain.models import Actor, Finding, Track
from tracker.extract import extract_document

PUB = date(2026, 3, 4)  # a Wednesday
THURSDAY, FRIDAY = date(2026, 3, 5), date(2026, 3, 6)
SUMMIT = Track(
    id="atlantic-summit",
    title="Atlantic Forum summit in Lisbon",
    kind="summit",
    actors=[
        Actor(name="Amara Otieno", aliases=["Otieno"]),
        Actor(name="Luca Rossi", aliases=["Rossi"]),
    ],
    parties=["Kenya", "Portugal"],
    places=["Lisbon"],
    keywords=["Atlantic Forum", "summit"],
)
PLAN = "Amara Otieno will attend the Atlantic Forum summit in Lisbon, her office said."
SIDE = (
    "Otieno is scheduled to give a keynote speech at the Atlantic Forum business meeting in "
    "Lisbon on Thursday, officials said."
)


def _plan_day(lead: str) -> date | None:
    text = f"{lead}\n\n{SIDE}\n\n{PLAN}"
    found = [
        f
        for f in extract_document(text, PUB, [SUMMIT])
        if f.track_id == SUMMIT.id and f.exact.startswith(PLAN[:20])
    ]
    assert len(found) == 1, found
    return found[0].event_date


@pytest.mark.parametrize(
    "lead",
    [
        "Most leaders will attend the Atlantic Forum summit, which opens in Lisbon on Friday.",
        "Most leaders will attend the Atlantic Forum summit, which begins in Lisbon on Friday.",
        "The Atlantic Forum summit kicks off in Lisbon on Friday, and most leaders will attend.",
    ],
)
def test_plans_take_the_day_the_encounter_opens(lead: str) -> None:
    assert _plan_day(lead) == FRIDAY


def test_without_an_opening_told_the_days_stay_apart() -> None:
    lead = "Most leaders will attend the Atlantic Forum summit in Lisbon on Friday."
    assert _plan_day(lead) == PUB


def _check_side_keeps_its_day() -> Finding:
    text = f"{PLAN}\n\nThe Atlantic Forum summit opens in Lisbon on Friday.\n\n{SIDE}"
    return next(f for f in extract_document(text, PUB, [SUMMIT]) if f.exact.startswith(SIDE[:20]))


def test_a_side_event_keeps_its_own_day() -> None:
    assert _check_side_keeps_its_day().event_date == THURSDAY
