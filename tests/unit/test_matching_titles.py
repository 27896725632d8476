"""A track's people named by their title alone: "the King" after "King Tomas", "the
president" after "President Rivas", "Tomas" beside "the King". A title is the person's only
in an article that names them and no one else with it. Sentences in the project's own words,
on an invented monarch's visit."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB
from tracker.domain.models import Actor, Track
from tracker.extract import extract_document
from tracker.extract.titles import alone_at, holders, split_title, title_pattern

VISIT = Track(
    id="tomas-chile-visit",
    title="King Tomas's state visit to Chile",
    kind="visit",
    actors=[
        Actor(name="King Tomas", aliases=["Tomas II"]),
        Actor(name="Mateo Rivas", aliases=["Rivas", "President Rivas"]),
    ],
    parties=["Chile"],
    places=["Santiago", "Valparaiso"],
    keywords=["state visit", "visit"],
)
# The same visit as another analyst typed it: "the King" among the monarch's names.
TYPED = VISIT.model_copy(
    update={"actors": [Actor(name="Tomas II", aliases=["the King"]), *VISIT.actors[1:]]}
)
OPENING = (
    "King Tomas begins state visit to Chile\n\n"
    "King Tomas arrived in Santiago on Monday for a three-day state visit.\n\n"
)


def _excerpts(text: str, track: Track = VISIT) -> list[str]:
    return [f.exact for f in extract_document(text, PUB, [track]) if f.track_id == track.id]


def _has(text: str, sentence: str, track: Track = VISIT) -> bool:
    return any(sentence in exact for exact in _excerpts(text, track))


@pytest.mark.parametrize(
    "sentence",
    [
        "The King wore a grey coat and waved to the crowd on Tuesday.",  # past
        "The King is to plant an oak in the palace garden on Wednesday.",  # future
        "A wreath was laid by the King at the war memorial.",  # passive
        "The King's tour of the harbour drew large crowds.",  # possessive, noun form
        "Crowds cheered as the king walked through the old town.",  # lower case
    ],
)
def test_the_title_names_the_person_the_article_named_with_it(sentence: str) -> None:
    assert _has(OPENING + sentence, sentence)


def test_a_headline_title_and_the_name_left_of_it_name_the_person() -> None:
    text = (
        "King and Queen to begin state visit to Chile\n\n"
        "The King and Queen will begin a state visit to Chile on Monday.\n\n"
        "Tomas and the Queen are to tour the harbour at Valparaiso.\n\n"
        "The King will also address the Chilean congress."
    )
    found = _excerpts(text)
    assert any(e.startswith("King and Queen to begin") for e in found)
    assert any(e.startswith("Tomas and the Queen") for e in found)
    assert any(e.startswith("The King will also address") for e in found)


def test_a_president_named_with_the_title_is_the_president() -> None:
    text = "Rivas hosts King Tomas\n\n" + OPENING + "The president welcomed him at the palace."
    assert _has(text, "The president welcomed him")


@pytest.mark.parametrize(
    "text, sentence",
    [
        # another king named in the article: "the King" is neither's
        (
            OPENING
            + "Crowds cheered as the king walked through the old town.\n\n"
            + "King Bertil of Sweden opened a trade fair in the city the same day.",
            "Crowds cheered as the king",
        ),
        # the article never names the monarch: "the King" may be anyone's
        (
            "Royal visit\n\nCrowds in Santiago cheered as the king walked through the old town.",
            "Crowds in Santiago cheered",
        ),
        # a title of another country is not his
        (OPENING + "The Peruvian king sent a message of greeting.", "The Peruvian king sent"),
        # nor one given its realm, in a quotation about someone else
        (
            OPENING + '"The King of Pop wore a grey coat and waved," an aide recalled.',
            "The King of Pop wore",
        ),
        # the bare name without the title anywhere in the article is someone else's
        (
            "Chilean port reopens\n\nTomas and his crew reached Valparaiso harbour on Monday.",
            "Tomas and his crew",
        ),
    ],
)
def test_a_title_another_person_may_hold_names_no_one(text: str, sentence: str) -> None:
    assert not _has(text, sentence)


def test_one_who_held_the_title_before_does_not_take_it() -> None:
    text = (
        "King Tomas begins state visit to Chile\n\n"
        "King Tomas arrived in Santiago on Monday for a three-day state visit, a year after "
        "the death of King Bertil.\n\n"
        "Crowds cheered as the king walked through the old town."
    )
    assert _has(text, "Crowds cheered as the king")


def test_a_headline_holder_followed_by_capitalised_words_is_the_same_person() -> None:
    text = (
        "King Tomas Begins Royal Tour of Chile\n\n"
        "Crowds cheered as the king walked through the old town."
    )
    assert _has(text, "Crowds cheered as the king")


def test_a_title_the_analyst_typed_as_a_name_needs_no_name_but_no_other_holder() -> None:
    text = "Royal visit\n\nThe King arrived in Santiago on Monday for a three-day state visit."
    assert _has(text, "The King arrived in Santiago", TYPED)
    other = text + "\n\nKing Bertil of Sweden arrived in Santiago for a state visit of his own."
    assert not _has(other, "The King arrived in Santiago", TYPED)


@pytest.mark.parametrize(
    "name, expected",
    [
        ("King Charles III", ("king", "Charles III")),
        ("the King", ("king", "")),
        ("Prime Minister Takaichi", ("prime minister", "Takaichi")),
        ("Crown Prince Mohammed", ("crown prince", "Mohammed")),
        ("President of the Council", None),
        ("King", None),
        ("Kingsley Amis", None),
    ],
)
def test_split_title(name: str, expected: tuple[str, str] | None) -> None:
    assert split_title(name) == expected


def test_holders_leave_out_former_holders() -> None:
    text = (
        "French President Emmanuel Macron met Queen Camilla's aides, years after former "
        "President Jacques Chirac and the late Pope Francis. What the King Will Do"
    )
    assert holders(text) == [("president", "Emmanuel Macron"), ("queen", "Camilla")]


def test_a_capitalised_title_alone_names_only_where_the_sentence_begins() -> None:
    pattern = title_pattern(["king"])
    assert pattern is not None
    text = "King and Queen visit the Burger King restaurant"
    spans = [m.span() for m in pattern.finditer(text)]
    assert [alone_at(text, s) for s in spans] == [True, False]
    assert pattern.search("King Tomas arrived") is None  # a title before a name


# An older visit the same monarch made, as another analyst typed it: he is its second person.
OLDER = Track(
    id="ruiz-norway-visit",
    title="Ruiz's state visit to Norway",
    kind="visit",
    actors=[
        Actor(name="Ana Ruiz", aliases=["Ruiz"]),
        Actor(name="King Tomas", aliases=["Tomas II"]),
    ],
    parties=["Peru", "Norway"],
    places=["Oslo"],
    keywords=["state visit", "visit"],
)


def test_a_shared_person_with_his_own_country_stays_with_the_articles_visit() -> None:
    sentence = "King Tomas is speaking to both houses of Chile's congress"
    text = (
        "King Tomas gives speech to Chile's congress\n\n"
        f"{sentence}, the first time a Norwegian monarch has given such an address."
    )
    found = extract_document(text, PUB, [VISIT, OLDER])
    assert {f.track_id for f in found if sentence in f.exact} == {VISIT.id}
