"""A meeting told by its end, on invented sentences: the meeting presupposed by "after /
following" and a bare noun ("after talks in Valletta", "after meeting with Thorsen"),
the talks that "broke up" in a clause of time, officials who "sat in on" the talks, and an end
still ahead ("are due to end on Friday"), with the refusals each form needs."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.invented import PUB, TALKS, THORSEN_DIOP_MEETING
from tracker.domain.models import Finding, Track
from tracker.extract import extract_document
from tracker.infer.claims import claimed_status

MONDAY = date(2026, 3, 2)  # PUB is Wednesday 4 March 2026
FRIDAY = date(2026, 3, 6)


def _found(text: str, track: Track = THORSEN_DIOP_MEETING) -> list[Finding]:
    return [f for f in extract_document(text, PUB, [track]) if f.track_id == track.id]


def _one(text: str, track: Track = THORSEN_DIOP_MEETING) -> Finding:
    found = _found(text, track)
    assert len(found) == 1, found
    return found[0]


def _status(text: str, track: Track = THORSEN_DIOP_MEETING) -> str | None:
    return claimed_status(_one(text, track), track.kind)


# -- The meeting presupposed by "after / following" with a bare noun


@pytest.mark.parametrize(
    "text",
    [
        "Iceland and Senegal stress cooperation after talks in Valletta",
        "Senegal hails closer ties after meeting with Thorsen",
        "Diop told reporters after meeting with Thorsen that the talks had gone well.",
        "Reykjavik issued a statement following talks with Diop.",
    ],
)
def test_a_meeting_after_which_something_was_done_was_held(text: str) -> None:
    assert _status(text) == "held"


def test_the_bare_noun_dates_the_meeting_by_its_own_day() -> None:
    f = _one("Diop told reporters after meeting with Thorsen on Monday that it had gone well.")
    assert claimed_status(f, "meeting") == "held"
    assert f.event_date == MONDAY


@pytest.mark.parametrize(
    "text",
    [
        # the meeting ahead, wished or denied
        "Diop said she would speak to reporters after meeting with Thorsen on Friday.",
        "Thorsen may announce a deal after meeting with Diop on Friday.",
        "Diop denied that she had spoken to reporters after meeting with Thorsen.",
        # another meeting: a gerund with no "with" names whoever was met, not the track's
        "Diop posted on X after meeting Iceland's fisheries minister in Valletta.",
        # before the meeting, or a past meeting named in passing
        "Diop told reporters before meeting Thorsen that she hoped for progress.",
        "Thorsen and Diop have not met since meeting in Rome in 2023.",
    ],
)
def test_a_meeting_ahead_wished_denied_or_in_passing_is_not_held(text: str) -> None:
    assert all(claimed_status(f, "meeting") != "held" for f in _found(text))


# -- Talks that "broke up", in a clause of time


@pytest.mark.parametrize(
    "text",
    [
        "Thorsen and Diop shook hands as the talks broke up on Monday.",
        "Thorsen flew home once their meeting broke up on Monday.",
        "Thorsen and Diop spoke to the press when the closed-door session had broken up on Monday.",
    ],
)
def test_talks_that_broke_up_were_held_on_their_day(text: str) -> None:
    f = _one(text)
    assert claimed_status(f, "meeting") == "held"
    assert f.event_date == MONDAY


def test_talks_that_broke_up_read_held_on_talks_too() -> None:
    text = "Solberg and Rivas shook hands as the talks broke up on Monday."
    assert _status(text, TALKS) == "active"


@pytest.mark.parametrize(
    "text",
    [
        # a condition, and talks that broke up with nothing: a failure, not this rule's
        "If the talks between Thorsen and Diop broke up early, nobody said so.",
        "The talks between Thorsen and Diop broke up without agreement on Monday.",
    ],
)
def test_a_break_up_in_a_condition_or_without_agreement_is_not_held(text: str) -> None:
    assert all(claimed_status(f, "meeting") != "held" for f in _found(text))


# -- Officials who sat in on the talks


def test_officials_who_sat_in_on_the_talks_tell_them_held() -> None:
    f = _one("Senior officials sat in on the talks between Thorsen and Diop on Monday.")
    assert claimed_status(f, "meeting") == "held"
    assert f.event_date == MONDAY


@pytest.mark.parametrize(
    "text",
    [
        "Senior officials will sit in on the talks between Thorsen and Diop on Friday.",
        "Thorsen and Diop did not sit in on the talks on Monday.",
    ],
)
def test_sitting_in_ahead_or_denied_is_not_held(text: str) -> None:
    assert all(claimed_status(f, "meeting") != "held" for f in _found(text))


# -- An end still ahead: the meeting set, not held


@pytest.mark.parametrize(
    "text",
    [
        "The talks between Thorsen and Diop are due to end on Friday.",
        "The meeting between Thorsen and Diop is expected to conclude on Friday with a statement.",
        "The Valletta meeting of Thorsen and Diop is set to wrap up on Friday.",
    ],
)
def test_an_end_ahead_sets_the_meeting_for_its_day(text: str) -> None:
    f = _one(text)
    assert claimed_status(f, "meeting") == "scheduled"
    assert f.modality == "future"
    assert f.event_date == FRIDAY


@pytest.mark.parametrize(
    "text",
    [
        "The talks between Thorsen and Diop are not due to end on Friday.",
        "The talks between Thorsen and Diop, which were due to end on Friday, were called off.",
    ],
)
def test_an_end_ahead_negated_or_undone_is_not_a_schedule(text: str) -> None:
    assert all(claimed_status(f, "meeting") != "scheduled" for f in _found(text))


# -- A held meeting told by its noun phrase: a source named first, the in-person exchange

_MET = "Thorsen met Diop in Valletta on Monday. "


def _second(text: str) -> list[Finding]:
    return [f for f in _found(_MET + text) if f.start >= len(_MET)]


@pytest.mark.parametrize(
    "text",
    [
        "According to Diop, Monday's meeting served to strengthen dialogue.",
        "According to officials in Dakar, the meeting yielded a fisheries accord.",
        "The in-person exchange came at a time of trade friction.",
        "The closed-door discussion produced a joint statement.",
    ],
)
def test_the_meeting_named_by_its_noun_and_a_past_verb_was_held(text: str) -> None:
    (f,) = _second(text)
    assert claimed_status(f, "meeting") == "held"
    assert f.event_date == MONDAY


@pytest.mark.parametrize(
    "text",
    [
        "According to Diop, the next meeting will produce an accord.",
        "According to Diop, Monday's meeting in Rome produced little.",
        "According to Diop, the meeting never produced anything.",
        "The in-person exchange will come in June.",
        "The exchange of prisoners came later.",
    ],
)
def test_a_noun_phrase_ahead_elsewhere_denied_or_of_another_exchange_is_not_held(
    text: str,
) -> None:
    assert all(claimed_status(f, "meeting") != "held" for f in _second(text))


# -- A sentence after the meeting with no day of its own: the meeting's day

LAST_FRIDAY = date(2026, 2, 27)


@pytest.mark.parametrize(
    "text",
    [
        "After the meeting, Thorsen flew home late at night.",
        "Following the talks, Diop hosted a dinner.",
        "Diop's ministry put out a statement after the meeting.",
    ],
)
def test_after_the_meeting_takes_the_day_the_meeting_was_told_held(text: str) -> None:
    found = [
        f
        for f in _found("Thorsen met Diop in Valletta on Friday. " + text)
        if f.exact.startswith(text[:12])
    ]
    assert [(claimed_status(f, "meeting"), f.event_date) for f in found] == [("held", LAST_FRIDAY)]


def test_after_the_meeting_keeps_its_own_day_or_a_month_named_in_passing() -> None:
    own = _found("Thorsen met Diop in Valletta on Friday. After the meeting on Tuesday, they left.")
    assert own[-1].event_date == date(2026, 3, 3)
    passing = _found(
        "Thorsen recalled meeting Diop in Valletta in January. After the talks, Diop hosted a "
        "dinner."
    )
    assert passing[-1].event_date == PUB
