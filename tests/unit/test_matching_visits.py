"""A visit is also told by its travel: "will travel to <country>", "her trip", "the
journey"; not a travel ban, nor travel elsewhere. Sentences in the project's own words, on
an invented visit."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB, TRACKS, quispe_ghana_visit
from tracker.extract import extract_document

VISIT = quispe_ghana_visit(["visit", "state visit"])


def _found(text: str) -> bool:
    return any(f.track_id == VISIT.id for f in extract_document(text, PUB, [*TRACKS, VISIT]))


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe says she will travel to Ghana in April and host Mensah next year",
        "Quispe is putting off her trip to Ghana because of the floods.",
        "Quispe travelled to Accra on Monday.",
    ],
)
def test_a_visit_told_by_its_travel(sentence: str) -> None:
    assert _found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe lifted the travel ban on officials.",  # no journey
        "Quispe will travel to Lisbon next week for talks with Rivas.",  # elsewhere
    ],
)
def test_travel_that_is_not_the_visit(sentence: str) -> None:
    assert not _found(sentence)
