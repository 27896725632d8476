"""Full-text search over documents and excerpts; any user text is safe.

Ranking is BM25 (FTS5 ``rank``) when a query matches at most ``RANK_ALL_UP_TO`` rows (rare
terms, most multi-word queries): exact, over every match. BM25 of a very common term costs
time proportional to all its matches (about 25 ms for a term in a million excerpts, before
ranking any), so a query matching more rows than that is answered from its
``RANK_ALL_UP_TO`` newest matches (highest row ids: the most recently recorded), shortest
first — what BM25 orders by when every candidate carries the term about once. Such a search
shows the best recent hits, not the best over all time; a more specific query narrows it.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel

from tracker.storage.db import Store

_WORD = re.compile(r"\w+", re.UNICODE)

RANK_ALL_UP_TO = 1000


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


def _ranked(store: Store, table: str, query: str, limit: int, length_sql: str) -> list[int]:
    """Row ids of the best ``limit`` matches in ``table`` (see the module notes)."""
    newest = [
        int(r[0])
        for r in store.conn.execute(
            f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT ?",
            (query, RANK_ALL_UP_TO + 1),
        )
    ]
    if len(newest) <= RANK_ALL_UP_TO:  # every match: an exact BM25 ranking
        return [
            int(r[0])
            for r in store.conn.execute(
                f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rank LIMIT ?",
                (query, limit),
            )
        ]
    # A very common query: its newest matches, the shortest (most to the point) first.
    pool = newest[:RANK_ALL_UP_TO]
    marks = ",".join("?" * len(pool))
    lengths = dict(store.conn.execute(length_sql.format(marks=marks), pool).fetchall())
    pool.sort(key=lambda rowid: (lengths.get(rowid, 0), -rowid))
    return pool[:limit]


def _snippets(store: Store, table: str, column: int, query: str, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {
        int(r[0]): str(r[1])
        for r in store.conn.execute(
            f"SELECT rowid, snippet({table}, {column}, '[', ']', '…', 16) FROM {table} "
            f"WHERE {table} MATCH ? AND rowid IN ({marks})",
            (query, *ids),
        )
    }


def search(store: Store, text: str, *, limit: int = 50) -> list[SearchHit]:
    """Ranked hits: excerpts first (they are evidence), then documents."""
    query = fts_query(text)
    if query is None:
        return []
    hits: list[SearchHit] = []
    ranked = _ranked(
        store,
        "excerpts_fts",
        query,
        limit,
        'SELECT id, "end" - start FROM excerpts WHERE id IN ({marks})',
    )
    snippets = _snippets(store, "excerpts_fts", 0, query, ranked)
    rows: dict[int, tuple[int, str, str, int, int]] = {}
    if ranked:
        marks = ",".join("?" * len(ranked))
        for eid, did, tid, title, start, end in store.conn.execute(
            'SELECT e.id, e.document_id, e.track_id, d.title, e.start, e."end" '
            f"FROM excerpts e JOIN documents d ON d.id = e.document_id WHERE e.id IN ({marks})",
            ranked,
        ):
            rows[int(eid)] = (did, tid, title, start, end)
    for eid in ranked:
        if eid not in rows:
            continue
        did, tid, title, start, end = rows[eid]
        hits.append(
            SearchHit(
                kind="excerpt",
                document_id=did,
                excerpt_id=eid,
                track_id=tid,
                title=title,
                snippet=snippets.get(eid, ""),
                start=start,
                end=end,
            )
        )
    docs = _ranked(
        store,
        "documents_fts",
        query,
        limit,
        "SELECT id, chars FROM documents WHERE id IN ({marks})",
    )
    doc_snippets = _snippets(store, "documents_fts", 1, query, docs)
    titles: dict[int, str] = {}
    if docs:
        marks = ",".join("?" * len(docs))
        titles = {
            int(r[0]): str(r[1])
            for r in store.conn.execute(
                f"SELECT id, title FROM documents WHERE id IN ({marks})", docs
            )
        }
    for did in docs:
        if did in titles:
            hits.append(
                SearchHit(
                    kind="document",
                    document_id=did,
                    title=titles[did],
                    snippet=doc_snippets.get(did, ""),
                )
            )
    return hits
