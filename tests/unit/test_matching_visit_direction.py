"""Two leaders who visit each other make two visit tracks: a visit happens where it goes, so
a sentence whose encounter is put in the visitor's own country is the opposite visit's (the
host's journey there), and an encounter in a country none of the visit's is another event,
though the visit was typed with a landmark the gazetteer does not know. A sentence that
tells the visit's own direction ("Quispe's visit to Ghana") keeps it, wherever else the
sentence goes. Read on invented sentences."""

from __future__ import annotations

import pytest

from tests.unit.invented import MENSAH, PUB, QUISPE
from tracker.domain.models import Track
from tracker.extract import extract_document

# Quispe (Peru) in Ghana, and Mensah (Ghana) in Peru: the same two leaders, opposite ways.
TO_GHANA = Track(
    id="quispe-ghana-visit",
    title="Quispe's state visit to Ghana",
    kind="visit",
    actors=[QUISPE, MENSAH],
    parties=["Peru", "Ghana"],
    places=["Accra"],
    keywords=["state visit", "visit"],
)
TO_PERU = Track(
    id="mensah-peru-visit",
    title="Mensah's state visit to Peru",
    kind="visit",
    actors=[MENSAH, QUISPE],
    parties=["Ghana", "Peru"],
    places=["Lima"],
    keywords=["state visit", "visit"],
)
# The same visit to Ghana typed with a landmark the gazetteer does not know.
TO_GHANA_LANDMARK = TO_GHANA.model_copy(
    update={"id": "quispe-ghana-landmark", "places": ["Accra", "Jubilee House"]}
)


def _tracks_of(sentence: str, tracks: list[Track]) -> list[str]:
    found = extract_document(sentence, PUB, tracks)
    return sorted({f.track_id for f in found if f.exact and f.exact in sentence})


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe arrived in Accra on Monday for a three-day state visit.",
        "Mensah hosted Quispe in Accra on Tuesday.",
        "Quispe was received by Mensah at the presidential palace in Accra on Tuesday.",
        "Quispe's trip to Ghana ended on Friday with a banquet.",
        "Quispe met Mensah in Accra on Tuesday during her state visit.",
        # the visit told in passing by where it went, in a sentence put in the visitor's home
        "Speaking in Lima on Monday, Quispe said her visit to Ghana had opened a new chapter.",
        # the visitor's country named for its people there, not as where the visit goes
        "Quispe visited Peru's embassy in Accra on Tuesday during her state visit.",
        # its own arrival, with the opposite visit recalled in passing
        "Quispe landed in Accra on Monday, two years after Mensah's visit to Peru.",
    ],
)
def test_the_visit_told_where_it_goes_is_its_own(sentence: str) -> None:
    assert _tracks_of(sentence, [TO_GHANA, TO_PERU]) == [TO_GHANA.id]


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe hosted Mensah in Lima on Tuesday.",
        "Mensah arrived in Lima on Monday for a three-day state visit.",
        "Mensah was received by Quispe at the Government Palace in Lima on Tuesday.",
        "The two presidents held talks in Lima on Wednesday.",
        "Quispe and Mensah held a summit in Peru on Wednesday.",
        # the opposite arrival, with this visit recalled in passing
        "Mensah arrived in Lima on Monday, returning Quispe's visit to Ghana.",
    ],
)
def test_an_encounter_in_the_visitors_country_is_the_opposite_visit(sentence: str) -> None:
    assert TO_GHANA.id not in _tracks_of(sentence, [TO_GHANA, TO_PERU])


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe hosted Mensah in Lima on Tuesday.",
        "The two presidents held talks in Lima on Wednesday.",
        "Quispe and Mensah held a summit in Peru on Wednesday.",
    ],
)
def test_the_visitors_country_alone_refuses_the_visit(sentence: str) -> None:
    # with no opposite track beside it, the visit to Ghana still does not take it
    assert _tracks_of(sentence, [TO_GHANA]) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe met Mensah in Oslo on Tuesday on the sidelines of a mining conference.",
        "Quispe and Mensah held talks in Norway on Tuesday.",
    ],
)
def test_an_encounter_in_a_third_country_is_not_a_visit_typed_with_a_landmark(
    sentence: str,
) -> None:
    assert _tracks_of(sentence, [TO_GHANA_LANDMARK]) == []


def test_a_visit_word_going_to_the_visitors_home_is_the_opposite_visit() -> None:
    # put in the opposite visit's city, but its only visit word goes the other way
    sentence = (
        "Speaking in Lima on Monday, Quispe said her visit to Ghana had opened a new chapter."
    )
    assert TO_PERU.id not in _tracks_of(sentence, [TO_GHANA, TO_PERU])
    assert _tracks_of(sentence, [TO_PERU]) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana's foreign minister will travel to Peru later this week.",
        "A trip to Peru by the Ghanaian trade minister was announced on Monday.",
    ],
)
def test_a_journey_to_the_visitors_country_is_not_the_visit(sentence: str) -> None:
    assert _tracks_of(sentence, [TO_GHANA]) == []


def test_the_visit_typed_with_a_landmark_keeps_its_own_sentences() -> None:
    sentence = "Quispe was received by Mensah at Jubilee House in Accra on Tuesday."
    assert _tracks_of(sentence, [TO_GHANA_LANDMARK]) == [TO_GHANA_LANDMARK.id]
