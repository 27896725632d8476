"""The ``transitions`` table: status changes, inferred and the analyst's."""

from __future__ import annotations

import json
from typing import Any

from tracker.domain.models import Transition
from tracker.storage.db import Store, insert_row

_COLUMNS = ", ".join(Transition.model_fields)


def _from_row(row: dict[str, Any]) -> Transition:
    row["evidence_ids"] = json.loads(row["evidence_ids"] or "[]")
    row["contested"] = bool(row["contested"])
    return Transition.model_validate(row)


def insert(store: Store, transition: Transition) -> int:
    row = transition.model_dump(mode="json", exclude={"id", "superseded_at"})
    row["evidence_ids"] = json.dumps(transition.evidence_ids)
    row["contested"] = int(transition.contested)
    return insert_row(store, "transitions", row)


def supersede_inferred(store: Store, track_id: str, *, at: str) -> None:
    """Mark the track's current inferred history as replaced at ``at``."""
    store.conn.execute(
        "UPDATE transitions SET superseded_at = ? WHERE track_id = ? AND origin = 'inferred' "
        "AND superseded_at IS NULL",
        (at, track_id),
    )


def for_track(store: Store, track_id: str, *, include_superseded: bool = False) -> list[Transition]:
    """A track's transitions by event date (undated last), then record time."""
    sql = f"SELECT {_COLUMNS} FROM transitions WHERE track_id = ?"
    if not include_superseded:
        sql += " AND superseded_at IS NULL"
    sql += " ORDER BY event_date IS NULL, event_date, recorded_at, id"
    return [_from_row(row) for row in store.db.query(sql, [track_id])]


def manual_for_track(store: Store, track_id: str) -> list[Transition]:
    """A track's override and revoke transitions, by record time."""
    sql = (
        f"SELECT {_COLUMNS} FROM transitions WHERE track_id = ? AND origin != 'inferred' "
        "ORDER BY recorded_at, id"
    )
    return [_from_row(row) for row in store.db.query(sql, [track_id])]
