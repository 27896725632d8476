"""Full-text search over documents and excerpts; any user text is safe."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel

from tracker.storage.db import Store

_WORD = re.compile(r"\w+", re.UNICODE)


class SearchHit(BaseModel):
    kind: Literal["document", "excerpt"]
    document_id: int
    excerpt_id: int | None = None
    track_id: str | None = None
    title: str
    snippet: str
    start: int | None = None
    end: int | None = None


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
    hits: list[SearchHit] = []
    excerpt_sql = (
        "SELECT e.id, e.document_id, e.track_id, d.title, "
        "snippet(excerpts_fts, 0, '[', ']', '…', 16), e.start, e.\"end\" "
        "FROM excerpts_fts JOIN excerpts e ON e.id = excerpts_fts.rowid "
        "JOIN documents d ON d.id = e.document_id "
        "WHERE excerpts_fts MATCH ? ORDER BY rank LIMIT ?"
    )
    for eid, did, tid, title, snip, start, end in store.conn.execute(excerpt_sql, (query, limit)):
        hits.append(
            SearchHit(
                kind="excerpt",
                document_id=did,
                excerpt_id=eid,
                track_id=tid,
                title=title,
                snippet=snip,
                start=start,
                end=end,
            )
        )
    doc_sql = (
        "SELECT d.id, d.title, snippet(documents_fts, 1, '[', ']', '…', 16) "
        "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
        "WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?"
    )
    for did, title, snip in store.conn.execute(doc_sql, (query, limit)):
        hits.append(SearchHit(kind="document", document_id=did, title=title, snippet=snip))
    return hits
