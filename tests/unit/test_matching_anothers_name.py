"""A keyword typed as a common noun ("treaty") is not the track's when it ends another
thing's proper name mid-sentence ("the New START Treaty", "the Open Skies Treaty"): a
sentence naming one of the track's people and such a treaty is not the track's (so a track of
the other leaders may carry it on from the sentence before). Kept: the keyword in lower case, after a word of the
track's own names ("the Partnership Treaty", "the Lima Treaty", "the Peru-Ghana Treaty"),
and in a line set in title case (a headline). Sentences in the project's own words, on
invented tracks."""

from __future__ import annotations

import pytest

from tests.unit.invented import MENSAH, PUB, QUISPE
from tracker.domain.models import Actor, Track
from tracker.extract import extract_document

BOATENG = Actor(name="Kofi Boateng", aliases=["Boateng"])

TREATY_VISIT = Track(
    id="quispe-ghana-treaty-visit",
    title="Quispe's visit to Accra and the partnership treaty",
    kind="visit",
    actors=[QUISPE, MENSAH],
    parties=["Peru", "Ghana"],
    places=["Accra"],
    keywords=["visit", "treaty", "partnership"],
)


def _findings(sentence: str) -> list[tuple[str, str | None]]:
    return [(f.track_id, f.signal) for f in extract_document(sentence, PUB, [TREATY_VISIT])]


@pytest.mark.parametrize(
    "sentence",
    [
        "A spokesman said the teams still had to be chosen, declining to say whether Quispe "
        "had discussed the New START Treaty, which runs out next year.",
        "He would not say if Quispe had ever raised the Open Skies Treaty.",
        "Aides said Quispe had also talked over the Arms Trade Treaty.",
    ],
)
def test_a_treaty_of_another_name_does_not_take_the_sentence(sentence: str) -> None:
    assert _findings(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # lower case: the track's own treaty, whoever is named
        "Quispe said the treaty would be signed once her visit to Accra was over.",
        # after a word of the track's own names
        "Quispe and Mensah signed the Partnership Treaty in Accra on Friday.",
        "Officials said Quispe had signed the Peru-Ghana Treaty before leaving.",
    ],
)
def test_the_tracks_own_treaty_still_names_it(sentence: str) -> None:
    assert [t for t, _ in _findings(sentence)] == ["quispe-ghana-treaty-visit"]


def test_a_headline_in_title_case_keeps_the_keyword() -> None:
    found = extract_document(
        "Quispe Hails Historic Friendship Treaty\n\n"
        "Quispe and Mensah signed the document on Friday.",
        PUB,
        [TREATY_VISIT],
    )
    assert any(
        f.track_id == "quispe-ghana-treaty-visit" and f.exact.startswith("Quispe Hails")
        for f in found
    )
