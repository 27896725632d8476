"""Bookkeeping of incremental analysis: the work queue (``analysis_queue``) and the sampled
shingles of each document (``document_sketches``)."""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Literal

from tracker.storage.db import Store, chunked

QueueKind = Literal["document", "excerpt", "track"]


def enqueue(store: Store, kind: QueueKind, items: Iterable[object]) -> None:
    """Queue work (inside the change's transaction); items already queued stay once."""
    # Plain executemany: sqlite-utils' insert reads back a rowid these WITHOUT ROWID tables lack.
    store.conn.executemany(
        "INSERT OR IGNORE INTO analysis_queue (kind, item) VALUES (?, ?)",
        [(kind, str(item)) for item in items],
    )


def queued(store: Store, kind: QueueKind) -> list[str]:
    sql = "SELECT item FROM analysis_queue WHERE kind = ?"
    return [str(r["item"]) for r in store.db.query(sql, [kind])]


def dequeue(store: Store, kind: QueueKind, items: Iterable[object]) -> None:
    store.conn.executemany(
        "DELETE FROM analysis_queue WHERE kind = ? AND item = ?",
        [(kind, str(item)) for item in items],
    )


def add_sketch(store: Store, document_id: int, hashes: Iterable[int]) -> None:
    """Record a document's sampled shingle hashes."""
    store.conn.executemany(
        "INSERT OR IGNORE INTO document_sketches (hash, document_id) VALUES (?, ?)",
        [(h, document_id) for h in hashes],
    )


# Copy detection's look-ups (``shared_shingles`` runs for every new document): plain
# cursors, without the dict per row of ``db.query``.


def copy_facts(store: Store, document_ids: Iterable[int]) -> dict[int, tuple[int | None, int]]:
    """``{document id: (the document it copies, its sampled shingles)}`` of the
    ``document_ids`` that exist."""
    out: dict[int, tuple[int | None, int]] = {}
    for chunk in chunked(document_ids):
        marks = ",".join("?" * len(chunk))
        sql = (
            "SELECT d.id, d.duplicate_of, (SELECT count(*) FROM document_sketches s "
            f"WHERE s.document_id = d.id) FROM documents d WHERE d.id IN ({marks})"
        )
        for doc_id, original, size in store.conn.execute(sql, chunk):
            out[int(doc_id)] = (None if original is None else int(original), int(size))
    return out


def shared_shingles(store: Store, document_id: int, *, below: int, most: int) -> dict[int, int]:
    """``{document id: sampled shingles shared with document_id}`` over the other documents
    with ids below ``below``, not counting a shingle more than ``most`` of them hold
    (boilerplate): counted in one statement, each shingle's holders counted only up to
    ``most + 1``, so boilerplate held by thousands costs no more."""
    sql = (
        "SELECT h.document_id, count(*) FROM document_sketches m "
        "JOIN document_sketches h ON h.hash = m.hash AND h.document_id < ?1 "
        "  AND h.document_id != ?2 "
        "WHERE m.document_id = ?2 AND (SELECT count(*) FROM ("
        "  SELECT 1 FROM document_sketches"
        "  WHERE hash = m.hash AND document_id < ?1 AND document_id != ?2 LIMIT ?3)) <= ?4 "
        "GROUP BY h.document_id"
    )
    rows = store.conn.execute(sql, (below, document_id, most + 1, most))
    return {int(other): int(count) for other, count in rows}


def shared_with_earlier(
    store: Store, document_ids: Sequence[int], *, most: int
) -> Iterator[tuple[int, dict[int, int]]]:
    """``shared_shingles(doc, below=doc)`` of each of ``document_ids``, in their order: for
    a few documents one statement each; for many (an import large beside the database)
    every sampled shingle is read once and counted here, which is the same count without
    a join per document (at 10,000 new documents, a quarter of the time)."""
    if not document_ids:
        return
    total = store.conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    if len(document_ids) * _IN_MEMORY_SHARE < total:
        for doc_id in document_ids:
            yield doc_id, shared_shingles(store, doc_id, below=doc_id, most=most)
        return
    holders: dict[int, list[int]] = defaultdict(list)
    sketches: dict[int, list[int]] = defaultdict(list)
    wanted = set(document_ids)
    rows = store.conn.execute(
        "SELECT hash, document_id FROM document_sketches ORDER BY hash, document_id"
    )
    for digest, doc_id in rows:
        holders[digest].append(doc_id)
        if doc_id in wanted:
            sketches[doc_id].append(digest)
    for doc_id in document_ids:
        counts: Counter[int] = Counter()
        for digest in sketches.get(doc_id, ()):
            held = holders[digest]
            below = bisect.bisect_left(held, doc_id)  # the holders with lower ids
            if below <= most:
                counts.update(held[:below])
        yield doc_id, dict(counts)


# An import of at least 1/_IN_MEMORY_SHARE of the database's documents counts shared
# shingles in memory (reading every sketch costs about what 1/20 of the documents' own
# statements do).
_IN_MEMORY_SHARE = 20
