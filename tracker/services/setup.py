"""Creating and opening a tracker database, with the default tracks and bundled seeds."""

from __future__ import annotations

from pathlib import Path

from tracker.paths import seeds_dir
from tracker.services.audit_actor import current_analyst
from tracker.services.ingest import IngestReport, ingest_paths
from tracker.services.tracks import default_tracks, track_row
from tracker.storage import audit
from tracker.storage.db import Store, open_db


def ensure_default_tracks(store: Store) -> list[str]:
    """Create any default track the database lacks; returns the ids created."""
    created: list[str] = []
    existing = {row[0] for row in store.conn.execute("SELECT id FROM tracks")}
    missing = [t for t in default_tracks() if t.id not in existing]
    if not missing:
        return created
    actor = current_analyst(store)
    with store.write():
        for track in missing:
            store.db.table("tracks").insert(track_row(track, store.now()))
            audit.append(
                store,
                actor=actor,
                action="track.default",
                entity=f"track:{track.id}",
                payload={"title": track.title, "kind": track.kind.value, "default": True},
            )
            created.append(track.id)
    return created


def initialise(store: Store, *, with_seeds: bool = True) -> IngestReport | None:
    """Idempotent: default tracks, then (unless ``with_seeds`` is false) the bundled seeds."""
    ensure_default_tracks(store)
    if with_seeds:
        return ingest_paths(store, [seeds_dir()])
    return None


def open_or_create(path: Path, *, with_seeds: bool = True) -> Store:
    """Open ``path``; a database that did not exist is initialised first."""
    fresh = not path.exists() or path.stat().st_size == 0
    store = open_db(path)
    if fresh:
        initialise(store, with_seeds=with_seeds)
    elif _has_no_tracks(store):
        ensure_default_tracks(store)
    return store


def _has_no_tracks(store: Store) -> bool:
    return bool(store.conn.execute("SELECT count(*) FROM tracks").fetchone()[0] == 0)
