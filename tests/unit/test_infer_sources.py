"""The independent-source groups: named as joining the members' keys by text would name them."""

from __future__ import annotations

import random

from tracker.domain.models import Evidence
from tracker.extract.dupes import find_excerpt_duplicates
from tracker.infer.sources import SourceIndex


def _reference(evidence: list[Evidence]) -> dict[int, str]:
    """The groups by a plain union of text keys, the least key the root of each group."""
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        parent.setdefault(key, key)
        while parent[key] != key:
            key = parent[key]
        return key

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            low, high = sorted((ra, rb))
            parent[high] = low

    detected = find_excerpt_duplicates(
        [(e.id, e.document_id, e.exact) for e in sorted(evidence, key=lambda e: e.id)]
    )
    for e in evidence:
        doc = e.document_duplicate_of if e.document_duplicate_of is not None else e.document_id
        union(f"x:{e.id}", f"doc:{doc}")
        union(f"doc:{e.document_id}", f"doc:{doc}")
        original = e.duplicate_of if e.duplicate_of is not None else detected.get(e.id)
        if original is not None:
            union(f"x:{e.id}", f"x:{original}")
        if e.outlet and e.outlet.strip():
            union(f"x:{e.id}", "outlet:" + " ".join(e.outlet.lower().split()))
    return {e.id: find(f"x:{e.id}") for e in evidence}


def _random_evidence(rng: random.Random, size: int) -> list[Evidence]:
    words = ["talks", "resume", "summit", "envoys", "meet", "delayed", "Geneva", "ministers"]
    out: list[Evidence] = []
    for i in range(1, size + 1):
        # Documents 1–40 (so 9 and 10, 19 and 100-like ids compare differently as text).
        doc = rng.choice([1, 2, 3, 9, 10, 11, 19, 20, 21, 29, 30, 40])
        exact = " ".join(rng.choice(words) for _ in range(rng.randint(4, 7)))
        out.append(
            Evidence(
                id=i * 3 + rng.randint(0, 2),
                document_id=doc,
                track_id="s",
                start=0,
                end=len(exact),
                exact=exact,
                outlet=rng.choice([None, "", "Reuters", " reuters ", "TASS", "The Hindu"]),
                document_duplicate_of=rng.choice([None, None, None, 2, 10, 29]),
                duplicate_of=rng.choice([None, None, None, 1, 7, 50, 300]),
            )
        )
    return out


def test_groups_are_named_as_the_least_key_of_their_members() -> None:
    rng = random.Random(18)
    for size in (0, 1, 2, 5, 12, 30, 60):
        for _ in range(20):
            evidence = _random_evidence(rng, size)
            index = SourceIndex(evidence)
            expected = _reference(evidence)
            assert {e.id: index.group(e.id) for e in evidence} == expected
            assert index.count(e.id for e in evidence) == len(set(expected.values()))


def test_an_excerpt_outside_the_set_is_a_group_of_its_own() -> None:
    index = SourceIndex(_random_evidence(random.Random(3), 10))
    assert index.group(999_999) == "x:999999"


def test_the_wanted_excerpts_duplicates_are_those_of_the_whole_map() -> None:
    rng = random.Random(7)
    bases = [
        "the ministers will meet in Geneva next week to resume the talks",
        "the summit was postponed after the envoys failed to agree on a date",
        "officials said the channel remains open despite the delay",
    ]
    for _ in range(40):
        rows: list[tuple[int, int, str]] = []
        for i in range(rng.randint(1, 40)):
            quote = rng.choice(bases)
            if rng.random() < 0.5:  # a near-identical variant, or another sentence
                quote = quote.replace(rng.choice(quote.split()), rng.choice(["a", "its", ""]), 1)
            rows.append((10 * i + rng.randint(0, 9), rng.randint(1, 8), quote))
        whole = find_excerpt_duplicates(rows)
        wanted = {eid for eid, _doc, _quote in rows if rng.random() < 0.3}
        assert find_excerpt_duplicates(rows, wanted) == {
            k: v for k, v in whole.items() if k in wanted
        }
        assert find_excerpt_duplicates(rows, set()) == {}
