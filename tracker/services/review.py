"""The review queue: machine readings an analyst should look at, and per-track review
settings.

A machine reading that becomes a track's decisive evidence (the first claims of its
current status) waits in the queue until an analyst confirms, corrects or rejects it (or
newer evidence decides the status instead); a track's status says when it rests on such
unreviewed readings. A track set to *hold for
review* does not let new machine readings (recorded after it was set) change its status or
become decisive: they are held back, queued, and count once an analyst confirms them.
Readings that agree with the status are applied at once either way.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel

from tracker.domain.errors import UserError
from tracker.domain.models import Assessment, Evidence, Track
from tracker.domain.readings import Judgement, describe_date
from tracker.domain.vocabulary import label
from tracker.extract.lexicon import load_lexicon
from tracker.infer import infer_track
from tracker.infer.claims import claimed_status
from tracker.infer.sources import SourceIndex
from tracker.services.audit_actor import current_analyst
from tracker.services.readings import counts_on, load_book
from tracker.services.tracks import get_track
from tracker.storage import assessments as assessment_rows
from tracker.storage import audit, corpus, excerpts
from tracker.storage import documents as document_rows
from tracker.storage import review as review_rows
from tracker.storage import tracks as track_rows
from tracker.storage.db import Store

ReviewMode = Literal["apply", "hold"]
MODE_WORDS = {"apply": "apply machine readings at once", "hold": "hold new readings for review"}


class ReviewItem(BaseModel):
    """A machine reading waiting for an analyst."""

    track: str
    track_title: str
    excerpt: int
    document: int
    document_title: str
    outlet: str | None
    quote: str
    signal: str | None
    status: str | None  # the status it claims for the track
    modality: str
    event_date: date | None
    date_precision: str | None
    why: str
    held: bool  # held back from the track's status until reviewed
    queued_at: str


class OrphanedJudgement(BaseModel):
    """A judgement no excerpt covers now: kept, and applied again once one does."""

    judgement: Judgement
    document_title: str
    problem: str


class TrackReview(BaseModel):
    track: str
    title: str
    review_mode: ReviewMode
    since: str | None
    rests_on_unreviewed: bool
    unreviewed_ids: list[int]
    held_ids: list[int]


class ReviewQueue(BaseModel):
    count: int
    items: list[ReviewItem]
    orphaned_judgements: list[OrphanedJudgement]
    tracks: list[TrackReview]


# --- assessing a track with its review setting ----------------------------------------------


def review_mode(store: Store, track_id: str) -> tuple[ReviewMode, str | None]:
    """``("apply", None)`` or ``("hold", since)``."""
    value, since = review_rows.mode(store, track_id)
    return ("hold", since) if value == "hold" else ("apply", None)


def _held(track: Track, pool: Sequence[Evidence], since: str) -> dict[int, str]:
    """New machine readings (recorded after ``since``) that would change the status or
    become decisive: ``{excerpt id: the status it claims}``."""
    pending = {
        e.id: claimed
        for e in pool
        if e.reading == "machine"
        and e.recorded_at > since
        and (claimed := claimed_status(e, track.kind)) is not None
    }
    if not pending:
        return {}
    full = infer_track(track, pool)
    base = infer_track(track, [e for e in pool if e.id not in pending])
    decisive = set(full.decisive_ids) & set(pending)
    if (full.status, full.since) == (base.status, base.since) and not decisive:
        return {}
    lexicon = load_lexicon()
    return {
        i: claimed
        for i, claimed in pending.items()
        if i in decisive or base.status is None or not lexicon.compatible(claimed, base.status)
    }


def _left_out(evidence: Sequence[Evidence], track_id: str) -> str:
    rejected = [e.id for e in evidence if e.reading == "rejected"]
    moved = [e.id for e in evidence if e.reading != "rejected" and not counts_on(e, track_id)]
    parts = []
    if rejected:
        parts.append(f"{_count(rejected, 'excerpt')} rejected ({_ids(rejected)})")
    if moved:
        parts.append(f"{_count(moved, 'excerpt')} moved to another track ({_ids(moved)})")
    return f"Left out by analysts: {' and '.join(parts)}." if parts else ""


def _count(ids: Sequence[int], noun: str) -> str:
    return f"{len(ids)} {noun}{'s' if len(ids) != 1 else ''}"


def _ids(ids: Sequence[int]) -> str:
    return ", ".join(str(i) for i in sorted(ids)[:8]) + (" …" if len(ids) > 8 else "")


def assess_track(
    store: Store,
    track: Track,
    evidence: Sequence[Evidence],
    *,
    graded: tuple[dict[int, int], SourceIndex] | None = None,
) -> Assessment:
    """Infer a track's status from its judged evidence (``evidence`` may hold rejected and
    moved-away excerpts: they count for nothing and are named in the explanation), holding
    back new machine readings when the track holds them for review. ``graded``: the grades
    and sources of the evidence that counts, when the caller has them."""
    pool = [e for e in evidence if counts_on(e, track.id)]
    mode, since = review_mode(store, track.id)
    held = _held(track, pool, since) if mode == "hold" and since is not None else {}
    if held:
        pool = [e for e in pool if e.id not in held]
    assessment = infer_track(track, pool, graded=None if held else graded)
    by_id = {e.id: e for e in pool}
    unreviewed = [i for i in assessment.decisive_ids if by_id[i].reading == "machine"]
    notes = [assessment.explanation]
    if held:
        claims = sorted({label(s).lower() for s in held.values()})
        notes.append(
            f"Held for review: {_count(list(held), 'new machine reading')} "
            f"({_ids(list(held))}) that would make it {' or '.join(claims)}."
        )
    notes.append(_left_out(evidence, track.id))
    return assessment.model_copy(
        update={
            "unreviewed_ids": unreviewed,
            "held_ids": sorted(held),
            "explanation": " ".join(n for n in notes if n),
        }
    )


def queue_readings(
    store: Store, track: Track, assessment: Assessment, evidence: Sequence[Evidence], *, at: str
) -> None:
    """Queue the unreviewed decisive readings and the held ones of a new assessment
    (inside the refresh's transaction)."""
    by_id = {e.id: e for e in evidence}
    items: list[tuple[int, str, str, bool]] = []
    since = describe_date(assessment.since, "day") if assessment.since else "an unknown date"
    status = label(assessment.status).lower() if assessment.status else "no status"
    for i in assessment.unreviewed_ids:
        if by_id.get(i) is not None and by_id[i].home_track is None:
            items.append((i, track.id, f"decisive for {status} since {since}", False))
    for i in assessment.held_ids:
        e = by_id.get(i)
        claimed = claimed_status(e, track.kind) if e is not None else None
        if e is not None and e.home_track is None:
            words = label(claimed).lower() if claimed else "another status"
            items.append((i, track.id, f"would make the status {words}", True))
    if items:
        review_rows.enqueue(store, items, at=at)


# --- the queue --------------------------------------------------------------------------------


def _track_reviews(store: Store, tracks: Sequence[Track]) -> list[TrackReview]:
    out = []
    for t in tracks:
        mode, since = review_mode(store, t.id)
        a = assessment_rows.latest(store, t.id)
        out.append(
            TrackReview(
                track=t.id,
                title=t.title,
                review_mode=mode,
                since=since,
                rests_on_unreviewed=bool(a and a.unreviewed_ids),
                unreviewed_ids=a.unreviewed_ids if a else [],
                held_ids=a.held_ids if a else [],
            )
        )
    return out


def _orphan_problem(store: Store, j: Judgement) -> str:
    texts = dict(document_rows.texts(store, [j.document_id]))
    if j.exact and j.exact in texts.get(j.document_id, ""):
        return f"no excerpt of {j.track_id} covers its quote now (the machine no longer reads it)"
    return "its quote is no longer in the document"


def review_queue(store: Store) -> ReviewQueue:
    """What waits for an analyst: the machine readings each live track's status rests on
    that no analyst has reviewed, and the new ones it holds back (by track, held ones
    first, then oldest queued first);
    judgements that lost their excerpt; and each live track's review setting.

    A reading waits while it decides its track's status or is held back: confirming,
    correcting or rejecting it ends the wait, and so does newer evidence deciding the
    status instead (an undo puts back what it undid, the queue included)."""
    tracks = {t.id: t for t in track_rows.list_tracks(store)}
    reviews = _track_reviews(store, list(tracks.values()))
    rows = {(q.track_id, q.excerpt_id): q for q in review_rows.queued(store)}
    wanted = [
        (r.track, i, i in r.held_ids) for r in reviews for i in [*r.held_ids, *r.unreviewed_ids]
    ]
    book = load_book(store)
    lexicon = load_lexicon()
    found = {e.id: e for e in excerpts.evidence_any_track(store, [i for _t, i, _h in wanted])}
    items: list[ReviewItem] = []
    for track_id, excerpt_id, held in wanted:
        e = found.get(excerpt_id)
        if e is None or e.track_id != track_id or book.judge(e, lexicon).reading != "machine":
            continue
        q = rows.get((track_id, excerpt_id))
        items.append(_item(tracks[track_id], e, q, held))
    order = list(tracks)
    items.sort(key=lambda i: (order.index(i.track), not i.held, i.queued_at, i.excerpt))
    orphans = [j for j in book.orphans if j.track_id in tracks]
    titles = {d.id: d.title for d in document_rows.summaries(store)} if orphans else {}
    orphaned = [
        OrphanedJudgement(
            judgement=j,
            document_title=titles.get(j.document_id, ""),
            problem=_orphan_problem(store, j),
        )
        for j in orphans
    ]
    return ReviewQueue(count=len(items), items=items, orphaned_judgements=orphaned, tracks=reviews)


def _item(track: Track, e: Evidence, q: review_rows.Queued | None, held: bool) -> ReviewItem:
    default = "would change the status" if held else "decisive for the status"
    return ReviewItem(
        track=track.id,
        track_title=track.title,
        excerpt=e.id,
        document=e.document_id,
        document_title=e.document_title,
        outlet=e.outlet,
        quote=e.exact,
        signal=e.signal,
        status=claimed_status(e, track.kind),
        modality=e.modality,
        event_date=e.event_date,
        date_precision=e.date_precision,
        why=q.why if q is not None else default,
        held=held,
        queued_at=q.queued_at if q is not None else "",
    )


# --- the setting --------------------------------------------------------------------------------


def set_review_mode(
    store: Store, track_id: str, mode: str, *, analyst: str | None = None
) -> TrackReview:
    """Apply a track's machine readings at once, or hold new ones for review (audited,
    undoable); the track is assessed again."""
    from tracker.services.assessments import refresh

    track = get_track(store, track_id)
    if mode not in ("apply", "hold"):
        raise UserError(f"{mode!r} is not a review setting; use apply or hold")
    current, since = review_rows.mode(store, track.id)
    if current == mode:
        raise UserError(
            f"{track.id} already {'holds' if mode == 'hold' else 'applies'} "
            f"machine readings {'for review' if mode == 'hold' else 'at once'}"
        )
    actor = current_analyst(store, analyst)
    with store.write():
        at = store.now()
        new_since = at if mode == "hold" else None
        review_rows.set_mode(store, track.id, mode, new_since)
        audit.append(
            store,
            actor=actor,
            action="review.mode",
            entity=f"track:{track.id}",
            at=at,
            payload={
                "mode": mode,
                "since": new_since,
                "before": {"mode": current, "since": since},
            },
        )
        corpus.enqueue(store, "track", [track.id])
    refresh(store, actor=actor, track_ids=[track.id])
    return _track_reviews(store, [track])[0]


def undo_review_mode(store: Store, track_id: str, payload: dict[str, Any]) -> dict[str, Any]:
    """Put back the review setting a ``review.mode`` changed (inside the undo)."""
    before = payload["before"]
    review_rows.set_mode(store, track_id, str(before["mode"]), before.get("since"))
    corpus.enqueue(store, "track", [track_id])
    return {"review_mode": before["mode"]}


def redo_review_mode(
    store: Store, track_id: str, payload: dict[str, Any], *, at: str
) -> dict[str, Any]:
    """Make an undone ``review.mode`` hold again (inside the redo); held readings are held
    from the redo on."""
    mode = str(payload["mode"])
    review_rows.set_mode(store, track_id, mode, at if mode == "hold" else None)
    corpus.enqueue(store, "track", [track_id])
    return {"review_mode": mode}
