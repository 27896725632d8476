"""Undo: the newest analyst action not yet undone is reversed by a new, audited action."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from tracker.domain.errors import UserError
from tracker.domain.models import AuditEntry
from tracker.services.assessments import pending_tracks, refresh
from tracker.services.audit_actor import current_analyst
from tracker.services.documents import restore_document
from tracker.services.judgements import undo_judgement_action
from tracker.services.overrides import undo_override_action
from tracker.services.review import undo_review_mode
from tracker.services.teach import reextract_all, undo_rule_action
from tracker.services.track_admin import undo_track_action
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
    "excerpt.judge",
    "evidence.add",
    "review.mode",
    "lexicon.add",
    "lexicon.remove",
    "lexicon.import",
)
# Actions whose reverse changes evidence, so assessments are recomputed after it.
_CHANGES_EVIDENCE = ("document.edit", "track.add", "track.edit", "track.archive")
# Actions whose reverse queues the tracks it touches for recomputation.
_QUEUES_TRACKS = ("excerpt.judge", "evidence.add", "review.mode")
# Actions whose reverse changes the lexicon: every document is read again.
_CHANGES_LEXICON = ("lexicon.add", "lexicon.remove", "lexicon.import")

_ACTION_WORDS = {
    "ingest": "Import",
    "override.apply": "Override",
    "override.revoke": "Revoke",
    "override.ack": "Acknowledge",
    "document.edit": "Document edit",
    "track.add": "New track",
    "track.edit": "Track edit",
    "track.archive": "Archive",
    "track.default": "Default track",
    "briefing.export": "Briefing",
    "settings.set": "Preference",
    "excerpt.judge": "Judgement",
    "evidence.add": "Added evidence",
    "review.mode": "Review setting",
    "lexicon.add": "Lexicon rule",
    "lexicon.remove": "Rule removal",
    "lexicon.import": "Rule import",
    "undo": "Undo",
}


class UndoResult(BaseModel):
    """What ``undo_last`` undid."""

    undone: int
    action: str
    entity: str
    description: str


def describe_action(action: str) -> str:
    """An audit action in words (``override.apply`` -> ``Override``)."""
    return _ACTION_WORDS.get(action, action)


def last_undoable(store: Store) -> AuditEntry | None:
    """The newest analyst action not yet undone."""
    undone = {int(p["undoes"]) for p in audit.payloads(store, "undo")}
    for entry in audit.newest_first(store, UNDOABLE):
        if entry.seq not in undone:
            return entry
    return None


def undo_label(store: Store) -> str | None:
    """What Undo would undo, in words (``Override on track:x (#12)``), or ``None``."""
    entry = last_undoable(store)
    if entry is None:
        return None
    return f"{describe_action(entry.action)} on {entry.entity} (#{entry.seq})"


def _reverse(
    store: Store, entry: AuditEntry, payload: dict[str, Any], *, why: str, actor: str, at: str
) -> dict[str, Any]:
    kind, _, ident = entry.entity.partition(":")
    if entry.action.startswith("override."):
        return undo_override_action(
            store, entry.action, ident, payload, seq=entry.seq, why=why, actor=actor, at=at
        )
    if entry.action.startswith("track."):
        return undo_track_action(store, entry.action, ident, payload)
    if entry.action == "document.edit" and kind == "document":
        return {"restored": restore_document(store, int(ident), payload)}
    if entry.action in ("excerpt.judge", "evidence.add"):
        return undo_judgement_action(store, entry.action, payload, at=at)
    if entry.action == "review.mode":
        return undo_review_mode(store, ident, payload)
    if entry.action in _CHANGES_LEXICON:
        return undo_rule_action(store, entry.action, payload, at=at)
    raise UserError(f"cannot undo {entry.action}")


def undo_last(store: Store, *, analyst: str | None = None) -> UndoResult:
    """Undo the newest analyst action by recording its reverse; returns what was undone."""
    actor = current_analyst(store, analyst)
    entry = last_undoable(store)
    if entry is None:
        raise UserError("there is nothing to undo")
    payload = entry.payload_data()
    description = f"undo of #{entry.seq} ({entry.action} on {entry.entity})"
    with store.write():
        at = store.now()
        detail = _reverse(store, entry, payload, why=description, actor=actor, at=at)
        audit.append(
            store,
            actor=actor,
            action="undo",
            entity=entry.entity,
            at=at,
            payload={"undoes": entry.seq, "action": entry.action, **detail},
        )
    if entry.action in _CHANGES_EVIDENCE:
        refresh(store, actor=actor)
    elif entry.action in _QUEUES_TRACKS:
        refresh(store, actor=actor, track_ids=pending_tracks(store))
    elif entry.action in _CHANGES_LEXICON:
        reextract_all(store, actor=actor)
    return UndoResult(
        undone=entry.seq, action=entry.action, entity=entry.entity, description=description
    )
