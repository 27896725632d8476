"""Talks that failed, told afterwards: a failure in a clause of "since" dated to the failure
("since the talks collapsed in January"), talks "adjourned" (a halt, read `suspended`), a
halt that is the main predicate after a side clause ("the talks, which opened in January,
were halted"), "before the talks were suspended" (the halt, not a meeting held), the failed
talks as an adjective, a return to the negotiations, the first round since the collapse
dated to its own day; and what only looks like it: a resumption only sought or discussed,
talks on the verge of collapse, a failure feared or denied, a ceasefire that collapsed, a
break "until Monday". Each on invented sentences of invented negotiations (docs/lexicon.md,
"Talks that failed, told afterwards")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.invented import PUB, TALKS, TRACKS
from tests.unit.test_extract_talks_under_way import _found, _one, _status
from tracker.domain.models import Finding, Track
from tracker.extract import extract_document

HALTS = ("stalled", "suspended")
JANUARY = date(2026, 1, 1)
FEBRUARY = date(2026, 2, 1)
MONDAY = date(2026, 3, 2)


def _halt_dated(f: Finding, day: date) -> None:
    assert _status(f) in HALTS, f
    assert f.event_date == day, f


# -- A failure told afterwards in a clause of "since" is dated to the failure


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "Since the talks between Norway and Chile collapsed in January, the fleets stayed in port.",
            JANUARY,
        ),
        (
            "The fleets have stayed in port since the Norway-Chile talks broke down in January.",
            JANUARY,
        ),
        ("The Norway–Chile talks have been frozen since they collapsed in January.", JANUARY),
        ("The Norway–Chile talks have been frozen since their collapse in January.", JANUARY),
        ("The Norway–Chile talks have stalled since January.", JANUARY),
        ("The Norway–Chile talks have been at a standstill since last month.", FEBRUARY),
    ],
)
def test_a_failure_told_in_a_clause_of_since_is_dated_to_the_failure(
    sentence: str, day: date
) -> None:
    _halt_dated(_one(sentence), day)


@pytest.mark.parametrize(
    "sentence",
    [
        # the cue's own "since" tells the last meeting, not a failure
        "Norwegian and Chilean negotiators have not met since January.",
        # a clause of "since" that names another event
        "The Norway–Chile talks have stalled since the summit in Lisbon in January.",
    ],
)
def test_a_clause_of_since_about_something_else_does_not_date_the_halt(sentence: str) -> None:
    f = _one(sentence)
    assert _status(f) in HALTS
    assert f.event_date != JANUARY, f


def test_a_since_clause_does_not_date_talks_that_are_going_on() -> None:
    f = _one("The Norway–Chile talks have gone on since they opened in January.")
    assert _status(f) not in HALTS


# -- "Before the talks were suspended": the halt, not a meeting held


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "Before the fisheries talks were suspended, Norway and Chile had traded charges.",
            "suspended",
        ),
        (
            "Before the fisheries talks collapsed, Solberg had warned Rivas of a deadlock.",
            "stalled",
        ),
        # no listed cue of its own: the halt after "before the talks" is no meeting held
        ("Before the fisheries talks were derailed, Norway and Chile had traded charges.", None),
    ],
)
def test_before_the_talks_halted_is_the_halt(sentence: str, status: str | None) -> None:
    assert _status(_one(sentence)) == status


def test_before_the_talks_with_a_past_act_still_tells_them_held() -> None:
    f = _one("Before the fisheries talks, Solberg met Rivas for dinner in Reykjavik.")
    assert _status(f) == "active"


# A named negotiation and another track whose only event word is the bare "talks".
NAMED = TALKS.model_copy(update={"keywords": ["Reykjavik talks", "negotiations"]})
OTHER = Track(
    id="us-japan-talks",
    title="US–Japan trade talks",
    kind="talks",
    parties=["United States", "Japan"],
    keywords=["talks", "truce"],
)


def test_the_halt_goes_to_the_talks_it_is_the_predicate_of() -> None:
    text = (
        "Before the Reykjavik talks were suspended, US mediators had grown frustrated with "
        "the unwillingness of both sides to work towards a lasting truce."
    )
    found = extract_document(text, PUB, [NAMED, OTHER])
    named = [f for f in found if f.track_id == NAMED.id]
    other = [f for f in found if f.track_id == OTHER.id]
    assert named and _status(named[0]) == "suspended"
    assert all(_status(f) is None for f in other), other


# -- Talks adjourned: a halt


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The Norway–Chile talks were adjourned last month.", FEBRUARY),
        ("The talks between Norway and Chile were adjourned indefinitely in February.", FEBRUARY),
        (
            "The Norway–Chile talks, which opened in Reykjavik in January, were adjourned in "
            "February.",
            FEBRUARY,
        ),
        ("Mediators adjourned the Norway–Chile talks on Monday without an agreement.", MONDAY),
        (
            "Rivas made no comment on going back to the Norway–Chile talks, which the mediators "
            "adjourned last month.",
            FEBRUARY,
        ),
    ],
)
def test_talks_adjourned_are_suspended(sentence: str, day: date) -> None:
    f = _one(sentence)
    assert (_status(f), f.event_date) == ("suspended", day), f


@pytest.mark.parametrize(
    "sentence",
    [
        "The Norway–Chile talks were adjourned until Monday.",
        "The Norway–Chile talks adjourned for the day and will resume on Tuesday.",
        "The Norway–Chile talks were not adjourned, Rivas said.",
        "The Norway–Chile talks could be adjourned if the fleets sail.",
    ],
)
def test_a_break_or_an_adjournment_not_made_is_no_halt(sentence: str) -> None:
    assert all(_status(f) != "suspended" for f in _found(sentence))


def test_a_halt_after_a_side_clause_is_the_main_predicate() -> None:
    f = _one(
        "The Norway–Chile talks, which opened in Reykjavik in January, were halted last month."
    )
    assert (_status(f), f.event_date) == ("suspended", FEBRUARY), f


# -- The failed talks, a return to the negotiations, the first round since the collapse


@pytest.mark.parametrize(
    "sentence",
    [
        "The failed Norway–Chile talks left the fleets in port.",
        "Rivas blamed Oslo for the abortive Reykjavik talks.",
    ],
)
def test_the_failed_talks_are_stalled(sentence: str) -> None:
    assert _status(_one(sentence)) == "stalled"


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway and Chile return to negotiations in Reykjavik.",
        "Chile returned to the Norway–Chile talks on Monday.",
    ],
)
def test_a_return_to_the_negotiations_is_active(sentence: str) -> None:
    assert _status(_one(sentence)) == "active"


def test_a_refused_return_stays_a_halt() -> None:
    assert _status(_one("Chile refused to return to the Norway–Chile talks.")) == "suspended"


def test_the_first_round_since_the_collapse_is_dated_to_its_day() -> None:
    f = _one("The first round of Norway-Chile talks since the collapse opened on Monday.")
    assert (_status(f), f.event_date) == ("active", MONDAY), f


# -- A resumption sought or discussed is no resumption


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway and Chile discussed resuming the talks on Monday.",
        "Solberg held discussions in Oslo on restarting the Norway–Chile talks.",
        "The meeting in Oslo dealt with resuming the Norway–Chile talks.",
        "Mediators are trying to revive the Norway–Chile talks.",
        "Mediators have tried in recent months to get the Norway–Chile talks going again.",
        "Iceland is pushing to bring Norway and Chile back to the table.",
        "Efforts to restart the Norway–Chile talks have so far come to nothing.",
    ],
)
def test_a_resumption_sought_or_discussed_claims_no_status(sentence: str) -> None:
    assert all(_status(f) is None for f in _found(sentence)), _found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Norway–Chile talks resumed on Monday after mediators tried for months to restart them.",
        "Norway and Chile agreed on Monday to resume the talks.",
    ],
)
def test_a_resumption_told_as_done_or_agreed_is_active(sentence: str) -> None:
    assert any(_status(f) == "active" for f in _found(sentence))


# -- What only looks like a failure


@pytest.mark.parametrize(
    "sentence",
    [
        "The Norway–Chile talks are on the verge of collapse.",
        "The Norway–Chile talks are on the brink of collapse, diplomats say.",
        "The Norway–Chile talks are teetering on the edge of collapse.",
        "The Norway–Chile talks are close to collapse.",
        "Diplomats fear the Norway–Chile talks could collapse.",
        "Rivas denied that the Norway–Chile talks had failed.",
    ],
)
def test_a_failure_feared_or_denied_is_no_halt(sentence: str) -> None:
    assert all(_status(f) is None for f in _found(sentence)), _found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The fishing truce agreed at the Norway–Chile talks collapsed within days.",
        "A ceasefire brokered in the Norway–Chile talks broke down on Monday.",
    ],
)
def test_a_ceasefire_that_collapsed_is_not_the_talks(sentence: str) -> None:
    assert all(_status(f) not in HALTS for f in _found(sentence)), _found(sentence)


def test_the_talks_failing_beside_a_ceasefire_holding_are_stalled() -> None:
    f = _one("The fishing truce held, but the Norway–Chile talks collapsed in January.")
    _halt_dated(f, JANUARY)


def test_another_negotiation_collapsing_is_not_this_one() -> None:
    found = _found("Peru and Ghana's trade talks collapsed in January.", tracks=TRACKS)
    assert all(_status(f) not in HALTS for f in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "The Norway–Chile talks ran into obstacles in January.",
        "The talks between Norway and Chile ran into difficulties in January over quotas.",
    ],
)
def test_talks_that_ran_into_obstacles_are_stalled(sentence: str) -> None:
    _halt_dated(_one(sentence), JANUARY)


def test_talks_that_could_run_into_trouble_are_no_halt() -> None:
    assert (
        _status(_one("The Norway–Chile talks could run into trouble if the fleets sail.")) is None
    )
