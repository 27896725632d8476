"""What the window shows, read in the worker thread through the services.

A ``Snapshot`` is one consistent picture of the database taken after every change: the
tracks with their status, evidence and history, the documents, counts and the audit log.
It is plain data, handed to the UI thread; the UI never holds a database handle.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from tracker.domain.periods import status_since

if TYPE_CHECKING:
    from tracker.domain.models import AuditEntry, Document, DocumentSummary, Evidence, Track
    from tracker.domain.readings import LexiconRule
    from tracker.services.database import Store
    from tracker.services.review import ReviewQueue
    from tracker.services.status import HistoryEntry, TrackStatus


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
        return status_since(
            status.status,
            [h for h in self.history if h.origin == "inferred"],
            as_of=status.as_of,
            override_created_at=status.override.created_at if status.override else None,
        )


@dataclass(frozen=True)
class Snapshot:
    db_path: str
    details: dict[str, TrackDetail]
    documents: list[DocumentSummary]
    counts: dict[str, int]
    audit: list[AuditEntry]
    undo_label: str | None
    analyst: str
    order: list[str] = field(default_factory=list)
    # Why the database is open read-only: findings against its audit log that the analyst
    # has not acknowledged yet (empty when it verifies).
    flagged: list[str] = field(default_factory=list)
    # What waits for an analyst, and the rules taught to the tracker.
    review: ReviewQueue | None = None
    rules: list[LexiconRule] = field(default_factory=list)

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
    from tracker.services import documents
    from tracker.services.audit_actor import current_analyst
    from tracker.services.audit_log import entries
    from tracker.services.evidence import evidence_count, evidence_for
    from tracker.services.review import review_queue
    from tracker.services.status import all_statuses, history
    from tracker.services.teach import list_rules
    from tracker.services.tracks import list_tracks
    from tracker.services.undo import undo_label

    tracks = {t.id: t for t in list_tracks(store, include_archived=True)}
    details: dict[str, TrackDetail] = {}
    order: list[str] = []
    for status in all_statuses(store, include_archived=True):
        order.append(status.track)
        details[status.track] = TrackDetail(
            track=tracks[status.track],
            status=status,
            evidence=evidence_for(store, status.track, newest=EVIDENCE_ROWS, include_rejected=True),
            history=history(store, status.track),
            evidence_total=evidence_count(store, status.track),
        )
    return Snapshot(
        db_path=str(store.path) if store.path else ":memory:",
        details=details,
        documents=documents.list_documents(store),
        counts=documents.counts(store),
        audit=entries(store, limit=AUDIT_ROWS),
        undo_label=undo_label(store),
        analyst=current_analyst(store),
        order=order,
        flagged=list(store.flagged),
        review=review_queue(store),
        rules=list_rules(store),
    )


def load_document(store: Store, document_id: int) -> DocumentView:
    from tracker.services import documents

    return DocumentView(
        document=documents.get_document(store, document_id),
        duplicate_of=documents.document_duplicate_of(store, document_id),
    )


def describe_action(action: str) -> str:
    """An audit action in words (``override.apply`` -> ``Override``)."""
    from tracker.services.undo import describe_action as describe

    return describe(action)
