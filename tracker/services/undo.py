"""Undo and redo: the newest analyst action in force is reversed by a new, audited
``undo`` row; the newest undo not followed by a new action is made good again by a
``redo`` row. Nothing is deleted.

The audit log is read as two stacks: actions in force (an undo takes its action off,
a redo puts it back) and undos that can be redone (a new action empties it).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, Field

from tracker.domain.errors import UserError
from tracker.domain.models import AuditEntry
from tracker.domain.summary import status_words
from tracker.services.assessments import latest_assessment, pending_tracks, refresh
from tracker.services.audit_actor import current_analyst
from tracker.services.documents import reapply_document, restore_document
from tracker.services.judgements import redo_judgement_action, undo_judgement_action
from tracker.services.overrides import redo_override_action, undo_override_action
from tracker.services.review import redo_review_mode, undo_review_mode
from tracker.services.teach import redo_rule_action, reextract_all, undo_rule_action
from tracker.services.track_admin import redo_track_action, undo_track_action
from tracker.storage import audit
from tracker.storage import documents as document_rows
from tracker.storage import tracks as track_rows
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
    "redo": "Redo",
}


class UndoResult(BaseModel):
    """What ``undo_last`` undid (or ``redo_last`` redid)."""

    undone: int = Field(description="seq of the audit entry undone")
    action: str = Field(description="its action, e.g. override.revoke")
    entity: str = Field(description="what it was about, e.g. track:trump-putin-summit")
    description: str = Field(
        description="`undo of #SEQ (ACTION on ENTITY)` (`redo of …` for a redo)"
    )
    summary: str = Field(default="", description="what the undo did, in one sentence")
    label: str = Field(
        default="",
        description="the action in plain words, e.g. override to Postponed on Trump–Putin summit",
    )


def describe_action(action: str) -> str:
    """An audit action in words (``override.apply`` -> ``Override``)."""
    return _ACTION_WORDS.get(action, action)


def _stacks(store: Store) -> tuple[list[AuditEntry], list[tuple[AuditEntry, AuditEntry]]]:
    """The actions in force (oldest first) and the redoable ``(undo, action)`` pairs (the
    next to redo last)."""
    rows = sorted(audit.newest_first(store, (*UNDOABLE, "undo", "redo")), key=lambda e: e.seq)
    by_seq = {e.seq: e for e in rows}
    done: list[AuditEntry] = []
    redo: list[tuple[AuditEntry, AuditEntry]] = []
    for entry in rows:
        data = entry.payload_data()
        if entry.action in UNDOABLE:
            done.append(entry)
            redo.clear()
        elif entry.action == "undo":
            target = by_seq.get(int(data.get("undoes", 0)))
            if target is not None:
                done = [e for e in done if e.seq != target.seq]
                redo.append((entry, target))
        else:  # redo
            undo_seq = int(data.get("redoes", 0))
            kept = [pair for pair in redo if pair[0].seq != undo_seq]
            if len(kept) != len(redo):
                done.append(_as_redone(next(p[1] for p in redo if p[0].seq == undo_seq), data))
            redo = kept
    return done, redo


# The analyst's judging actions; their redo records new rows (a judgement anew, added
# evidence stored again), so an undo after the redo ends those, named in the redo's payload.
_JUDGING = ("excerpt.judge", "evidence.add")


def _as_redone(entry: AuditEntry, redo: dict[str, Any]) -> AuditEntry:
    """``entry`` as its redo left it: for an action whose redo made new rows, its payload
    names those rows (the seq and the audit row stay the original action's)."""
    if entry.action not in _JUDGING:
        return entry
    payload: dict[str, Any] = entry.payload_data()
    payload.update((k, redo[k]) for k in ("judgement", "excerpt") if k in redo)
    return entry.model_copy(update={"payload": json.dumps(payload)})


def last_undoable(store: Store) -> AuditEntry | None:
    """The newest analyst action in force (not undone, or redone since)."""
    done, _redo = _stacks(store)
    return done[-1] if done else None


def _subject(store: Store, entity: str) -> str:
    kind, _, ident = entity.partition(":")
    if kind == "track":
        track = track_rows.get(store, ident)
        return track.title if track else ident
    if kind == "document" and ident.isdigit():
        doc = document_rows.get(store, int(ident))
        title = f" “{doc.title}”" if doc and doc.title else ""
        return f"document #{ident}{title}"
    return entity


def describe(store: Store, entry: AuditEntry) -> str:
    """An analyst action in plain words: ``override to Postponed on Trump–Putin summit``."""
    data = entry.payload_data()
    subject = _subject(store, entry.entity)
    if entry.action == "override.apply":
        return f"override to {status_words(data.get('status'))} on {subject}"
    if entry.action == "override.revoke":
        return f"revoke of the override on {subject}"
    if entry.action == "override.ack":
        return f"review acknowledgement on {subject}"
    if entry.action == "document.edit":
        fields = ", ".join(k for k in data.get("after", {}) if not k.endswith(("_basis", "_note")))
        return f"edit of {subject}" + (f" ({fields})" if fields else "")
    if entry.action == "track.add":
        return f"new track {subject}"
    if entry.action == "track.edit":
        return f"edit of track {subject}"
    if entry.action == "track.archive":
        return f"{'archiving' if data.get('archived') else 'restoring'} of {subject}"
    return f"{describe_action(entry.action).lower()} on {subject}"


def undo_label(store: Store) -> str | None:
    """What Undo would undo, in words, or ``None``."""
    entry = last_undoable(store)
    return describe(store, entry) if entry is not None else None


def redo_label(store: Store) -> str | None:
    """What Redo would redo, in words, or ``None``."""
    _done, redo = _stacks(store)
    return describe(store, redo[-1][1]) if redo else None


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
    if entry.action in _JUDGING:
        return undo_judgement_action(store, entry.action, payload, at=at)
    if entry.action == "review.mode":
        return undo_review_mode(store, ident, payload)
    if entry.action in _CHANGES_LEXICON:
        return undo_rule_action(store, entry.action, payload, at=at)
    raise UserError(f"cannot undo {entry.action}")


def _again(
    store: Store, entry: AuditEntry, payload: dict[str, Any], *, why: str, actor: str, at: str
) -> dict[str, Any]:
    kind, _, ident = entry.entity.partition(":")
    if entry.action.startswith("override."):
        return redo_override_action(
            store, entry.action, ident, payload, why=why, actor=actor, at=at
        )
    if entry.action.startswith("track."):
        return redo_track_action(store, entry.action, ident, payload)
    if entry.action == "document.edit" and kind == "document":
        return {"reapplied": reapply_document(store, int(ident), payload)}
    if entry.action in _JUDGING:
        return redo_judgement_action(store, entry.action, payload, at=at)
    if entry.action == "review.mode":
        return redo_review_mode(store, ident, payload, at=at)
    if entry.action in _CHANGES_LEXICON:
        return redo_rule_action(store, entry.action, payload, at=at)
    raise UserError(f"cannot redo {entry.action}")


def undo_last(store: Store, *, analyst: str | None = None) -> UndoResult:
    """Undo the newest analyst action by recording its reverse; returns what was undone."""
    actor = current_analyst(store, analyst)
    entry = last_undoable(store)
    if entry is None:
        raise UserError("there is nothing to undo")
    payload, detail, description, label = _record(
        store, entry, "undo", _reverse, actor=actor, extra={"undoes": entry.seq}
    )
    return UndoResult(
        undone=entry.seq,
        action=entry.action,
        entity=entry.entity,
        description=description,
        summary=_summary(store, entry, payload, detail),
        label=label,
    )


def redo_last(store: Store, *, analyst: str | None = None) -> UndoResult:
    """Make the newest undone action hold again (while no new action followed the undo);
    recorded as a ``redo`` row. Returns what was redone (``undone`` is its action's row)."""
    actor = current_analyst(store, analyst)
    _done, redo = _stacks(store)
    if not redo:
        raise UserError("there is nothing to redo")
    undo_entry, entry = redo[-1]
    _payload, _detail, description, label = _record(
        store, entry, "redo", _again, actor=actor, extra={"redoes": undo_entry.seq, "of": entry.seq}
    )
    return UndoResult(
        undone=entry.seq,
        action=entry.action,
        entity=entry.entity,
        description=description,
        summary=f"Redid the {label} (#{entry.seq}).",
        label=label,
    )


def _record(
    store: Store,
    entry: AuditEntry,
    verb: str,
    step: Callable[..., dict[str, Any]],
    *,
    actor: str,
    extra: dict[str, Any],
) -> tuple[dict[str, Any], dict[str, Any], str, str]:
    """Carry out an undo or redo (``verb``) of ``entry`` by ``step`` and record it in the
    same transaction, then set going what it changes. Returns the action's payload, what
    ``step`` did, the row's description and the action in words."""
    payload = entry.payload_data()
    description = f"{verb} of #{entry.seq} ({entry.action} on {entry.entity})"
    label = describe(store, entry)
    with store.write():
        at = store.now()
        detail = step(store, entry, payload, why=description, actor=actor, at=at)
        audit.append(
            store,
            actor=actor,
            action=verb,
            entity=entry.entity,
            at=at,
            payload={**extra, "action": entry.action, **detail},
        )
    _after(store, entry.action, actor)
    return payload, detail, description, label


def _after(store: Store, action: str, actor: str) -> None:
    """What an undo or redo of ``action`` sets going once it is recorded: assessments
    recomputed, queued tracks assessed, or every document read again."""
    if action in _CHANGES_EVIDENCE:
        refresh(store, actor=actor)
    elif action in _QUEUES_TRACKS:
        refresh(store, actor=actor, track_ids=pending_tracks(store))
    elif action in _CHANGES_LEXICON:
        reextract_all(store, actor=actor)


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
