"""Evidence and inference over the stored documents.

``extract_document_into`` writes one document's excerpts (inside that document's own
transaction) and queues what it changed in ``analysis_queue``; ``refresh`` then brings the
corpus-wide facts up to date — inferred dates of undated documents, copies, near-identical
excerpts, credibility grades, and each affected track's inferred assessment — in one
transaction. The work is incremental: a new document is compared only with candidate
documents (those sharing sampled shingles, ``document_sketches``), a new excerpt only with
quotes of a similar length (``excerpt_keys``), and only tracks with new or changed
evidence are graded and inferred again (all tracks when ``track_ids`` is not given).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from tracker.domain.errors import UserError
from tracker.domain.models import Assessment, Evidence, Finding, Track
from tracker.domain.vocabulary import check_reliability
from tracker.extract import extract_document
from tracker.extract.dates import DocDateInput, infer_document_dates
from tracker.extract.dupes import (
    _MAX_POSTING,
    COPY_CONTAINMENT,
    best_copy_source,
    document_sketch,
    near_duplicate_of,
)
from tracker.extract.text import normalize_for_compare
from tracker.infer import infer_track
from tracker.infer.grading import grade_credibility
from tracker.services.audit_actor import current_analyst
from tracker.services.tracks import get_track, list_tracks
from tracker.storage import audit
from tracker.storage.db import Store

log = logging.getLogger(__name__)

# progress(done, total, label); the return value is ignored
RefreshProgress = Callable[[int, int, str], object]

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


def _enqueue(store: Store, kind: str, items: Iterable[object]) -> None:
    store.conn.executemany(
        "INSERT OR IGNORE INTO analysis_queue (kind, item) VALUES (?, ?)",
        [(kind, str(item)) for item in items],
    )


def _queued(store: Store, kind: str) -> list[str]:
    return [
        str(r[0])
        for r in store.conn.execute("SELECT item FROM analysis_queue WHERE kind = ?", (kind,))
    ]


def _dequeue(store: Store, kind: str, items: Iterable[object]) -> None:
    store.conn.executemany(
        "DELETE FROM analysis_queue WHERE kind = ? AND item = ?",
        [(kind, str(item)) for item in items],
    )


def pending_tracks(store: Store) -> list[str]:
    """Tracks whose evidence changed since their assessment was last recomputed."""
    return sorted(_queued(store, "track"))


def _tracks_of_documents(store: Store, doc_ids: Sequence[int]) -> set[str]:
    out: set[str] = set()
    for start in range(0, len(doc_ids), 500):
        chunk = doc_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        out.update(
            str(r[0])
            for r in store.conn.execute(
                f"SELECT DISTINCT track_id FROM excerpts WHERE document_id IN ({marks})", chunk
            )
        )
    return out


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
    touched: set[str] = set()
    added: list[int] = []
    for finding in findings:
        if finding.track_id not in track_ids:
            continue
        key = (finding.track_id, finding.start, finding.end)
        row = _finding_row(finding)
        touched.add(finding.track_id)
        if key in existing:
            excerpt_id = existing[key]
            seen.add(excerpt_id)
            table.update(excerpt_id, {k: row[k] for k in _EXCERPT_FIELDS})
        else:
            row.update(document_id=doc_id, recorded_at=now)
            inserted = table.insert(row).last_pk
            assert inserted is not None
            new_id = int(inserted)
            store.conn.execute(
                "INSERT OR REPLACE INTO excerpt_keys (excerpt_id, document_id, norm) "
                "VALUES (?, ?, ?)",
                (new_id, doc_id, normalize_for_compare(finding.exact)),
            )
            added.append(new_id)
    stale = [i for i in existing.values() if i not in seen]
    if stale:
        touched.update(k[0] for k, i in existing.items() if i in seen or i in stale)
        marks = ",".join("?" * len(stale))
        orphaned = [
            int(r[0])
            for r in store.conn.execute(
                f"SELECT id FROM excerpts WHERE duplicate_of IN ({marks})", stale
            )
        ]
        store.conn.execute(
            f"UPDATE excerpts SET duplicate_of = NULL WHERE duplicate_of IN ({marks})", stale
        )
        store.conn.execute(f"DELETE FROM excerpts WHERE id IN ({marks})", stale)
        added.extend(i for i in orphaned if i not in stale)
    _enqueue(store, "excerpt", added)
    _enqueue(store, "track", touched)


def extract_document_into(store: Store, doc_id: int, tracks: Sequence[Track] | None = None) -> None:
    """(Re)extract one document's evidence for ``tracks`` (default: all live tracks)."""
    tracks = list(tracks) if tracks is not None else list_tracks(store)
    text, published = _document_date(store, doc_id)
    findings = extract_document(text, published, tracks)
    sketch = document_sketch(text)
    with store.write():
        sync_excerpts(store, doc_id, findings, [t.id for t in tracks])
        store.conn.executemany(
            "INSERT OR IGNORE INTO document_sketches (hash, document_id) VALUES (?, ?)",
            [(h, doc_id) for h in sketch],
        )
        _enqueue(store, "document", [doc_id])


def _sketch_candidates(store: Store, doc_id: int, *, earlier: bool) -> dict[int, int]:
    """``{document id: sampled shingles shared with doc_id}``; shingles shared by more than
    ``_MAX_POSTING`` documents are boilerplate and not counted (as in copy detection)."""
    shared: dict[int, int] = {}
    sketch = [
        int(r[0])
        for r in store.conn.execute(
            "SELECT hash FROM document_sketches WHERE document_id = ?", (doc_id,)
        )
    ]
    bound = doc_id if earlier else 1 << 62
    for value in sketch:
        posting = store.conn.execute(
            "SELECT document_id FROM document_sketches WHERE hash = ? AND document_id < ? "
            "AND document_id != ? LIMIT ?",
            (value, bound, doc_id, _MAX_POSTING + 1),
        ).fetchall()
        if len(posting) > _MAX_POSTING:
            continue
        for (other,) in posting:
            shared[int(other)] = shared.get(int(other), 0) + 1
    return shared


def _quote_candidates(store: Store, text: str) -> set[int]:
    """Documents holding all the words of one of ``text``'s quotes (full-text search)."""
    from tracker.extract.dates import quotes_of
    from tracker.services.search import fts_query

    out: set[int] = set()
    for quote in quotes_of(text):
        query = fts_query(quote)
        if query is None:
            continue
        out.update(
            int(r[0])
            for r in store.conn.execute(
                "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? LIMIT 200", (query,)
            )
        )
    return out


def _infer_dates(store: Store, tracks: Sequence[Track]) -> list[int]:
    """Date undated documents from corroborating dated ones; returns the ids changed.

    Each undated document is compared with candidate anchors only: documents that hold
    one of its quotes (full-text search) or share sampled shingles with it.
    """
    undated = store.conn.execute(
        "SELECT id, text, published, published_basis FROM documents "
        "WHERE published_basis IN ('unknown', 'inferred') ORDER BY id"
    ).fetchall()
    if not undated:
        return []
    firm = store.conn.execute(
        "SELECT 1 FROM documents WHERE published IS NOT NULL "
        "AND published_basis IN ('stated', 'analyst') LIMIT 1"
    ).fetchone()
    allowed = ("stated", "analyst") if firm else ("stated", "analyst", "unknown")
    changed: list[int] = []
    for doc_id, text, published, basis in undated:
        candidates = set(_sketch_candidates(store, doc_id, earlier=False))
        candidates |= _quote_candidates(store, text)
        candidates.discard(doc_id)
        anchors: list[DocDateInput] = []
        ids = sorted(candidates)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for r in store.conn.execute(
                f"SELECT id, text, published, published_basis FROM documents "
                f"WHERE id IN ({marks}) AND published IS NOT NULL ORDER BY id",
                chunk,
            ):
                if r[3] in allowed:
                    anchors.append(
                        DocDateInput(
                            id=r[0], text=r[1], published=date.fromisoformat(r[2]), basis=r[3]
                        )
                    )
        anchors.sort(key=lambda d: d.id)
        inferred = infer_document_dates([DocDateInput(id=doc_id, text=text), *anchors])
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
        text, day = _document_date(store, doc_id)
        sync_excerpts(store, doc_id, extract_document(text, day, tracks), [t.id for t in tracks])
    return changed


def _mark_copies(store: Store) -> list[int]:
    """Mark each queued (new) document that copies an earlier one; returns the ids changed.

    Candidates are the earlier documents holding ``COPY_CONTAINMENT`` of its sampled
    shingles (those shared by more than ``_MAX_POSTING`` earlier documents not counted, as
    boilerplate); the copy rule is then checked on their full shingle sets.
    """
    queued = sorted(int(i) for i in _queued(store, "document"))
    changed: list[int] = []
    for doc_id in queued:
        row = store.conn.execute(
            "SELECT text, duplicate_of FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            continue
        text, current = row
        size = store.conn.execute(
            "SELECT count(*) FROM document_sketches WHERE document_id = ?", (doc_id,)
        ).fetchone()[0]
        shared = _sketch_candidates(store, doc_id, earlier=True)
        # The share of its sampled, non-boilerplate shingles an earlier document holds
        # estimates the copy rule's share; the full shingle sets confirm it.
        ids = sorted(d for d, n in shared.items() if size and n / size >= COPY_CONTAINMENT)[:20]
        candidates = [
            (int(r[0]), str(r[1]))
            for i in ids
            for r in store.conn.execute("SELECT id, text FROM documents WHERE id = ?", (i,))
        ]
        source = best_copy_source(text, candidates) if candidates else None
        new = None
        if source is not None:
            up = store.conn.execute(
                "SELECT duplicate_of FROM documents WHERE id = ?", (source,)
            ).fetchone()
            new = int(up[0]) if up and up[0] is not None else source
        if new != current:
            store.db.table("documents").update(doc_id, {"duplicate_of": new})
            changed.append(doc_id)
    _dequeue(store, "document", queued)
    return changed


def _mark_excerpt_duplicates(store: Store) -> set[str]:
    """Point each queued (new) excerpt at the earliest near-identical excerpt of another
    document; returns the tracks whose excerpts changed."""
    queued = {int(i) for i in _queued(store, "excerpt")}
    if not queued:
        return set()
    known = [
        (int(r[0]), int(r[1]), str(r[2]))
        for r in store.conn.execute("SELECT excerpt_id, document_id, norm FROM excerpt_keys")
    ]
    targets = [row for row in known if row[0] in queued]
    matches = near_duplicate_of(targets, [row for row in known if row[0] not in queued])
    resolved: dict[int, int | None] = {}
    touched: set[str] = set()
    for eid, _doc, _norm in sorted(targets):
        match = matches.get(eid)
        new: int | None = None
        if match is not None:
            if match in resolved:
                up = resolved[match]
            else:
                row = store.conn.execute(
                    "SELECT duplicate_of FROM excerpts WHERE id = ?", (match,)
                ).fetchone()
                up = None if row is None or row[0] is None else int(row[0])
            new = up if up is not None else match
        resolved[eid] = new
        row = store.conn.execute(
            "SELECT duplicate_of, track_id FROM excerpts WHERE id = ?", (eid,)
        ).fetchone()
        if row is not None and row[0] != new:
            store.db.table("excerpts").update(eid, {"duplicate_of": new})
            touched.add(str(row[1]))
    _dequeue(store, "excerpt", queued)
    return touched


_EVIDENCE_SQL = """
SELECT e.id, e.document_id, e.track_id, e.start, e."end", e.exact, e.prefix, e.suffix,
       e.signal, e.cue, e.modality, e.speaker, e.event_date, e.date_precision, e.date_basis,
       e.cameo, e.plover, e.context, e.credibility, e.duplicate_of, e.recorded_at,
       d.outlet, d.reliability, d.title, d.published, d.duplicate_of
FROM excerpts e JOIN documents d ON d.id = e.document_id
WHERE e.track_id = ? {extra}
ORDER BY e.event_date IS NULL, e.event_date, e.document_id, e.start"""
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


def evidence_for(
    store: Store, track_id: str, *, recorded_by: str | None = None, newest: int | None = None
) -> list[Evidence]:
    """The stored evidence of a track, by event date; ``recorded_by`` limits it to what had
    been recorded by that time, ``newest`` to that many of the latest event dates (what a
    window shows of a track with a very large record)."""
    extra = ""
    params: list[Any] = [track_id]
    if recorded_by is not None:
        extra, params = "AND e.recorded_at <= ?", [track_id, recorded_by]
    sql = _EVIDENCE_SQL.format(extra=extra)
    if newest is not None:
        sql = (
            sql.replace(
                "ORDER BY e.event_date IS NULL, e.event_date, e.document_id, e.start",
                "ORDER BY e.event_date IS NOT NULL, e.event_date DESC, e.document_id DESC, e.start DESC",
            )
            + " LIMIT ?"
        )
        params = [*params, int(newest)]
    rows = store.conn.execute(sql, params).fetchall()
    if newest is not None:
        rows.reverse()
    out: list[Evidence] = []
    for row in rows:
        data = dict(zip(_EVIDENCE_KEYS, row, strict=True))
        data["context"] = bool(data["context"])
        data["document_title"] = data["document_title"] or ""
        out.append(Evidence.model_validate(data))
    return out


def evidence_count(store: Store, track_id: str) -> int:
    """How many excerpts a track holds."""
    row = store.conn.execute(
        "SELECT count(*) FROM excerpts WHERE track_id = ?", (track_id,)
    ).fetchone()
    return int(row[0])


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
    store: Store,
    *,
    actor: str | None = None,
    track_ids: Sequence[str] | None = None,
    progress: RefreshProgress | None = None,
) -> list[str]:
    """Bring the corpus-wide evidence facts up to date, then recompute the assessment of
    every track (``track_ids=None``) or of the given tracks plus any whose evidence the
    facts changed. ``progress(done, total, label)`` is told of each step.

    Returns the ids of tracks whose assessment changed.
    """
    tracks = list_tracks(store)
    changed: list[str] = []
    from tracker.services.ingest import analysis_pending

    with store.write():
        if progress is not None:
            progress(0, 1, "dates and copies")
        dated = _infer_dates(store, tracks)
        copies = _mark_copies(store)
        touched = _tracks_of_documents(store, dated + copies)
        touched |= _mark_excerpt_duplicates(store)
        wanted = None if track_ids is None else set(track_ids) | touched
        todo = [t for t in tracks if wanted is None or t.id in wanted]
        total = len(todo) + 1
        for done, track in enumerate(todo, start=1):
            if progress is not None:
                progress(done, total, track.title)
            evidence = _grade(store, track)
            assessment = infer_track(track, evidence)
            if _store_assessment(store, assessment):
                changed.append(track.id)
        _dequeue(store, "track", [t.id for t in todo])
        if track_ids is None:
            _dequeue(store, "track", _queued(store, "track"))
        if not _queued(store, "track"):
            analysis_pending(store, False)
        if progress is not None:
            progress(total, total, "")
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
