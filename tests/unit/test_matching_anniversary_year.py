"""The year an anniversary counts from is no earlier occasion: "the summit marks the 30th
anniversary of relations established in 1996" is this summit, while "the summit in 2019
was cancelled" is an earlier one (docs/lexicon.md, "The year an anniversary counts from").
On the invented Peru–Ghana summit in Lisbon, written in March 2026."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB, SUMMIT, TRACKS
from tracker.extract import extract_document


def _signals(sentence: str) -> list[str | None]:
    return [f.signal for f in extract_document(sentence, PUB, TRACKS) if f.track_id == SUMMIT.id]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Peru–Ghana summit opened in Lisbon on Monday to mark the 30th anniversary of "
        "the friendship treaty of 1996.",
        "The Peru–Ghana summit, which marks three decades since relations were established "
        "in 1996, opened in Lisbon on Monday.",
        "The Peru–Ghana summit opened in Lisbon on Monday, on the anniversary of the "
        "Lisbon accord signed in 1996.",
        "Quispe and Mensah met in Lisbon on Monday at a summit marking the centenary of the "
        "1926 trade pact.",
    ],
)
def test_a_year_an_anniversary_counts_from_leaves_the_event_this_one(sentence: str) -> None:
    assert _signals(sentence) == ["held"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Peru–Ghana summit in Lisbon in 2019 was cancelled.",
        "The previous Peru–Ghana summit, held in Lisbon in 2023, ended without a statement.",
        # a founding told alone is a past of its own, no anniversary
        "The Peru–Ghana summit forum was founded in Lisbon in 2006.",
    ],
)
def test_an_earlier_edition_by_its_year_is_still_not_this_one(sentence: str) -> None:
    assert _signals(sentence) == []
