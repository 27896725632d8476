"""An encounter given a date and then moved or called off: the plan the change undid, a
demand to call it off, a trip to several places, and a plan for the rest of the article's
week, and the first to visit (docs/lexicon.md, "A plan undone, a change asked for, a trip
of several legs, the first to visit").
Sentences invented."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.test_lexicon_kinds import MEETING, VISIT
from tracker.domain.models import Track
from tracker.extract import extract_document
from tracker.extract.matching import _a_destination
from tracker.extract.surrounds import _to_the_place

WEDNESDAY = date(2026, 3, 4)
TRACKS = [VISIT, MEETING]


def _signals(text: str, track: Track, published: date = WEDNESDAY) -> list[str | None]:
    return [f.signal for f in extract_document(text, published, TRACKS) if f.track_id == track.id]


# --- a plan told in the past after the article told the change -------------------------


@pytest.mark.parametrize(
    "plan",
    [
        "Quispe was scheduled to fly to Accra on Friday for the visit.",
        "The president was due to begin the three-day visit to Accra on Friday.",
        "On the visit, Quispe was slated to open a trade fair in Accra.",
        "Quispe had been set to leave for Accra on Friday, her office said.",
        "In Accra, Quispe was to have met Mensah at the Jubilee House.",
    ],
)
def test_a_plan_told_in_the_past_after_the_change_is_the_plan_undone(plan: str) -> None:
    text = f"Peru's Rosa Quispe has postponed her state visit to Ghana, her office said.\n\n{plan}"
    assert _signals(text, VISIT)[0] == "postponed"
    assert _signals(text, VISIT)[1:] in ([], [None])


def test_a_meeting_that_was_to_be_held_is_undone_by_its_postponement() -> None:
    text = (
        "The meeting of Finnish and Kenyan ministers Virtanen and Otieno in Nairobi has been "
        "postponed.\n\nThe meeting was to be held in Nairobi on March 12."
    )
    assert _signals(text, MEETING) == ["postponed", None]


@pytest.mark.parametrize(
    "text",
    [
        # no change told: the plan stands
        "Peru's Rosa Quispe will pay a state visit to Ghana, her office said.\n\n"
        "Quispe was scheduled to fly to Accra on Friday for the visit.",
        # a new plan told after the change
        "Peru's Rosa Quispe has postponed her state visit to Ghana, her office said.\n\n"
        "Quispe was now expected to fly to Accra on March 20 for the visit.",
        # the plan as its maker said it
        "Peru's Rosa Quispe has postponed her state visit to Ghana, her office said.\n\n"
        "Last week Quispe had said she was expected to arrive in Accra on Friday for the visit.",
    ],
)
def test_a_plan_that_still_stands_keeps_its_reading(text: str) -> None:
    assert _signals(text, VISIT)[-1] is not None


def test_a_change_long_before_the_article_leaves_a_later_plan_standing() -> None:
    text = (
        "Quispe postponed her state visit to Ghana in November.\n\n"
        "Quispe was expected to arrive in Accra on Friday for the visit, officials said."
    )
    assert _signals(text, VISIT)[-1] is not None


# --- a change asked for is no change --------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Opposition deputies had urged Quispe to call off her state visit to Ghana.",
        "A group of senators is urging President Rosa Quispe to cancel the planned visit to Ghana.",
        "Senator Ruiz called for Quispe's visit to Ghana to be cancelled.",
        "Several deputies pressed Quispe to postpone the trip to Ghana.",
        "Senator Ruiz had called for Quispe to cancel her trip to Ghana.",
    ],
)
def test_a_change_asked_for_is_not_the_change(sentence: str) -> None:
    assert "cancelled" not in _signals(sentence, VISIT)
    assert "postponed" not in _signals(sentence, VISIT)


@pytest.mark.parametrize(
    ("sentence", "signal"),
    [
        ("Quispe has called off her state visit to Ghana, her office said.", "cancelled"),
        ("Asked about the storm, Quispe decided to cancel the visit to Ghana.", "cancelled"),
        ("Quispe postponed the trip to Ghana after deputies urged her to stay.", "postponed"),
    ],
)
def test_a_change_made_is_read(sentence: str, signal: str) -> None:
    assert _signals(sentence, VISIT) == [signal]


# --- a trip to places joined by "and" or "then" ---------------------------------------


def test_a_trip_to_places_joined_goes_to_each() -> None:
    sides = frozenset({"PER", "GHA"})
    assert _to_the_place("Togo and Ghana next week", ("Accra",), sides, None)
    assert _to_the_place("Lome and then Ghana", ("Accra",), sides, None)
    assert not _to_the_place("Togo next week", ("Accra",), sides, None)
    assert not _to_the_place("Togo, where she meets Mensah", ("Accra",), sides, None)
    text = "Quispe postponed a trip to Togo and Ghana."
    assert _a_destination(text, text.index("Ghana"))
    text = "Quispe spoke to Togo and Ghana."
    assert not _a_destination(text, text.index("Ghana"))


# the visit as an analyst types it with its country among its places
GHANA_VISIT = VISIT.model_copy(update={"id": "quispe-ghana-trip", "places": ["Ghana", "Accra"]})


def test_a_postponed_trip_to_two_countries_is_the_visit_postponed() -> None:
    text = (
        "Quispe puts off Togo and Ghana trip\n\n"
        "President Rosa Quispe is postponing a planned trip to Togo and Ghana, her office "
        "announced on Tuesday."
    )
    found = extract_document(text, WEDNESDAY, [GHANA_VISIT, MEETING])
    assert [f.signal for f in found if f.track_id == GHANA_VISIT.id] == ["postponed", "postponed"]


# --- a plan for the rest of the article's week ----------------------------------------


def test_a_visit_this_week_is_scheduled() -> None:
    assert _signals("Quispe to visit Ghana this week", VISIT) == ["scheduled"]


def test_this_week_dating_the_saying_is_no_day_of_the_visit() -> None:
    assert _signals("This week Quispe said she was ready to visit Ghana.", VISIT) != ["scheduled"]


# --- the first or highest-ranking to visit: the visit made ----------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe is the highest-ranking Peruvian official to visit Ghana since 1998.",
        "In May, Quispe became the first Peruvian president to visit Ghana.",
        "Quispe has become the first head of state from Peru to visit Ghana.",
        "Quispe was the most senior Peruvian leader to travel to Ghana in two decades.",
    ],
)
def test_the_first_to_visit_is_the_visit_made(sentence: str) -> None:
    assert _signals(sentence, VISIT) == ["visit_made"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Later this month Quispe will become the first Peruvian president to visit Ghana.",
        "Quispe is scheduled to become the first Peruvian president to visit Ghana.",
        "It is the first time Quispe has been invited to visit Ghana.",
        "Quispe is the first Peruvian leader expected to visit Ghana this decade.",
    ],
)
def test_the_first_to_visit_ahead_is_no_visit_made(sentence: str) -> None:
    assert "visit_made" not in _signals(sentence, VISIT)
