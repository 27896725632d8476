"""Evidence and inference over the stored documents.

``extract_document_into`` writes one document's excerpts (inside that document's own
transaction); ``refresh`` then recomputes what depends on the whole corpus — inferred dates
of undated documents, copies, credibility grades, and each track's inferred assessment —
in one transaction.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from tracker.domain.errors import UserError
from tracker.domain.models import Assessment, Evidence, Finding, Track
from tracker.domain.vocabulary import check_reliability
from tracker.extract import extract_document
from tracker.extract.dates import DocDateInput, infer_document_dates
from tracker.extract.dupes import find_document_copies, find_excerpt_duplicates
from tracker.infer import infer_track
from tracker.infer.grading import grade_credibility
from tracker.services.audit_actor import current_analyst
from tracker.services.tracks import get_track, list_tracks
from tracker.storage import audit
from tracker.storage.db import Store

log = logging.getLogger(__name__)

_EXCERPT_FIELDS = (
    "signal",
    "cue",
    "modality",
    "speaker",
    "event_date",
    "date_precision",
    "date_basis",
    "cameo",
    "plover",
    "context",
    "prefix",
    "suffix",
)


def _finding_row(finding: Finding) -> dict[str, Any]:
    row = finding.model_dump()
    row["event_date"] = finding.event_date.isoformat() if finding.event_date else None
    row["context"] = int(finding.context)
    return row


def _document_date(store: Store, doc_id: int) -> tuple[str, date | None]:
    row = store.conn.execute(
        "SELECT text, published FROM documents WHERE id = ?", (doc_id,)
    ).fetchone()
    if row is None:
        raise UserError(f"no document {doc_id}")
    return str(row[0]), date.fromisoformat(row[1]) if row[1] else None


def sync_excerpts(
    store: Store, doc_id: int, findings: Sequence[Finding], tracks: Iterable[str]
) -> None:
    """Make the stored excerpts of ``doc_id`` for ``tracks`` equal ``findings``.

    An excerpt keeps its id when the same span of the same track is found again (so
    overrides citing it stay valid); its other fields are updated.
    """
    track_ids = list(tracks)
    if not track_ids:
        return
    marks = ",".join("?" * len(track_ids))
    existing = {
        (r[1], r[2], r[3]): int(r[0])
        for r in store.conn.execute(
            f'SELECT id, track_id, start, "end" FROM excerpts WHERE document_id = ? AND track_id IN ({marks})',
            (doc_id, *track_ids),
        )
    }
    now = store.now()
    seen: set[int] = set()
    table = store.db.table("excerpts")
    for finding in findings:
        if finding.track_id not in track_ids:
            continue
        key = (finding.track_id, finding.start, finding.end)
        row = _finding_row(finding)
        if key in existing:
            excerpt_id = existing[key]
            seen.add(excerpt_id)
            table.update(excerpt_id, {k: row[k] for k in _EXCERPT_FIELDS})
        else:
            row.update(document_id=doc_id, recorded_at=now)
            table.insert(row)
    stale = [i for i in existing.values() if i not in seen]
    if stale:
        marks = ",".join("?" * len(stale))
        store.conn.execute(
            f"UPDATE excerpts SET duplicate_of = NULL WHERE duplicate_of IN ({marks})", stale
        )
        store.conn.execute(f"DELETE FROM excerpts WHERE id IN ({marks})", stale)


def extract_document_into(store: Store, doc_id: int, tracks: Sequence[Track] | None = None) -> None:
    """(Re)extract one document's evidence for ``tracks`` (default: all live tracks)."""
    tracks = list(tracks) if tracks is not None else list_tracks(store)
    text, published = _document_date(store, doc_id)
    findings = extract_document(text, published, tracks)
    with store.write():
        sync_excerpts(store, doc_id, findings, [t.id for t in tracks])


def _infer_dates(store: Store, tracks: Sequence[Track]) -> list[int]:
    """Date undated documents from corroborating dated ones; returns the ids changed."""
    rows = store.conn.execute(
        "SELECT id, text, published, published_basis FROM documents ORDER BY id"
    ).fetchall()
    inputs = [
        DocDateInput(
            id=r[0],
            text=r[1],
            published=date.fromisoformat(r[2]) if r[2] and r[3] != "inferred" else None,
            basis=r[3] if r[3] != "inferred" else "unknown",
        )
        for r in rows
    ]
    inferred = infer_document_dates(inputs)
    changed: list[int] = []
    for doc_id, _text, published, basis in rows:
        if basis not in ("unknown", "inferred"):
            continue
        new = inferred.get(doc_id)
        new_date = new[0].isoformat() if new else None
        new_note = new[1] if new else None
        new_basis = "inferred" if new else "unknown"
        if (published, basis) != (new_date, new_basis):
            store.db.table("documents").update(
                doc_id,
                {"published": new_date, "published_basis": new_basis, "published_note": new_note},
            )
            changed.append(doc_id)
    for doc_id in changed:
        text, published = _document_date(store, doc_id)
        sync_excerpts(
            store, doc_id, extract_document(text, published, tracks), [t.id for t in tracks]
        )
    return changed


def _mark_copies(store: Store) -> None:
    rows = store.conn.execute("SELECT id, text, duplicate_of FROM documents ORDER BY id").fetchall()
    copies = find_document_copies([(r[0], r[1]) for r in rows])
    for doc_id, _text, current in rows:
        new = copies.get(doc_id)
        if new != current:
            store.db.table("documents").update(doc_id, {"duplicate_of": new})
    excerpts = store.conn.execute(
        "SELECT id, document_id, exact, duplicate_of FROM excerpts ORDER BY id"
    ).fetchall()
    dupes = find_excerpt_duplicates([(r[0], r[1], r[2]) for r in excerpts])
    for excerpt_id, _doc, _exact, current in excerpts:
        new = dupes.get(excerpt_id)
        if new != current:
            store.db.table("excerpts").update(excerpt_id, {"duplicate_of": new})


_EVIDENCE_SQL = """
SELECT e.id, e.document_id, e.track_id, e.start, e."end", e.exact, e.prefix, e.suffix,
       e.signal, e.cue, e.modality, e.speaker, e.event_date, e.date_precision, e.date_basis,
       e.cameo, e.plover, e.context, e.credibility, e.duplicate_of, e.recorded_at,
       d.outlet, d.reliability, d.title, d.published, d.duplicate_of
FROM excerpts e JOIN documents d ON d.id = e.document_id
WHERE e.track_id = ? {extra}
ORDER BY e.event_date IS NULL, e.event_date, e.document_id, e.start
"""
_EVIDENCE_KEYS = (
    "id",
    "document_id",
    "track_id",
    "start",
    "end",
    "exact",
    "prefix",
    "suffix",
    "signal",
    "cue",
    "modality",
    "speaker",
    "event_date",
    "date_precision",
    "date_basis",
    "cameo",
    "plover",
    "context",
    "credibility",
    "duplicate_of",
    "recorded_at",
    "outlet",
    "reliability",
    "document_title",
    "published",
    "document_duplicate_of",
)


def evidence_for(store: Store, track_id: str, *, recorded_by: str | None = None) -> list[Evidence]:
    """The stored evidence of a track, by event date; ``recorded_by`` limits it to what had
    been recorded by that time."""
    extra, params = "", [track_id]
    if recorded_by is not None:
        extra, params = "AND e.recorded_at <= ?", [track_id, recorded_by]
    rows = store.conn.execute(_EVIDENCE_SQL.format(extra=extra), params).fetchall()
    out: list[Evidence] = []
    for row in rows:
        data = dict(zip(_EVIDENCE_KEYS, row, strict=True))
        data["context"] = bool(data["context"])
        data["document_title"] = data["document_title"] or ""
        out.append(Evidence.model_validate(data))
    return out


def _grade(store: Store, track: Track) -> list[Evidence]:
    evidence = evidence_for(store, track.id)
    grades = grade_credibility(evidence, {track.id: track.kind})
    graded: list[Evidence] = []
    for item in evidence:
        grade = grades.get(item.id, item.credibility)
        if grade != item.credibility:
            store.db.table("excerpts").update(item.id, {"credibility": grade})
            item = item.model_copy(update={"credibility": grade})
        graded.append(item)
    return graded


def latest_assessment(
    store: Store, track_id: str, *, known_at: str | None = None
) -> Assessment | None:
    sql = "SELECT payload FROM assessments WHERE track_id = ?"
    params: list[Any] = [track_id]
    if known_at is not None:
        sql += " AND recorded_at <= ?"
        params.append(known_at)
    row = store.conn.execute(sql + " ORDER BY recorded_at DESC, id DESC LIMIT 1", params).fetchone()
    return None if row is None else Assessment.model_validate_json(row[0])


def _store_assessment(store: Store, assessment: Assessment) -> bool:
    """Record ``assessment`` if it differs from the track's current one; sync transitions."""
    previous = latest_assessment(store, assessment.track_id)
    if previous is not None and previous == assessment:
        return False
    now = store.now()
    store.db.table("assessments").insert(
        {
            "track_id": assessment.track_id,
            "recorded_at": now,
            "status": assessment.status,
            "as_of": assessment.as_of.isoformat() if assessment.as_of else None,
            "confidence": assessment.confidence,
            "contested": int(assessment.contested),
            "payload": assessment.model_dump_json(),
        }
    )
    store.conn.execute(
        "UPDATE transitions SET superseded_at = ? WHERE track_id = ? AND origin = 'inferred' "
        "AND superseded_at IS NULL",
        (now, assessment.track_id),
    )
    previous_status: str | None = None
    for step in assessment.history:
        store.db.table("transitions").insert(
            {
                "track_id": assessment.track_id,
                "status": step.status,
                "from_status": previous_status,
                "event_date": step.event_date.isoformat() if step.event_date else None,
                "origin": "inferred",
                "evidence_ids": json.dumps(step.evidence_ids),
                "rationale": step.rationale,
                "analyst": None,
                "recorded_at": now,
                "contested": int(step.contested),
            }
        )
        previous_status = step.status
    return True


def refresh(
    store: Store, *, actor: str | None = None, track_ids: Sequence[str] | None = None
) -> list[str]:
    """Recompute corpus-wide evidence facts and every (or the given) track's assessment.

    Returns the ids of tracks whose assessment changed.
    """
    tracks = list_tracks(store)
    changed: list[str] = []
    from tracker.services.ingest import analysis_pending

    with store.write():
        _infer_dates(store, tracks)
        _mark_copies(store)
        for track in tracks:
            if track_ids is not None and track.id not in track_ids:
                continue
            evidence = _grade(store, track)
            assessment = infer_track(track, evidence)
            if _store_assessment(store, assessment):
                changed.append(track.id)
        if track_ids is None:
            analysis_pending(store, False)
    if changed:
        log.info("assessments changed: %s (by %s)", ", ".join(changed), actor or "system")
    return changed


def assess_as_of(store: Store, track: Track, as_of: date) -> Assessment:
    """The track's inferred status on ``as_of`` by all the evidence held now."""
    return infer_track(track, evidence_for(store, track.id), as_of=as_of)


def assess_known_at(store: Store, track: Track, known_at: str) -> Assessment | None:
    """What the tracker showed at ``known_at``: the assessment recorded by then."""
    return latest_assessment(store, track.id, known_at=known_at)


def reextract_track(store: Store, track_id: str) -> None:
    """Pick up evidence for one (new or edited) track from every stored document."""
    track = get_track(store, track_id)
    ids = [int(r[0]) for r in store.conn.execute("SELECT id FROM documents ORDER BY id")]
    with store.write():
        for doc_id in ids:
            text, published = _document_date(store, doc_id)
            findings = [] if track.archived else extract_document(text, published, [track])
            sync_excerpts(store, doc_id, findings, [track.id])


def edit_document(
    store: Store,
    doc_id: int,
    *,
    published: str | None = None,
    reliability: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    analyst: str | None = None,
) -> None:
    """An analyst's correction of a document's metadata; dates that depend on it are
    recomputed and the change is audited."""
    from tracker.ingest.pipeline import parse_user_date
    from tracker.services.documents import get_document

    doc = get_document(store, doc_id)
    changes: dict[str, Any] = {}
    if published is not None:
        try:
            when = parse_user_date(published)
        except ValueError as exc:
            raise UserError(str(exc)) from None
        changes.update(
            published=when.isoformat(),
            published_basis="analyst",
            published_note="set by an analyst",
        )
    if reliability is not None:
        changes.update(reliability=check_reliability(reliability), reliability_basis="analyst")
    if outlet is not None:
        changes.update(outlet=outlet.strip() or None, outlet_basis="analyst")
    if url is not None:
        changes.update(url=url.strip() or None)
    if not changes:
        return
    actor = current_analyst(store, analyst)
    before = {
        k: getattr(doc, k) for k in ("published", "reliability", "outlet", "url") if k in changes
    }
    before_basis = {
        "published_basis": doc.published_basis,
        "reliability_basis": doc.reliability_basis,
        "outlet_basis": doc.outlet_basis,
        "published_note": doc.published_note,
    }
    with store.write():
        store.db.table("documents").update(doc_id, changes)
        audit.append(
            store,
            actor=actor,
            action="document.edit",
            entity=f"document:{doc_id}",
            payload={"before": before, "before_basis": before_basis, "after": changes},
        )
        if "published" in changes:
            tracks = list_tracks(store)
            text, day = _document_date(store, doc_id)
            sync_excerpts(
                store, doc_id, extract_document(text, day, tracks), [t.id for t in tracks]
            )
        refresh(store, actor=actor)
