"""A sentence tied to a track only by its place or its parties, that opens on another
gathering named by its own proper name told as held there ("The 12th ADMM-Plus, being held
in Kuala Lumpur, …"), tells of that gathering: the track's people, keywords or event words,
or a name made of the track's own words, keep it. Read on invented sentences."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB, SUMMIT, TALKS
from tracker.domain.models import Track
from tracker.extract import extract_document


def _tracks_of(sentence: str) -> list[str]:
    found = extract_document(sentence, PUB, [SUMMIT, TALKS])
    return sorted({f.track_id for f in found if f.exact and f.exact in sentence})


@pytest.mark.parametrize(
    "sentence",
    [
        "The 5th Atlantic Forum, being held in Lisbon, brings together Peru, Ghana and ten others.",
        "The Lusophone Energy Week was held in Lisbon on Tuesday, with Peru and Ghana attending.",
        "The Tagus Dialogue opens in Lisbon on Monday with delegations from Peru and Ghana.",
        "The Arctic Circle Assembly takes place in Reykjavik this week, Norway and Chile among its guests.",
    ],
)
def test_another_named_gathering_held_there_is_not_the_track(sentence: str) -> None:
    assert _tracks_of(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "track"),
    [
        ("The Peru-Ghana summit, being held in Lisbon, brings the two leaders together.", SUMMIT),
        ("The summit, held in Lisbon on Tuesday, ended with a joint statement.", SUMMIT),
        ("The Atlantic Forum, held in Lisbon, was where Quispe and Mensah met.", SUMMIT),
        ("Talks between Norway and Chile were held in Reykjavik on Tuesday.", TALKS),
    ],
)
def test_the_tracks_own_gathering_or_people_keep_it(sentence: str, track: Track) -> None:
    assert track.id in _tracks_of(sentence)


def test_another_named_gathering_does_not_carry_the_track_on() -> None:
    text = (
        "Solberg and Rivas held a round of fisheries talks in Reykjavik on Monday.\n\n"
        "The Arctic Circle Assembly, being held in Reykjavik, brings together Norway, Chile "
        "and forty other states."
    )
    found = extract_document(text, PUB, [SUMMIT, TALKS])
    assert not [f for f in found if f.exact.startswith("The Arctic Circle Assembly")]
