"""The copy rule the import applies, over a batch of documents (for tests)."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.extract.dupes import best_copy_source


def find_document_copies(docs: Sequence[tuple[int, str]]) -> dict[int, int]:
    """``{doc id: the earlier document it copies}`` by the copy rule the import applies
    (``best_copy_source`` over every earlier document); a copy of a copy points at the
    original."""
    out: dict[int, int] = {}
    for position, (doc_id, text) in enumerate(docs):
        source = best_copy_source(text, list(docs[:position]))
        if source is not None:
            out[doc_id] = out.get(source, source)
    return out
