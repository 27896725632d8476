"""Bookkeeping of incremental analysis: the work queue (``analysis_queue``) and the sampled
shingles of each document (``document_sketches``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from tracker.storage.db import Store

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


# The two lookups below run for every new document: plain cursors, without the dict per row
# of ``db.query``.


def sketch(store: Store, document_id: int) -> list[int]:
    sql = "SELECT hash FROM document_sketches WHERE document_id = ?"
    return [int(value) for (value,) in store.conn.execute(sql, (document_id,))]


def holders(store: Store, document_id: int, *, below: int, limit: int) -> list[list[int]]:
    """For each sampled shingle of ``document_id``: up to ``limit`` other documents with ids
    below ``below`` whose sketch holds it. One statement for the whole sketch (a shingle's
    holders are still cut at ``limit``, so boilerplate held by thousands costs no more)."""
    sql = (
        "SELECT (SELECT group_concat(document_id) FROM ("
        "  SELECT document_id FROM document_sketches"
        "  WHERE hash = m.hash AND document_id < ?1 AND document_id != ?2 LIMIT ?3)) "
        "FROM document_sketches m WHERE m.document_id = ?2"
    )
    rows = store.conn.execute(sql, (below, document_id, limit))
    return [[int(d) for d in joined.split(",")] if joined else [] for (joined,) in rows]
