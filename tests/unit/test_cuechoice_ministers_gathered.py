"""Ministers or diplomats meeting are not a leaders' summit or conference: "Senior diplomats of
the bloc met on Monday", "The ministers will hold talks over two days, ahead of the summit"
tell a meeting of their own (a ministers' meeting of the same group, in the same city), which
claims no status of the summit. Kept: the leaders meeting, a subject naming one of the
track's people or a leader ("the two prime ministers"), a track whose own words are a
ministers' meeting ("ministerial meeting"), and a meeting track (its people may be
ministers). Sentences in the project's own words, on invented tracks."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB
from tracker.domain.models import Actor, Track
from tracker.extract import extract_document

QUISPE = Actor(name="Rosa Quispe", aliases=["Quispe"])
ARAYA = Actor(name="Tomas Araya", aliases=["Araya"])


def _track(kind: str, keywords: list[str]) -> Track:
    return Track(
        id=f"lima-pacific-{kind}",
        title="Pacific leaders' gathering in Lima",
        kind=kind,
        actors=[QUISPE, ARAYA],
        parties=["Peru", "Chile"],
        places=["Lima"],
        keywords=keywords,
    )


SUMMIT = _track("summit", ["Pacific summit", "summit"])
CONFERENCE = _track("conference", ["Pacific conference", "conference"])
MINISTERIAL = _track("conference", ["Pacific ministerial meeting", "ministerial meeting"])
MEETING = _track("meeting", ["meeting", "talks"])


def _claims(sentence: str, track: Track) -> list[str | None]:
    return [f.signal for f in extract_document(sentence, PUB, [track]) if f.signal is not None]


@pytest.mark.parametrize("track", [SUMMIT, CONFERENCE], ids=["summit", "conference"])
@pytest.mark.parametrize(
    "sentence",
    [
        "The foreign ministers of Peru and Chile met in Lima on Monday.",
        "Peruvian and Chilean trade ministers gathered in Lima on Friday.",
        "Senior diplomats of Peru and Chile have met in Lima to go over the agenda.",
        "The ministers will hold talks in Lima over two days, a curtain-raiser for the leaders.",
        # a preview's present and future, read by no cue of their own
        "The foreign ministers of Peru and Chile meet in Lima next week.",
        "Senior diplomats of Peru and Chile will convene in Lima on Thursday.",
    ],
)
def test_ministers_meeting_claims_nothing_for_a_leaders_gathering(
    sentence: str, track: Track
) -> None:
    assert _claims(sentence, track) == []


@pytest.mark.parametrize(
    ("sentence", "track"),
    [
        # the leaders meet: the summit itself
        ("The leaders of Peru and Chile met in Lima on Monday for the Pacific summit.", SUMMIT),
        ("Quispe and Araya met in Lima on Monday.", SUMMIT),
        # prime ministers are leaders
        ("The prime ministers of Peru and Chile met in Lima on Monday.", SUMMIT),
        ("The leaders of Peru and Chile meet in Lima next week.", SUMMIT),
        # the track's own words are a ministers' meeting
        (
            "Foreign ministers of Peru and Chile met in Lima on Monday for the ministerial "
            "meeting.",
            MINISTERIAL,
        ),
        # on a meeting track the ministers may be its people
        ("The foreign ministers of Peru and Chile met in Lima on Monday.", MEETING),
    ],
)
def test_the_track_still_takes_its_own_meeting(sentence: str, track: Track) -> None:
    assert {"held", "scheduled", "proposed"} & set(_claims(sentence, track))
