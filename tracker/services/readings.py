"""The judged reading of the evidence: the machine's excerpts with the analysts'
judgements applied, which is what inference, the window, the command line and briefings
use.

A judgement is anchored by its quote. After every (re-)extraction of a document,
``relink`` places each judgement's quote in the document's text again (exact position,
then quote search, then a fuzzy match, as ``verify`` does) and links it to the excerpt of
its track that covers most of that span; a judgement no excerpt covers any more is
*orphaned*: kept, listed, and applied again as soon as an excerpt covers its quote.

An excerpt's reading is its judgements folded oldest first (a later value of a field wins;
notes add up). A copy of an excerpt (the same words republished, ``duplicate_of``) takes
the judgements of its original too, so rejecting a sentence once rejects it in every copy.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tracker.domain.models import Evidence, ReadingKind
from tracker.domain.readings import NO_SIGNAL, Judgement
from tracker.extract.anchoring import reanchor
from tracker.extract.lexicon import Lexicon, load_lexicon
from tracker.extract.rulenames import SET_BY_ANALYST
from tracker.storage import corpus, excerpts
from tracker.storage import documents as document_rows
from tracker.storage import judgements as judgement_rows
from tracker.storage.db import Store

ANALYST_READINGS = frozenset({"confirmed", "corrected", "added"})


@dataclass
class Fold:
    """The judgements of one excerpt, folded oldest first."""

    judgements: list[Judgement]
    verdict: str | None = None
    reason: str | None = None
    signal: str | None = None  # NO_SIGNAL: no status signal
    modality: str | None = None
    event_date: date | None = None
    date_precision: str | None = None
    tracks: list[str] | None = None
    notes: list[str] = field(default_factory=list)
    added: bool = False

    @property
    def kind(self) -> ReadingKind:
        if self.verdict == "rejected":
            return "rejected"
        if self.added:
            return "added"
        if self.corrected:
            return "corrected"
        return "confirmed" if self.verdict == "confirmed" else "machine"

    @property
    def corrected(self) -> bool:
        return (
            self.signal is not None
            or self.modality is not None
            or self.event_date is not None
            or self.tracks is not None
        )

    @property
    def last(self) -> Judgement:
        return self.judgements[-1]


def fold(judgements: Iterable[Judgement]) -> Fold:
    """Fold judgements (oldest first) into one reading."""
    out = Fold(list(judgements))
    for j in out.judgements:
        out.added = out.added or j.kind == "add"
        if j.verdict is not None:
            out.verdict = j.verdict
            out.reason = j.reason if j.verdict == "rejected" else None
        if j.signal is not None:
            out.signal = j.signal
        if j.modality is not None:
            out.modality = j.modality
        if j.event_date is not None:
            out.event_date, out.date_precision = j.event_date, j.date_precision
        if j.tracks is not None:
            out.tracks = list(j.tracks)
        if j.note:
            out.notes.append(j.note)
    return out


def _signal_update(e: Evidence, f: Fold, lexicon: Lexicon) -> dict[str, Any]:
    if f.signal is None:
        return {}
    signal = None if f.signal == NO_SIGNAL else f.signal
    if signal == e.signal and not (signal and e.context):
        return {}
    return {
        "signal": signal,
        "cameo": lexicon.cameo(signal),
        "plover": lexicon.plover(signal),
        # An analyst who gives a context sentence a signal means it to count.
        "context": e.context and signal is None,
    }


def apply(e: Evidence, f: Fold, lexicon: Lexicon, *, via: int | None = None) -> Evidence:
    """``e`` as the analyst reads it."""
    update: dict[str, Any] = _signal_update(e, f, lexicon)
    machine: dict[str, str | None] = {}
    if "signal" in update:
        machine["signal"] = e.signal
        machine["rule"] = e.rule
        update["rule"] = SET_BY_ANALYST
    if f.modality is not None and f.modality != e.modality:
        machine["modality"] = e.modality
        update["modality"] = f.modality
    if f.event_date is not None and (f.event_date, f.date_precision) != (
        e.event_date,
        e.date_precision,
    ):
        machine["event_date"] = e.event_date.isoformat() if e.event_date else None
        machine["date_precision"] = e.date_precision
        update.update(
            event_date=f.event_date, date_precision=f.date_precision, date_basis="analyst"
        )
    update.update(
        reading=f.kind,
        reject_reason=f.reason if f.kind == "rejected" else None,
        judged_by=f.last.analyst,
        judged_at=f.last.created_at,
        notes=list(f.notes),
        machine=machine,
        judged_tracks=f.tracks,
        judged_via=via,
    )
    return e.model_copy(update=update)


def counts_on(e: Evidence, track_id: str) -> bool:
    """Whether a judged excerpt counts as evidence of ``track_id``."""
    if e.reading == "rejected":
        return False
    return e.judged_tracks is None or track_id in e.judged_tracks


class Book:
    """The judgements in force, by the excerpt they apply to."""

    def __init__(self, judgements: Sequence[Judgement]) -> None:
        self.by_excerpt: dict[int, list[Judgement]] = defaultdict(list)
        self.orphans: list[Judgement] = []
        for j in judgements:
            if j.excerpt_id is None:
                self.orphans.append(j)
            else:
                self.by_excerpt[j.excerpt_id].append(j)

    def __bool__(self) -> bool:
        return bool(self.by_excerpt)

    def judgements_of(self, e: Evidence) -> tuple[list[Judgement], int | None]:
        """``e``'s own judgements with those of the excerpt it copies (same track)."""
        own = self.by_excerpt.get(e.id, [])
        original = e.duplicate_of
        inherited: list[Judgement] = []
        if original is not None:
            inherited = [j for j in self.by_excerpt.get(original, []) if j.track_id == e.track_id]
        if not inherited:
            return own, None
        return sorted([*own, *inherited], key=lambda j: j.id or 0), original

    def judge(self, e: Evidence, lexicon: Lexicon) -> Evidence:
        found, via = self.judgements_of(e)
        if not found:
            return e
        return apply(e, fold(found), lexicon, via=via)

    def moved_into(self, track_id: str) -> set[int]:
        """Excerpts read for another track that the analyst says are evidence of this one."""
        out: set[int] = set()
        for excerpt_id, found in self.by_excerpt.items():
            tracks = fold(found).tracks
            if tracks and track_id in tracks and found[0].track_id != track_id:
                out.add(excerpt_id)
        return out


def load_book(store: Store, *, at: str | None = None) -> Book:
    """The judgements in force now (or at record time ``at``)."""
    return Book(judgement_rows.active(store, at=at))


def _order(e: Evidence) -> tuple[bool, date, int, int]:
    return (e.event_date is None, e.event_date or date.min, e.document_id, e.start)


def judged_evidence(
    store: Store,
    track_id: str,
    *,
    recorded_by: str | None = None,
    newest: int | None = None,
    include_rejected: bool = False,
    recorded_after: str | None = None,
) -> list[Evidence]:
    """A track's evidence as the analysts read it, by event date (undated last);
    ``recorded_after`` keeps what was recorded after that time.

    Rejected excerpts and excerpts moved to another track are left out unless
    ``include_rejected`` (what a list shows, marked); excerpts of other tracks the analyst
    moved here are in, with ``home_track`` naming where they were read.
    """
    own = excerpts.evidence_for(
        store, track_id, recorded_by=recorded_by, newest=newest, recorded_after=recorded_after
    )
    book = load_book(store, at=recorded_by)
    if not book:
        return own
    lexicon = load_lexicon()
    out = [
        judged
        for judged in (book.judge(e, lexicon) for e in own)
        if include_rejected or counts_on(judged, track_id)
    ]
    incoming = book.moved_into(track_id)
    if incoming:
        moved = _moved_in(store, book, lexicon, track_id, incoming, recorded_by, include_rejected)
        out += [e for e in moved if recorded_after is None or e.recorded_at > recorded_after]
    out.sort(key=_order)
    return out


def _moved_in(
    store: Store,
    book: Book,
    lexicon: Lexicon,
    track_id: str,
    incoming: set[int],
    recorded_by: str | None,
    include_rejected: bool,
) -> list[Evidence]:
    """The excerpts (and their copies) of other tracks the analyst moved to ``track_id``."""
    out: list[Evidence] = []
    wanted = incoming | set(excerpts.copies_of(store, sorted(incoming)))
    for e in excerpts.evidence_any_track(store, sorted(wanted)):
        if e.track_id == track_id or (recorded_by is not None and e.recorded_at > recorded_by):
            continue
        judged = book.judge(e, lexicon)
        here = bool(judged.judged_tracks) and track_id in (judged.judged_tracks or [])
        if here and (include_rejected or judged.reading != "rejected"):
            out.append(judged.model_copy(update={"track_id": track_id, "home_track": e.track_id}))
    return out


def judged_for_track(store: Store, track_id: str) -> list[Evidence]:
    """The excerpts of a track that carry judgements (their copies aside), as judged:
    rejected ones, ones moved away and ones moved here included, by id."""
    book = load_book(store)
    if not book:
        return []
    lexicon = load_lexicon()
    out: list[Evidence] = []
    for e in excerpts.evidence_any_track(store, sorted(book.by_excerpt)):
        judged = book.judge(e, lexicon)
        if e.track_id == track_id:
            out.append(judged)
        elif judged.judged_tracks and track_id in judged.judged_tracks:
            out.append(judged.model_copy(update={"track_id": track_id, "home_track": e.track_id}))
    return sorted(out, key=lambda e: e.id)


def judged_excerpt(store: Store, excerpt_id: int) -> Evidence | None:
    """One excerpt as the analysts read it (rejected or moved, it is still returned)."""
    e = excerpts.get(store, excerpt_id)
    if e is None:
        return None
    return load_book(store).judge(e, load_lexicon())


# --- relinking judgements after (re-)extraction --------------------------------------------


def link_target(
    text: str, judgement: Judgement, spots: Sequence[tuple[int, str, int, int]]
) -> int | None:
    """The excerpt (of ``spots``: id, track, start, end) a judgement applies to in ``text``:
    its quote placed again, then the excerpt of its track that covers most of it (at least
    half of the shorter of the two spans); ``None`` when there is none."""
    anchor = reanchor(
        text, judgement.exact, judgement.prefix, judgement.suffix, judgement.start, judgement.end
    )
    if anchor.start is None or anchor.end is None:
        return None
    best: tuple[tuple[int, bool, int], int] | None = None
    for excerpt_id, track, start, end in spots:
        if track != judgement.track_id:
            continue
        overlap = min(end, anchor.end) - max(start, anchor.start)
        if overlap <= 0 or 2 * overlap < min(end - start, anchor.end - anchor.start):
            continue
        rank = (overlap, excerpt_id == judgement.excerpt_id, -abs(start - anchor.start))
        if best is None or rank > best[0]:
            best = (rank, excerpt_id)
    return None if best is None else best[1]


def relink(store: Store, document_id: int, track_ids: Sequence[str]) -> set[str]:
    """Link the judgements on one document's excerpts of ``track_ids`` to the excerpts they
    apply to now (inside ``store.write()``); queues and returns the tracks whose judged
    evidence changed."""
    found = judgement_rows.for_document(store, document_id, list(track_ids)) if track_ids else []
    if not found:
        return set()
    texts = document_rows.texts(store, [document_id])
    text = texts[0][1] if texts else ""
    spots = excerpts.placed(store, document_id, list(track_ids))
    touched: set[str] = set()
    for j in found:
        target = link_target(text, j, spots)
        if target != j.excerpt_id:
            judgement_rows.set_link(store, j.id or 0, target)
            touched.add(j.track_id)
            touched.update(j.tracks or [])
    corpus.enqueue(store, "track", touched)
    return touched


def orphans(store: Store) -> list[Judgement]:
    """Judgements in force that no excerpt covers now, oldest first."""
    return load_book(store).orphans


def is_reviewed(e: Evidence) -> bool:
    """Whether an analyst has read this excerpt (confirmed, corrected, added or rejected)."""
    return e.reading != "machine"
