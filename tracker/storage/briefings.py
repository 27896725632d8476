"""The ``briefings`` table: one row per briefing exported; and the queries a briefing
reads with a budget (the newest of a section, the rest counted), so the build reads what
it prints."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from tracker.domain.models import Transition
from tracker.storage.db import Store

_TRANSITION_COLUMNS = ", ".join(f"t.{name}" for name in Transition.model_fields)


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


def _transition(row: Sequence[Any]) -> Transition:
    values = dict(zip(Transition.model_fields, row, strict=True))
    values["evidence_ids"] = json.loads(values["evidence_ids"] or "[]")
    values["contested"] = bool(values["contested"])
    return Transition.model_validate(values)


# The track's current inferred transitions recorded after a cut-off about events since a
# day, less those that only re-record one already current at the cut-off (every
# recomputation rewrites the inferred history; that is not news).
_NEW_INFERRED = """
FROM transitions t
WHERE t.track_id = :track AND t.origin = 'inferred' AND t.superseded_at IS NULL
  AND t.recorded_at > :after
  AND (:since IS NULL OR (t.event_date IS NOT NULL AND t.event_date >= :since))
  AND NOT EXISTS (
    SELECT 1 FROM transitions k
    WHERE k.track_id = t.track_id AND k.origin = 'inferred'
      AND k.recorded_at <= :after AND (k.superseded_at IS NULL OR k.superseded_at > :after)
      AND k.status = t.status AND k.from_status IS t.from_status
      AND k.event_date IS t.event_date)"""


def _window_params(track_id: str, after: str, events_since: date | None) -> dict[str, Any]:
    return {
        "track": track_id,
        "after": after,
        "since": events_since.isoformat() if events_since else None,
    }


def new_inferred_transitions(
    store: Store, track_id: str, *, after: str, events_since: date | None, newest: int
) -> list[Transition]:
    """The ``newest`` of the track's new inferred transitions (by event date, undated as
    newest, then record time), oldest first."""
    sql = (
        f"SELECT {_TRANSITION_COLUMNS} {_NEW_INFERRED} "
        "ORDER BY t.event_date IS NULL DESC, t.event_date DESC, t.recorded_at DESC, t.id DESC "
        "LIMIT :newest"
    )
    params = _window_params(track_id, after, events_since) | {"newest": newest}
    return [_transition(r) for r in store.conn.execute(sql, params)][::-1]


def new_inferred_summary(
    store: Store, track_id: str, *, after: str, events_since: date | None, exclude: Sequence[int]
) -> tuple[int, date | None, str | None]:
    """Of the same transitions less ``exclude`` (ids): how many, the first event date, the
    newest record time."""
    params = _window_params(track_id, after, events_since)
    params["exclude"] = json.dumps([int(i) for i in exclude])
    count, first, last = store.conn.execute(
        f"SELECT count(*), min(t.event_date), max(t.recorded_at) {_NEW_INFERRED} "
        "AND t.id NOT IN (SELECT value FROM json_each(:exclude))",
        params,
    ).fetchone()
    return int(count), date.fromisoformat(first) if first else None, last


def manual_transitions_after(store: Store, track_id: str, after: str) -> list[Transition]:
    """The track's override and revoke transitions recorded after ``after``, by record
    time (what the analyst actions' sentences read; the inferred history is not read)."""
    sql = (
        f"SELECT {_TRANSITION_COLUMNS} FROM transitions t WHERE t.track_id = ? "
        "AND t.origin != 'inferred' AND t.recorded_at > ? ORDER BY t.recorded_at, t.id"
    )
    return [_transition(r) for r in store.conn.execute(sql, [track_id, after])]


def document_copy_links(store: Store) -> dict[int, int]:
    """``{document: the document it copies}`` for every document marked as a copy: bare
    ids, what a briefing's sources list folds copies in with."""
    sql = "SELECT id, duplicate_of FROM documents WHERE duplicate_of IS NOT NULL"
    return {int(a): int(b) for a, b in store.conn.execute(sql)}
