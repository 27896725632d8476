"""Since you last looked: per analyst, what is new since they last saw each track and the
document list — new evidence, a changed status, new documents — until they mark it seen.

An analyst's first look sets the marks (nothing is new then). A mark holds the record
time seen up to and, for a track, the status seen; marks are view state, not audited.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from pydantic import BaseModel

from tracker.domain.models import DocumentSummary
from tracker.domain.summary import status_words
from tracker.domain.vocabulary import Status
from tracker.services.audit_actor import current_analyst
from tracker.services.evidence import evidence_for
from tracker.storage import documents as document_rows
from tracker.storage import excerpts, seen
from tracker.storage import tracks as track_rows
from tracker.storage.db import Store

DOCUMENTS = "documents"
# How many ids of new excerpts (per track) and new documents a report lists; how many of
# them it shows in full.
LISTED = 100
SHOWN_EXCERPTS = 5
SHOWN_DOCUMENTS = 20


def track_scope(track_id: str) -> str:
    return f"track:{track_id}"


class NewExcerpt(BaseModel):
    """A new excerpt as the changes panel lists it."""

    id: int
    document_id: int
    event_date: date | None
    signal: str | None
    quote: str


class TrackChange(BaseModel):
    """What is new on one track since the analyst last looked."""

    track: str
    title: str
    seen_at: str | None
    status_before: Status | None
    status_now: Status | None
    status_changed: bool
    new_track: bool
    new_evidence: int
    new_excerpt_ids: list[int]  # newest first, at most ``LISTED``
    newest: list[NewExcerpt] = []  # the newest few, by event date

    @property
    def count(self) -> int:
        """The badge a track carries: its new excerpts, plus one for a changed status."""
        return self.new_evidence + int(self.status_changed or self.new_track)

    def words(self) -> str:
        """``On hold → Postponed · 3 new excerpts``."""
        bits = []
        if self.new_track:
            bits.append("new track")
        elif self.status_changed:
            bits.append(f"{status_words(self.status_before)} → {status_words(self.status_now)}")
        if self.new_evidence:
            bits.append(f"{self.new_evidence} new excerpt{'s' if self.new_evidence != 1 else ''}")
        return " · ".join(bits)


class ChangeReport(BaseModel):
    """Everything new for one analyst, read at record time ``read_at``."""

    analyst: str
    read_at: str
    first_look: bool
    tracks: list[TrackChange]
    new_documents: int
    new_document_ids: list[int]  # newest first, at most ``LISTED``
    documents_seen_at: str | None
    documents: list[DocumentSummary] = []  # the newest few new documents

    @property
    def total(self) -> int:
        return sum(t.count for t in self.tracks) + self.new_documents

    def for_track(self, track_id: str) -> TrackChange | None:
        for change in self.tracks:
            if change.track == track_id:
                return change
        return None


def _statuses(store: Store) -> dict[str, str | None]:
    from tracker.services.status import all_statuses

    return {s.track: s.status for s in all_statuses(store)}


def changes_since_seen(
    store: Store,
    *,
    analyst: str | None = None,
    statuses: Mapping[str, str | None] | None = None,
) -> ChangeReport:
    """What is new for ``analyst`` (default: the current one). ``statuses`` (track ->
    effective status) saves recomputing them when the caller has them. The first look of
    an analyst on a writable database sets their marks, so nothing is new then (a database
    open read-only, or flagged until its findings are acknowledged, is not written)."""
    who = current_analyst(store, analyst)
    read_at = store.now()
    now = statuses if statuses is not None else _statuses(store)
    marks = seen.marks(store, who)
    if not marks:
        if store.writable:
            mark_seen(
                store,
                [(DOCUMENTS, None), *((track_scope(t), s) for t, s in now.items())],
                upto=read_at,
                analyst=who,
            )
        return ChangeReport(
            analyst=who,
            read_at=read_at,
            first_look=True,
            tracks=[],
            new_documents=0,
            new_document_ids=[],
            documents_seen_at=read_at,
        )
    baseline = min(m.seen_at for m in marks.values())
    tracks = {t.id: t for t in track_rows.list_tracks(store)}
    changed: list[TrackChange] = []
    for track_id, status in now.items():
        track = tracks.get(track_id)
        if track is None:
            continue
        mark = marks.get(track_scope(track_id))
        after = mark.seen_at if mark else baseline
        count, ids = excerpts.recorded_after(store, track_id, after, limit=LISTED)
        before = mark.status if mark else None
        change = TrackChange(
            track=track_id,
            title=track.title,
            seen_at=mark.seen_at if mark else None,
            status_before=before,
            status_now=status,
            status_changed=mark is not None and before != status,
            new_track=mark is None,
            new_evidence=count,
            new_excerpt_ids=ids,
        )
        if change.count:
            change.newest = [
                NewExcerpt(
                    id=e.id,
                    document_id=e.document_id,
                    event_date=e.event_date,
                    signal=e.signal,
                    quote=e.exact,
                )
                for e in reversed(
                    evidence_for(store, track_id, recorded_after=after, newest=SHOWN_EXCERPTS)
                )
            ]
            changed.append(change)
    docs_mark = marks.get(DOCUMENTS)
    docs_after = docs_mark.seen_at if docs_mark else baseline
    doc_count, doc_ids = document_rows.ingested_after(store, docs_after, limit=LISTED)
    return ChangeReport(
        analyst=who,
        read_at=read_at,
        first_look=False,
        tracks=changed,
        new_documents=doc_count,
        new_document_ids=doc_ids,
        documents_seen_at=docs_after,
        documents=document_rows.summaries_of(store, doc_ids[:SHOWN_DOCUMENTS]),
    )


def mark_seen(
    store: Store,
    scopes: Sequence[tuple[str, str | None]],
    *,
    upto: str,
    analyst: str | None = None,
) -> None:
    """Mark ``scopes`` (``(scope, status seen)``: ``track:ID`` or ``documents``) seen up to
    record time ``upto`` — the time the analyst's picture was read at, so what arrived
    after it stays new."""
    who = current_analyst(store, analyst)
    with store.write():
        for scope, status in scopes:
            seen.put(store, who, scope, upto, status)


def mark_all_seen(store: Store, *, analyst: str | None = None) -> ChangeReport:
    """Mark every track and the document list seen now; returns what was new before."""
    report = changes_since_seen(store, analyst=analyst)
    now = _statuses(store)
    mark_seen(
        store,
        [(DOCUMENTS, None), *((track_scope(t), s) for t, s in now.items())],
        upto=report.read_at,
        analyst=report.analyst,
    )
    return report
