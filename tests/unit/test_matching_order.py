"""Which of two tracks keeps a sentence they both read does not depend on what the tracks are
called or the order they were added in: two talks tracks sharing a party, one named by both its
parties, the other by the shared party and a keyword of its own, are arbitrated the same under
ids that sort either way; a sentence with no name carries on the same one of two summits of the
same people whichever was listed first. Sentences in the project's own words."""

from __future__ import annotations

from itertools import permutations

import pytest

from scripts.track_order_check import changed_sentences
from tests.unit.invented import PUB, SUMMIT
from tests.unit.test_extraction_golden import golden
from tracker.domain.models import Actor, Track
from tracker.extract import extract_document
from tracker.extract.matching import _unbeaten

# Two negotiations sharing Norway: with Chile on fisheries, with Peru on a salmon deal.
CHILE = Track(
    id="norway-chile-talks",
    title="Norway–Chile fisheries talks",
    kind="talks",
    actors=[Actor(name="Ingrid Solberg", aliases=["Solberg"])],
    parties=["Norway", "Chile"],
    places=["Reykjavik"],
    keywords=["fisheries talks", "talks", "negotiations", "round"],
)
PERU = Track(
    id="norway-peru-talks",
    title="Norway–Peru salmon negotiations",
    kind="talks",
    actors=[Actor(name="Lucia Huaman", aliases=["Huaman"])],
    parties=["Norway", "Peru"],
    places=["Cusco"],
    keywords=["salmon deal", "talks", "negotiations", "round"],
)


def _renamed(track: Track, prefix: str) -> Track:
    return track.model_copy(update={"id": f"{prefix}-{track.id}"})


def _namings() -> list[tuple[Track, Track]]:
    """The two tracks under ids sorting Chile's first, then Peru's first."""
    return [
        (_renamed(CHILE, "a"), _renamed(PERU, "b")),
        (_renamed(CHILE, "b"), _renamed(PERU, "a")),
    ]


def _tracks_of(sentence: str, chile: Track, peru: Track) -> set[str]:
    names = {chile.id: "chile", peru.id: "peru"}
    found = extract_document(sentence, PUB, [chile, peru])
    return {names[f.track_id] for f in found if f.exact == sentence}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # both parties of the Norway–Chile talks, the other's keyword beside the shared party
        ("Norwegian and Chilean negotiators reach a salmon deal in productive talks.", {"chile"}),
        (
            "Norwegian and Chilean negotiators reached a salmon deal after two days of talks.",
            {"chile"},
        ),
        ("A salmon deal was reached by Norwegian and Chilean negotiators in the talks.", {"chile"}),
        ("Norway and Chile will sign a salmon deal once the talks end.", {"chile"}),
        ("Norway and Chile did not reach a salmon deal in the talks.", {"chile"}),
        # the other pair: Norway and Peru
        ("Norwegian and Peruvian negotiators reach a salmon deal in productive talks.", {"peru"}),
        ("A salmon deal was reached by Norway and Peru in the talks.", {"peru"}),
    ],
)
def test_the_pair_of_the_other_decides_whatever_the_ids(sentence: str, expected: set[str]) -> None:
    got = [_tracks_of(sentence, chile, peru) for chile, peru in _namings()]
    assert got == [expected, expected]


# Who beats whom among three tracks reading one sentence, named by letters whose order the
# permutations below shuffle: the result is a property of the relation alone.
CHAIN = {"a": set[str](), "b": {"a"}, "c": {"b"}}  # a over b, b over c; a and c unrelated
CYCLE = {"a": {"c"}, "b": {"a"}, "c": {"b"}}  # a over b over c over a


def _relabelled(beaten_by: dict[str, set[str]], names: tuple[str, ...]) -> dict[str, set[str]]:
    new = dict(zip("abc", names, strict=True))
    return {new[t]: {new[o] for o in by} for t, by in beaten_by.items()}


@pytest.mark.parametrize("names", list(permutations("xyz")))
def test_a_track_beaten_only_by_a_dropped_one_is_kept(names: tuple[str, ...]) -> None:
    # c gives way to b only, and b to a: b is dropped, so c stays beside a
    beaten_by = _relabelled(CHAIN, names)
    scores = dict.fromkeys(names, 3)
    assert _unbeaten(beaten_by, scores) == {names[0], names[2]}


@pytest.mark.parametrize("names", list(permutations("xyz")))
def test_a_cycle_is_settled_by_the_scores(names: tuple[str, ...]) -> None:
    beaten_by = _relabelled(CYCLE, names)
    # b scores highest: kept; c, beaten by b, dropped; a, beaten only by c, kept
    scores = {names[0]: 3, names[1]: 7, names[2]: 3}
    assert _unbeaten(beaten_by, scores) == {names[0], names[1]}
    # all equal: nothing tells them apart, all kept
    assert _unbeaten(beaten_by, dict.fromkeys(names, 3)) == set(names)


# Two summits of the same two presidents, the second planned after the first: which one a sentence with no name
# carries on must not depend on the order the tracks were added in.
PORTO = SUMMIT.model_copy(update={"id": "peru-ghana-porto-summit", "places": ["Porto"]})
KUMASI = Track(
    id="peru-ghana-kumasi-summit",
    title="Peru–Ghana summit in Kumasi",
    kind="summit",
    actors=SUMMIT.actors,
    parties=["Peru", "Ghana"],
    places=["Kumasi"],
    keywords=["summit", "meeting", "meet"],
    context_terms=["Porto"],  # planned after the Porto summit
)
PREPARED = (
    "Preparations for the meeting between the presidents of Peru and Ghana are in their final "
    "phase."
)


def _carried(text: str, sentence: str) -> list[set[str]]:
    """The tracks that keep ``sentence`` of ``text``, with the two summits listed one way and
    the other."""
    names = {PORTO.id: "porto", KUMASI.id: "kumasi"}
    return [
        {names[f.track_id] for f in extract_document(text, PUB, tracks) if f.exact == sentence}
        for tracks in ([PORTO, KUMASI], [KUMASI, PORTO])
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It will be held in Porto, in the old customs house.", {"porto"}),
        ("It is to take place in Kumasi next month.", {"kumasi"}),
        ("The talks were held in Porto on Friday.", {"porto"}),
    ],
)
def test_a_cue_carries_on_the_summit_put_at_its_place(sentence: str, expected: set[str]) -> None:
    assert _carried(f"{PREPARED} {sentence}", sentence) == [expected, expected]


@pytest.mark.parametrize(
    "follow",
    [
        "It will be a one-on-one conversation with only interpreters in the room.",
        "It will be held behind closed doors, with no aides present.",
    ],
)
@pytest.mark.parametrize(("place", "expected"), [("Porto", "porto"), ("Kumasi", "kumasi")])
def test_two_tracks_named_alike_keep_the_order_told_before(
    follow: str, place: str, expected: str
) -> None:
    # the paragraph before put the meeting at one summit's place; the next names both
    # summits' people alike, and what follows carries on that summit however the tracks
    # were listed
    text = (
        f"{PREPARED} It will be held in {place}, in the old customs house.\n\n"
        f"It starts on Friday morning, when Rosa Quispe and Kwame Mensah will talk. {follow}"
    )
    assert _carried(text, follow) == [{expected}, {expected}]


@pytest.mark.parametrize("reverse", [False, True], ids=["ids-flipped", "list-reversed"])
def test_the_corpus_reads_the_same_whatever_the_tracks_are_called(reverse: bool) -> None:
    # every labelled corpus article of the extraction golden, read with its tracks as they
    # are and renamed so their ids sort the other way (or listed the other way round)
    total, changed = changed_sentences(golden(), reverse=reverse, corpus_only=True)
    assert total > 1000
    assert [(name, span) for name, span, _, _ in changed] == []
