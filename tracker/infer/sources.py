"""Which pieces of evidence are independent of each other.

Two excerpts come from the same *source* when they are in the same document, in
documents one of which copies the other (``document_duplicate_of``), when one is a
near-identical copy of the other (``duplicate_of``, or detected here with
``find_excerpt_duplicates``), or when their documents come from the same known outlet.
Corroboration counts sources, never excerpts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tracker.domain.models import Evidence
from tracker.extract.dupes import find_excerpt_duplicates


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # Deterministic: the smaller key becomes the root.
            low, high = sorted((ra, rb))
            self.parent[high] = low


def _outlet_key(outlet: str | None) -> str | None:
    if not outlet:
        return None
    norm = " ".join(outlet.lower().split())
    return f"outlet:{norm}" if norm else None


class SourceIndex:
    """Maps each excerpt of an evidence set to its independent-source group."""

    def __init__(self, evidence: Sequence[Evidence]) -> None:
        self._uf = _UnionFind()
        self._groups: dict[int, str] = {}
        detected = find_excerpt_duplicates(
            [(e.id, e.document_id, e.exact) for e in sorted(evidence, key=lambda e: e.id)]
        )
        for e in evidence:
            node = f"x:{e.id}"
            doc = e.document_duplicate_of if e.document_duplicate_of is not None else e.document_id
            self._uf.union(node, f"doc:{doc}")
            self._uf.union(f"doc:{e.document_id}", f"doc:{doc}")
            original = e.duplicate_of if e.duplicate_of is not None else detected.get(e.id)
            if original is not None:
                self._uf.union(node, f"x:{original}")
            outlet = _outlet_key(e.outlet)
            if outlet:
                self._uf.union(node, outlet)

    def group(self, excerpt_id: int) -> str:
        # The groups are settled once the index is built: each excerpt's is found once.
        found = self._groups.get(excerpt_id)
        if found is None:
            found = self._groups[excerpt_id] = self._uf.find(f"x:{excerpt_id}")
        return found

    def count(self, excerpt_ids: Iterable[int]) -> int:
        """How many independent sources the given excerpts come from."""
        return len({self.group(i) for i in excerpt_ids})
