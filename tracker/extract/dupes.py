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

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from typing import Final

from rapidfuzz import fuzz

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


def find_document_copies(docs: Sequence[tuple[int, str]]) -> dict[int, int]:
    """``{doc id: id of the earlier document it mostly copies}``.

    ``docs`` are ``(id, text)`` in order of arrival (earlier first). A document copies the
    earlier one that contains the largest share of its shingles, when that share is at least
    ``COPY_CONTAINMENT``; a copy of a copy points at the original.
    """
    postings: dict[int, list[int]] = defaultdict(list)
    sets: dict[int, set[int]] = {}
    out: dict[int, int] = {}
    for position, (doc_id, text) in enumerate(docs):
        own = shingles(text)
        sets[position] = own
        shared: dict[int, int] = defaultdict(int)
        for sh in own:
            posting = postings[sh]
            if len(posting) <= _MAX_POSTING:
                for earlier in posting:
                    shared[earlier] += 1
            posting.append(position)
        if own and shared:
            best = max(shared, key=lambda p: (shared[p] / len(own), -p))
            if shared[best] / len(own) >= COPY_CONTAINMENT:
                original = docs[best][0]
                out[doc_id] = out.get(original, original)
    return out


def find_excerpt_duplicates(excerpts: Sequence[tuple[int, int, str]]) -> dict[int, int]:
    """``{excerpt id: id of the earliest near-identical excerpt in another document}``.

    ``excerpts`` are ``(excerpt id, document id, quote)`` in order of arrival.
    """
    normalised = [(eid, did, normalize_for_compare(q)) for eid, did, q in excerpts]
    out: dict[int, int] = {}
    for index, (eid, did, quote) in enumerate(normalised):
        if not quote:
            continue
        for other_id, other_doc, other in normalised[:index]:
            if other_doc == did or not other:
                continue
            shorter, longer = sorted((len(quote), len(other)))
            if longer and shorter / longer < 0.8:
                continue
            if fuzz.ratio(quote, other, score_cutoff=EXCERPT_RATIO):
                out[eid] = out.get(other_id, other_id)
                break
    return out
