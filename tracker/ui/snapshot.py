"""What the window shows, read in the worker thread through the services.

A ``Snapshot`` is one consistent picture of the database taken after every change: the
tracks with their status, evidence and history, the documents, counts and the audit log.
It is plain data, handed to the UI thread; the UI never holds a database handle.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tracker.domain.models import AuditEntry, Document, Evidence, Track
    from tracker.services.status import HistoryEntry, TrackStatus
    from tracker.storage.db import Store


AUDIT_ROWS = 1000
# A track's evidence table holds its newest excerpts only: a record of a hundred thousand
# articles would otherwise cost gigabytes of memory for rows nobody scrolls to.
EVIDENCE_ROWS = 2000


@dataclass(frozen=True)
class TrackDetail:
    track: Track
    status: TrackStatus
    evidence: list[Evidence]
    history: list[HistoryEntry]
    evidence_total: int = -1  # all excerpts held (``evidence`` may be the newest only)

    @property
    def evidence_capped(self) -> bool:
        return self.evidence_total > len(self.evidence)

    @property
    def since(self) -> date | None:
        """When the track took its current status (the override's day for an override)."""
        status = self.status
        if status.override is not None:
            return date.fromisoformat(status.override.created_at[:10])
        since: date | None = None
        previous: str | None = None
        for entry in self.history:
            if entry.origin != "inferred":
                continue
            if entry.status != previous:
                since = entry.event_date
            previous = entry.status
        if previous == status.status and since is not None:
            return since
        return status.as_of


@dataclass(frozen=True)
class Snapshot:
    db_path: str
    details: dict[str, TrackDetail]
    documents: list[dict[str, Any]]
    counts: dict[str, int]
    audit: list[AuditEntry]
    undo_label: str | None
    analyst: str
    order: list[str] = field(default_factory=list)

    @property
    def statuses(self) -> list[TrackStatus]:
        return [self.details[t].status for t in self.order]

    def detail(self, track_id: str | None) -> TrackDetail | None:
        return self.details.get(track_id or "")


@dataclass(frozen=True)
class DocumentView:
    document: Document
    duplicate_of: int | None


def load_snapshot(store: Store) -> Snapshot:
    from tracker.services import analysis, documents
    from tracker.services.audit_actor import current_analyst
    from tracker.services.overrides import last_undoable
    from tracker.services.status import all_statuses, history
    from tracker.services.tracks import list_tracks
    from tracker.storage import audit

    tracks = {t.id: t for t in list_tracks(store, include_archived=True)}
    details: dict[str, TrackDetail] = {}
    order: list[str] = []
    for status in all_statuses(store, include_archived=True):
        order.append(status.track)
        details[status.track] = TrackDetail(
            track=tracks[status.track],
            status=status,
            evidence=analysis.evidence_for(store, status.track, newest=EVIDENCE_ROWS),
            history=history(store, status.track),
            evidence_total=analysis.evidence_count(store, status.track),
        )
    undo = last_undoable(store)
    undo_label = None
    if undo is not None:
        seq, action, entity, _payload = undo
        undo_label = f"{describe_action(action)} on {entity} (#{seq})"
    return Snapshot(
        db_path=str(store.path) if store.path else ":memory:",
        details=details,
        documents=documents.list_documents(store),
        counts=documents.counts(store),
        audit=audit.entries(store, limit=AUDIT_ROWS),
        undo_label=undo_label,
        analyst=current_analyst(store),
        order=order,
    )


def load_document(store: Store, document_id: int) -> DocumentView:
    from tracker.services import documents

    return DocumentView(
        document=documents.get_document(store, document_id),
        duplicate_of=documents.document_duplicate_of(store, document_id),
    )


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
    "undo": "Undo",
}


def describe_action(action: str) -> str:
    return _ACTION_WORDS.get(action, action)
