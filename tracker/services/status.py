"""Each track's effective status: the active override if there is one, else the inferred.

``as_of`` asks "what was the status on that date, by all the evidence held now";
``known_at`` asks "what did the tracker show at that moment", replaying only what had been
recorded by then (inferred assessments and overrides alike).
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from tracker.domain.models import Assessment, Latest, NextEvent, Override, Track, Transition
from tracker.domain.times import day_of
from tracker.domain.vocabulary import Confidence, Status
from tracker.extract.lexicon import load_lexicon
from tracker.infer.claims import implied_status
from tracker.services.assessments import assess_as_of, assess_known_at, latest_assessment
from tracker.services.evidence import evidence_for
from tracker.services.overrides import active_override, today
from tracker.services.review import review_mode
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
    latest: Latest | None
    next_event: NextEvent | None
    explanation: str
    override: Override | None
    needs_review: bool
    review_reason: str | None = None
    archived: bool = False
    # Machine readings and the analyst (see services.review): the decisive readings no
    # analyst has reviewed, new readings held back for review, and the track's setting.
    rests_on_unreviewed: bool = False
    unreviewed_ids: list[int] = []
    held_ids: list[int] = []
    review_mode: Literal["apply", "hold"] = "apply"


def review_flag(
    store: Store,
    track: Track,
    override: Override,
    *,
    known_at: str | None = None,
    on: date | None = None,
) -> str | None:
    """Why ``override`` needs review, or ``None``.

    (a) evidence recorded after the override (or its last acknowledgement), about an event
    later than any the override was made in view of, points to another status;
    (b) its review-by date has passed (and it was not acknowledged since).
    """
    lexicon = load_lexicon()
    since = max(override.created_at, override.acknowledged_at or "")
    seen = override.in_view_of
    newer = [
        e
        for e in evidence_for(store, track.id, recorded_by=known_at)
        if e.recorded_at > since
        and e.signal is not None
        and not e.context
        and e.duplicate_of is None
        and e.modality not in ("hypothetical", "negated", "denied")
        and (seen is None or (e.event_date is not None and e.event_date > seen))
    ]
    for e in newer:
        implied = implied_status(e, track.kind, lexicon)
        if (
            implied is not None
            and implied != override.status
            and not lexicon.compatible(implied, override.status)
        ):
            return (
                f"newer evidence (excerpt {e.id}, event {e.event_date}) points to "
                f"{implied.replace('_', ' ')}, not {override.status.replace('_', ' ')}"
            )
    day = on or today()
    if override.review_by is not None and override.review_by < day:
        acked = override.acknowledged_at
        if acked is None or day_of(acked) <= override.review_by:
            return f"its review-by date {override.review_by.isoformat()} has passed"
    return None


def _with_overdue(event: NextEvent | None) -> NextEvent | None:
    """The next event, flagged overdue when its day has passed with nothing newer reported."""
    if event is None:
        return None
    return event.model_copy(update={"overdue": event.overdue_on(today())})


def _compose(
    store: Store,
    track: Track,
    assessment: Assessment | None,
    override: Override | None,
    *,
    known_at: str | None = None,
) -> TrackStatus:
    a = assessment or Assessment(track_id=track.id, explanation="No evidence about this track yet.")
    flag = review_flag(store, track, override, known_at=known_at) if override else None
    effective = override.status if override else a.status
    return TrackStatus(
        track=track.id,
        title=track.title,
        kind=track.kind.value,
        status=effective,
        inferred_status=a.status,
        source="override" if override else "inferred",
        since=a.since,
        as_of=a.as_of,
        confidence=a.confidence,
        contested=a.contested,
        contested_ids=a.contested_ids,
        evidence_count=a.evidence_count,
        independent_sources=a.independent_sources,
        support_count=a.support_count,
        latest=a.latest,
        next_event=_with_overdue(track.next_event or a.next_event),
        explanation=a.explanation,
        override=override,
        needs_review=flag is not None,
        review_reason=flag,
        archived=track.archived,
        rests_on_unreviewed=bool(a.unreviewed_ids),
        unreviewed_ids=a.unreviewed_ids,
        held_ids=a.held_ids,
        review_mode=review_mode(store, track.id)[0],
    )


def track_status(
    store: Store, track_id: str, *, as_of: date | None = None, known_at: str | None = None
) -> TrackStatus:
    track = get_track(store, track_id)
    return _status_of(store, track, as_of=as_of, known_at=known_at)


def _status_of(
    store: Store, track: Track, *, as_of: date | None, known_at: str | None
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
    return _compose(store, track, assessment, override, known_at=known_at)


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


def history(store: Store, track_id: str, *, include_superseded: bool = False) -> list[HistoryEntry]:
    """Inferred and manual transitions, by event date then record time."""
    track = get_track(store, track_id)
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
        )
        for t in transitions.for_track(store, track.id, include_superseded=include_superseded)
    ]


def transitions_recorded_after(store: Store, track_id: str, after: str) -> list[Transition]:
    """Transitions recorded after record time ``after`` (inferred ones replaced since are
    left out), by record time."""
    return transitions.recorded_after(store, track_id, after)


def inferred_transitions_at(store: Store, track_id: str, at: str) -> list[Transition]:
    """The inferred history in force at record time ``at``."""
    return transitions.inferred_current_at(store, track_id, at)
