"""Near-duplicate documents and excerpts."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from tests.unit.copies import find_document_copies
from tracker.extract.dupes import find_excerpt_duplicates
from tracker.paths import seeds_dir

ARTICLE = (
    "Efforts to organize a high-profile summit between the two presidents have been placed on "
    "hold, as both capitals dig in on their positions regarding the ongoing war. A senior "
    "official confirmed that while preliminary discussions had taken place, the planning for "
    "the proposed summit is now paused, reflecting a broader stalemate in diplomatic progress."
)


@lru_cache(maxsize=1)
def _seeds() -> list[tuple[int, str]]:
    return [
        (i, p.read_text("utf-8")) for i, p in enumerate(sorted(Path(seeds_dir()).glob("*.txt")))
    ]


def test_a_republished_story_is_a_copy_of_the_first() -> None:
    reprint = "Wire copy. " + ARTICLE.replace("capitals", "governments") + " Share this."
    copies = find_document_copies([(1, ARTICLE), (2, "Something else entirely."), (3, reprint)])
    assert copies == {3: 1}


def test_a_copy_of_a_copy_points_at_the_original() -> None:
    assert find_document_copies([(1, ARTICLE), (2, ARTICLE), (3, ARTICLE)]) == {2: 1, 3: 1}


def test_sharing_one_paragraph_is_not_a_copy() -> None:
    own = " ".join(
        f"Paragraph {i} of original reporting about budgets and trade." for i in range(30)
    )
    assert find_document_copies([(1, ARTICLE), (2, own + " " + ARTICLE)]) == {}


def test_the_seeds_are_independent_articles() -> None:
    # 001 and 004 share a few quotes and sentences, but most of each is its own writing.
    assert find_document_copies(_seeds()) == {}


def test_excerpt_duplicates_only_across_documents() -> None:
    quote = "“Secretary Rubio and Foreign Minister Lavrov had a productive call,” an official said."
    out = find_excerpt_duplicates(
        [
            (10, 1, quote),
            (11, 1, quote),  # same document: not a duplicate
            (20, 2, quote.replace("an official", "a official")),
            (30, 3, quote),
            (40, 4, "A completely different sentence about the weather."),
        ]
    )
    assert out == {20: 10, 30: 10}


def test_duplicates_are_deterministic() -> None:
    docs = _seeds()
    assert find_document_copies(docs) == find_document_copies(list(docs))
