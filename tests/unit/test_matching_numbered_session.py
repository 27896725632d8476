"""A conference named by its body's acronym and its session number or year ("COP29",
"SB62", "CHOGM 2024"), typed as a keyword, names the track in a sentence that has no event
noun beside it ("LMC17 opens on Monday"): one session of one body. A group named by one
capital and a number ("G20") or a lower-case form is no such name (docs/lexicon.md, "A
numbered session named alone")."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.invented import TRACKS
from tracker.domain.models import Actor, Track
from tracker.extract import extract_document

PUB = dt.date(2031, 3, 7)  # a Friday


def _conference(*keywords: str) -> Track:
    return Track(
        id="lmc17-tallinn",
        title="Seventeenth lake management conference in Tallinn",
        kind="conference",
        actors=[Actor(name="Tove Lindqvist", aliases=["Lindqvist"])],
        parties=["Estonia"],
        places=["Tallinn"],
        keywords=[*keywords, "lake conference"],
    )


def _statuses(text: str, *keywords: str) -> list[tuple[str | None, dt.date | None]]:
    track = _conference(*keywords)
    return [
        (f.signal, f.event_date)
        for f in extract_document(text, PUB, [track, *TRACKS])
        if f.track_id == track.id
    ]


@pytest.mark.parametrize(
    ("sentence", "keywords", "want"),
    [
        ("LMC17 starts tomorrow.", ("LMC17",), ("scheduled", dt.date(2031, 3, 8))),
        ("LMC 17 will begin in earnest tomorrow.", ("LMC 17",), ("scheduled", dt.date(2031, 3, 8))),
        ("LMC17 was postponed on Thursday.", ("LMC17",), ("postponed", dt.date(2031, 3, 6))),
        ("The opening of LMC17 took place on March 3.", ("LMC17",), ("held", dt.date(2031, 3, 3))),
        ("LAKEMIN 2031 has been called off.", ("LAKEMIN 2031",), ("cancelled", PUB)),
    ],
)
def test_a_numbered_session_named_alone_is_the_track(
    sentence: str, keywords: tuple[str, ...], want: tuple[str, dt.date]
) -> None:
    assert _statuses(sentence, *keywords) == [want]


@pytest.mark.parametrize(
    ("sentence", "keywords"),
    [
        # one capital and a number: a group that meets again and again
        ("L20 starts tomorrow.", ("L20",)),
        # the keyword typed in lower case
        ("lmc17 starts tomorrow.", ("lmc17",)),
        # a body's acronym without its number names every session
        ("LMC starts tomorrow.", ("LMC",)),
    ],
)
def test_what_is_no_numbered_session_needs_a_side_or_a_place(
    sentence: str, keywords: tuple[str, ...]
) -> None:
    assert _statuses(sentence, *keywords) == []


def test_the_session_with_its_place_was_found_before() -> None:
    # with the track's place in the sentence the track is named either way
    assert _statuses("LMC17 opened in Tallinn on Monday.", "LMC17") == [
        ("held", dt.date(2031, 3, 3))
    ]
