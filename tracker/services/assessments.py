"""Grading and inference over the stored evidence: each track's assessment.

``refresh`` brings the corpus-wide facts up to date (``corpus.tidy``), then grades and
infers every track (``track_ids=None``) or only the given tracks plus those whose evidence
the facts changed, one track per transaction. An assessment is recorded only when it differs
from the track's current one, and its inferred history replaces the previous one.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date

from tracker.domain.models import Assessment, Evidence, Track, Transition
from tracker.infer import infer_track
from tracker.infer.sources import SourceIndex
from tracker.infer.status import grade_track
from tracker.services.corpus import tidy
from tracker.services.evidence import evidence_for
from tracker.services.readings import counts_on
from tracker.services.review import assess_track, queue_readings
from tracker.storage import assessments as assessment_rows
from tracker.storage import corpus, excerpts, settings, transitions
from tracker.storage import tracks as track_rows
from tracker.storage.db import Store

log = logging.getLogger(__name__)

# progress(done, total, label); the return value is ignored
RefreshProgress = Callable[[int, int, str], object]

_PENDING = "analysis_pending"


def analysis_pending(store: Store, value: bool | None = None) -> bool:
    """Whether documents were added since the last full recomputation; with ``value``, set it
    (inside the caller's transaction). A crash between a document and the recomputation
    leaves it set, so the next import finishes the work."""
    if value is not None:
        settings.put(store, _PENDING, "1" if value else "0")
        return value
    return settings.get(store, _PENDING) == "1"


def pending_tracks(store: Store) -> list[str]:
    """Tracks whose evidence changed since their assessment was last recomputed."""
    return sorted(corpus.queued(store, "track"))


def latest_assessment(
    store: Store, track_id: str, *, known_at: str | None = None
) -> Assessment | None:
    """The track's current assessment (or the one current at record time ``known_at``)."""
    return assessment_rows.latest(store, track_id, known_at=known_at)


def _grade(store: Store, track: Track) -> tuple[list[Evidence], dict[int, int], SourceIndex]:
    """The track's judged evidence with its grades stored, the grades and the sources
    (graded once: inference reads the same). Rejected and moved-away excerpts are kept,
    ungraded (they count for nothing); a grade is stored on the excerpt's own track only."""
    evidence = evidence_for(store, track.id, include_rejected=True)
    counting = [e for e in evidence if counts_on(e, track.id)]
    counted = {e.id for e in counting}
    grades, sources = grade_track(track, counting)
    graded: list[Evidence] = []
    changed: dict[int, int] = {}
    for item in evidence:
        grade = grades.get(item.id, item.credibility)
        if grade != item.credibility and item.id in counted:
            if item.home_track is None:
                changed[item.id] = grade
            item = item.model_copy(update={"credibility": grade})
        graded.append(item)
    excerpts.set_credibility(store, changed)
    return graded, grades, sources


def _record(store: Store, assessment: Assessment) -> str | None:
    """Record ``assessment`` if it differs from the track's current one; sync transitions.
    Returns the record time, or ``None`` when nothing changed."""
    previous = assessment_rows.latest(store, assessment.track_id)
    if previous is not None and previous == assessment:
        return None
    now = store.now()
    assessment_rows.insert(store, assessment, at=now)
    transitions.supersede_inferred(store, assessment.track_id, at=now)
    previous_status: str | None = None
    for step in assessment.history:
        transitions.insert(
            store,
            Transition(
                track_id=assessment.track_id,
                status=step.status,
                from_status=previous_status,
                event_date=step.event_date,
                origin="inferred",
                evidence_ids=step.evidence_ids,
                rationale=step.rationale,
                recorded_at=now,
                contested=step.contested,
            ),
        )
        previous_status = step.status
    return now


def refresh(
    store: Store,
    *,
    actor: str | None = None,
    track_ids: Sequence[str] | None = None,
    progress: RefreshProgress | None = None,
) -> list[str]:
    """Bring the corpus-wide evidence facts up to date, then recompute the assessment of
    every track (``track_ids=None``) or of the given tracks plus any whose evidence the
    facts changed. ``progress(done, total, label)`` is told of each step.

    The work is done in short transactions, so an analyst's action waits for one step at
    most, never for the whole recomputation: the facts first (the tracks to recompute
    queued in the same transaction), then one track at a time, each leaving the queue as
    its assessment is recorded. A recomputation cut short leaves its tracks queued and
    ``analysis_pending`` set, and the next one finishes them.

    Returns the ids of tracks whose assessment changed.
    """
    tell = progress or (lambda done, total, label: None)
    with _collector_paused(), store.write():
        tell(0, 1, "dates and copies")
        tracks = track_rows.list_tracks(store)
        touched = tidy(store, tracks)
        wanted = None if track_ids is None else set(track_ids) | touched
        todo = [t.id for t in tracks if wanted is None or t.id in wanted]
        if todo:
            corpus.enqueue(store, "track", todo)
            analysis_pending(store, True)
    total = len(todo) + 1
    titles = {t.id: t.title for t in tracks}
    changed: list[str] = []
    for done, track_id in enumerate(todo, start=1):
        tell(done, total, titles[track_id])  # between transactions: nothing is held
        if _recompute(store, track_id):
            changed.append(track_id)
    with store.write():
        if track_ids is None:
            corpus.dequeue(store, "track", corpus.queued(store, "track"))
        if not corpus.queued(store, "track"):
            analysis_pending(store, False)
    tell(total, total, "")
    if changed:
        log.info("assessments changed: %s (by %s)", ", ".join(changed), actor or "system")
    return changed


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while one track is recomputed (or the corpus facts
    brought up to date). Its tens of thousands of short-lived evidence objects and claims
    hold no cycles, yet they set off collections that walk the whole heap again and again:
    a third of the work on a large track, and more in a process that has just stored a
    large import. What the step leaves behind is collected as usual once it is switched
    back on."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _recompute(store: Store, track_id: str) -> bool:
    """Grade and infer one queued track in its own transaction; whether its assessment
    changed. A track archived or removed meanwhile just leaves the queue."""
    with _collector_paused(), store.write():
        track = track_rows.get(store, track_id)
        changed = False
        if track is not None and not track.archived:
            evidence, grades, sources = _grade(store, track)
            assessment = assess_track(store, track, evidence, graded=(grades, sources))
            recorded = _record(store, assessment)
            if recorded is not None:
                changed = True
                queue_readings(store, track, assessment, evidence, at=recorded)
        corpus.dequeue(store, "track", [track_id])
    return changed


def assess_as_of(store: Store, track: Track, as_of: date) -> Assessment:
    """The track's inferred status on ``as_of`` by all the evidence held now (as judged;
    readings held for review left out)."""
    current = assessment_rows.latest(store, track.id)
    held = set(current.held_ids) if current else set()
    evidence = [e for e in evidence_for(store, track.id) if e.id not in held]
    return infer_track(track, evidence, as_of=as_of)


def assess_known_at(store: Store, track: Track, known_at: str) -> Assessment | None:
    """What the tracker showed at ``known_at``: the assessment recorded by then."""
    return assessment_rows.latest(store, track.id, known_at=known_at)
