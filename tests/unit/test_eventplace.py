"""An event named with an occasion, a seat or a format of its own is that event, not the
track's: "Quispe and Mensah held talks at the Andean forum summit" is not their summit in
Lisbon. Sentences in the project's own words."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB, SUMMIT, TRACKS
from tracker.domain.models import Actor, Track
from tracker.extract import extract_document
from tracker.extract.eventplace import at_another_occasion, occasions


def _found(text: str, tracks: list[Track] = TRACKS, track: str = SUMMIT.id) -> list[str]:
    return [f.exact for f in extract_document(text, PUB, tracks) if f.track_id == track]


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe and Mensah held talks at the Andean Community summit on Monday.",
        "Quispe met Mensah for an hour on Tuesday, on the sidelines of the G77 forum.",
        "Quispe and Mensah spoke briefly during a Commonwealth leaders' meeting on Friday.",
        "Quispe and Mensah issued a joint statement after their meeting at the White House.",
        "Quispe hosted Mensah at the White House on Thursday for a working lunch.",
        "Quispe and Mensah met on the margins of the UN General Assembly in September.",
        'Quispe called her meeting with Mensah a "G-2" summit.',
    ],
)
def test_another_occasion_is_not_the_summit(sentence: str) -> None:
    assert _found(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the track's own venue is named with the occasion
        "Quispe and Mensah met in Lisbon on the sidelines of the Andean Community summit.",
        # an occasion opening the sentence is where something was said, not the event told
        "At the G77 forum, Quispe said she would meet Mensah in the spring.",
        # the summit is told after another occasion, not at it
        "Quispe said her summit with Mensah would follow the Commonwealth meeting in May.",
        "Quispe and Mensah met on Tuesday and agreed to meet again.",
        # an occasion without a name: the track's own
        "Quispe and Mensah held talks at the summit on Monday.",
    ],
)
def test_the_tracks_own_event_stays(sentence: str) -> None:
    assert _found(sentence) == [sentence]


def test_an_occasion_the_track_names_stays() -> None:
    track = SUMMIT.model_copy(update={"keywords": [*SUMMIT.keywords, "Andean Community"]})
    sentence = "Quispe and Mensah held talks at the Andean Community summit on Monday."
    assert _found(sentence, [track]) == [sentence]


# An encounter that lists no places: an occasion contradicts nothing of it.
MEETING = Track(
    id="quispe-mensah-meeting",
    title="Quispe–Mensah meeting",
    kind="meeting",
    actors=[Actor(name="Rosa Quispe", aliases=["Quispe"]), Actor(name="Kwame Mensah")],
    parties=["Peru", "Ghana"],
    keywords=["meeting", "meet", "talks"],
)


def test_an_encounter_without_places_keeps_its_occasion() -> None:
    own = "Quispe and Mensah held talks at the G77 summit on Monday."
    assert _found(own, [MEETING], MEETING.id) == [own]


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("They met at the SCO summit.", ["at the SCO summit"]),
        ("They met on the sidelines of the two-day Pacific forum.", ["two-day Pacific forum"]),
        ("They met at the summit.", []),
        ("They met at a meeting of ministers.", []),
    ],
)
def test_occasions(sentence: str, named: list[str]) -> None:
    found = [sentence[a:b] for a, b in occasions(sentence)]
    assert [n for n in named if not any(n in f for f in found)] == []
    assert bool(found) == bool(named)


def test_a_cue_takes_the_occasion_of_the_event_after_it() -> None:
    text = "They signed a deal after their meeting at the Andean forum."
    meeting = text.index("meeting")
    events = [(meeting, meeting + 7)]
    assert at_another_occasion(text, events, [text.index("signed")], [])
    # the track's own keyword in the occasion keeps it
    andean = text.index("Andean")
    assert not at_another_occasion(text, events, [], [(andean, andean + 6)])
