"""An event told in the progressive of "take place" ("the summit is taking place in
Lisbon"): under way on the article's day, so held; with its day ahead, scheduled for that
day, as "is being held" (docs/lexicon.md, "An event taking place"). On the invented
Peru–Ghana summit in Lisbon."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.invented import PUB, SUMMIT, TRACKS
from tracker.extract import extract_document


def _read(sentence: str) -> list[tuple[str | None, dt.date | None, str]]:
    return [
        (f.signal, f.event_date, f.modality)
        for f in extract_document(sentence, PUB, TRACKS)
        if f.track_id == SUMMIT.id
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Peru–Ghana summit is taking place in Lisbon.",
        "The Peru–Ghana summit is taking place in Lisbon from March 3 to 5.",
        "The Peru–Ghana summit has been taking place in Lisbon since Tuesday.",
    ],
)
def test_an_event_taking_place_is_held(sentence: str) -> None:
    assert [(s, m) for s, _, m in _read(sentence)] == [("held", "asserted")]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The Peru–Ghana summit is taking place in Lisbon next week.", dt.date(2026, 3, 9)),
        (
            "The Peru–Ghana summit is taking place in Lisbon from March 19 to 21.",
            dt.date(2026, 3, 19),
        ),
    ],
)
def test_an_event_taking_place_on_a_day_ahead_is_scheduled(sentence: str, day: dt.date) -> None:
    assert [(s, d) for s, d, _ in _read(sentence)] == [("scheduled", day)]


def test_an_event_not_taking_place_is_not_held() -> None:
    found = _read("The Peru–Ghana summit is not taking place in Lisbon.")
    assert all(s != "held" for s, _, _ in found), found
