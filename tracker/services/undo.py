"""Undo: the newest analyst action not yet undone is reversed by a new, audited action."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from tracker.domain.errors import UserError
from tracker.domain.models import AuditEntry
from tracker.services.assessments import latest_assessment, pending_tracks, refresh
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

    undone: int = Field(description="seq of the audit entry undone")
    action: str = Field(description="its action, e.g. override.revoke")
    entity: str = Field(description="what it was about, e.g. track:trump-putin-summit")
    description: str = Field(description="`undo of #SEQ (ACTION on ENTITY)`")
    summary: str = Field(default="", description="what the undo did, in one sentence")


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
        undone=entry.seq,
        action=entry.action,
        entity=entry.entity,
        description=description,
        summary=_summary(store, entry, payload, detail),
    )


def _status_words(status: object) -> str:
    return str(status).replace("_", " ")


def _summary(
    store: Store, entry: AuditEntry, payload: dict[str, Any], detail: dict[str, Any]
) -> str:
    """What the undo did, as a sentence (``Undid the revoke on x (#12): …``)."""
    from tracker.services.overrides import get_override

    ident = entry.entity.partition(":")[2]
    head = f"Undid the {_UNDONE.get(entry.action, entry.action)} on {ident} (#{entry.seq})"
    if entry.action in _JUDGING_UNDONE:
        return f"{head}: {_JUDGING_UNDONE[entry.action]}."
    if entry.action == "override.apply":
        if detail.get("restored"):
            before = get_override(store, int(detail["restored"]))
            return (
                f"{head}: the earlier override ({_status_words(before.status)}) is in force again."
            )
        inferred = latest_assessment(store, ident)
        now = _status_words(inferred.status if inferred else None)
        return f"{head}: the status is {now} again, as inferred."
    if entry.action == "override.revoke":
        restored = get_override(store, int(detail["restored"]))
        return f"{head}: the override ({_status_words(restored.status)}) is in force again."
    if entry.action == "override.ack":
        return f"{head}: the note is withdrawn; the review flag is as it was before it."
    if entry.action == "document.edit":
        fields = ", ".join(detail.get("restored", [])) or "its metadata"
        return f"Undid the edit of document {ident} (#{entry.seq}): {fields} restored."
    if entry.action == "track.add":
        return f"{head}: the track is archived (its evidence is kept)."
    if entry.action == "track.archive":
        state = "archived" if detail.get("archived") else "restored to the lists"
        return f"{head}: the track is {state} again."
    return f"{head}: the track's definition is restored."


_UNDONE = {
    "override.apply": "override",
    "override.revoke": "revoke",
    "override.ack": "review note",
    "track.add": "new track",
    "track.edit": "track edit",
    "track.archive": "archive change",
    "excerpt.judge": "judgement",
    "evidence.add": "evidence added by hand",
    "review.mode": "review setting",
    "lexicon.add": "lexicon rule",
    "lexicon.remove": "removal of the lexicon rule",
    "lexicon.import": "import of lexicon rules",
}
# What undoing an analyst's judgement, review setting or lexicon change leaves.
_JUDGING_UNDONE = {
    "excerpt.judge": "the excerpt reads as it did before, and its tracks are assessed again",
    "evidence.add": "the excerpt added by hand is taken out and its track assessed again",
    "review.mode": "the track's machine readings are treated as before",
    "lexicon.add": "the rule is out of the lexicon and every document was read again",
    "lexicon.remove": "the rule is back in the lexicon and every document was read again",
    "lexicon.import": "the imported rules are out of the lexicon and every document was read again",
}
