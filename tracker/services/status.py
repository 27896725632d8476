"""Each track's effective status: the active override if there is one, else the inferred.

``as_of`` asks "what was the status on that date, by all the evidence held now";
``known_at`` asks "what did the tracker show at that moment", replaying only what had been
recorded by then (inferred assessments and overrides alike).
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from tracker.domain.models import Assessment, NextEvent, Override, Track
from tracker.domain.summary import status_line
from tracker.domain.times import day_of
from tracker.domain.vocabulary import Confidence, Status
from tracker.services.assessments import assess_as_of, assess_known_at, latest_assessment
from tracker.services.overrides import active_override, today
from tracker.services.review import review_mode
from tracker.services.summary import Development, ReviewFlag, summarize, undone_transitions
from tracker.services.tracks import get_track, list_tracks
from tracker.storage import tracks as track_rows
from tracker.storage import transitions
from tracker.storage.db import Store


class TrackStatus(BaseModel):
    track: str
    title: str
    kind: str
    status: Status | None
    inferred_status: Status | None
    source: Literal["inferred", "override"]
    since: date | None = None
    as_of: date | None
    confidence: Confidence
    contested: bool
    contested_ids: list[int] = []
    evidence_count: int = Field(description="excerpts held for the track")
    independent_sources: int = Field(description="independent sources behind the status")
    support_count: int | None = Field(
        default=None, description="excerpts behind the status (what explain counts)"
    )
    latest: Development | None
    next_event: NextEvent | None
    explanation: str
    override: Override | None
    needs_review: bool
    review_reason: str | None = None
    archived: bool = False
    # The summary every view shares (``tracker.services.summary``).
    next_event_overdue: bool = False
    review: ReviewFlag | None = None
    # Machine readings and the analyst (see services.review): the decisive readings no
    # analyst has reviewed, new readings held back for review, and the track's setting.
    rests_on_unreviewed: bool = False
    unreviewed_ids: list[int] = []
    held_ids: list[int] = []
    review_mode: Literal["apply", "hold"] = "apply"

    def line(self) -> str:
        """``On hold since 21 Oct 2025 · as of 22 Oct 2025 · inferred · moderate confidence
        · contested``: the status line the list, the track and ``tracker explain`` show."""
        return status_line(
            self.status,
            since=self.since,
            as_of=self.as_of,
            source=self.source,
            confidence=(self.override.confidence if self.override else self.confidence) or None,
            contested=self.contested,
            needs_review=self.needs_review,
        )


def _compose(
    store: Store,
    track: Track,
    assessment: Assessment | None,
    override: Override | None,
    *,
    known_at: str | None = None,
    as_of: date | None = None,
    on: date | None = None,
) -> TrackStatus:
    a = assessment or Assessment(track_id=track.id, explanation="No evidence about this track yet.")
    summary = summarize(
        store, track, a, override, known_at=known_at, as_of=as_of, today=on or today()
    )
    flag = summary.review
    effective = override.status if override else a.status
    return TrackStatus(
        track=track.id,
        title=track.title,
        kind=track.kind.value,
        status=effective,
        inferred_status=a.status,
        source="override" if override else "inferred",
        as_of=summary.as_of,
        since=summary.since,
        confidence=a.confidence,
        contested=a.contested,
        contested_ids=a.contested_ids,
        evidence_count=a.evidence_count,
        independent_sources=a.independent_sources,
        support_count=a.support_count,
        latest=summary.latest,
        next_event=(
            summary.next_event.model_copy(update={"overdue": summary.next_event_overdue})
            if summary.next_event
            else None
        ),
        next_event_overdue=summary.next_event_overdue,
        explanation=a.explanation,
        override=override,
        needs_review=flag is not None,
        review_reason=flag.text if flag else None,
        review=flag,
        archived=track.archived,
        rests_on_unreviewed=bool(a.unreviewed_ids),
        unreviewed_ids=a.unreviewed_ids,
        held_ids=a.held_ids,
        review_mode=review_mode(store, track.id)[0],
    )


def track_status(
    store: Store,
    track_id: str,
    *,
    as_of: date | None = None,
    known_at: str | None = None,
    today: date | None = None,
) -> TrackStatus:
    """One track's status and summary; ``today`` is the day an overdue next event or a
    passed review date is judged on (a briefing's own date; default: today)."""
    track = get_track(store, track_id)
    return _status_of(store, track, as_of=as_of, known_at=known_at, on=today)


def _status_of(
    store: Store,
    track: Track,
    *,
    as_of: date | None,
    known_at: str | None,
    on: date | None = None,
) -> TrackStatus:
    if known_at is not None:
        assessment = assess_known_at(store, track, known_at)
        override = active_override(store, track.id, known_at=known_at)
    elif as_of is not None:
        assessment = assess_as_of(store, track, as_of)
        override = active_override(store, track.id)
        if override is not None and day_of(override.created_at) > as_of:
            override = None
    else:
        assessment = latest_assessment(store, track.id)
        override = active_override(store, track.id)
    return _compose(store, track, assessment, override, known_at=known_at, as_of=as_of, on=on)


def all_statuses(
    store: Store,
    *,
    as_of: date | None = None,
    known_at: str | None = None,
    include_archived: bool = False,
) -> list[TrackStatus]:
    """The status of every track, in the tracks' order."""
    tracks = list_tracks(store, include_archived=include_archived)
    if known_at is not None:
        tracks = [t for t in tracks if (track_rows.created_at(store, t.id) or "~") <= known_at]
    return [_status_of(store, t, as_of=as_of, known_at=known_at) for t in tracks]


class HistoryEntry(BaseModel):
    id: int
    status: Status
    from_status: Status | None
    event_date: date | None
    origin: str
    analyst: str | None
    recorded_at: str
    rationale: str
    evidence_ids: list[int]
    contested: bool
    override_id: int | None
    current: bool
    undone: bool = False  # an analyst action that was undone (it counts as never made)


def history(store: Store, track_id: str, *, include_superseded: bool = False) -> list[HistoryEntry]:
    """Inferred and manual transitions, by event date then record time."""
    track = get_track(store, track_id)
    undone = undone_transitions(store, track.id)
    return [
        HistoryEntry(
            id=t.id or 0,
            status=t.status,
            from_status=t.from_status,
            event_date=t.event_date,
            origin=t.origin,
            analyst=t.analyst,
            recorded_at=t.recorded_at,
            rationale=t.rationale,
            evidence_ids=t.evidence_ids,
            contested=t.contested,
            override_id=t.override_id,
            current=t.superseded_at is None,
            undone=(t.id or 0) in undone,
        )
        for t in transitions.for_track(store, track.id, include_superseded=include_superseded)
    ]
