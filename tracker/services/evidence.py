"""A document's evidence: extracting it, storing it (ids kept across re-extraction) and
queueing what changed for ``assessments.refresh``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from tracker.app_info import __version__
from tracker.domain.errors import UserError
from tracker.domain.models import DatedText, Evidence, Finding, Track
from tracker.extract import Lexicon, load_lexicon
from tracker.extract.dupes import document_sketch
from tracker.extract.reach import may_reach_any, track_reach
from tracker.extract.text import normalize_for_compare
from tracker.infer.claims import claimed_status
from tracker.services.lexicon_rules import (
    active_rules,
    effective_lexicon,
    plain_findings,
    read_document,
)
from tracker.services.readings import Book, counts_on, judged_evidence, load_book, relink
from tracker.storage import corpus, excerpts, settings
from tracker.storage import documents as document_rows
from tracker.storage import judgements as judgement_rows
from tracker.storage import tracks as track_rows
from tracker.storage.db import Store, chunked

__all__ = [
    "TrackRecord",
    "claimed_status",
    "documents_to_reread",
    "evidence_count",
    "evidence_for",
    "extract_document_into",
    "forget_full_reading",
    "reading_is_current",
    "reading_lexicon",
    "record_full_reading",
    "reextract_document",
    "reextract_track",
    "store_evidence",
    "sync_excerpts",
    "tracks_version",
    "warm_up",
]


def evidence_for(
    store: Store,
    track_id: str,
    *,
    recorded_by: str | None = None,
    newest: int | None = None,
    include_rejected: bool = False,
    recorded_after: str | None = None,
) -> list[Evidence]:
    """The evidence of a track as the analysts read it (``services.readings``), by event
    date; ``recorded_by`` limits it to what had been recorded (and judged) by that time,
    ``recorded_after`` to what was recorded after that time, ``newest`` to that many of the
    latest event dates (what a window shows of a track with a very large record). Excerpts
    an analyst rejected or moved to another track are left out unless ``include_rejected``."""
    return judged_evidence(
        store,
        track_id,
        recorded_by=recorded_by,
        newest=newest,
        include_rejected=include_rejected,
        recorded_after=recorded_after,
    )


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
    """Make the stored excerpts of ``doc_id`` for ``tracks`` equal ``findings`` (``norms``:
    their normalised quotes, when read with them before the transaction).

    An excerpt keeps its id when the same span of the same track is found again (so
    overrides citing it stay valid); its other fields are updated. A sentence an analyst
    added as evidence of a track is not read for it again by the machine. The judgements
    on the document's excerpts are then linked to the excerpts they apply to now.
    """
    track_ids = list(tracks)
    if not track_ids:
        return
    findings = plain_findings(store, findings)
    existing, owned = excerpts.held_spans(store, doc_id, track_ids)
    now = store.now()
    seen: set[int] = set()
    touched: set[str] = set()
    new: list[tuple[Finding, str]] = []
    changed: list[int] = []
    for index, finding in enumerate(findings):
        if finding.track_id not in track_ids or _owned(finding, owned):
            continue
        excerpt_id = existing.get((finding.track_id, finding.start, finding.end))
        if excerpt_id is not None:
            seen.add(excerpt_id)
            if excerpts.refind(store, excerpt_id, finding):  # read otherwise than before
                touched.add(finding.track_id)
                changed.append(excerpt_id)
        else:
            touched.add(finding.track_id)
            norm = norms[index] if norms is not None else normalize_for_compare(finding.exact)
            new.append((finding, norm))
    # Stored together, in the findings' order: the ids they would get one at a time.
    added = excerpts.insert_many(store, new, document_id=doc_id, at=now)
    stale = [i for i in existing.values() if i not in seen]
    # Only the tracks whose evidence moved are recomputed: those of the excerpts gone, and
    # the tracks an analyst's judgement ties a changed or gone excerpt to.
    touched.update(key[0] for key, i in existing.items() if i not in seen)
    touched |= _judged_on(store, [*changed, *stale])
    if stale:
        added.extend(excerpts.remove(store, stale))
    corpus.enqueue(store, "excerpt", added)
    corpus.enqueue(store, "track", touched)
    relink(store, doc_id, track_ids)


def _judged_on(store: Store, excerpt_ids: Sequence[int]) -> set[str]:
    """The tracks whose judged evidence holds one of ``excerpt_ids``: those of the
    judgements on them, and the tracks an analyst moved them to."""
    found: set[str] = set()
    for chunk in chunked(excerpt_ids):
        for judgement in judgement_rows.for_excerpts(store, chunk):
            found.add(judgement.track_id)
            found.update(judgement.tracks or [])
    return found


def _owned(finding: Finding, owned: Sequence[tuple[str, int, int]]) -> bool:
    """Whether an analyst's excerpt of the finding's track covers most of the finding."""
    for track, start, end in owned:
        overlap = min(end, finding.end) - max(start, finding.start)
        if track == finding.track_id and overlap > 0 and 2 * overlap >= finding.end - finding.start:
            return True
    return False


def reextract_document(
    store: Store, doc_id: int, tracks: Sequence[Track], lexicon: Lexicon | None = None
) -> None:
    """Extract one stored document again for ``tracks`` (inside ``store.write()``) with
    ``lexicon`` (default: the one in force)."""
    doc = dated_text(store, doc_id)
    findings = read_document(store, doc.text, doc.published, tracks, lexicon)
    sync_excerpts(store, doc_id, findings, [t.id for t in tracks])


def extract_document_into(store: Store, doc_id: int, tracks: Sequence[Track] | None = None) -> None:
    """(Re)extract one document's evidence for ``tracks`` (default: all live tracks)."""
    tracks = list(tracks) if tracks is not None else track_rows.list_tracks(store)
    doc = dated_text(store, doc_id)
    findings = read_document(store, doc.text, doc.published, tracks)
    store_evidence(store, doc_id, findings, [t.id for t in tracks], document_sketch(doc.text))


def store_evidence(
    store: Store,
    doc_id: int,
    findings: Sequence[Finding],
    track_ids: Sequence[str],
    sketch: list[int],
    norms: Sequence[str] | None = None,
) -> None:
    """Store a document's evidence read elsewhere (a worker process) for ``track_ids``, its
    copy sketch, and queue it for ``assessments.refresh`` (``norms``: the findings'
    normalised quotes, read with them)."""
    with store.write():
        sync_excerpts(store, doc_id, findings, track_ids, norms)
        corpus.add_sketch(store, doc_id, sketch)
        corpus.enqueue(store, "document", [doc_id])


def reading_lexicon(store: Store) -> Lexicon:
    """The lexicon imports read with: the bundled one with the analysts' rules."""
    return effective_lexicon(store)


def tracks_version(store: Store) -> str:
    """Changes whenever a track is added, edited, archived or removed: evidence read with
    the tracks of one version is stored only while that version holds."""
    return track_rows.version(store)


# The program version and the analysts' rules in force the stored evidence was last read
# with throughout (a full pass records them): while they hold, a track edit reads only the
# documents the track can reach.
_READ_WITH = "evidence_read_with"


def _reading_fingerprint(store: Store) -> str:
    rules = ",".join(str(rule.id) for rule in active_rules(store))
    return f"{__version__}|{rules}"


def record_full_reading(store: Store) -> None:
    """Note that every stored document was just read with the tracks, lexicon and program
    in force (inside the pass's transaction)."""
    settings.put(store, _READ_WITH, _reading_fingerprint(store))


def forget_full_reading(store: Store) -> None:
    """Note that the tracks changed without the documents being read again (a track
    archived or brought back, a default track created): the next track edit reads every
    document, as a full pass would. With no document stored there is nothing to read, and
    the stored evidence (none) is current."""
    if document_rows.any_stored(store):
        settings.put(store, _READ_WITH, "")
    else:
        record_full_reading(store)


def reading_is_current(store: Store) -> bool:
    """Whether the stored evidence is the reading of the stored documents with the tracks,
    lexicon and program in force (so a document no track changed reads as stored)."""
    return settings.get(store, _READ_WITH) == _reading_fingerprint(store)


def documents_to_reread(
    store: Store,
    track: Track,
    previous: Track | None,
    live: Sequence[Track],
    lexicon: Lexicon,
) -> list[int] | None:
    """The documents whose evidence can change when ``track`` replaces ``previous`` (None:
    it is new) among the ``live`` tracks: those the track can reach as it was or as it is
    (``extract.reach``) and those holding its excerpts; None when every document must be
    read (the stored evidence was not read with the lexicon and program in force)."""
    if not document_rows.any_stored(store):
        return []
    if not reading_is_current(store):
        return None
    others = [t for t in live if t.id != track.id]
    reaches = [
        track_reach(t, others, lexicon)
        for t in (track, previous)
        if t is not None and not t.archived
    ]
    wanted = excerpts.documents_of_track(store, track.id)
    for doc_id, text in document_rows.all_texts(store):
        if doc_id not in wanted and reaches and may_reach_any(reaches, text):
            wanted.add(doc_id)
    return sorted(wanted)


def reextract_track(store: Store, track: Track, previous: Track | None = None) -> None:
    """Pick up evidence for one (new or edited) track from the stored documents; an
    archived track loses its evidence. ``previous``: the track as the stored evidence was
    read with it (None: it was not among the tracks read).

    A document is read with every live track, as an import reads it: a sentence two
    tracks could claim goes to the one it is about, so editing a track (narrowing its
    keywords) and reading every document again give the same evidence. Every track's
    excerpts of a document read are brought up to date, since a track's edit can move a
    sentence between it and another. Only the documents the track can reach, as it was or
    as it is, are read (``documents_to_reread``): every other reads the same with it and
    without it. Every document is read when the stored evidence was not read with the
    lexicon and program in force (the first edit after an upgrade, or after a lexicon
    change whose re-reading was put off); that pass records that it now is."""
    stored = track_rows.list_tracks(store)
    live = [
        track if t.id == track.id else t for t in stored if t.id != track.id or not track.archived
    ]
    if not track.archived and all(t.id != track.id for t in stored):
        live.append(track)
    ids = [t.id for t in live] + ([track.id] if track.archived else [])
    with store.write():
        lexicon = effective_lexicon(store)
        wanted = documents_to_reread(store, track, previous, live, lexicon)
        for doc_id in document_rows.ids(store) if wanted is None else wanted:
            doc = dated_text(store, doc_id)
            findings = read_document(store, doc.text, doc.published, live, lexicon) if live else []
            sync_excerpts(store, doc_id, findings, ids)
        if wanted is None:
            record_full_reading(store)


def warm_up(store: Store) -> None:
    """Compile the signal lexicon (with the analysts' rules) and the tracks' patterns ahead
    of the first import."""
    read_document(
        store,
        "Trump and Putin agreed to meet in Budapest on Tuesday.",
        None,
        track_rows.list_tracks(store),
    )


class TrackRecord:
    """Parts of one track's stored evidence, read on demand (what a briefing quotes); the
    whole record is never read.

    Every part comes as the analysts read it: rejected excerpts and excerpts moved to
    another track are left out, excerpts moved here are in (``by_ids``); the counts
    (``summary``, ``window_summary``) are the stored rows'."""

    def __init__(self, store: Store, track_id: str) -> None:
        self.store = store
        self.track_id = track_id
        self._book: Book | None = None

    def _judged(self, items: list[Evidence]) -> list[Evidence]:
        if self._book is None:
            self._book = load_book(self.store)
        if not self._book:
            return items
        lexicon = load_lexicon()
        judged = (self._book.judge(e, lexicon) for e in items)
        return [e for e in judged if counts_on(e, self.track_id)]

    def by_ids(self, excerpt_ids: Iterable[int]) -> list[Evidence]:
        wanted = set(excerpt_ids)
        found = self._judged(excerpts.evidence_by_ids(self.store, self.track_id, wanted))
        assert self._book is not None
        incoming = self._book.moved_into(self.track_id) & (wanted - {e.id for e in found})
        if incoming:
            lexicon = load_lexicon()
            for e in excerpts.evidence_any_track(self.store, sorted(incoming)):
                judged = self._book.judge(e, lexicon)
                if counts_on(judged, self.track_id):
                    moved = {"track_id": self.track_id, "home_track": e.track_id}
                    found.append(judged.model_copy(update=moved))
        return sorted(found, key=lambda e: e.id)

    def in_documents(self, doc_ids: Iterable[int]) -> list[Evidence]:
        return self._judged(excerpts.evidence_in_documents(self.store, self.track_id, doc_ids))

    def recorded_after(self, after: str) -> list[Evidence]:
        return self._judged(excerpts.evidence_recorded_after(self.store, self.track_id, after))

    def summary(self) -> tuple[int, int, str | None]:
        """(excerpts, documents, newest record time)."""
        return excerpts.record_summary(self.store, self.track_id)

    def window(
        self, recorded_after: str | None, events_since: date | None, newest: int
    ) -> list[Evidence]:
        """The ``newest`` excerpts recorded after ``recorded_after`` about events since
        ``events_since``, by (day, record time, id)."""
        return self._judged(
            excerpts.evidence_in_window(
                self.store,
                self.track_id,
                recorded_after=recorded_after,
                events_since=events_since,
                newest=newest,
            )
        )

    def window_summary(
        self, recorded_after: str | None, events_since: date | None, exclude: Sequence[int]
    ) -> tuple[int, int, int, str | None, date | None, date | None]:
        """(excerpts, documents, stating a status, newest record time, first and last day)
        of the window less ``exclude``."""
        return excerpts.window_summary(
            self.store,
            self.track_id,
            recorded_after=recorded_after,
            events_since=events_since,
            exclude=exclude,
        )
