"""Review settings per track (``track_review``) and the review queue (``review_queue``).

A track without a ``track_review`` row applies machine readings at once. A queued reading
stays in the table until its excerpt is gone; whether it still waits is decided from its
judgements (a reviewed reading no longer waits, an undone review brings it back).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tracker.storage.db import Store


@dataclass(frozen=True)
class Queued:
    excerpt_id: int
    track_id: str
    why: str
    held: bool
    queued_at: str


def mode(store: Store, track_id: str) -> tuple[str, str | None]:
    """``("apply", None)`` or ``("hold", since)``: since when new readings are held."""
    sql = "SELECT mode, since FROM track_review WHERE track_id = ?"
    for row in store.db.query(sql, [track_id]):
        return str(row["mode"]), str(row["since"])
    return "apply", None


def modes(store: Store) -> dict[str, tuple[str, str]]:
    sql = "SELECT track_id, mode, since FROM track_review"
    return {str(r["track_id"]): (str(r["mode"]), str(r["since"])) for r in store.db.query(sql)}


def set_mode(store: Store, track_id: str, value: str, since: str | None) -> None:
    """Set a track's review mode (``since`` None: back to the default, no row)."""
    if since is None:
        store.conn.execute("DELETE FROM track_review WHERE track_id = ?", [track_id])
        return
    store.db.table("track_review").upsert(
        {"track_id": track_id, "mode": value, "since": since}, pk="track_id"
    )


def enqueue(store: Store, items: Iterable[tuple[int, str, str, bool]], *, at: str) -> None:
    """Queue ``(excerpt id, track, why, held)`` readings; one already queued keeps its
    place but takes the newer reason."""
    store.conn.executemany(
        "INSERT INTO review_queue (excerpt_id, track_id, why, held, queued_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (excerpt_id, track_id) "
        "DO UPDATE SET why = excluded.why, held = excluded.held",
        [(eid, track, why, int(held), at) for eid, track, why, held in items],
    )


def queued(store: Store) -> list[Queued]:
    """Every queued reading, oldest first."""
    sql = (
        "SELECT q.excerpt_id, q.track_id, q.why, q.held, q.queued_at FROM review_queue q "
        "JOIN excerpts e ON e.id = q.excerpt_id ORDER BY q.queued_at, q.excerpt_id"
    )
    return [
        Queued(
            int(r["excerpt_id"]),
            str(r["track_id"]),
            str(r["why"]),
            bool(r["held"]),
            str(r["queued_at"]),
        )
        for r in store.db.query(sql)
    ]
