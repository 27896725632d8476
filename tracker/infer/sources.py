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


def _outlet_key(outlet: str | None) -> str | None:
    if not outlet:
        return None
    norm = " ".join(outlet.lower().split())
    return f"outlet:{norm}" if norm else None


class SourceIndex:
    """Maps each excerpt of an evidence set to its independent-source group.

    The members (excerpts, documents, outlets, the originals excerpts repeat) are joined
    as integers: an excerpt or original ``3·id``, a document ``3·id + 1``, an outlet
    ``3·n + 2``. A group is named by the least of its members' keys as text (``doc:12``,
    ``outlet:…``, ``x:7``), as joining the keys themselves with the least one as the root
    would name it; every excerpt is joined to its document, so an excerpt's group is
    ``doc:`` and the least of its documents' ids compared as text.
    """

    def __init__(self, evidence: Sequence[Evidence]) -> None:
        self._parent: dict[int, int] = {}
        outlets: dict[str, int] = {}
        # Near-identical quotes are looked for only where no original is stored.
        detected = find_excerpt_duplicates(
            [(e.id, e.document_id, e.exact) for e in sorted(evidence, key=lambda e: e.id)],
            wanted={e.id for e in evidence if e.duplicate_of is None},
        )
        docs: set[int] = set()
        union = self._union
        for e in evidence:
            node = 3 * e.id
            doc = e.document_duplicate_of if e.document_duplicate_of is not None else e.document_id
            docs.add(doc)
            docs.add(e.document_id)
            union(node, 3 * doc + 1)
            union(3 * e.document_id + 1, 3 * doc + 1)
            original = e.duplicate_of if e.duplicate_of is not None else detected.get(e.id)
            if original is not None:
                union(node, 3 * original)
            outlet = _outlet_key(e.outlet)
            if outlet:
                union(node, 3 * outlets.setdefault(outlet, len(outlets)) + 2)
        least: dict[int, str] = {}
        for doc in docs:
            root, name = self._find(3 * doc + 1), str(doc)
            if root not in least or name < least[root]:
                least[root] = name
        self._least = least
        self._groups: dict[int, str] = {}

    def _find(self, node: int) -> int:
        parent = self._parent
        root = parent.setdefault(node, node)
        while parent[root] != root:
            root = parent[root]
        while parent[node] != root:
            parent[node], node = root, parent[node]
        return root

    def _union(self, a: int, b: int) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self._parent[ra] = rb

    def group(self, excerpt_id: int) -> str:
        # The groups are settled once the index is built: each excerpt's is found once.
        found = self._groups.get(excerpt_id)
        if found is None:
            node = 3 * excerpt_id
            name = self._least.get(self._find(node)) if node in self._parent else None
            # An excerpt the set does not name is a group of its own.
            found = f"doc:{name}" if name is not None else f"x:{excerpt_id}"
            self._groups[excerpt_id] = found
        return found

    def count(self, excerpt_ids: Iterable[int]) -> int:
        """How many independent sources the given excerpts come from."""
        return len({self.group(i) for i in excerpt_ids})
