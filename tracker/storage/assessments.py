"""The ``assessments`` table: one row per recomputation that changed a track's verdict."""

from __future__ import annotations

from typing import Any

from tracker.domain.models import Assessment
from tracker.storage.db import Store, insert_row

_NEWEST = " ORDER BY recorded_at DESC, id DESC LIMIT 1"


def latest(store: Store, track_id: str, *, known_at: str | None = None) -> Assessment | None:
    """The track's current assessment, or the one current at record time ``known_at``."""
    sql = "SELECT payload FROM assessments WHERE track_id = ?"
    params: list[Any] = [track_id]
    if known_at is not None:
        sql += " AND recorded_at <= ?"
        params.append(known_at)
    for row in store.db.query(sql + _NEWEST, params):
        return Assessment.model_validate_json(row["payload"])
    return None


def latest_status(store: Store, track_id: str) -> str | None:
    """The status of the track's current assessment."""
    for row in store.db.query(
        "SELECT status FROM assessments WHERE track_id = ?" + _NEWEST, [track_id]
    ):
        return None if row["status"] is None else str(row["status"])
    return None


def insert(store: Store, assessment: Assessment, *, at: str) -> None:
    insert_row(
        store,
        "assessments",
        {
            "track_id": assessment.track_id,
            "recorded_at": at,
            "status": assessment.status,
            "as_of": assessment.as_of.isoformat() if assessment.as_of else None,
            "confidence": assessment.confidence,
            "contested": int(assessment.contested),
            "payload": assessment.model_dump_json(),
        },
    )
