"""Each track's effective status: the active override if there is one, else the inferred.

``as_of`` asks "what was the status on that date, by all the evidence held now";
``known_at`` asks "what did the tracker show at that moment", replaying only what had been
recorded by then (inferred assessments and overrides alike).
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel

from tracker.domain.models import Assessment, Latest, NextEvent, Override, Track
from tracker.services import analysis
from tracker.services.overrides import active_override, today
from tracker.services.tracks import get_track, list_tracks
from tracker.storage.db import Store


class OverrideView(BaseModel):
    id: int
    status: str
    analyst: str
    reason: str
    likelihood: str | None = None
    confidence: str | None = None
    review_by: date | None = None
    created_at: str
    evidence_ids: list[int] = []
    acknowledged_at: str | None = None
    ack_note: str | None = None


class TrackStatus(BaseModel):
    track: str
    title: str
    kind: str
    status: str | None
    inferred_status: str | None
    source: Literal["inferred", "override"]
    since: date | None = None
    as_of: date | None
    confidence: str
    contested: bool
    contested_ids: list[int] = []
    evidence_count: int
    independent_sources: int
    latest: Latest | None
    next_event: NextEvent | None
    explanation: str
    override: OverrideView | None
    needs_review: bool
    review_reason: str | None = None
    archived: bool = False

    def as_json(self) -> dict[str, Any]:
        data = self.model_dump(mode="json")
        if data["latest"] is not None:
            data["latest"] = {
                k: data["latest"][k]
                for k in ("date", "signal", "quote", "document", "excerpt", "effect")
            }
        if self.next_event is not None:
            data["next_event"]["overdue"] = self.next_event.overdue_on(today())
        return data


def _view(override: Override) -> OverrideView:
    return OverrideView(
        id=override.id or 0,
        status=override.status,
        analyst=override.analyst,
        reason=override.reason,
        likelihood=override.likelihood,
        confidence=override.confidence,
        review_by=override.review_by,
        created_at=override.created_at,
        evidence_ids=override.evidence_ids,
        acknowledged_at=override.acknowledged_at,
        ack_note=override.ack_note,
    )


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
    from tracker.extract.lexicon import load_lexicon
    from tracker.infer.claims import implied_status

    lexicon = load_lexicon()
    since = max(override.created_at, override.acknowledged_at or "")
    seen = override.in_view_of
    newer = [
        e
        for e in analysis.evidence_for(store, track.id, recorded_by=known_at)
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
        if acked is None or date.fromisoformat(acked[:10]) <= override.review_by:
            return f"its review-by date {override.review_by.isoformat()} has passed"
    return None


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
        latest=a.latest,
        next_event=track.next_event or a.next_event,
        explanation=a.explanation,
        override=_view(override) if override else None,
        needs_review=flag is not None,
        review_reason=flag,
        archived=track.archived,
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
        assessment = analysis.assess_known_at(store, track, known_at)
        override = active_override(store, track.id, known_at=known_at)
    elif as_of is not None:
        assessment = analysis.assess_as_of(store, track, as_of)
        override = active_override(store, track.id)
        if override is not None and override.created_at[:10] > as_of.isoformat():
            override = None
    else:
        assessment = analysis.latest_assessment(store, track.id)
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
        tracks = [t for t in tracks if _created_by(store, t.id, known_at)]
    return [_status_of(store, t, as_of=as_of, known_at=known_at) for t in tracks]


def _created_by(store: Store, track_id: str, known_at: str) -> bool:
    row = store.conn.execute("SELECT created_at FROM tracks WHERE id = ?", (track_id,)).fetchone()
    return row is not None and str(row[0]) <= known_at


class HistoryEntry(BaseModel):
    id: int
    status: str
    from_status: str | None
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
    sql = (
        "SELECT id, status, from_status, event_date, origin, analyst, recorded_at, rationale, "
        "evidence_ids, contested, override_id, superseded_at FROM transitions WHERE track_id = ?"
    )
    if not include_superseded:
        sql += " AND superseded_at IS NULL"
    sql += " ORDER BY event_date IS NULL, event_date, recorded_at, id"
    out = []
    for row in store.conn.execute(sql, (track.id,)):
        out.append(
            HistoryEntry(
                id=row[0],
                status=row[1],
                from_status=row[2],
                event_date=date.fromisoformat(row[3]) if row[3] else None,
                origin=row[4],
                analyst=row[5],
                recorded_at=row[6],
                rationale=row[7],
                evidence_ids=json.loads(row[8]),
                contested=bool(row[9]),
                override_id=row[10],
                current=row[11] is None,
            )
        )
    return out
