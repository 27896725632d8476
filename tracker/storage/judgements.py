"""The ``judgements`` table: the analyst's acts on excerpts, anchored by quote.

Rows are never deleted: undo ends a row (``ended_at``, ``ended_action = 'undone'``). The
``excerpt_id`` column is the only derived one: the excerpt the judgement applies to now,
found again after every re-extraction (``tracker.services.readings.relink``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from tracker.domain.readings import Judgement
from tracker.storage.db import Store

_COLUMNS = (
    'id, kind, document_id, track_id, start, "end", exact, prefix, suffix, excerpt_id, '
    "verdict, reason, signal, modality, event_date, date_precision, tracks, note, analyst, "
    "created_at, ended_at, ended_action"
)


def _row(judgement: Judgement) -> dict[str, Any]:
    row = judgement.model_dump(mode="json", exclude={"id"})
    row["tracks"] = None if judgement.tracks is None else json.dumps(judgement.tracks)
    return row


def _model(row: dict[str, Any]) -> Judgement:
    row["tracks"] = None if row["tracks"] is None else json.loads(row["tracks"])
    return Judgement.model_validate(row)


def insert(store: Store, judgement: Judgement) -> int:
    """Store a judgement (inside ``store.write()``); returns its id."""
    return int(store.db.table("judgements").insert(_row(judgement)).last_pk or 0)


def get(store: Store, judgement_id: int) -> Judgement | None:
    sql = f"SELECT {_COLUMNS} FROM judgements WHERE id = ?"
    for row in store.db.query(sql, [judgement_id]):
        return _model(row)
    return None


def end(store: Store, judgement_id: int, *, at: str, action: str = "undone") -> None:
    store.db.table("judgements").update(judgement_id, {"ended_at": at, "ended_action": action})


def set_link(store: Store, judgement_id: int, excerpt_id: int | None) -> None:
    store.db.table("judgements").update(judgement_id, {"excerpt_id": excerpt_id})


def active(store: Store, *, at: str | None = None) -> list[Judgement]:
    """The judgements in force (or in force at record time ``at``), oldest first."""
    if at is None:
        sql = f"SELECT {_COLUMNS} FROM judgements WHERE ended_at IS NULL ORDER BY id"
        return [_model(r) for r in store.db.query(sql)]
    sql = (
        f"SELECT {_COLUMNS} FROM judgements WHERE created_at <= ? "
        "AND (ended_at IS NULL OR ended_at > ?) ORDER BY id"
    )
    return [_model(r) for r in store.db.query(sql, [at, at])]


def any_active(store: Store) -> bool:
    sql = "SELECT 1 AS one FROM judgements WHERE ended_at IS NULL LIMIT 1"
    return any(True for _ in store.db.query(sql))


def for_document(store: Store, document_id: int, track_ids: Sequence[str]) -> list[Judgement]:
    """The judgements in force on one document's excerpts of ``track_ids``."""
    marks = ",".join("?" * len(track_ids))
    sql = (
        f"SELECT {_COLUMNS} FROM judgements WHERE document_id = ? AND track_id IN ({marks}) "
        "AND ended_at IS NULL ORDER BY id"
    )
    # A plain cursor: every stored document asks, and almost every answer is none.
    cursor = store.conn.execute(sql, [document_id, *track_ids])
    names = [d[0] for d in cursor.description]
    return [_model(dict(zip(names, r, strict=True))) for r in cursor]


def for_excerpts(store: Store, excerpt_ids: Sequence[int]) -> list[Judgement]:
    """Every judgement (ended ones too) ever linked to one of ``excerpt_ids``, oldest first."""
    if not excerpt_ids:
        return []
    marks = ",".join("?" * len(excerpt_ids))
    sql = f"SELECT {_COLUMNS} FROM judgements WHERE excerpt_id IN ({marks}) ORDER BY id"
    return [_model(r) for r in store.db.query(sql, list(excerpt_ids))]


def all_rows(store: Store) -> list[Judgement]:
    """Every judgement, ended ones too, oldest first."""
    return [_model(r) for r in store.db.query(f"SELECT {_COLUMNS} FROM judgements ORDER BY id")]
