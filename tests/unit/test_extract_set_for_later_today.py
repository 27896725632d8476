"""A plan told loosely in an article that sets the encounter for later its own day.

A paper of Wednesday morning: "Sheikh Tamim to begin state visit to Poland" over "Sheikh
Tamim will begin a three-day state visit to Poland on Wednesday": the headline's infinitive
and the visit's other plans told ahead ("will also hold talks with …") are the visit set for
that day, scheduled, as they are when the article is written the day before. Not when the
article tells the encounter begun or held, not a wish, not a plan undone, and not without a
day set. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_visits_ahead import VISIT, _found
from tracker.domain.models import Actor, Track
from tracker.infer.claims import claimed_status

MEETING = Track(
    id="nowak-osei-meeting",
    title="Nowak–Osei meeting at the Warsaw forum",
    kind="meeting",
    actors=[
        Actor(name="Andrzej Nowak", aliases=["Nowak"]),
        Actor(name="Kwame Osei", aliases=["Osei"]),
    ],
    parties=["Poland", "Ghana"],
    keywords=["bilateral"],
)

SET_TODAY = [
    "Sheikh Tamim will begin a three-day state visit to Poland on Wednesday, officials said.",
    "Sheikh Tamim is scheduled to begin a state visit to Poland on Wednesday.",
    "Sheikh Tamim will arrive in Warsaw today for a state visit to Poland.",
]


def _status_of(text: str, start: str, track: Track = VISIT) -> str | None:
    at = text.index(start)
    found = [f for f in _found(text, track) if f.start == at]
    assert found, (start, text)
    return claimed_status(found[0], track.kind)


@pytest.mark.parametrize("setting", SET_TODAY, ids=["will-begin", "scheduled-to", "today"])
@pytest.mark.parametrize(
    "loose",
    [
        "Sheikh Tamim to begin state visit to Poland",
        "Sheikh Tamim, Sikorski to hold talks in Warsaw",
    ],
    ids=["headline-begin", "headline-talks"],
)
def test_a_headline_infinitive_is_set_for_the_article_s_day(setting: str, loose: str) -> None:
    text = f"{loose}\n\n{setting}"
    assert _status_of(text, loose) == "scheduled"


@pytest.mark.parametrize("setting", SET_TODAY[:2], ids=["will-begin", "scheduled-to"])
def test_the_visit_s_other_plans_told_ahead_are_set_with_it(setting: str) -> None:
    plan = "Sheikh Tamim will also hold talks with Sikorski in Warsaw."
    text = f"{setting}\n\n{plan}"
    assert _status_of(text, plan) == "scheduled"


def test_a_meeting_set_for_later_today_sets_its_headline() -> None:
    headline = "Nowak, Osei to meet in Warsaw"
    text = f"{headline}\n\nNowak is scheduled to hold a bilateral meeting with Osei on Wednesday."
    assert _status_of(text, headline, MEETING) == "scheduled"


@pytest.mark.parametrize(
    "begun",
    [
        "Sheikh Tamim arrived in Warsaw on Wednesday morning and met Sikorski.",
        "Sheikh Tamim held talks with Sikorski in Warsaw on Wednesday.",
    ],
    ids=["arrived-met", "held"],
)
def test_an_article_that_tells_it_begun_leaves_the_loose_plans(begun: str) -> None:
    loose = "Sheikh Tamim to begin state visit to Poland"
    text = f"{loose}\n\n{SET_TODAY[0]}\n\n{begun}"
    assert _status_of(text, loose) != "scheduled"


@pytest.mark.parametrize(
    "loose",
    [
        "Sheikh Tamim hopes to visit Poland again next year.",
        "Sheikh Tamim had planned to visit Poland last year.",
    ],
    ids=["wish", "undone"],
)
def test_a_wish_or_a_plan_undone_is_not_set(loose: str) -> None:
    text = f"{SET_TODAY[0]}\n\n{loose}"
    at = text.index(loose)
    found = [f for f in _found(text) if f.start == at]
    assert all(claimed_status(f, VISIT.kind) != "scheduled" for f in found)


def test_without_a_day_set_the_loose_plan_stays_proposed() -> None:
    loose = "Sheikh Tamim to begin state visit to Poland"
    text = f"{loose}\n\nSheikh Tamim will visit Poland soon, officials said."
    assert _status_of(text, loose) == "proposed"


def test_a_wished_day_sets_nothing() -> None:
    loose = "Sheikh Tamim to begin state visit to Poland"
    text = f"{loose}\n\nSheikh Tamim hopes to begin a state visit to Poland on Wednesday."
    assert _status_of(text, loose) == "proposed"
