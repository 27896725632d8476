"""Tracks: the defaults shipped in resources/, listing, reading and storing them."""

from __future__ import annotations

import json
from typing import Any

from tracker.domain.errors import NotFoundError
from tracker.domain.models import Track
from tracker.paths import resources_dir
from tracker.storage.db import Store


def default_tracks() -> list[Track]:
    """The tracks in ``resources/tracks.json``."""
    data = json.loads((resources_dir() / "tracks.json").read_text(encoding="utf-8"))
    return [Track.model_validate(item) for item in data["tracks"]]


def track_row(track: Track, now: str) -> dict[str, Any]:
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


def track_from_row(row: dict[str, Any]) -> Track:
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
    where = None if include_archived else "archived = 0"
    rows = store.db.table("tracks").rows_where(where, order_by="rowid")
    return [track_from_row(row) for row in rows]


def get_track(store: Store, track_id: str) -> Track:
    rows = list(store.db.table("tracks").rows_where("id = ?", [track_id]))
    if not rows:
        known = ", ".join(t.id for t in list_tracks(store, include_archived=True)) or "none"
        raise NotFoundError(f"no track {track_id!r}; tracks are: {known}")
    return track_from_row(rows[0])
