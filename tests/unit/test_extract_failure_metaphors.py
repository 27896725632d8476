"""Talks told dead or revived in figures of speech ("dead in the water", "on life support",
"mortally wounded", "dealt a fatal blow", "brought back to life"), and talks named by a
coined word of their own name that the analyst typed as a keyword ("the Sarovo talks").
Each on invented sentences of invented negotiations (docs/lexicon.md, "Talks told dead or
revived in figures of speech" and "A coined name the analyst typed")."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB, TALKS, TRACKS
from tests.unit.test_extract_talks_under_way import _found, _one, _status
from tracker.domain.models import Actor, Track
from tracker.extract import extract_document

# -- The failure told in a figure of speech: the talks stalled


@pytest.mark.parametrize(
    "sentence",
    [
        "The Norway–Chile talks are now dead in the water.",
        "Diplomats say the Norway–Chile process is on life support.",
        "The Norway–Chile agreement lies in tatters after the vote.",
        "The Norway–Chile accords have been mortally wounded, Rivas said on Thursday.",
        "The talks between Norway and Chile are effectively dead.",
        "The Norway–Chile negotiations are hanging by a thread.",
        "Norway–Chile talks dead, says Rivas",
        'Norway–Chile accord "mortally wounded", says Solberg',
        "The arrest dealt a fatal blow to the Norway–Chile talks.",
        "Chile's new quota law torpedoed the talks with Norway.",
        "The boarding of the trawler scuppered the Norway–Chile negotiations.",
    ],
)
def test_a_failure_told_in_a_figure_of_speech_stalls_the_talks(sentence: str) -> None:
    assert _status(_one(sentence)) == "stalled"


@pytest.mark.parametrize(
    "sentence",
    [
        # denied
        "The Norway–Chile talks are not dead, Rivas said.",
        # feared
        "The Norway–Chile talks could be dead within weeks, Rivas warned.",
        # the figure is about something else in the sentence
        "After the Norway–Chile talks thirty seals were found dead in Reykjavik.",
        "The Norway–Chile talks are dead set on a quota deal, Rivas said.",
        # wished
        "Solberg hopes no one will torpedo the Norway–Chile talks.",
    ],
)
def test_what_only_looks_like_a_failure_in_a_figure_stalls_nothing(sentence: str) -> None:
    assert all(_status(f) != "stalled" for f in _found(sentence)), _found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The accord brought the Norway–Chile process back to life.",
        "The new offer breathed new life into the Norway–Chile talks.",
    ],
)
def test_talks_told_revived_in_a_figure_are_active(sentence: str) -> None:
    assert _status(_one(sentence)) == "active"


def test_a_revival_only_hoped_for_is_no_status() -> None:
    found = _found("Mediators are trying to bring the Norway–Chile talks back to life.")
    assert all(_status(f) != "active" for f in found), found


# -- A coined word of the track's own name, typed as a keyword, names the track


def _initiative(*keywords: str) -> Track:
    return Track(
        id="lakeland-peace-talks",
        title="Lakeland peace talks",
        kind="talks",
        actors=[Actor(name="Tove Lindqvist", aliases=["Lindqvist"])],
        parties=["Estonia", "Bolivia"],
        places=["Tallinn"],
        keywords=[*keywords, "peace talks"],
    )


def _lakeland(text: str, *keywords: str) -> list[str | None]:
    track = _initiative(*keywords)
    return [
        _status(f) for f in extract_document(text, PUB, [track, *TRACKS]) if f.track_id == track.id
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Sarovo talks are deadlocked, officials said.",
        "Sarovo peace talks falter as positions shift",
        "The Sarovo Initiative talks are at a standstill.",
    ],
)
def test_a_coined_name_typed_as_a_keyword_names_the_track(sentence: str) -> None:
    assert _lakeland(sentence, "Sarovo", "Sarovo Initiative") == ["stalled"]


@pytest.mark.parametrize(
    ("sentence", "keywords"),
    [
        # the common words of a longer name are no coined name
        ("The Harbour talks are deadlocked.", ("Harbour Accord",)),
        # an acronym many bodies and recurring events share
        ("The LKPT talks are deadlocked.", ("LKPT",)),
        # a keyword typed in lower case
        ("The peace talks are deadlocked.", ()),
        # the coined word in lower case is a common word of the sentence
        ("The sarovo talks are deadlocked.", ("Sarovo",)),
    ],
)
def test_what_is_no_coined_name_needs_a_side_as_before(
    sentence: str, keywords: tuple[str, ...]
) -> None:
    assert _lakeland(sentence, *keywords) == []


def test_a_coined_name_of_another_track_is_not_this_tracks() -> None:
    found = extract_document(
        "The Sarovo talks are deadlocked.", PUB, [_initiative("Sarovo"), TALKS]
    )
    assert {f.track_id for f in found} == {"lakeland-peace-talks"}


def test_a_coined_word_of_a_gathering_is_the_group_that_meets_not_the_encounter() -> None:
    summit = Track(
        id="kestrel-summit",
        title="Kestrel group summit in Tallinn",
        kind="summit",
        actors=[Actor(name="Tove Lindqvist", aliases=["Lindqvist"])],
        parties=["Estonia", "Bolivia"],
        places=["Tallinn"],
        keywords=["Kestrel", "summit"],
    )
    found = extract_document("The Kestrel ministers met on Monday.", PUB, [summit, *TRACKS])
    assert [f for f in found if f.track_id == summit.id] == []
