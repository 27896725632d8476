"""The analyst's overrides: apply, revoke, acknowledge, undo — each audited, none deleted.

An override replaces the inferred status of its track until it is revoked, superseded by a
newer override or undone. Every action appends an audit row in the same transaction, and
manual transitions (``override``/``revoke``) are written beside the inferred ones.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from tracker.domain.errors import NotFoundError, UserError
from tracker.domain.models import Override
from tracker.domain.vocabulary import check_confidence, check_likelihood, check_status
from tracker.services.audit_actor import current_analyst
from tracker.services.tracks import get_track
from tracker.storage import audit
from tracker.storage.db import Store

UNDOABLE = (
    "override.apply",
    "override.revoke",
    "override.ack",
    "document.edit",
    "track.add",
    "track.edit",
    "track.archive",
)
_OVERRIDE_KEYS = (
    "id",
    "track_id",
    "status",
    "reason",
    "analyst",
    "likelihood",
    "confidence",
    "review_by",
    "evidence_ids",
    "created_at",
    "in_view_of",
    "ended_at",
    "ended_action",
    "ended_reason",
    "acknowledged_at",
    "ack_note",
)


def today() -> date:
    return datetime.now(UTC).date()


def _row_to_override(row: tuple[Any, ...]) -> Override:
    data = dict(zip(_OVERRIDE_KEYS, row, strict=True))
    data["evidence_ids"] = json.loads(data["evidence_ids"] or "[]")
    return Override.model_validate(data)


def _select(where: str) -> str:
    return f"SELECT {', '.join(_OVERRIDE_KEYS)} FROM overrides WHERE {where}"


def active_override(store: Store, track_id: str, *, known_at: str | None = None) -> Override | None:
    """The override in force now, or at record time ``known_at``."""
    if known_at is None:
        row = store.conn.execute(
            _select("track_id = ? AND ended_at IS NULL"), (track_id,)
        ).fetchone()
    else:
        row = store.conn.execute(
            _select("track_id = ? AND created_at <= ? AND (ended_at IS NULL OR ended_at > ?)")
            + " ORDER BY created_at DESC LIMIT 1",
            (track_id, known_at, known_at),
        ).fetchone()
    return None if row is None else _row_to_override(row)


def get_override(store: Store, override_id: int) -> Override:
    row = store.conn.execute(_select("id = ?"), (override_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no override {override_id}")
    return _row_to_override(row)


def overrides_for(store: Store, track_id: str) -> list[Override]:
    rows = store.conn.execute(_select("track_id = ?") + " ORDER BY created_at", (track_id,))
    return [_row_to_override(r) for r in rows]


def _latest_event_date(store: Store, track_id: str) -> str | None:
    row = store.conn.execute(
        "SELECT max(event_date) FROM excerpts WHERE track_id = ?", (track_id,)
    ).fetchone()
    return None if row is None else row[0]


def _inferred_status(store: Store, track_id: str) -> str | None:
    row = store.conn.execute(
        "SELECT status FROM assessments WHERE track_id = ? ORDER BY recorded_at DESC, id DESC LIMIT 1",
        (track_id,),
    ).fetchone()
    return None if row is None else row[0]


def _require_reason(reason: str | None, what: str) -> str:
    text = (reason or "").strip()
    if not text:
        raise UserError(f"{what} needs a reason: say why (--reason TEXT)")
    if len(text) > 10_000:
        raise UserError(f"the reason is too long ({len(text)} characters; at most 10000)")
    return text


def _parse_review_by(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    from tracker.ingest.pipeline import parse_user_date

    try:
        return parse_user_date(value)
    except ValueError as exc:
        raise UserError(f"review-by: {exc}") from None


def _check_evidence(store: Store, track_id: str, evidence_ids: list[int]) -> list[int]:
    ids = sorted(set(evidence_ids))
    for excerpt_id in ids:
        row = store.conn.execute(
            "SELECT track_id FROM excerpts WHERE id = ?", (excerpt_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no excerpt {excerpt_id}")
        if row[0] != track_id:
            raise UserError(f"excerpt {excerpt_id} is evidence for {row[0]}, not {track_id}")
    return ids


def _transition(
    store: Store,
    *,
    track_id: str,
    status: str,
    from_status: str | None,
    origin: str,
    rationale: str,
    analyst: str,
    at: str,
    override_id: int | None,
    evidence_ids: list[int] | None = None,
) -> None:
    store.db.table("transitions").insert(
        {
            "track_id": track_id,
            "status": status,
            "from_status": from_status,
            "event_date": at[:10],
            "origin": origin,
            "evidence_ids": json.dumps(evidence_ids or []),
            "rationale": rationale,
            "analyst": analyst,
            "recorded_at": at,
            "contested": 0,
            "override_id": override_id,
        }
    )


def _insert_override(store: Store, override: Override) -> int:
    row = override.model_dump(exclude={"id"})
    row["evidence_ids"] = json.dumps(override.evidence_ids)
    for key in ("review_by", "in_view_of"):
        row[key] = row[key].isoformat() if row[key] else None
    return int(store.db.table("overrides").insert(row).last_pk or 0)


def _end(store: Store, override_id: int, action: str, reason: str | None, at: str) -> None:
    store.conn.execute(
        "UPDATE overrides SET ended_at = ?, ended_action = ?, ended_reason = ? WHERE id = ? AND ended_at IS NULL",
        (at, action, reason, override_id),
    )


def apply_override(
    store: Store,
    track_id: str,
    status: str,
    *,
    reason: str,
    analyst: str | None = None,
    likelihood: str | None = None,
    confidence: str | None = None,
    review_by: date | str | None = None,
    evidence_ids: list[int] | None = None,
) -> Override:
    """Set a track's status by the analyst's judgement; supersedes an active override."""
    track = get_track(store, track_id)
    check_status(track.kind, status)
    why = _require_reason(reason, "an override")
    likelihood = check_likelihood(likelihood)
    level = check_confidence(confidence)
    review = _parse_review_by(review_by)
    actor = current_analyst(store, analyst)
    with store.write():
        ids = _check_evidence(store, track.id, evidence_ids or [])
        at = store.now()
        previous = active_override(store, track.id)
        effective_before = previous.status if previous else _inferred_status(store, track.id)
        if previous is not None:
            _end(store, previous.id or 0, "superseded", f"superseded by a new override: {why}", at)
        seen = _latest_event_date(store, track.id)
        override = Override(
            track_id=track.id,
            status=status,
            reason=why,
            analyst=actor,
            likelihood=likelihood,
            confidence=level,
            review_by=review,
            evidence_ids=ids,
            created_at=at,
            in_view_of=date.fromisoformat(seen) if seen else None,
        )
        new_id = _insert_override(store, override)
        _transition(
            store,
            track_id=track.id,
            status=status,
            from_status=effective_before,
            origin="override",
            rationale=why,
            analyst=actor,
            at=at,
            override_id=new_id,
            evidence_ids=ids,
        )
        audit.append(
            store,
            actor=actor,
            action="override.apply",
            entity=f"track:{track.id}",
            at=at,
            payload={
                "override": new_id,
                "status": status,
                "reason": why,
                "likelihood": likelihood,
                "confidence": level,
                "review_by": review.isoformat() if review else None,
                "evidence": ids,
                "superseded": previous.id if previous else None,
            },
        )
    return get_override(store, new_id)


def _back_to_inferred(
    store: Store, ended: Override, *, why: str, actor: str, at: str
) -> str | None:
    """Record the move from an ended override back to the inferred status; returns it."""
    inferred = _inferred_status(store, ended.track_id)
    _transition(
        store,
        track_id=ended.track_id,
        status=inferred or ended.status,
        from_status=ended.status,
        origin="revoke",
        rationale=why,
        analyst=actor,
        at=at,
        override_id=ended.id,
    )
    return inferred


def _require_active(store: Store, track_id: str, verb: str) -> Override:
    current = active_override(store, track_id)
    if current is None:
        raise UserError(f"{track_id} has no active override to {verb}")
    return current


def revoke_override(
    store: Store, track_id: str, *, reason: str, analyst: str | None = None
) -> Override:
    """End the active override; the track goes back to its inferred status."""
    track = get_track(store, track_id)
    why = _require_reason(reason, "a revoke")
    actor = current_analyst(store, analyst)
    with store.write():
        current = _require_active(store, track.id, "revoke")
        at = store.now()
        _end(store, current.id or 0, "revoked", why, at)
        inferred = _back_to_inferred(store, current, why=why, actor=actor, at=at)
        audit.append(
            store,
            actor=actor,
            action="override.revoke",
            entity=f"track:{track.id}",
            at=at,
            payload={"override": current.id, "reason": why, "back_to": inferred},
        )
    return get_override(store, current.id or 0)


def acknowledge(store: Store, track_id: str, *, note: str, analyst: str | None = None) -> Override:
    """Keep the active override in view of newer evidence, with a note; clears the flag."""
    track = get_track(store, track_id)
    text = _require_reason(note, "an acknowledgement")
    actor = current_analyst(store, analyst)
    with store.write():
        current = _require_active(store, track.id, "acknowledge")
        at = store.now()
        seen = _latest_event_date(store, track.id)
        store.conn.execute(
            "UPDATE overrides SET acknowledged_at = ?, ack_note = ?, in_view_of = ? WHERE id = ?",
            (at, text, seen, current.id),
        )
        audit.append(
            store,
            actor=actor,
            action="override.ack",
            entity=f"track:{track.id}",
            at=at,
            payload={
                "override": current.id,
                "note": text,
                "before": {
                    "acknowledged_at": current.acknowledged_at,
                    "ack_note": current.ack_note,
                    "in_view_of": current.in_view_of.isoformat() if current.in_view_of else None,
                },
            },
        )
    return get_override(store, current.id or 0)


def _restore_copy(store: Store, source: Override, *, at: str, actor: str, why: str) -> int:
    """Bring an ended override back as a new active row (rows are never reopened)."""
    copy = source.model_copy(
        update={
            "id": None,
            "created_at": at,
            "ended_at": None,
            "ended_action": None,
            "ended_reason": None,
        }
    )
    new_id = _insert_override(store, copy)
    _transition(
        store,
        track_id=source.track_id,
        status=source.status,
        from_status=None,
        origin="override",
        rationale=why,
        analyst=actor,
        at=at,
        override_id=new_id,
        evidence_ids=source.evidence_ids,
    )
    return new_id


def last_undoable(store: Store) -> tuple[int, str, str, dict[str, Any]] | None:
    """The newest analyst action not yet undone: ``(seq, action, entity, payload)``."""
    undone = {
        int(json.loads(p)["undoes"])
        for (p,) in store.conn.execute("SELECT payload FROM audit_log WHERE action = 'undo'")
    }
    marks = ",".join("?" * len(UNDOABLE))
    for seq, action, entity, payload in store.conn.execute(
        f"SELECT seq, action, entity, payload FROM audit_log WHERE action IN ({marks}) ORDER BY seq DESC",
        UNDOABLE,
    ):
        if seq not in undone:
            return int(seq), str(action), str(entity), json.loads(payload)
    return None


def undo_last(store: Store, *, analyst: str | None = None) -> dict[str, Any]:
    """Undo the newest analyst action by recording its reverse; returns what was undone."""
    actor = current_analyst(store, analyst)
    target = last_undoable(store)
    if target is None:
        raise UserError("there is nothing to undo")
    seq, action, entity, payload = target
    description = f"undo of #{seq} ({action} on {entity})"
    with store.write():
        at = store.now()
        track_id = entity.split(":", 1)[1]
        if action == "override.apply":
            made = get_override(store, int(payload["override"]))
            # The override in force may be a copy restored by an earlier undo: end that one.
            current = active_override(store, track_id)
            if current is not None:
                _end(store, current.id or 0, "undone", description, at)
            restored = None
            if payload.get("superseded"):
                previous = get_override(store, int(payload["superseded"]))
                restored = _restore_copy(store, previous, at=at, actor=actor, why=description)
            else:
                _back_to_inferred(store, made, why=description, actor=actor, at=at)
            detail: dict[str, Any] = {"ended": made.id, "restored": restored}
        elif action == "override.revoke":
            revoked = get_override(store, int(payload["override"]))
            if active_override(store, track_id) is not None:
                raise UserError(f"{track_id} has a newer override; revoke it before undoing #{seq}")
            detail = {
                "restored": _restore_copy(store, revoked, at=at, actor=actor, why=description)
            }
        elif action == "override.ack":
            before = payload["before"]
            store.conn.execute(
                "UPDATE overrides SET acknowledged_at = ?, ack_note = ?, in_view_of = ? WHERE id = ?",
                (
                    before["acknowledged_at"],
                    before["ack_note"],
                    before["in_view_of"],
                    payload["override"],
                ),
            )
            detail = {"override": payload["override"]}
        else:
            from tracker.services.track_admin import undo_track_or_document

            detail = undo_track_or_document(store, action, entity, payload)
        audit.append(
            store,
            actor=actor,
            action="undo",
            entity=entity,
            at=at,
            payload={"undoes": seq, "action": action, **detail},
        )
    if action in ("document.edit", "track.add", "track.edit", "track.archive"):
        from tracker.services.analysis import refresh

        refresh(store, actor=actor)
    return {"undone": seq, "action": action, "entity": entity, "description": description}
