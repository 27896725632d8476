"""The ``tracks`` table: tracks as ``Track`` models."""

from __future__ import annotations

import json
from typing import Any

from tracker.domain.models import Track
from tracker.storage.db import Store


def to_row(track: Track, now: str) -> dict[str, Any]:
    """The stored row of ``track``, created and updated at ``now``."""
    return {
        "id": track.id,
        "title": track.title,
        "kind": track.kind.value,
        "description": track.description,
        "actors": json.dumps([a.model_dump() for a in track.actors], ensure_ascii=False),
        "parties": json.dumps(track.parties, ensure_ascii=False),
        "places": json.dumps(track.places, ensure_ascii=False),
        "keywords": json.dumps(track.keywords, ensure_ascii=False),
        "context_terms": json.dumps(track.context_terms, ensure_ascii=False),
        "min_actors": track.min_actors,
        "next_event": track.next_event.model_dump_json() if track.next_event else None,
        "archived": int(track.archived),
        "created_at": now,
        "updated_at": now,
    }


def from_row(row: dict[str, Any]) -> Track:
    return Track.model_validate(
        {
            "id": row["id"],
            "title": row["title"],
            "kind": row["kind"],
            "description": row["description"],
            "actors": json.loads(row["actors"]),
            "parties": json.loads(row.get("parties") or "[]"),
            "places": json.loads(row.get("places") or "[]"),
            "keywords": json.loads(row["keywords"]),
            "context_terms": json.loads(row["context_terms"]),
            "min_actors": row["min_actors"],
            "next_event": json.loads(row["next_event"]) if row["next_event"] else None,
            "archived": bool(row["archived"]),
        }
    )


def list_tracks(store: Store, *, include_archived: bool = False) -> list[Track]:
    """Tracks in the order they were created; archived ones only when asked."""
    where = None if include_archived else "archived = 0"
    return [from_row(row) for row in store.db.table("tracks").rows_where(where, order_by="rowid")]


def version(store: Store) -> str:
    """A stamp that changes with every change of the tracks table (rows added or removed,
    any row updated: every write sets ``updated_at`` to a new record time)."""
    row = store.conn.execute("SELECT count(*), max(updated_at) FROM tracks").fetchone()
    return f"{row[0]}@{row[1]}"


def get(store: Store, track_id: str) -> Track | None:
    rows = list(store.db.table("tracks").rows_where("id = ?", [track_id]))
    return from_row(rows[0]) if rows else None


def ids(store: Store) -> set[str]:
    return {str(r["id"]) for r in store.db.query("SELECT id FROM tracks")}


def created_at(store: Store, track_id: str) -> str | None:
    """When the track was created (record time), ``None`` for an unknown track."""
    for row in store.db.query("SELECT created_at FROM tracks WHERE id = ?", [track_id]):
        return str(row["created_at"])
    return None


def save(store: Store, track: Track, *, created_at: str | None = None) -> None:
    """Insert or replace a track (inside ``store.write()``); ``created_at`` keeps the
    original creation time of a track that is rewritten."""
    row = to_row(track, store.now())
    if created_at is not None:
        row["created_at"] = created_at
    store.db.table("tracks").upsert(row, pk="id")


def set_archived(store: Store, track_id: str, archived: bool) -> None:
    store.db.table("tracks").update(
        track_id, {"archived": int(archived), "updated_at": store.now()}
    )
