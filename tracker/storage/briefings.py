"""The ``briefings`` table: one row per briefing exported."""

from __future__ import annotations

import json
from collections.abc import Sequence

from tracker.storage.db import Store


def insert(
    store: Store,
    *,
    at: str,
    fmt: str,
    path: str,
    tracks: Sequence[str],
    since: str | None,
    head_hash: str,
    events_since: str | None = None,
) -> int:
    row = {
        "created_at": at,
        "format": fmt,
        "path": path,
        "tracks": json.dumps(list(tracks)),
        "since": since,
        "events_since": events_since,
        "head_hash": head_hash,
    }
    return int(store.db.table("briefings").insert(row).last_pk or 0)


def last_created_at(store: Store) -> str | None:
    """When the last briefing was exported (its record time), or ``None``."""
    sql = "SELECT created_at FROM briefings ORDER BY created_at DESC, id DESC LIMIT 1"
    for row in store.db.query(sql):
        return str(row["created_at"])
    return None


def head_hashes(store: Store) -> list[tuple[int, str]]:
    """``(id, head_hash)`` of every recorded briefing, oldest first."""
    sql = "SELECT id, head_hash FROM briefings WHERE head_hash IS NOT NULL ORDER BY id"
    return [(int(r[0]), str(r[1])) for r in store.conn.execute(sql)]
