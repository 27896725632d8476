"""Which sentences become a track's excerpts: continuations, venues and competing tracks,
each on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain.models import Actor, Finding, Track
from tracker.extract import extract_document

PUB = date(2026, 3, 4)

TALKS = Track(
    id="norway-chile-talks",
    title="Norway–Chile fisheries talks",
    kind="talks",
    actors=[
        Actor(name="Ingrid Solberg", aliases=["Solberg"]),
        Actor(name="Mateo Rivas", aliases=["Rivas"]),
    ],
    parties=["Norway", "Chile"],
    places=["Reykjavik"],
    keywords=["talks", "negotiations", "round"],
)
SUMMIT = Track(
    id="peru-ghana-summit",
    title="Peru–Ghana summit",
    kind="summit",
    actors=[
        Actor(name="Rosa Quispe", aliases=["Quispe"]),
        Actor(name="Kwame Mensah", aliases=["Mensah"]),
    ],
    parties=["Peru", "Ghana"],
    places=["Lisbon"],
    keywords=["summit", "meeting", "meet"],
)
TRACKS = [TALKS, SUMMIT]


def _of(text: str, track_id: str, tracks: list[Track] = TRACKS) -> list[Finding]:
    return [f for f in extract_document(text, PUB, tracks) if f.track_id == track_id]


SUMMIT_LEAD = "Quispe and Mensah agreed on Monday to hold a summit in Lisbon.\n\n"


@pytest.mark.parametrize(
    ("follow", "carries_on"),
    [
        # the summit named, and a meeting only the summit's preparation precedes
        (
            "The timing of any summit remains open, a Ghanaian spokesman said, adding that "
            "careful preparation would be needed before a meeting could happen.",
            True,
        ),
        ("A separate meeting on cocoa prices is planned for May.", False),  # another event
    ],
)
def test_an_indefinite_event_word_beside_the_definite_one(follow: str, carries_on: bool) -> None:
    found = [f.exact for f in _of(SUMMIT_LEAD + follow, SUMMIT.id)][1:]
    assert found == ([follow] if carries_on else [])


def test_an_event_word_hanging_by_of_on_an_indefinite_one_is_another_event() -> None:
    text = (
        "Norway and Chile held quota talks in Reykjavik on Tuesday.\n\n"
        "Fishing crews hope for a new round of negotiations on wages next year."
    )
    assert [f.exact for f in _of(text, TALKS.id)][1:] == []


@pytest.mark.parametrize(
    ("follow", "carries_on"),
    [
        ('"But if we have it, I would like to hold it in Lisbon," she told reporters.', True),
        ("Markets in Lisbon were calm on Tuesday.", False),  # the city, not the event
    ],
)
def test_a_paragraph_opener_placing_the_event_at_its_venue(follow: str, carries_on: bool) -> None:
    found = [f.exact for f in _of(SUMMIT_LEAD + follow, SUMMIT.id)][1:]
    assert found == ([follow] if carries_on else [])


@pytest.mark.parametrize(
    "text",
    [
        "Peru-Ghana summit put on hold after Ghana rejects ceasefire in Togo",
        "Quispe said she was ready to meet Mensah to push for peace in Togo.",
    ],
)
def test_the_place_of_a_conflict_is_no_venue(text: str) -> None:
    # "ceasefire in Togo", "peace in Togo" tell where the war is, not where they meet.
    assert [f.exact for f in _of(text, SUMMIT.id)] == [text]


def test_a_venue_still_puts_the_event_elsewhere() -> None:
    assert _of("Quispe and Mensah will meet in Togo next week.", SUMMIT.id) == []


NORWAY_CHILE_SUMMIT = Track(
    id="norway-chile-summit",
    title="Norway–Chile summit",
    kind="summit",
    parties=["Norway", "Chile"],
    keywords=["summit"],
)


def test_a_track_named_by_its_event_word_keeps_the_sentence_from_one_matched_by_a_cue() -> None:
    # "called off" stands for an event word only when the sentence names none: here it
    # names the summit, which is not the two parties' fisheries talks.
    text = "Oslo called off the summit after Santiago refused to budge on quotas."
    tracks = [TALKS, NORWAY_CHILE_SUMMIT]
    assert [f.exact for f in _of(text, NORWAY_CHILE_SUMMIT.id, tracks)] == [text]
    assert _of(text, TALKS.id, tracks) == []


# The paragraph before tells of both tracks.
TALKS_LEAD = (
    "Solberg and Rivas held quota talks in Reykjavik on Tuesday, a week after Quispe and "
    "Mensah met in Lisbon.\n\n"
)


@pytest.mark.parametrize(
    ("follow", "carries_on"),
    [
        ('"Rivas and I understand each other well," Solberg said.', True),
        # one of the track's people beside somebody of another party: their own affair
        ("Solberg later phoned Kwame Mensah of Ghana.", False),
    ],
)
def test_a_paragraph_opener_naming_the_tracks_people(follow: str, carries_on: bool) -> None:
    found = [f.exact for f in _of(TALKS_LEAD + follow, TALKS.id)][1:]
    assert found == ([follow] if carries_on else [])
