"""Near-duplicate documents and excerpts."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.copies import find_document_copies
from tracker.extract import dupes
from tracker.extract.dupes import find_excerpt_duplicates
from tracker.extract.text import _WORD, normalize_for_compare
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


def _sentences(
    count: int, document: int, start: int = 0, verb: str = "is"
) -> list[tuple[int, int, str]]:
    """``count`` distinct sentences of one template (near-identical to each other)."""
    return [
        (start + i, document, f"The summit between the two presidents {verb} on hold, item {i}.")
        for i in range(count)
    ]


def test_a_huge_document_is_compared_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Quotes of one document beyond ``FUZZY_PER_DOCUMENT`` are matched when identical
    only: two documents of 5,000 sentences each cost at most the comparisons of two
    documents of ``FUZZY_PER_DOCUMENT`` sentences, not 10,000²."""
    compared: list[int] = []
    real = dupes.process.extract

    def counting(query: str, choices: list[str], **kwargs: Any) -> Any:
        compared.append(len(choices))
        return real(query, choices, **kwargs)

    monkeypatch.setattr(dupes.process, "extract", counting)
    first = _sentences(5_000, document=1)
    second = _sentences(5_000, document=2, start=10_000, verb="was")
    second[-1] = (second[-1][0], 2, first[-1][2])  # beyond the cap, but identical
    out = find_excerpt_duplicates([*first, *second])
    cap = dupes.FUZZY_PER_DOCUMENT
    assert len(compared) == 2 * cap
    assert sum(compared) <= (2 * cap) ** 2
    assert out[second[-1][0]] == first[-1][0]  # identical quotes are always matched
    assert out[second[0][0]] == first[0][0]  # within the cap, fuzzy matching as before
    assert second[-2][0] not in out  # beyond the cap: only identical quotes


def test_under_the_cap_new_quotes_match_as_before() -> None:
    known = [(i, 1, dupes.normalize_for_compare(q)) for i, _d, q in _sentences(30, 1)]
    targets = [(100 + i, 2, q) for i, (_e, _d, q) in enumerate(known)]
    assert dupes.near_duplicate_of(targets, known) == {100 + i: 0 for i in range(30)}


def _words_one_by_one(text: str) -> str:
    """``normalize_for_compare`` as first written: each word straightened, then joined."""
    return " ".join(m.group(0).replace("\u2019", "'") for m in re.finditer(_WORD, text.lower()))


def _shingles_one_by_one(text: str, size: int) -> set[int]:
    """The shingles as first written: each joined and encoded on its own."""
    tokens = _words_one_by_one(text).split()
    joined = [" ".join(tokens)] if len(tokens) < size else []
    joined += [" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)]
    return {
        int.from_bytes(hashlib.blake2b(j.encode(), digest_size=8).digest(), "big")
        for j in joined
        if j
    }


_TEXTS = st.text(alphabet="ab c’'\u0130éÀɏ\u00a0\n-1x.Z", max_size=80)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_shingles_and_sketch_hash_the_joined_words(text: str) -> None:
    assert normalize_for_compare(text) == _words_one_by_one(text)
    for size in (1, 3, dupes.SHINGLE_WORDS):
        assert dupes.shingles(text, size) == _shingles_one_by_one(text, size)
    assert dupes.document_sketch(text) == sorted(
        dupes._signed(h)
        for h in _shingles_one_by_one(text, dupes.SHINGLE_WORDS)
        if h % dupes.SKETCH_SAMPLE == 0
    )


def test_the_sketch_of_an_article_is_its_shingles_sampled() -> None:
    want = sorted(
        dupes._signed(h)
        for h in _shingles_one_by_one(ARTICLE, dupes.SHINGLE_WORDS)
        if h % dupes.SKETCH_SAMPLE == 0
    )
    assert want and dupes.document_sketch(ARTICLE) == want
