"""An event told by its setting ("The visit comes as …"): the background after the setting
phrase names no event, so a track named there only by its sides, people or topic words is
not told there, and the sentence stays the event's whose anaphor opens it, when the
paragraph (or the one before) or the headline is about it. A background that tells an event
("open a new round of talks") keeps that track. Read on invented sentences."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB
from tracker.domain.models import Actor, Track
from tracker.extract import extract_document

VISIT = Track(
    id="solberg-peru-visit",
    title="Solberg's visit to Peru",
    kind="visit",
    actors=[
        Actor(name="Ingrid Solberg", aliases=["Solberg"]),
        Actor(name="Rosa Quispe", aliases=["Quispe"]),
    ],
    parties=["Norway", "Peru"],
    places=["Lima"],
    keywords=["visit"],
)
TALKS = Track(
    id="norway-chile-salmon-talks",
    title="Norway–Chile salmon talks",
    kind="talks",
    actors=[Actor(name="Mateo Rivas", aliases=["Rivas"])],
    parties=["Norway", "Chile"],
    keywords=["salmon tariffs", "talks", "round"],
)
LEAD = "Solberg landed in Lima on Sunday for a three-day visit to Peru.\n\n"


def _tracks_of(text: str, quote: str) -> list[str]:
    found = extract_document(text, PUB, [VISIT, TALKS])
    return sorted({f.track_id for f in found if quote in f.exact})


@pytest.mark.parametrize(
    "sentence",
    [
        "The visit comes as Norway and Chile quarrel over salmon tariffs.",
        "The visit comes amid a dispute between Norway and Chile over salmon tariffs.",
        "The visit came at a time when Norway and Chile were at odds over salmon tariffs.",
    ],
)
def test_the_setting_is_the_events_not_the_backgrounds(sentence: str) -> None:
    assert _tracks_of(LEAD + sentence, sentence[:25]) == [VISIT.id]


def test_a_background_telling_an_event_keeps_its_track() -> None:
    sentence = "The visit comes as Norway and Chile open a new round of talks on salmon tariffs."
    assert TALKS.id in _tracks_of(LEAD + sentence, sentence[:25])


def test_the_setting_of_no_event_of_the_article() -> None:
    text = "Fish prices rose again in Oslo this week.\n\n"
    sentence = "The visit comes as Norway and Chile quarrel over salmon tariffs."
    assert VISIT.id not in _tracks_of(text + sentence, sentence[:25])
