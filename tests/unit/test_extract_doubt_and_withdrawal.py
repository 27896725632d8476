"""An encounter ahead doubted, a side's plan withdrawn, and a part of an event halted: how
each is read (docs/lexicon.md; corpus conventions 7, 10 and 14). Sentences invented."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB, SUMMIT, TALKS, TRACKS
from tests.unit.test_lexicon_kinds import CONFERENCE, MEETING, VISIT
from tracker.domain.models import Evidence, Track
from tracker.extract import extract_document
from tracker.infer.claims import ESTIMATIVE_WEIGHT, claimed_status, estimative_weight

ALL = [*TRACKS, CONFERENCE]


def _claims(text: str, track: Track) -> list[str | None]:
    found = [f for f in extract_document(text, PUB, ALL) if f.track_id == track.id]
    return [claimed_status(f, track.kind) for f in found]


def _signals(text: str, track: Track) -> list[str | None]:
    return [f.signal for f in extract_document(text, PUB, ALL) if f.track_id == track.id]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lisbon summit of Quispe and Mensah is unlikely to take place this year.",
        "Quispe-Mensah summit in Lisbon unlikely despite Peru's claim of an invitation",
        "The Quispe-Mensah summit is now in doubt after the row over fishing rights.",
        "The planned Lisbon summit between Quispe and Mensah looks increasingly uncertain.",
        "The Lisbon summit of Quispe and Mensah hangs in the balance.",
        "The Quispe-Mensah summit may not happen this year, officials said.",
        "Prospects for a Quispe-Mensah summit in Lisbon have dimmed since the vote.",
        "Diplomats said a Quispe-Mensah meeting in Lisbon was unlikely to be held before May.",
        "The fate of the Quispe-Mensah summit in Lisbon has been in much doubt since May.",
        "Prospects for a meeting between Peru's Quispe and Ghana's Mensah in Lisbon appear to "
        "be fading.",
        "A summit between Peru's President Rosa Quispe and Ghana's President Kwame Mensah is "
        "unlikely, an official told reporters.",
    ],
)
def test_an_encounter_ahead_doubted_is_on_hold(sentence: str) -> None:
    assert _signals(sentence, SUMMIT) == ["doubted"]
    assert _claims(sentence, SUMMIT) == ["on_hold"]


@pytest.mark.parametrize(
    "sentence",
    [
        # doubt about what comes out of it, its date or its place, not about the event
        "A deal is unlikely to come out of the Quispe-Mensah summit in Lisbon.",
        "The Quispe-Mensah summit is unlikely to produce a deal on fishing rights.",
        "The outcome of the Quispe-Mensah summit is uncertain.",
        "The date of the Quispe-Mensah summit is uncertain.",
        "It is uncertain whether the Quispe-Mensah summit will be held in Lisbon or Accra.",
        "Quispe and Mensah met in Lisbon, an unlikely venue for a summit.",
        # denied
        "Peru denied reports that the Quispe-Mensah summit was in doubt.",
    ],
)
def test_doubt_about_something_else_or_denied_claims_no_halt(sentence: str) -> None:
    assert "on_hold" not in _claims(sentence, SUMMIT)


def test_talks_doubted_claim_no_status() -> None:
    # a negotiation in rounds has no on_hold; a doubt about it is no halt
    assert _claims("Talks between Norway and Chile in Reykjavik are in doubt.", TALKS) in (
        [],
        [None],
    )


def _evidence(sentence: str, reading: str = "machine") -> Evidence:
    found = [f for f in extract_document(sentence, PUB, ALL) if f.track_id == SUMMIT.id]
    return Evidence(**found[0].model_dump(), id=1, document_id=1, reading=reading)


def test_an_estimative_doubt_weighs_less_than_a_decided_halt() -> None:
    doubted = "The Quispe-Mensah summit in Lisbon is in doubt."
    decided = "The Quispe-Mensah summit in Lisbon has been put on hold."
    assert estimative_weight(_evidence(doubted)) == ESTIMATIVE_WEIGHT < 1
    assert estimative_weight(_evidence(decided)) == 1.0
    assert estimative_weight(_evidence(doubted, reading="confirmed")) == 1.0


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Quispe no longer has plans to attend the Lisbon summit with Mensah.", "on_hold"),
        ("Quispe no longer plans to travel to Lisbon for the summit with Mensah.", "on_hold"),
        ("Quispe is no longer expected to attend the Lisbon summit with Mensah.", "on_hold"),
        ("Quispe has dropped plans to meet Mensah in Lisbon.", "cancelled"),
        ("Quispe pulled out of the planned Lisbon summit with Mensah.", "cancelled"),
        ("Ghana withdrew from the Lisbon summit with Peru on Monday.", "cancelled"),
    ],
)
def test_a_plan_withdrawn_by_a_side(sentence: str, status: str) -> None:
    assert _claims(sentence, SUMMIT) == [status]


@pytest.mark.parametrize(
    ("track", "sentence", "status"),
    [
        # a side's own visit or meeting is off when the side withdraws
        (VISIT, "Quispe no longer plans to visit Ghana, officials said.", "cancelled"),
        (VISIT, "Quispe is no longer expected to travel to Accra for the visit.", "cancelled"),
        (MEETING, "Virtanen is no longer expected to attend the meeting with Kenya.", "cancelled"),
        # a conference goes on without one side: not going ahead as planned, not off
        (CONFERENCE, "Kask no longer plans to attend the Tallinn ocean conference.", "on_hold"),
        # the talks have no on_hold: no status
        (TALKS, "Rivas no longer plans to attend the Reykjavik talks with Norway.", None),
    ],
)
def test_a_withdrawal_by_kind(track: Track, sentence: str, status: str | None) -> None:
    found = [f for f in extract_document(sentence, PUB, [track]) if f.track_id == track.id]
    assert [f.signal for f in found] == ["withdrawn"]
    assert [claimed_status(f, track.kind) for f in found] == [status]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # a leader skipping a gathering: the gathering usually goes ahead without him
        ("Quispe will skip the Lisbon summit with Mensah.", None),
        # a plan told in the pluperfect stays the plan it was (convention 2)
        ("Quispe had agreed to attend the Lisbon summit with Mensah, expected in May.", "proposed"),
        # a threat to pull out is no withdrawal
        ("Quispe threatened to pull out of the Lisbon summit with Mensah.", None),
    ],
)
def test_what_is_no_withdrawal(sentence: str, status: str | None) -> None:
    assert _claims(sentence, SUMMIT) == [status]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kask suspended the closing plenary of the Tallinn ocean conference on Saturday.",
        "The closing plenary of the Tallinn ocean conference was suspended after objections.",
        "The closing session of the Tallinn ocean conference has been postponed until Sunday.",
        "Organisers of the Tallinn ocean conference cancelled the opening ceremony in the storm.",
        "In the second hour of the closing plenary of the Tallinn ocean conference, Kask "
        "decided to suspend the meeting.",
        "A working group of the Tallinn ocean conference was suspended for the night.",
        "The closing session of the Tallinn ocean conference, first set for Friday, has been "
        "postponed until Saturday.",
    ],
)
def test_a_part_of_the_event_halted_is_not_the_event_halted(sentence: str) -> None:
    claims = _claims(sentence, CONFERENCE)
    assert not {"on_hold", "postponed", "cancelled"} & set(claims)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The Tallinn ocean conference was suspended on Saturday.", "on_hold"),
        ("The Tallinn ocean conference has been postponed until next year.", "postponed"),
        ("The Tallinn ocean conference was called off after the storm.", "cancelled"),
        ("Kask suspended the Tallinn ocean conference indefinitely.", "on_hold"),
    ],
)
def test_the_whole_events_halt_still_reads(sentence: str, status: str) -> None:
    assert _claims(sentence, CONFERENCE) == [status]
