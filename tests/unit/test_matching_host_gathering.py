"""A visit's host at a gathering of its own is not the visit: the host's place and side
alone, with the visitor, the visitor's side and any word of a visit unnamed, do not make a
summit the visit (`matching._a_host_at_another_gathering`)."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB
from tracker.domain.models import Actor, Track
from tracker.extract import extract_document

VISIT = Track(
    id="quispe-ghana-visit",
    title="Rosa Quispe's visit to Ghana",
    kind="visit",
    actors=[Actor(name="Rosa Quispe", aliases=["Quispe"])],
    parties=["Peru", "Ghana"],
    places=["Ghana", "Accra"],
    keywords=["visit", "trip"],
)


def _visit_found(sentence: str) -> bool:
    return any(f.track_id == VISIT.id for f in extract_document(sentence, PUB, [VISIT]))


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana's president will represent Ghana at the summit.",
        "Ghanaian officials will attend the conference in Accra on Monday.",
    ],
)
def test_the_host_at_a_gathering_of_its_own_is_not_the_visit(sentence: str) -> None:
    assert not _visit_found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the visitor named
        "Quispe will attend the summit in Accra on Monday.",
        # the visitor's side named beside the host
        "Peru and Ghana will hold a summit in Accra on Monday.",
        # a word of the visit
        "Ghana will host the visit before the summit in Accra on Monday.",
    ],
)
def test_the_visit_told_beside_a_gathering_is_still_the_visit(sentence: str) -> None:
    assert _visit_found(sentence)
