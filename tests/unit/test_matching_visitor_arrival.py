"""A visit, the article's own (its headline or lead), carried on by the guest's arrival or
welcome with a pronoun or the guest as subject, though the sentence before told of the visit
and of a summit the guest came for. Refused for another occasion, another venue, other
people, or an article whose headline is not the visit. Read on invented sentences."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB, quispe_ghana_visit
from tracker.domain.models import Actor, Track
from tracker.extract import extract_document

VISIT = quispe_ghana_visit(["state visit", "visit"])
SUMMIT = Track(
    id="paf-summit-accra",
    title="PAF summit in Accra",
    kind="summit",
    actors=[Actor(name="Kwame Mensah", aliases=["Mensah"])],
    parties=["Ghana"],
    places=["Accra"],
    keywords=["PAF summit", "summit"],
)
HEAD = (
    "Quispe arrives in Ghana to attend PAF summit\n\n"
    "Accra: President Rosa Quispe has arrived in Ghana on a three-day visit in which she will "
    "take part in the PAF summit and then hold talks with Mensah.\n\n"
)


def _tracks_of(text: str, quote: str) -> list[str]:
    found = extract_document(text, PUB, [VISIT, SUMMIT])
    return sorted({f.track_id for f in found if quote in f.exact})


@pytest.mark.parametrize(
    "sentence",
    [
        "She was given a ceremonial welcome when she landed at Kotoka airport on Saturday.",
        "On Saturday evening, she was received with full honours as she arrived at Kotoka airport.",
        "She was welcomed on the tarmac by the foreign minister and a troupe of drummers.",
    ],
)
def test_the_guests_arrival_carries_the_visit(sentence: str) -> None:
    assert _tracks_of(HEAD + sentence, sentence[:30]) == [VISIT.id]


@pytest.mark.parametrize(
    "sentence",
    [
        # another occasion, another venue, other people
        "She was given a ceremonial welcome when she landed there on her last visit in 2019.",
        "She was given a ceremonial welcome when she landed in Oslo on Tuesday.",
        "She was welcomed at the airport by Emmanuel Macron and Donald Trump.",
    ],
)
def test_another_arrival_is_not_the_visit(sentence: str) -> None:
    assert VISIT.id not in _tracks_of(HEAD + sentence, sentence[:30])


def test_an_article_whose_headline_is_not_the_visit() -> None:
    text = (
        "PAF summit opens in Accra with a call for open trade\n\n"
        "Leaders of the PAF gathered in Accra on Monday for the summit.\n\n"
    )
    sentence = "She was given a ceremonial welcome when she landed at Kotoka airport on Saturday."
    assert VISIT.id not in _tracks_of(text + sentence, sentence[:30])
