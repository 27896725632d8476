"""The days of a programme ahead counted from its first day: a rank of day ("On the second
day of the visit") and a weekday told alone ("On Wednesday he will lay a wreath") in the
paragraphs that follow the day the article sets for a visit. Articles invented for the
tests, of Wednesday 4 March 2026, about a visit opening on Monday 9 March."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain.models import Actor, Track
from tracker.extract import extract_document

PUB = date(2026, 3, 4)  # a Wednesday
MONDAY, TUESDAY, WEDNESDAY = date(2026, 3, 9), date(2026, 3, 10), date(2026, 3, 11)
VISIT = Track(
    id="otieno-lisbon-visit",
    title="Otieno's state visit to Portugal",
    kind="visit",
    actors=[
        Actor(name="Amara Otieno", aliases=["Otieno"]),
        Actor(name="Luca Rossi", aliases=["Rossi"]),
    ],
    parties=["Kenya", "Portugal"],
    places=["Lisbon"],
    keywords=["state visit", "visit"],
)
OPENING = [
    "Kenyan President Amara Otieno will arrive in Lisbon on Monday, March 9, for a state visit "
    "to Portugal.",
    "Otieno's state visit to Portugal will begin in Lisbon on March 9, the presidency said.",
    "Otieno will pay a state visit to Portugal from March 9, starting in Lisbon.",
]


def _day_of(text: str, starts: str) -> date | None:
    found = [
        f
        for f in extract_document(text, PUB, [VISIT])
        if f.track_id == VISIT.id and f.exact.startswith(starts)
    ]
    assert len(found) == 1, found
    return found[0].event_date


@pytest.mark.parametrize("opening", OPENING)
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("On the second day of the visit, Otieno will hold talks with Rossi in Lisbon.", TUESDAY),
        (
            "Otieno and Rossi will sign the accords in Lisbon on the third day of the visit.",
            WEDNESDAY,
        ),
        (
            "On Wednesday Otieno will lay a wreath at the Lisbon monument during the visit.",
            WEDNESDAY,
        ),
        ("Talks between Otieno and Rossi in Lisbon are scheduled for Wednesday.", WEDNESDAY),
    ],
)
def test_a_programmes_days_are_counted_from_its_first(
    opening: str, sentence: str, want: date
) -> None:
    assert _day_of(f"{opening}\n\n{sentence}", sentence[:20]) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # the trip's travel and a step before it keep their own days
        ("On Sunday Otieno will leave for Lisbon on the state visit.", date(2026, 3, 8)),
        ("Before the visit, on Friday, Otieno will brief his cabinet on Lisbon.", date(2026, 3, 6)),
        # a weekday told as past stays in the past
        ("On Wednesday Otieno met Rossi's envoy in Nairobi to prepare the Lisbon visit.", PUB),
        # "next Wednesday" is not the programme's day counted from its first
        ("Next Wednesday Otieno will meet Rossi in Lisbon on the visit.", date(2026, 3, 11)),
    ],
)
def test_travel_steps_before_and_past_days_are_not_the_programmes(
    sentence: str, want: date
) -> None:
    assert _day_of(f"{OPENING[0]}\n\n{sentence}", sentence[:20]) == want


def test_without_a_first_day_a_weekday_keeps_the_articles_reading() -> None:
    text = (
        "Kenyan President Amara Otieno will pay a state visit to Portugal soon.\n\n"
        "On Wednesday Otieno will lay a wreath at the Lisbon monument during the visit."
    )
    assert _day_of(text, "On Wednesday") == PUB


def test_a_weekday_its_own_clause_tells_as_done_is_not_a_day_of_the_programme() -> None:
    for sentence in (
        "Otieno, who is expected to visit Lisbon, said talks with Rossi's team wrapped up on "
        "Wednesday.",
        "Otieno, who will visit Lisbon, said the talks on the visit ended on Wednesday.",
    ):
        assert _day_of(f"{OPENING[0]}\n\n{sentence}", sentence[:20]) == PUB
