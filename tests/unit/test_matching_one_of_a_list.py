"""A party named only as one item of a list of three countries or more, none other of which is
the track's, is a member or guest of another gathering ("will host her counterparts from France,
Germany, Italy, Japan and the UK"), not a side of the track's event: the sentence is not the
track's. Kept: a list holding two of the track's parties or more (its own sides told
together), a list in a sentence naming the track's place, and the party named alone.
Sentences in the project's own words, on an invented track."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB
from tracker.domain.models import Actor, Track
from tracker.extract import extract_document

FORUM = Track(
    id="accra-cocoa-forum",
    title="Africa cocoa forum in Accra",
    kind="conference",
    actors=[Actor(name="Kwame Mensah", aliases=["Mensah"])],
    parties=["Ghana", "African Union"],
    places=["Accra"],
    keywords=["cocoa forum", "forum", "summit"],
    min_actors=1,
)


def _claims(sentence: str) -> list[str | None]:
    return [f.signal for f in extract_document(sentence, PUB, [FORUM]) if f.signal is not None]


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister will host her counterparts from Norway, Ghana, Japan and Canada next week.",
        "The minister hosted her counterparts from Norway, Ghana, Japan and Canada on Monday.",
        "Anand will host counterparts from France, Germany, Ghana, Japan and the United Kingdom.",
        # two of the track's parties, in a list of six: still mostly others
        "The minister will host her counterparts from Norway, Ghana, the African Union, Japan, "
        "Canada and Chile next week.",
    ],
)
def test_one_of_a_list_of_others_is_no_side(sentence: str) -> None:
    assert _claims(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # two of the track's parties in the list: its own sides
        "Delegations from Ghana, the African Union and Ecuador met on Monday to open the cocoa "
        "forum.",
        # the track's place named
        "Leaders of Norway, Ghana, Japan and Canada met in Accra on Monday.",
        # the party alone
        "Ghana hosted the cocoa forum on Monday.",
        "Ghana will host the forum next week.",
    ],
)
def test_the_track_keeps_its_own_sides(sentence: str) -> None:
    assert {"held", "scheduled", "proposed"} & set(_claims(sentence))
