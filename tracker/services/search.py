"""Full-text search over documents and excerpts; any user text is safe.

How matches are ranked is told in ``tracker.storage.search``.
"""

from __future__ import annotations

import re

from tracker.domain.models import SearchHit
from tracker.storage import search as fts
from tracker.storage.db import Store

__all__ = ["SearchHit", "fts_query", "search"]

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """Turn whatever a user typed into a safe FTS5 query: every word a quoted term, ANDed.

    Quotes, brackets, ``NEAR``, ``*``, ``-`` and lone quotes lose their operator meaning.
    Returns ``None`` when nothing searchable is left.
    """
    words = _WORD.findall(text)
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"' for w in words[:32])


def search(store: Store, text: str, *, limit: int = 50) -> list[SearchHit]:
    """Ranked hits: excerpts first (they are evidence), then documents."""
    query = fts_query(text)
    if query is None:
        return []
    return [*fts.excerpt_hits(store, query, limit), *fts.document_hits(store, query, limit)]
