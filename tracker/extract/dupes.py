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
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache
from hashlib import blake2b
from typing import Final

from rapidfuzz import fuzz, process

from tracker.extract.text import normalize_for_compare

SHINGLE_WORDS: Final = 5
COPY_CONTAINMENT: Final = 0.6
EXCERPT_RATIO: Final = 90.0
# Distinct quotes of one document compared fuzzily with others; beyond, identical only.
FUZZY_PER_DOCUMENT: Final = 500
_MAX_POSTING: Final = 50  # shingles shared by more documents than this are boilerplate


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[int]:
    """Hashed word ``size``-shingles of ``text`` (lower-cased words only)."""
    return {int.from_bytes(digest, "big") for digest in _shingle_digests(text, size)}


def _shingle_digests(text: str, size: int = SHINGLE_WORDS) -> list[bytes]:
    """The blake2b digest of each word ``size``-shingle of ``text``: the UTF-8 of its words
    joined by single spaces. The normalised text is encoded once and each shingle hashed as
    a slice of it (the words are separated by one space each, so the slice is the joined
    shingle's UTF-8)."""
    encoded = normalize_for_compare(text).encode("utf-8")
    if not encoded:
        return []
    lengths = [len(token) for token in encoded.split(b" ")]
    if len(lengths) <= size:
        return [blake2b(encoded, digest_size=8).digest()]
    starts = [0] * len(lengths)
    at = 0
    for k, length in enumerate(lengths):
        starts[k] = at
        at += length + 1
    view = memoryview(encoded)
    last = size - 1
    return [
        blake2b(view[starts[i] : starts[i + last] + lengths[i + last]], digest_size=8).digest()
        for i in range(len(lengths) - last)
    ]


def containment(part: set[int], whole: set[int]) -> float:
    """Share of ``part``'s shingles that are also in ``whole``."""
    if not part:
        return 0.0
    return len(part & whole) / len(part)


@lru_cache(maxsize=1 << 16)
def _normalised(quote: str) -> str:
    """``normalize_for_compare``, remembered: the same quotes are compared on every grading."""
    return normalize_for_compare(quote)


class _QuoteIndex:
    """The distinct quotes of a set of excerpts, for finding each one's earliest
    near-identical quote in another document.

    ``rows`` are ``(key, document id, normalised quote)`` in order of arrival (``key``
    increasing). Each distinct quote keeps its first occurrence and the first occurrence
    in another document than that. Fuzzy comparison is bounded: only the first
    ``FUZZY_PER_DOCUMENT`` distinct quotes of each document are compared with other
    quotes (an article holds a few dozen; a pasted archive of megabytes would otherwise
    compare every sentence with every other); the rest are matched when identical only.
    """

    def __init__(self, rows: Iterable[tuple[int, int, str]], never: int) -> None:
        self.first: dict[str, tuple[int, int]] = {}
        self.second: dict[str, int] = {}
        self.never = never
        per_document: dict[int, int] = {}
        fuzzy: list[str] = []
        for key, did, quote in rows:
            if not quote:
                continue
            seen = self.first.get(quote)
            if seen is None:
                self.first[quote] = (key, did)
                count = per_document.get(did, 0)
                if count < FUZZY_PER_DOCUMENT:
                    per_document[did] = count + 1
                    fuzzy.append(quote)
            elif quote not in self.second and seen[1] != did:
                self.second[quote] = key
        self.fuzzy = set(fuzzy)
        self.texts = sorted(fuzzy, key=len)
        self.lengths = [len(t) for t in self.texts]
        self._earliest: dict[str, tuple[int, int, int]] = {}

    def near(self, quote: str) -> list[str]:
        """The distinct quotes near-identical to ``quote`` (itself included)."""
        if quote not in self.fuzzy:
            return [quote]
        size = len(quote)
        lo = bisect.bisect_left(self.lengths, int(size * 0.8) - 1)
        hi = bisect.bisect_right(self.lengths, int(size / 0.8) + 1)
        return [
            other
            for other, _score, _pos in process.extract(
                quote, self.texts[lo:hi], scorer=fuzz.ratio, score_cutoff=EXCERPT_RATIO, limit=None
            )
            if min(size, len(other)) / max(size, len(other)) >= 0.8
        ]

    def match(self, quote: str, did: int) -> int:
        """The key of the earliest occurrence of a quote near-identical to ``quote`` in a
        document other than ``did`` (``never`` when there is none)."""
        found = self._earliest.get(quote)
        if found is None:
            near = self.near(quote)
            best, best_doc = min((self.first[o] for o in near), default=(self.never, -1))
            runner_up = min(
                (
                    self.first[o][0]
                    if self.first[o][1] != best_doc
                    else self.second.get(o, self.never)
                    for o in near
                ),
                default=self.never,
            )
            found = self._earliest[quote] = (best, best_doc, runner_up)
        best, best_doc, runner_up = found
        return best if best_doc != did else runner_up


def find_excerpt_duplicates(
    excerpts: Sequence[tuple[int, int, str]], wanted: Collection[int] | None = None
) -> dict[int, int]:
    """``{excerpt id: id of the earliest near-identical excerpt in another document}``.

    ``excerpts`` are ``(excerpt id, document id, quote)`` in order of arrival. ``wanted``:
    only these excerpts' entries (the same as the whole map's), compared for them and for
    the earlier excerpts they lead to; the others' quotes are indexed but not looked up.

    Quotes are compared once per distinct normalised text, each only with the texts of a
    similar length (``rapidfuzz.process`` does the comparing) and at most
    ``FUZZY_PER_DOCUMENT`` per document, so a corpus that repeats its wire quotes costs
    little more than one that does not, and one huge document costs no more than a long
    article.
    """
    normalised = [(eid, did, _normalised(q)) for eid, did, q in excerpts]
    index = _QuoteIndex(
        ((i, did, quote) for i, (_eid, did, quote) in enumerate(normalised)), len(normalised)
    )
    if wanted is not None:
        return _wanted_duplicates(normalised, index, wanted)
    out: dict[int, int] = {}
    for position, (eid, did, quote) in enumerate(normalised):
        if not quote:
            continue
        match = index.match(quote, did)
        if match < position:
            other_id = normalised[match][0]
            out[eid] = out.get(other_id, other_id)
    return out


def _wanted_duplicates(
    normalised: Sequence[tuple[int, int, str]], index: _QuoteIndex, wanted: Collection[int]
) -> dict[int, int]:
    """``find_excerpt_duplicates``'s entries of the ``wanted`` excerpts: an excerpt maps to
    its match's own entry, else to its match, so each is followed back through earlier
    matches only as far as it leads."""
    never = len(normalised)
    settled: dict[int, int | None] = {}  # position -> its entry (None: no match)
    out: dict[int, int] = {}
    for start, (eid, _did, _quote) in enumerate(normalised):
        if eid not in wanted:
            continue
        path: list[tuple[int, int]] = []
        position = start
        while position not in settled:
            _eid, did, quote = normalised[position]
            match = index.match(quote, did) if quote else never
            if match >= position:
                settled[position] = None
                break
            path.append((position, match))
            position = match
        for position, match in reversed(path):
            up = settled[match]
            settled[position] = up if up is not None else normalised[match][0]
        entry = settled[start]
        if entry is not None:
            out[eid] = entry
    return out


SKETCH_SAMPLE: Final = 8  # a document's sketch keeps the shingles whose hash is 0 mod this
# (a power of two up to 256: `document_sketch` reads it off the digest's last byte)


def _signed(value: int) -> int:
    """A 64-bit hash as SQLite's signed INTEGER."""
    return value - (1 << 64) if value >= 1 << 63 else value


def document_sketch(text: str) -> list[int]:
    """A fixed sample of ``text``'s shingles (as signed 64-bit integers), stored per document
    so candidates for a copy are found by lookup instead of by comparing every document.

    A document with ``COPY_CONTAINMENT`` of its shingles in another one shares, in
    expectation, that share of its sampled shingles with it too.
    """
    # A hash is 0 mod 8 when its last (least significant) byte is: only those are read whole.
    low = SKETCH_SAMPLE - 1
    return sorted(
        {
            _signed(int.from_bytes(digest, "big"))
            for digest in _shingle_digests(text)
            if not digest[-1] & low
        }
    )


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
    index = _QuoteIndex(sorted({*known, *targets}), 1 << 62)
    out: dict[int, int] = {}
    for eid, did, quote in sorted(targets):
        if quote and (match := index.match(quote, did)) < eid:
            out[eid] = match
    return out
