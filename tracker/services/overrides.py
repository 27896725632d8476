"""The analyst's overrides: apply, revoke, acknowledge, undo — each audited, none deleted.

An override replaces the inferred status of its track until it is revoked, superseded by a
newer override or undone. Every action appends an audit row in the same transaction, and
manual transitions (``override``/``revoke``) are written beside the inferred ones.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from tracker.domain.errors import NotFoundError, UsageError, UserError
from tracker.domain.models import Override, Transition
from tracker.domain.times import day_of, parse_user_date
from tracker.domain.vocabulary import check_confidence, check_likelihood, check_status
from tracker.services.audit_actor import current_analyst
from tracker.services.readings import judged_excerpt
from tracker.services.tracks import get_track
from tracker.storage import assessments, audit, excerpts, transitions
from tracker.storage import overrides as override_rows
from tracker.storage.db import Store


def today() -> date:
    return datetime.now(UTC).date()


def active_override(store: Store, track_id: str, *, known_at: str | None = None) -> Override | None:
    """The override in force now, or at record time ``known_at``."""
    return override_rows.active(store, track_id, known_at=known_at)


def get_override(store: Store, override_id: int) -> Override:
    found = override_rows.get(store, override_id)
    if found is None:
        raise NotFoundError(f"no override {override_id}")
    return found


def overrides_for(store: Store, track_id: str) -> list[Override]:
    """Every override of a track, oldest first."""
    return override_rows.for_track(store, track_id)


def _require_reason(reason: str | None, what: str) -> str:
    text = (reason or "").strip()
    if not text:
        raise UsageError(f"{what} needs a reason: say why (--reason TEXT)")
    if len(text) > 10_000:
        raise UsageError(f"the reason is too long ({len(text)} characters; at most 10000)")
    return text


def _parse_review_by(value: date | str | None) -> date | None:
    """The review-by date: a date, or text (``2026-01-15``, ``+2w``, ``in 30 days``); a
    day already past is refused, since the override would be flagged at once."""
    if value is None:
        return None
    if isinstance(value, date):
        when = value
    else:
        try:
            when = parse_user_date(value, today())
        except ValueError as exc:
            raise UsageError(f"review-by: {exc}") from None
    if when < today():
        raise UsageError(
            f"review-by {when.isoformat()} is already past (today is {today().isoformat()}); "
            "give a later date, e.g. +2w"
        )
    return when


def _check_evidence(store: Store, track_id: str, evidence_ids: list[int]) -> list[int]:
    ids = sorted(set(evidence_ids))
    for excerpt_id in ids:
        judged = judged_excerpt(store, excerpt_id)
        if judged is None:
            raise NotFoundError(f"no excerpt {excerpt_id}")
        tracks = judged.judged_tracks or [judged.track_id]
        if track_id not in tracks:
            raise UserError(
                f"excerpt {excerpt_id} is evidence for {', '.join(tracks)}, not {track_id}"
            )
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
    """A manual transition (``override`` or ``revoke``), dated the day it was made."""
    transitions.insert(
        store,
        Transition.model_validate(
            {
                "track_id": track_id,
                "status": status,
                "from_status": from_status,
                "event_date": day_of(at),
                "origin": origin,
                "evidence_ids": evidence_ids or [],
                "rationale": rationale,
                "analyst": analyst,
                "recorded_at": at,
                "override_id": override_id,
            }
        ),
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
        effective_before = (
            previous.status if previous else assessments.latest_status(store, track.id)
        )
        if previous is not None:
            override_rows.end(
                store,
                previous.id or 0,
                action="superseded",
                reason=f"superseded by a new override: {why}",
                at=at,
            )
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
            in_view_of=excerpts.latest_event_date(store, track.id),
        )
        new_id = override_rows.insert(store, override)
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
    inferred = assessments.latest_status(store, ended.track_id)
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
        override_rows.end(store, current.id or 0, action="revoked", reason=why, at=at)
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
        override_rows.set_acknowledgement(
            store,
            current.id or 0,
            at=at,
            note=text,
            in_view_of=excerpts.latest_event_date(store, track.id),
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
    new_id = override_rows.insert(store, copy)
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


def undo_override_action(
    store: Store,
    action: str,
    track_id: str,
    payload: dict[str, Any],
    *,
    seq: int,
    why: str,
    actor: str,
    at: str,
) -> dict[str, Any]:
    """The reverse of an override action (inside the undo's transaction)."""
    if action == "override.apply":
        made = get_override(store, int(payload["override"]))
        # The override in force may be a copy restored by an earlier undo: end that one.
        current = active_override(store, track_id)
        if current is not None:
            override_rows.end(store, current.id or 0, action="undone", reason=why, at=at)
        restored = None
        if payload.get("superseded"):
            previous = get_override(store, int(payload["superseded"]))
            restored = _restore_copy(store, previous, at=at, actor=actor, why=why)
        else:
            _back_to_inferred(store, made, why=why, actor=actor, at=at)
        return {"ended": made.id, "restored": restored}
    if action == "override.revoke":
        revoked = get_override(store, int(payload["override"]))
        if active_override(store, track_id) is not None:
            raise UserError(f"{track_id} has a newer override; revoke it before undoing #{seq}")
        return {"restored": _restore_copy(store, revoked, at=at, actor=actor, why=why)}
    if action == "override.ack":
        before = payload["before"]
        seen = before["in_view_of"]
        override_rows.set_acknowledgement(
            store,
            int(payload["override"]),
            at=before["acknowledged_at"],
            note=before["ack_note"],
            in_view_of=date.fromisoformat(seen) if seen else None,
        )
        return {"override": payload["override"]}
    raise UserError(f"cannot undo {action}")


def redo_override_action(
    store: Store,
    action: str,
    track_id: str,
    payload: dict[str, Any],
    *,
    why: str,
    actor: str,
    at: str,
) -> dict[str, Any]:
    """Make an undone override action hold again (inside the redo's transaction): the
    override comes back as a new row, a revoke ends it again, an acknowledgement is set
    again."""
    if action == "override.apply":
        made = get_override(store, int(payload["override"]))
        current = active_override(store, track_id)
        if current is not None:
            override_rows.end(store, current.id or 0, action="superseded", reason=why, at=at)
        return {"restored": _restore_copy(store, made, at=at, actor=actor, why=why)}
    if action == "override.revoke":
        current = _require_active(store, track_id, "revoke")
        override_rows.end(store, current.id or 0, action="revoked", reason=why, at=at)
        _back_to_inferred(store, current, why=why, actor=actor, at=at)
        return {"revoked": current.id}
    if action == "override.ack":
        override_rows.set_acknowledgement(
            store,
            int(payload["override"]),
            at=at,
            note=str(payload.get("note") or ""),
            in_view_of=excerpts.latest_event_date(store, track_id),
        )
        return {"override": payload["override"]}
    raise UserError(f"cannot redo {action}")
