"""Full-text search over the FTS5 indexes of excerpts and documents.

Ranking is BM25 (FTS5 ``rank``) when a query matches at most ``RANK_ALL_UP_TO`` rows (rare
terms, most multi-word queries): exact, over every match. BM25 of a very common term costs
time proportional to all its matches (about 25 ms for a term in a million excerpts, before
ranking any), so a query matching more rows than that is answered from its
``RANK_ALL_UP_TO`` newest matches (highest row ids: the most recently recorded), shortest
first — what BM25 orders by when every candidate carries the term about once. Such a search
shows the best recent hits, not the best over all time; a more specific query narrows it.

Queries reaching this module are FTS5 expressions already made safe by the caller.
"""

from __future__ import annotations

from tracker.domain.models import SearchHit
from tracker.storage.db import Store

RANK_ALL_UP_TO = 1000

_EXCERPT_LENGTHS = 'SELECT id, "end" - start AS n FROM excerpts WHERE id IN ({marks})'
_DOCUMENT_LENGTHS = "SELECT id, chars AS n FROM documents WHERE id IN ({marks})"


def _ranked(store: Store, table: str, query: str, limit: int, length_sql: str) -> list[int]:
    """Row ids of the best ``limit`` matches in ``table`` (see the module notes)."""
    newest = [
        int(r["rowid"])
        for r in store.db.query(
            f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT ?",
            [query, RANK_ALL_UP_TO + 1],
        )
    ]
    if len(newest) <= RANK_ALL_UP_TO:  # every match: an exact BM25 ranking
        return [
            int(r["rowid"])
            for r in store.db.query(
                f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rank LIMIT ?",
                [query, limit],
            )
        ]
    # A very common query: its newest matches, the shortest (most to the point) first.
    pool = newest[:RANK_ALL_UP_TO]
    marks = ",".join("?" * len(pool))
    lengths = {
        int(r["id"]): int(r["n"]) for r in store.db.query(length_sql.format(marks=marks), pool)
    }
    pool.sort(key=lambda rowid: (lengths.get(rowid, 0), -rowid))
    return pool[:limit]


def _snippets(store: Store, table: str, column: int, query: str, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    sql = (
        f"SELECT rowid, snippet({table}, {column}, '[', ']', '…', 16) AS snippet FROM {table} "
        f"WHERE {table} MATCH ? AND rowid IN ({marks})"
    )
    return {int(r["rowid"]): str(r["snippet"]) for r in store.db.query(sql, [query, *ids])}


def excerpt_hits(store: Store, query: str, limit: int) -> list[SearchHit]:
    """The best ``limit`` excerpts matching ``query``, best first."""
    ranked = _ranked(store, "excerpts_fts", query, limit, _EXCERPT_LENGTHS)
    if not ranked:
        return []
    snippets = _snippets(store, "excerpts_fts", 0, query, ranked)
    marks = ",".join("?" * len(ranked))
    sql = (
        'SELECT e.id, e.document_id, e.track_id, d.title, e.start, e."end" '
        f"FROM excerpts e JOIN documents d ON d.id = e.document_id WHERE e.id IN ({marks})"
    )
    rows = {int(r["id"]): r for r in store.db.query(sql, ranked)}
    return [
        SearchHit(
            kind="excerpt",
            document_id=rows[eid]["document_id"],
            excerpt_id=eid,
            track_id=rows[eid]["track_id"],
            title=rows[eid]["title"],
            snippet=snippets.get(eid, ""),
            start=rows[eid]["start"],
            end=rows[eid]["end"],
        )
        for eid in ranked
        if eid in rows
    ]


def document_hits(store: Store, query: str, limit: int) -> list[SearchHit]:
    """The best ``limit`` documents matching ``query``, best first."""
    ranked = _ranked(store, "documents_fts", query, limit, _DOCUMENT_LENGTHS)
    if not ranked:
        return []
    snippets = _snippets(store, "documents_fts", 1, query, ranked)
    marks = ",".join("?" * len(ranked))
    sql = f"SELECT id, title FROM documents WHERE id IN ({marks})"
    titles = {int(r["id"]): str(r["title"]) for r in store.db.query(sql, ranked)}
    return [
        SearchHit(
            kind="document", document_id=did, title=titles[did], snippet=snippets.get(did, "")
        )
        for did in ranked
        if did in titles
    ]
