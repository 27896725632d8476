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

    The members are joined as integers: a document ``3·id + 1`` (standing for its excerpts,
    each joined to it), an original an excerpt repeats that the set does not hold
    ``3·id``, an outlet ``3·n + 2``. A group is named by the least of its members' keys as
    text (``doc:12``, ``outlet:…``, ``x:7``), as joining the keys themselves with the
    least one as the root would name it: every excerpt is joined to its document, so an
    excerpt's group is ``doc:`` and the least of its documents' ids compared as text.
    """

    def __init__(self, evidence: Sequence[Evidence]) -> None:
        # Joined when a group is first asked for: a track none of whose excerpts claims
        # anything (no signal) never asks.
        self._evidence: Sequence[Evidence] | None = list(evidence)
        self._parent: dict[int, int] = {}
        self._home: dict[int, int] = {}
        self._least: dict[int, str] = {}
        self._groups: dict[int, str] = {}

    def _join(self, evidence: Sequence[Evidence]) -> None:
        # Near-identical quotes are looked for only where no original is stored.
        detected = find_excerpt_duplicates(
            [(e.id, e.document_id, e.exact) for e in sorted(evidence, key=lambda e: e.id)],
            wanted={e.id for e in evidence if e.duplicate_of is None},
        )
        parent: dict[int, int] = {}
        self._parent = parent
        self._outlets: dict[str | None, int | None] = {}
        self._outlet_nodes: dict[str, int] = {}
        find = self._find

        def join(a: int, b: int) -> None:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[rb] = ra

        # An excerpt is joined to its document: the document's node stands for it.
        home = {e.id: 3 * e.document_id + 1 for e in evidence}
        docs: set[int] = set()
        seen: set[tuple[int, int, int | None]] = set()
        for e in evidence:
            own = e.document_id
            doc = e.document_duplicate_of if e.document_duplicate_of is not None else own
            facts = (own, doc, self._outlet(e.outlet))
            if facts not in seen:  # a document's copy and outlet, joined once
                seen.add(facts)
                docs.update((own, doc))
                join(3 * own + 1, 3 * doc + 1)
                if facts[2] is not None:
                    join(3 * own + 1, facts[2])
            original = e.duplicate_of if e.duplicate_of is not None else detected.get(e.id)
            if original is not None:
                join(3 * own + 1, home.get(original, 3 * original))
        self._home = home
        self._least = self._names(docs)

    def _outlet(self, spelled: str | None) -> int | None:
        """The node of an outlet (one per outlet however spelled); each spelling read once."""
        node = self._outlets.get(spelled, -1)
        if node == -1:
            key = _outlet_key(spelled)
            nodes = self._outlet_nodes
            node = None if key is None else 3 * nodes.setdefault(key, len(nodes)) + 2
            self._outlets[spelled] = node
        return node

    def _names(self, docs: Iterable[int]) -> dict[int, str]:
        """Each group's name by its root: the least of its documents' ids as text."""
        least: dict[int, str] = {}
        for doc in docs:
            root, name = self._find(3 * doc + 1), str(doc)
            if root not in least or name < least[root]:
                least[root] = name
        return least

    def _find(self, node: int) -> int:
        parent = self._parent
        root = parent.setdefault(node, node)
        if root == node:
            return node
        while parent[root] != root:
            root = parent[root]
        while parent[node] != root:
            parent[node], node = root, parent[node]
        return root

    def group(self, excerpt_id: int) -> str:
        # The groups are settled once the index is built: each excerpt's is found once.
        found = self._groups.get(excerpt_id)
        if found is None:
            if self._evidence is not None:
                evidence, self._evidence = self._evidence, None
                self._join(evidence)
            node = self._home.get(excerpt_id, 3 * excerpt_id)
            name = self._least.get(self._find(node)) if node in self._parent else None
            # An excerpt the set does not name is a group of its own.
            found = f"doc:{name}" if name is not None else f"x:{excerpt_id}"
            self._groups[excerpt_id] = found
        return found

    def count(self, excerpt_ids: Iterable[int]) -> int:
        """How many independent sources the given excerpts come from."""
        return len({self.group(i) for i in excerpt_ids})
