"""The ``overrides`` table: the analyst's judgements, never deleted, ended instead."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from tracker.domain.models import Override
from tracker.storage.db import Store

_SELECT = f"SELECT {', '.join(Override.model_fields)} FROM overrides WHERE "


def _from_row(row: dict[str, Any]) -> Override:
    row["evidence_ids"] = json.loads(row["evidence_ids"] or "[]")
    return Override.model_validate(row)


def _one(store: Store, where: str, params: list[Any]) -> Override | None:
    for row in store.db.query(_SELECT + where, params):
        return _from_row(row)
    return None


def active(store: Store, track_id: str, *, known_at: str | None = None) -> Override | None:
    """The override in force now, or at record time ``known_at``."""
    if known_at is None:
        return _one(store, "track_id = ? AND ended_at IS NULL", [track_id])
    return _one(
        store,
        "track_id = ? AND created_at <= ? AND (ended_at IS NULL OR ended_at > ?) "
        "ORDER BY created_at DESC LIMIT 1",
        [track_id, known_at, known_at],
    )


def get(store: Store, override_id: int) -> Override | None:
    return _one(store, "id = ?", [override_id])


def for_track(store: Store, track_id: str) -> list[Override]:
    """Every override of a track, oldest first."""
    return [
        _from_row(r)
        for r in store.db.query(_SELECT + "track_id = ? ORDER BY created_at", [track_id])
    ]


def insert(store: Store, override: Override) -> int:
    row = override.model_dump(mode="json", exclude={"id"})
    row["evidence_ids"] = json.dumps(override.evidence_ids)
    return int(store.db.table("overrides").insert(row).last_pk or 0)


def end(store: Store, override_id: int, *, action: str, reason: str | None, at: str) -> None:
    """End an override still in force (revoked, superseded or undone)."""
    store.conn.execute(
        "UPDATE overrides SET ended_at = ?, ended_action = ?, ended_reason = ? "
        "WHERE id = ? AND ended_at IS NULL",
        (at, action, reason, override_id),
    )


def set_acknowledgement(
    store: Store, override_id: int, *, at: str | None, note: str | None, in_view_of: date | None
) -> None:
    """Record (or, for an undo, restore) an override's acknowledgement."""
    store.db.table("overrides").update(
        override_id,
        {
            "acknowledged_at": at,
            "ack_note": note,
            "in_view_of": in_view_of.isoformat() if in_view_of else None,
        },
    )
