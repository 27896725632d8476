"""Names typed with their accents are found where reporting prints them plain ("Belem",
"Erdogan", "Correa do Lago"). Sentences in the project's own words,
on invented tracks."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain.models import Actor, Track
from tracker.extract import extract_document
from tracker.extract.gazetteer import unaccented
from tracker.extract.lexicon import load_lexicon
from tracker.extract.matching import compile_tracks

PUB = date(2026, 5, 12)

FORUM = Track(
    id="ocean-forum",
    title="Ocean forum in Belém",
    kind="conference",
    actors=[
        Actor(name="Tomás Ibañez Muñoz", aliases=["Ibañez Muñoz"]),
        Actor(name="Zoë Łukasik", aliases=["Łukasik"]),
    ],
    parties=["Brazil"],
    places=["Belém"],
    keywords=["Ocean forum", "Sølvberg accord"],
)


def _found(text: str) -> list[str]:
    return [f.exact for f in extract_document(text, PUB, [FORUM]) if f.track_id == FORUM.id]


@pytest.mark.parametrize(
    ("name", "plain"),
    [
        ("Belém", "Belém".replace("é", "e")),
        ("Erdoğan", "Erdogan"),
        ("İmralı", "Imrali"),
        ("Łukasik", "Lukasik"),
        ("Corrêa do Lago", "Correa do Lago"),
        ("Paris", "Paris"),
    ],
)
def test_unaccented_keeps_case_and_letters(name: str, plain: str) -> None:
    assert unaccented(name) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "Delegates gathered in Belém on Monday as the meeting opened.",  # the place
        "Ibañez Muñoz and Łukasik chaired a session on Monday.",  # the people
        "Tomás Ibañez Muñoz and Zoë Łukasik met on Monday.",  # full names; a letter NFKD keeps
    ],
)
def test_a_name_printed_without_its_accents_is_found(sentence: str) -> None:
    plain = unaccented(sentence)
    assert plain != sentence
    assert _found(sentence) == [sentence]
    assert _found(plain) == [plain]


def test_a_keyword_printed_without_its_accents_is_the_tracks() -> None:
    profile = compile_tracks([FORUM], load_lexicon()).profiles[0]
    assert profile.specific is not None
    assert profile.specific.search("under the Solvberg accord")
    assert profile.specific.search("under the Sølvberg accord")


def test_a_plain_name_that_is_another_word_is_not_taken() -> None:
    assert _found("Ibanez was seen in Lima on Monday.") == []


# The article names this edition's city only in its plain spelling, and last year's venue.
ARTICLE = """Ocean forum opens in Belem

The Ocean forum opened on Monday with delegations from 80 countries.

The chair recalled the pledges of last year's Ocean forum in Lisbon, the capital of Portugal.

Ibañez Muñoz said the talks would run until Friday."""


def test_a_plain_venue_keeps_the_article_at_the_tracks_place() -> None:
    # were "Belem" not the track's Belém, the article would put its event in Lisbon, and the
    # forum's people alone would no longer tie the last sentence to the track
    assert "Ibañez Muñoz said the talks would run until Friday." in _found(ARTICLE)
