"""Near-duplicate detection, so corroboration counts independent sources, never copies.

Documents: word 5-shingles (hashed with blake2b, so runs are deterministic) and an
inverted index. A later document is a *copy* of an earlier one when at least
``COPY_CONTAINMENT`` (60 %) of its own shingles also occur in that earlier document — most of
its text is shared. Two articles that share a few paragraphs (a wire quote, a reused
background paragraph) but are mostly their own writing are not copies; their shared
quotes are caught at the excerpt level instead.

Excerpts: two quotes from different documents are near-identical when their normalised
text has a ``rapidfuzz`` ratio of at least ``EXCERPT_RATIO`` (90). Each excerpt maps to the
earliest such excerpt (in input order) of another document.
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

from rapidfuzz import fuzz, process

from tracker.extract.text import normalize_for_compare

SHINGLE_WORDS: Final = 5
COPY_CONTAINMENT: Final = 0.6
EXCERPT_RATIO: Final = 90.0
_MAX_POSTING: Final = 50  # shingles shared by more documents than this are boilerplate


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[int]:
    """Hashed word ``size``-shingles of ``text`` (lower-cased words only)."""
    tokens = normalize_for_compare(text).split()
    if len(tokens) < size:
        tokens_joined = " ".join(tokens)
        return {_hash(tokens_joined)} if tokens_joined else set()
    return {_hash(" ".join(tokens[i : i + size])) for i in range(len(tokens) - size + 1)}


def _hash(value: str) -> int:
    return int.from_bytes(hashlib.blake2b(value.encode("utf-8"), digest_size=8).digest(), "big")


def containment(part: set[int], whole: set[int]) -> float:
    """Share of ``part``'s shingles that are also in ``whole``."""
    if not part:
        return 0.0
    return len(part & whole) / len(part)


@lru_cache(maxsize=1 << 16)
def _normalised(quote: str) -> str:
    """``normalize_for_compare``, remembered: the same quotes are compared on every grading."""
    return normalize_for_compare(quote)


def _near_texts(quote: str, texts: list[str], lengths: list[int]) -> list[str]:
    """The texts (sorted by length, ``lengths`` theirs) near-identical to ``quote``."""
    size = len(quote)
    lo = bisect.bisect_left(lengths, int(size * 0.8) - 1)
    hi = bisect.bisect_right(lengths, int(size / 0.8) + 1)
    near: list[str] = []
    for other, _score, _pos in process.extract(
        quote, texts[lo:hi], scorer=fuzz.ratio, score_cutoff=EXCERPT_RATIO, limit=None
    ):
        shorter, longer = sorted((size, len(other)))
        if longer and shorter / longer < 0.8:
            continue
        near.append(other)
    return near


def find_excerpt_duplicates(excerpts: Sequence[tuple[int, int, str]]) -> dict[int, int]:
    """``{excerpt id: id of the earliest near-identical excerpt in another document}``.

    ``excerpts`` are ``(excerpt id, document id, quote)`` in order of arrival.

    Quotes are compared once per distinct normalised text, and each only with the texts of
    a similar length (``rapidfuzz.process`` does the comparing), so a corpus that repeats
    its wire quotes costs little more than one that does not.
    """
    normalised = [(eid, did, _normalised(q)) for eid, did, q in excerpts]
    # Distinct texts, with the first occurrence of each and the first from another document.
    first: dict[str, tuple[int, int]] = {}
    second: dict[str, int] = {}
    for index, (_eid, did, quote) in enumerate(normalised):
        if not quote:
            continue
        seen = first.get(quote)
        if seen is None:
            first[quote] = (index, did)
        elif quote not in second and seen[1] != did:
            second[quote] = index
    texts = sorted(first, key=len)
    lengths = [len(t) for t in texts]
    never = len(normalised)
    # For each distinct text: the earliest occurrence of any near-identical text (and its
    # document), and the earliest one in a document other than that.
    earliest: dict[str, tuple[int, int, int]] = {}
    for quote in texts:
        near = _near_texts(quote, texts, lengths)
        best_index, best_doc = min((first[other] for other in near), default=(never, -1))
        runner_up = never
        for other in near:
            index, did = first[other]
            candidate = index if did != best_doc else second.get(other, never)
            runner_up = min(runner_up, candidate)
        earliest[quote] = (best_index, best_doc, runner_up)
    out: dict[int, int] = {}
    for index, (eid, did, quote) in enumerate(normalised):
        if not quote:
            continue
        best_index, best_doc, runner_up = earliest[quote]
        match = best_index if best_doc != did else runner_up
        if match < index:
            other_id = normalised[match][0]
            out[eid] = out.get(other_id, other_id)
    return out


SKETCH_SAMPLE: Final = 8  # a document's sketch keeps the shingles whose hash is 0 mod this


def _signed(value: int) -> int:
    """A 64-bit hash as SQLite's signed INTEGER."""
    return value - (1 << 64) if value >= 1 << 63 else value


def document_sketch(text: str) -> list[int]:
    """A fixed sample of ``text``'s shingles (as signed 64-bit integers), stored per document
    so candidates for a copy are found by lookup instead of by comparing every document.

    A document with ``COPY_CONTAINMENT`` of its shingles in another one shares, in
    expectation, that share of its sampled shingles with it too.
    """
    return sorted(_signed(h) for h in shingles(text) if h % SKETCH_SAMPLE == 0)


def best_copy_source(text: str, candidates: Sequence[tuple[int, str]]) -> int | None:
    """The id of the candidate (``(id, text)``, earlier documents) that contains the largest
    share of ``text``'s shingles, when that share is at least ``COPY_CONTAINMENT``; ties go
    to the earliest candidate."""
    own = shingles(text)
    if not own:
        return None
    best: tuple[float, int] | None = None
    for doc_id, other in sorted(candidates):
        share = containment(own, shingles(other))
        if share >= COPY_CONTAINMENT and (best is None or share > best[0]):
            best = (share, doc_id)
    return None if best is None else best[1]


def near_duplicate_of(
    targets: Sequence[tuple[int, int, str]], known: Sequence[tuple[int, int, str]]
) -> dict[int, int]:
    """For each target ``(excerpt id, document id, normalised quote)``: the id of the earliest
    excerpt (lowest id, ``known`` or targets) of another document whose quote is near-identical
    (the rule of ``find_excerpt_duplicates``). ``known`` are already normalised."""
    rows = sorted({*known, *targets})
    first: dict[str, tuple[int, int]] = {}
    second: dict[str, int] = {}
    for eid, did, quote in rows:
        if not quote:
            continue
        seen = first.get(quote)
        if seen is None:
            first[quote] = (eid, did)
        elif quote not in second and seen[1] != did:
            second[quote] = eid
    texts = sorted(first, key=len)
    lengths = [len(t) for t in texts]
    never = 1 << 62
    cache: dict[str, tuple[int, int, int]] = {}
    out: dict[int, int] = {}
    for eid, did, quote in sorted(targets):
        if not quote:
            continue
        if quote not in cache:
            size = len(quote)
            lo = bisect.bisect_left(lengths, int(size * 0.8) - 1)
            hi = bisect.bisect_right(lengths, int(size / 0.8) + 1)
            near = [
                other
                for other, _score, _pos in process.extract(
                    quote, texts[lo:hi], scorer=fuzz.ratio, score_cutoff=EXCERPT_RATIO, limit=None
                )
                if min(size, len(other)) / max(size, len(other)) >= 0.8
            ]
            best_id, best_doc = min((first[o] for o in near), default=(never, -1))
            runner_up = min(
                (first[o][0] if first[o][1] != best_doc else second.get(o, never) for o in near),
                default=never,
            )
            cache[quote] = (best_id, best_doc, runner_up)
        best_id, best_doc, runner_up = cache[quote]
        match = best_id if best_doc != did else runner_up
        if match < eid:
            out[eid] = match
    return out
