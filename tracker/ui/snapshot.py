"""What the window shows, read in the worker thread through the services.

A ``Snapshot`` is one consistent picture of the database taken after every change: each
track with its summary (``TrackStatus``) and history, the counts, the audit log, what Undo
and Redo would do and what is new since the analyst last looked. It is plain data handed
to the UI thread; the UI never holds a database handle.

What would make a snapshot slow on a large record is loaded on demand instead: a track's
evidence when the track is chosen (``load_evidence``), the document list a page at a time
(``load_documents``), a document's text when it is opened (``load_document``).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tracker.domain.models import AuditEntry, Document, DocumentSummary, Evidence, Track
    from tracker.domain.readings import LexiconRule
    from tracker.services.changes import ChangeReport, TrackChange
    from tracker.services.database import Store
    from tracker.services.review import ReviewQueue
    from tracker.services.status import HistoryEntry, TrackStatus


AUDIT_ROWS = 1000
# A track's evidence table holds its newest excerpts only: a record of a hundred thousand
# articles would otherwise cost gigabytes of memory for rows nobody scrolls to.
EVIDENCE_ROWS = 2000
DOCUMENT_PAGE = 200

_serials = itertools.count(1)


@dataclass(frozen=True)
class TrackDetail:
    track: Track
    status: TrackStatus
    history: list[HistoryEntry]


@dataclass(frozen=True)
class TrackEvidence:
    """A track's evidence as the window shows it: the newest ``EVIDENCE_ROWS`` excerpts,
    how many there are in all, and the status each claims for the track (``None``: none,
    being context, negated, denied or hypothetical, or a development such as a call)."""

    track_id: str
    rows: list[Evidence]
    total: int
    claims: dict[int, str | None]
    snapshot: int = 0  # the serial of the snapshot it was read after

    @property
    def capped(self) -> bool:
        return self.total > len(self.rows)


@dataclass(frozen=True)
class Snapshot:
    db_path: str
    details: dict[str, TrackDetail]
    counts: dict[str, int]
    audit: list[AuditEntry]
    undo_label: str | None
    analyst: str
    order: list[str] = field(default_factory=list)
    # Why the database is open read-only: findings against its audit log that the analyst
    # has not acknowledged yet (empty when it verifies).
    flagged: list[str] = field(default_factory=list)
    redo_label: str | None = None
    changes: ChangeReport | None = None
    readonly: bool = False
    serial: int = 0
    # read in the same job (see ``TrackerController._read_all``)
    evidence: TrackEvidence | None = None
    documents: DocumentPage | None = None
    # What waits for an analyst, and the rules taught to the tracker.
    review: ReviewQueue | None = None
    rules: list[LexiconRule] = field(default_factory=list)

    @property
    def statuses(self) -> list[TrackStatus]:
        return [self.details[t].status for t in self.order]

    def detail(self, track_id: str | None) -> TrackDetail | None:
        return self.details.get(track_id or "")

    def change(self, track_id: str | None) -> TrackChange | None:
        return self.changes.for_track(track_id or "") if self.changes else None

    @property
    def active_overrides(self) -> int:
        return sum(1 for s in self.statuses if s.override is not None)


@dataclass(frozen=True)
class DocumentView:
    document: Document
    duplicate_of: int | None


@dataclass(frozen=True)
class DocumentQuery:
    """Which page of the document list: its order and the text filtering it."""

    order: str = "id"
    descending: bool = False
    text: str = ""
    offset: int = 0
    limit: int = DOCUMENT_PAGE


@dataclass(frozen=True)
class DocumentPage:
    query: DocumentQuery
    rows: list[DocumentSummary]
    total: int


def load_snapshot(store: Store) -> Snapshot:
    from tracker.services import documents
    from tracker.services.audit_actor import current_analyst
    from tracker.services.audit_log import entries
    from tracker.services.changes import changes_since_seen
    from tracker.services.review import review_queue
    from tracker.services.status import all_statuses, history
    from tracker.services.teach import list_rules
    from tracker.services.tracks import list_tracks
    from tracker.services.undo import redo_label, undo_label

    tracks = {t.id: t for t in list_tracks(store, include_archived=True)}
    details: dict[str, TrackDetail] = {}
    order: list[str] = []
    for status in all_statuses(store, include_archived=True):
        order.append(status.track)
        details[status.track] = TrackDetail(
            track=tracks[status.track], status=status, history=history(store, status.track)
        )
    analyst = current_analyst(store)
    live = {t: d.status.status for t, d in details.items() if not d.track.archived}
    return Snapshot(
        db_path=str(store.path) if store.path else ":memory:",
        details=details,
        counts=documents.counts(store),
        audit=entries(store, limit=AUDIT_ROWS),
        undo_label=undo_label(store),
        redo_label=redo_label(store),
        analyst=analyst,
        order=order,
        flagged=list(store.flagged),
        changes=changes_since_seen(store, analyst=analyst, statuses=live),
        readonly=bool(getattr(store, "readonly", False)),
        serial=next(_serials),
        review=review_queue(store),
        rules=list_rules(store),
    )


def load_evidence(store: Store, track_id: str, snapshot: int = 0) -> TrackEvidence:
    from tracker.extract.lexicon import load_lexicon
    from tracker.services.evidence import claimed_status, evidence_count, evidence_for
    from tracker.services.tracks import get_track

    track = get_track(store, track_id)
    rows = evidence_for(store, track_id, newest=EVIDENCE_ROWS, include_rejected=True)
    lexicon = load_lexicon()
    return TrackEvidence(
        track_id=track_id,
        rows=rows,
        total=evidence_count(store, track_id),
        claims={e.id: claimed_status(e, track.kind, lexicon) for e in rows},
        snapshot=snapshot,
    )


def load_documents(store: Store, query: DocumentQuery) -> DocumentPage:
    from tracker.services.documents import document_page

    rows, total = document_page(
        store,
        order=query.order,
        descending=query.descending,
        text=query.text,
        offset=query.offset,
        limit=query.limit,
    )
    return DocumentPage(query, rows, total)


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
