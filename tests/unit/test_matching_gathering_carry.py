"""A summit or conference carried on by what one of its people said or did there, told in
the sentence right after one of the gathering's own (in its paragraph or opening the next):
the person is the sentence's speaker or subject, and may name others in what is said.
Refused when the sentence names another event, another venue or another occasion, or when
the sentence before was not the gathering's. A title typed for another track's person
("the Secretary") is not the start of another title ("the Secretary-General"). Read on
invented sentences."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB
from tracker.domain.models import Actor, Track
from tracker.extract import extract_document
from tracker.services.tracks import default_tracks

CONFERENCE = Track(
    id="valletta-reef-conference",
    title="Reef Finance Conference in Valletta",
    kind="conference",
    actors=[
        Actor(name="Lena Vogt", aliases=["Vogt"]),
        Actor(name="Pablo Ruiz", aliases=["Ruiz"]),
        Actor(name="Amara Diallo", aliases=["Diallo"]),
    ],
    parties=["Malta", "United Nations", "Uruguay"],
    places=["Valletta"],
    keywords=["Reef Conference", "conference"],
)
# The default channel, whose analyst typed "the Secretary" for Rubio (a title the gazetteer
# gives him too, so it stays a name of his).
CHANNEL = next(t for t in default_tracks() if t.id == "rubio-lavrov-channel")
LEAD = "Lena Vogt opened the Reef Conference in Valletta on Monday with an appeal for funds."


def _read(text: str, quote: str, tracks: list[Track] | None = None) -> list[str]:
    found = extract_document(text, PUB, tracks or [CONFERENCE])
    return [f.track_id for f in found if quote in f.exact]


SAID_OR_DONE = [
    '"The reefs are dying," Vogt said, in a reply to US President Donald Trump\'s remarks.',
    '"Nothing here is for sale," Ruiz said on Monday, answering US President Donald Trump.',
    "Ruiz also urged lenders to cut island debt by half, recalling Donald Trump's tariffs.",
    '"The reefs are no one\'s to sell," Diallo declared on Monday, with Donald Trump in mind.',
]


@pytest.mark.parametrize("sentence", SAID_OR_DONE)
@pytest.mark.parametrize("joint", ["\n\n", " "])
def test_what_its_people_said_there_carries_the_gathering(sentence: str, joint: str) -> None:
    assert _read(f"{LEAD}{joint}{sentence}", sentence[:30]) == [CONFERENCE.id]


@pytest.mark.parametrize(
    "sentence",
    [
        # another event, venue or occasion
        '"The reefs are dying," Ruiz said during his visit to Lisbon, answering Donald Trump.',
        "Ruiz met Donald Trump in Lima last week to discuss the tariffs.",
        "Ruiz said next year's conference would be held in Tunis, as Donald Trump asked.",
    ],
)
def test_another_event_or_occasion_is_not_carried(sentence: str) -> None:
    assert _read(f"{LEAD}\n\n{sentence}", sentence[:30]) == []


def test_the_sentence_before_must_be_the_gatherings() -> None:
    sentence = '"The reefs are dying," Ruiz said, in a reply to US President Donald Trump.'
    text = f"{LEAD}\n\nThe weather in the harbour stayed mild all week.\n\n{sentence}"
    assert _read(text, sentence[:30]) == []


def test_another_title_is_not_the_typed_one() -> None:
    sentence = "The Secretary-General then spoke at the opening session of the conference."
    assert _read(f"{LEAD}\n\n{sentence}", sentence[:30], [CONFERENCE, CHANNEL]) == [CONFERENCE.id]
    typed = "The Secretary then spoke with Lavrov at the opening session of the talks."
    assert CHANNEL.id in _read(typed, typed[:30], [CONFERENCE, CHANNEL])


MANY = [
    "More than 60 world leaders have gathered on the waterfront for the opening day.",
    "Some 70 heads of state and government attended the opening, with the United States absent.",
    "Malta's president opened a gathering attended by more than 70 world leaders.",
]


@pytest.mark.parametrize("sentence", MANY)
def test_its_many_counted_carry_the_gathering(sentence: str) -> None:
    assert _read(f"{LEAD}\n\n{sentence}", sentence[:30]) == [CONFERENCE.id]


@pytest.mark.parametrize(
    "sentence",
    [
        # another venue and event, another occasion
        "More than 60 world leaders met in Tunis last month for an emergency summit.",
        "More than 60 world leaders attended the 2019 conference in Lisbon.",
    ],
)
def test_many_at_another_event_are_not_the_gathering(sentence: str) -> None:
    assert _read(f"{LEAD}\n\n{sentence}", sentence[:30]) == []


def test_many_counted_in_an_article_of_no_gathering() -> None:
    sentence = "More than 60 world leaders have gathered on the waterfront for the opening day."
    assert _read(f"Fish prices rose in the harbour.\n\n{sentence}", sentence[:30]) == []


SAID_AFTER_A_SUBHEAD = (
    "Ruiz also urged lenders to cut island debt by half, recalling Donald Trump's tariffs."
)


def test_a_subhead_of_no_event_does_not_break_the_chain() -> None:
    text = f"{LEAD}\n\nDebt relief first\n\n{SAID_AFTER_A_SUBHEAD}"
    assert _read(text, SAID_AFTER_A_SUBHEAD[:30]) == [CONFERENCE.id]


def test_a_subhead_telling_another_event_breaks_it() -> None:
    text = f"{LEAD}\n\nTalks with lenders in Tunis next week\n\n{SAID_AFTER_A_SUBHEAD}"
    assert _read(text, SAID_AFTER_A_SUBHEAD[:30]) == []
