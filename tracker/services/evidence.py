"""A document's evidence: extracting it, storing it (ids kept across re-extraction) and
queueing what changed for ``assessments.refresh``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from tracker.domain.errors import UserError
from tracker.domain.models import DatedText, Evidence, Finding, Track
from tracker.extract import extract_document
from tracker.extract.dupes import document_sketch
from tracker.extract.text import normalize_for_compare
from tracker.infer.claims import claimed_status
from tracker.storage import corpus, excerpts
from tracker.storage import documents as document_rows
from tracker.storage import tracks as track_rows
from tracker.storage.db import Store

__all__ = [
    "Extracted",
    "claimed_status",
    "evidence_count",
    "evidence_for",
    "extract_document_into",
    "extract_evidence",
    "reextract_document",
    "reextract_track",
    "store_evidence",
    "sync_excerpts",
    "warm_up",
]


def evidence_for(
    store: Store, track_id: str, *, recorded_by: str | None = None, newest: int | None = None
) -> list[Evidence]:
    """The stored evidence of a track, by event date; ``recorded_by`` limits it to what had
    been recorded by that time, ``newest`` to that many of the latest event dates (what a
    window shows of a track with a very large record)."""
    return excerpts.evidence_for(store, track_id, recorded_by=recorded_by, newest=newest)


def evidence_count(store: Store, track_id: str) -> int:
    """How many excerpts a track holds."""
    return excerpts.count_for_track(store, track_id)


def dated_text(store: Store, doc_id: int) -> DatedText:
    found = document_rows.dated_text(store, doc_id)
    if found is None:
        raise UserError(f"no document {doc_id}")
    return found


def sync_excerpts(
    store: Store,
    doc_id: int,
    findings: Sequence[Finding],
    tracks: Iterable[str],
    norms: Sequence[str] | None = None,
) -> None:
    """Make the stored excerpts of ``doc_id`` for ``tracks`` equal ``findings``
    (``norms``: their normalised quotes, when read before the transaction).

    An excerpt keeps its id when the same span of the same track is found again (so
    overrides citing it stay valid); its other fields are updated.
    """
    track_ids = list(tracks)
    if not track_ids:
        return
    existing = excerpts.spans(store, doc_id, track_ids)
    now = store.now()
    seen: set[int] = set()
    touched: set[str] = set()
    added: list[int] = []
    for index, finding in enumerate(findings):
        if finding.track_id not in track_ids:
            continue
        touched.add(finding.track_id)
        excerpt_id = existing.get((finding.track_id, finding.start, finding.end))
        if excerpt_id is not None:
            seen.add(excerpt_id)
            excerpts.refind(store, excerpt_id, finding)
        else:
            norm = norms[index] if norms is not None else normalize_for_compare(finding.exact)
            added.append(excerpts.insert(store, finding, document_id=doc_id, norm=norm, at=now))
    stale = [i for i in existing.values() if i not in seen]
    if stale:
        touched.update(key[0] for key in existing)
        added.extend(excerpts.remove(store, stale))
    corpus.enqueue(store, "excerpt", added)
    corpus.enqueue(store, "track", touched)


def reextract_document(store: Store, doc_id: int, tracks: Sequence[Track]) -> None:
    """Extract one stored document again for ``tracks`` (inside ``store.write()``)."""
    doc = dated_text(store, doc_id)
    findings = extract_document(doc.text, doc.published, tracks)
    sync_excerpts(store, doc_id, findings, [t.id for t in tracks])


@dataclass(frozen=True)
class Extracted:
    """A document's evidence found outside any transaction: the findings for the tracks
    as they were then, and the document's sketch (its sampled shingles)."""

    tracks: list[Track]
    findings: list[Finding]
    sketch: list[int]
    norms: list[str]  # each finding's normalised quote


def extract_evidence(text: str, published: date | None, tracks: Sequence[Track]) -> Extracted:
    """Read a document's evidence (pure, and the long part of an import of a big
    document: it runs before the write transaction, which then only stores)."""
    findings = extract_document(text, published, tracks)
    return Extracted(
        tracks=list(tracks),
        findings=findings,
        sketch=document_sketch(text),
        norms=[normalize_for_compare(f.exact) for f in findings],
    )


def store_evidence(store: Store, doc_id: int, extracted: Extracted) -> None:
    """Store evidence found by ``extract_evidence`` (inside the caller's transaction).
    Tracks an analyst changed since are read again: the document is then extracted anew
    for the tracks as they are now."""
    tracks = track_rows.list_tracks(store)
    if tracks != extracted.tracks:
        doc = dated_text(store, doc_id)
        extracted = extract_evidence(doc.text, doc.published, tracks)
    _store(store, doc_id, extracted)


def extract_document_into(store: Store, doc_id: int, tracks: Sequence[Track] | None = None) -> None:
    """(Re)extract one document's evidence for ``tracks`` (default: all live tracks)."""
    tracks = list(tracks) if tracks is not None else track_rows.list_tracks(store)
    doc = dated_text(store, doc_id)
    _store(store, doc_id, extract_evidence(doc.text, doc.published, tracks))


def _store(store: Store, doc_id: int, extracted: Extracted) -> None:
    with store.write():
        sync_excerpts(
            store, doc_id, extracted.findings, [t.id for t in extracted.tracks], extracted.norms
        )
        corpus.add_sketch(store, doc_id, extracted.sketch)
        corpus.enqueue(store, "document", [doc_id])


def reextract_track(store: Store, track: Track) -> None:
    """Pick up evidence for one (new or edited) track from every stored document; an
    archived track loses its evidence."""
    with store.write():
        for doc_id in document_rows.ids(store):
            if track.archived:
                findings: list[Finding] = []
            else:
                doc = dated_text(store, doc_id)
                findings = extract_document(doc.text, doc.published, [track])
            sync_excerpts(store, doc_id, findings, [track.id])


def warm_up(store: Store) -> None:
    """Compile the signal lexicon and the tracks' patterns ahead of the first import."""
    extract_document(
        "Trump and Putin agreed to meet in Budapest on Tuesday.",
        None,
        track_rows.list_tracks(store),
    )
