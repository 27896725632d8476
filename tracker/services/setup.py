"""Opening a tracker database, creating it with the default tracks and bundled seeds.

The CLI and the window open databases only through here (neither imports storage).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel

from tracker.paths import seeds_dir
from tracker.services.audit_actor import current_analyst
from tracker.services.database import Store, backup, is_new, open_database
from tracker.services.evidence import forget_full_reading
from tracker.services.ingest import IngestReport, ProgressFn, ingest_paths
from tracker.services.tracks import default_tracks
from tracker.storage import audit
from tracker.storage import tracks as track_rows

__all__ = [
    "OpenReport",
    "Store",
    "backup",
    "ensure_default_tracks",
    "initialise",
    "is_new",
    "open_database",
    "open_or_create",
    "open_reporting",
    "prepare",
]


class OpenReport(BaseModel):
    """What opening a database did besides opening it: creating or migrating it."""

    path: str
    created: bool = False
    seeds: IngestReport | None = None  # the seed import of a database just created
    migrated_from: int | None = None  # the schema version before a migration
    migration_backup: str | None = None  # the copy kept before migrating

    def notice(self) -> str | None:
        """One line telling the user what happened, or ``None`` when nothing did."""
        if self.created:
            seeds = self.seeds.count("new") if self.seeds is not None else 0
            what = f" with the default tracks and {seeds} seed articles" if seeds else ""
            return f"created a new database at {self.path}{what}"
        if self.migrated_from is not None:
            kept = (
                f" (a copy of the old file: {self.migration_backup})"
                if self.migration_backup
                else ""
            )
            return f"upgraded {self.path} from schema {self.migrated_from}{kept}"
        return None


def ensure_default_tracks(store: Store) -> list[str]:
    """Create any default track the database lacks; returns the ids created."""
    if not [t for t in default_tracks() if t.id not in track_rows.ids(store)]:
        return []
    actor = current_analyst(store)
    with store.write():
        # Checked again under the write lock: two processes creating one database at once
        # create the default tracks once.
        existing = track_rows.ids(store)
        missing = [t for t in default_tracks() if t.id not in existing]
        if missing:
            forget_full_reading(store)  # the documents held are not read for them here
        for track in missing:
            track_rows.save(store, track)
            audit.append(
                store,
                actor=actor,
                action="track.default",
                entity=f"track:{track.id}",
                payload={"title": track.title, "kind": track.kind.value, "default": True},
            )
    return [t.id for t in missing]


def initialise(
    store: Store, *, with_seeds: bool = True, progress: ProgressFn | None = None
) -> IngestReport | None:
    """Idempotent: default tracks, then (unless ``with_seeds`` is false) the bundled seeds."""
    ensure_default_tracks(store)
    if with_seeds:
        return ingest_paths(store, [seeds_dir()], progress=progress)
    return None


def prepare(
    store: Store, *, fresh: bool, with_seeds: bool = True, progress: ProgressFn | None = None
) -> IngestReport | None:
    """What opening does after the file is open: a new database is initialised; an
    existing one without any track gets the default tracks."""
    if fresh:
        return initialise(store, with_seeds=with_seeds, progress=progress)
    if not track_rows.ids(store):
        ensure_default_tracks(store)
    return None


def open_or_create(path: Path, *, with_seeds: bool = True, adopt: bool = False) -> Store:
    """Open ``path``; a database that did not exist is initialised first. A database that
    does not verify is opened flagged and read-only, and nothing is added to it."""
    return open_reporting(path, with_seeds=with_seeds, adopt=adopt)[0]


def open_reporting(
    path: Path, *, with_seeds: bool = True, adopt: bool = False
) -> tuple[Store, OpenReport]:
    """``open_or_create``, telling also whether the file was created or migrated."""
    fresh = is_new(path)
    store = open_database(path, adopt=adopt)
    seeds = None
    if not store.flagged:
        try:
            seeds = prepare(store, fresh=fresh, with_seeds=with_seeds)
        except BaseException:
            store.close()
            raise
    backup_path = store.migration_backup
    return store, OpenReport(
        path=str(store.path or path),
        created=fresh,
        seeds=seeds,
        migrated_from=store.migrated_from,
        migration_backup=str(backup_path) if backup_path else None,
    )
