"""A summit's or a conference's own place that is also a side (a capital standing for its
country) names the gathering when it is the gathering's name ("the Valletta summit"): the
sentence reads the track, and an article that once mentions another gathering at another
venue ("the emergency summit in Tunis") is still about this one. The capital acting
("Valletta said"), a text named after it ("the Valletta Declaration") or a meeting of two
named by its capital are not the gathering. Read on invented sentences."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB
from tracker.domain.models import Actor, Track
from tracker.extract import extract_document

SUMMIT = Track(
    id="valletta-islands-summit",
    title="Islands summit in Valletta",
    kind="summit",
    actors=[Actor(name="Lena Vogt", aliases=["Vogt"]), Actor(name="Island Forum")],
    parties=["Malta", "Island Forum"],
    places=["Valletta"],
    keywords=["Islands summit", "summit"],
)
CONFERENCE = Track(
    id="valletta-islands-conference",
    title="Islands conference in Valletta",
    kind="conference",
    actors=[Actor(name="Lena Vogt", aliases=["Vogt"]), Actor(name="Island Forum")],
    parties=["Malta", "Island Forum"],
    places=["Valletta"],
    keywords=["conference"],
)
# A meeting of two whose place is one side's capital: "the Valletta meeting" alone may be
# Malta's own.
MEETING = Track(
    id="vogt-ruiz-meeting",
    title="Vogt–Ruiz meeting in Valletta",
    kind="meeting",
    actors=[Actor(name="Lena Vogt", aliases=["Vogt"]), Actor(name="Pablo Ruiz", aliases=["Ruiz"])],
    parties=["Malta", "Uruguay"],
    places=["Valletta"],
    keywords=["meeting"],
)


def _read(text: str, track: Track) -> list[str]:
    return [f.exact for f in extract_document(text, PUB, [track])]


@pytest.mark.parametrize(
    ("sentence", "track"),
    [
        ("The Valletta summit calls for a fund for the reefs.", SUMMIT),
        ("The Valletta Summit backs a national dialogue on the reefs.", SUMMIT),
        ("Delegates praised the Valletta leaders' summit on Saturday.", SUMMIT),
        ("The Valletta conference called for a halt to dredging.", CONFERENCE),
        ("The Valletta ocean conference closed with a pledge on the reefs.", CONFERENCE),
    ],
)
def test_the_gathering_named_by_its_seat_is_read(sentence: str, track: Track) -> None:
    assert _read(sentence, track) == [sentence]


@pytest.mark.parametrize(
    ("sentence", "track"),
    [
        ("Valletta said it would pay for the reefs.", SUMMIT),
        ("The Valletta Declaration calls for a fund for the reefs.", SUMMIT),
        ("Valletta hosted a reef fair last spring.", CONFERENCE),
        ("The Valletta meeting calls for a fund for the reefs.", MEETING),
    ],
)
def test_the_capital_alone_is_not_the_gathering(sentence: str, track: Track) -> None:
    assert _read(sentence, track) == []


ARTICLE = (
    "The Valletta summit calls for an end to the dredging\n\n"
    "At the close of the Islands summit on Saturday, the leaders approved a declaration.\n\n"
    "They restated their support for the reef fund.\n\n"
    "The declaration backed the plan for the reefs that the emergency summit in Tunis had "
    "approved.\n\n"
    "On the islands' debt, the summit supported a new lending window."
)


def test_another_gathering_in_passing_keeps_the_article_on_its_own() -> None:
    read = _read(ARTICLE, SUMMIT)
    assert any("Valletta summit" in s for s in read)
    assert any("restated their support" in s for s in read)
    assert any("leaders approved a declaration" in s for s in read)
    assert not any("Tunis" in s for s in read)


def test_an_article_of_the_other_gathering_stays_off() -> None:
    text = (
        "Leaders gathered at the emergency summit in Tunis on Saturday.\n\n"
        "The summit supported a new lending window for the islands."
    )
    assert _read(text, SUMMIT) == []
