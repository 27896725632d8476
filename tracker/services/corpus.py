"""Corpus housekeeping before inference: dates of undated documents, copies of one story,
near-identical excerpts.

Each step looks only at what changed: a new document is compared with candidate documents
(those sharing sampled shingles, ``document_sketches``, or holding one of its quotes), a
new excerpt with quotes of a similar length (``excerpt_keys``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from tracker.domain.models import Track
from tracker.extract.dates import (
    SHARES_NOTE,
    DocDateCache,
    DocDateInput,
    infer_document_dates,
    quotes_of,
)
from tracker.extract.dupes import (
    _MAX_POSTING,
    COPY_CONTAINMENT,
    best_copy_source,
    near_duplicate_of,
)
from tracker.extract.pagedays import (
    DONE_MODALITIES,
    DONE_SIGNALS,
    EVENT_NOTE,
    DatedReport,
    PageEvent,
    agreed_day,
    one_event,
    page_day,
)
from tracker.ingest.published import YEAR_ASSUMED
from tracker.services.evidence import reextract_document
from tracker.services.search import fts_query
from tracker.storage import corpus, excerpts
from tracker.storage import documents as document_rows
from tracker.storage.db import Store

# How many documents one quote's full-text search may name as anchors.
_QUOTE_MATCHES = 200


def sketch_candidates(store: Store, doc_id: int, *, earlier: bool) -> dict[int, int]:
    """``{document id: sampled shingles shared with doc_id}``; shingles shared by more than
    ``_MAX_POSTING`` documents are boilerplate and not counted (as in copy detection)."""
    below = doc_id if earlier else 1 << 62
    return corpus.shared_shingles(store, doc_id, below=below, most=_MAX_POSTING)


def _quote_candidates(store: Store, text: str) -> set[int]:
    """Documents holding all the words of one of ``text``'s quotes (full-text search)."""
    out: set[int] = set()
    for quote in quotes_of(text):
        query = fts_query(quote)
        if query is not None:
            out.update(document_rows.matching(store, query, _QUOTE_MATCHES))
    return out


def infer_dates(store: Store, tracks: Sequence[Track]) -> list[int]:
    """Date undated documents from corroborating dated ones; returns the ids changed.

    Each undated document is compared with candidate anchors only: documents that hold
    one of its quotes (full-text search) or share sampled shingles with it.
    """
    undated = document_rows.undated(store)
    if not undated:
        return []
    firm = document_rows.any_firmly_dated(store)
    allowed = ("stated", "analyst") if firm else ("stated", "analyst", "unknown")
    changed: list[int] = []
    cache = DocDateCache()  # an anchor is read once, however many documents it may date
    reports: dict[str, list[DatedReport]] = {}  # a track's dated reports, read once per pass
    for doc in undated:
        candidates = set(sketch_candidates(store, doc.id, earlier=False))
        candidates |= _quote_candidates(store, doc.text)
        candidates.discard(doc.id)
        anchors = [
            DocDateInput(id=a.id, text=a.text, published=a.published, basis=a.basis)
            for a in document_rows.dated(store, sorted(candidates))
            if a.basis in allowed
        ]
        # A date the document's own text gave (its dateline) is kept as it is; one borrowed
        # from another document is looked for again.
        borrowed = doc.note is None or doc.note.startswith((SHARES_NOTE, EVENT_NOTE))
        own = (
            DocDateInput(id=doc.id, text=doc.text)
            if borrowed or doc.published is None
            else DocDateInput(
                id=doc.id, text=doc.text, published=doc.published, basis=doc.basis, note=doc.note
            )
        )
        inferred = infer_document_dates([own, *anchors], cache=cache)
        new = inferred.get(doc.id)
        if new is None and borrowed:
            new = _date_by_events(store, doc.id, doc.text, tracks, reports)
        new_basis = "inferred" if new else "unknown"
        if (doc.published, doc.basis) != (new[0] if new else None, new_basis):
            document_rows.update(
                store,
                doc.id,
                {
                    "published": new[0].isoformat() if new else None,
                    "published_basis": new_basis,
                    "published_note": new[1] if new else None,
                },
            )
            changed.append(doc.id)
    for doc_id in changed:
        reextract_document(store, doc_id, tracks)
    return changed


def _date_by_events(
    store: Store,
    doc_id: int,
    text: str,
    tracks: Sequence[Track],
    anchors: dict[str, list[DatedReport]],
) -> tuple[date, str] | None:
    """An undated document's date from the events it tells as past that dated documents
    date to one day (``tracker.extract.pagedays``). ``anchors`` holds each track's dated
    reports once read: the pass dates undated documents only, so no report of a firmly
    dated document changes while it runs."""
    by_id = {t.id: t for t in tracks}
    signals, modalities = sorted(DONE_SIGNALS), sorted(DONE_MODALITIES)
    events: list[PageEvent] = []
    for track_id, start, exact, signal in excerpts.done_findings(
        store, doc_id, signals, modalities
    ):
        track = by_id.get(track_id)
        if track is None or not one_event(track):
            continue
        if track_id not in anchors:
            anchors[track_id] = [
                DatedReport(d, sentence, day, told)
                for d, sentence, day, told in excerpts.dated_done_findings(
                    store, track_id, signals, modalities
                )
            ]
        others = [a for a in anchors[track_id] if a.document_id != doc_id]
        agreed = agreed_day(exact, track, others, signal=signal)
        if agreed is not None:
            events.append(PageEvent(track, start, agreed, exact))
    return page_day(text, events) if events else None


def mark_copies(store: Store) -> list[int]:
    """Mark each queued (new) document that copies an earlier one; returns the ids changed.

    Candidates are the earlier documents holding ``COPY_CONTAINMENT`` of its sampled
    shingles (those shared by more than ``_MAX_POSTING`` earlier documents not counted, as
    boilerplate); the copy rule is then checked on their full shingle sets.
    """
    queued = sorted(int(i) for i in corpus.queued(store, "document"))
    # Each document's own facts read at once (each is changed below only after it is read);
    # its text only when it has candidates to compare.
    facts = corpus.copy_facts(store, queued)
    changed: list[int] = []
    known = [doc_id for doc_id in queued if doc_id in facts]
    for doc_id, shared in corpus.shared_with_earlier(store, known, most=_MAX_POSTING):
        current, size = facts[doc_id]
        # The share of its sampled, non-boilerplate shingles an earlier document holds
        # estimates the copy rule's share; the full shingle sets confirm it.
        ids = sorted(d for d, n in shared.items() if size and n / size >= COPY_CONTAINMENT)[:20]
        candidates = document_rows.texts(store, ids)
        source = None
        if candidates:
            text = document_rows.texts(store, [doc_id])[0][1]
            source = best_copy_source(text, candidates)
        new = None
        if source is not None:
            new = document_rows.duplicate_of(store, source) or source
        if new != current:
            document_rows.update(store, doc_id, {"duplicate_of": new})
            changed.append(doc_id)
    corpus.dequeue(store, "document", queued)
    return changed


def mark_excerpt_duplicates(store: Store) -> set[str]:
    """Point each queued (new) excerpt at the earliest near-identical excerpt of another
    document; returns the tracks whose excerpts changed."""
    queued = {int(i) for i in corpus.queued(store, "excerpt")}
    if not queued:
        return set()
    known = excerpts.quote_keys(store)
    targets = [row for row in known if row[0] in queued]
    matches = near_duplicate_of(targets, [row for row in known if row[0] not in queued])
    # Read at once: each excerpt is written once below, after it is read.
    stored = excerpts.tracks_and_originals(
        store, [row[0] for row in targets] + list(matches.values())
    )
    resolved: dict[int, int | None] = {}
    touched: set[str] = set()
    changes: dict[int, int | None] = {}
    for eid, _doc, _norm in sorted(targets):
        match = matches.get(eid)
        new: int | None = None
        if match is not None:
            if match in resolved:
                up = resolved[match]
            else:
                found = stored.get(match)
                up = None if found is None else found[1]
            new = up if up is not None else match
        resolved[eid] = new
        mine = stored.get(eid)
        if mine is not None and mine[1] != new:
            changes[eid] = new
            touched.add(mine[0])
    excerpts.set_originals(store, changes)
    corpus.dequeue(store, "excerpt", queued)
    return touched


_MIN_FIRM_FOR_YEARS = 3


def settle_years(store: Store, tracks: Sequence[Track]) -> list[int]:
    """Move an article whose dateline printed no year ("MOSCOW, November 2. /TASS/.") to a
    better year: the year that puts its day within a few weeks of a report dated in full on
    one of its own tracks ("PYONGYANG, June 18" beside a report of 18 June 2024), else the
    one, of the last two its day could fall in, nearest to the documents dated in full in
    the database (their median): an archive of last year's reporting stays last year's.
    Returns the ids changed."""
    assumed = document_rows.year_assumed(store, YEAR_ASSUMED)
    if not assumed:
        return []
    firm, middle = document_rows.firm_median(store)
    changed: list[int] = []
    for doc_id, when in assumed:
        settled = _year_of_its_tracks(store, doc_id, when) or _year_of_the_median(
            when, firm, middle
        )
        if settled is None or settled[0] == when:
            continue
        best, why = settled
        document_rows.update(
            store,
            doc_id,
            {"published": best.isoformat(), "published_note": f"{YEAR_ASSUMED}: {why}"},
        )
        changed.append(doc_id)
    for doc_id in changed:
        reextract_document(store, doc_id, tracks)
    return changed


# How near a report dated in full on the same track must be for its year to date a day
# printed without one: the reports of one visit, summit or round come within days of each
# other, and a year's difference is 365 days.
_TRACK_YEAR_REACH = 45


def _year_of_its_tracks(store: Store, doc_id: int, when: date) -> tuple[date, str] | None:
    """The day ``when`` moved to the year nearest a document dated in full that holds
    evidence for the same tracks (within ``_TRACK_YEAR_REACH`` days), never after ``when``
    (the latest such day not after the import); None when no such report is near."""
    own = sorted(excerpts.tracks_of_documents(store, [doc_id]))
    best: tuple[int, date, date] | None = None
    for firm in document_rows.firm_dates_on_tracks(store, own, doc_id, YEAR_ASSUMED):
        for year in (firm.year - 1, firm.year, firm.year + 1):
            day = _same_day(when, year)
            if day is None or day > when:
                continue
            gap = abs((day - firm).days)
            if gap <= _TRACK_YEAR_REACH and (best is None or gap < best[0]):
                best = (gap, day, firm)
    if best is None:
        return None
    _gap, day, firm = best
    return day, (f"year {day.year}, nearest a report dated on the same track ({firm.isoformat()})")


def _year_of_the_median(when: date, firm: int, middle: date | None) -> tuple[date, str] | None:
    """``when`` or the same day a year earlier, whichever is nearer the median of the
    documents dated in full (when there are enough of them)."""
    if firm < _MIN_FIRM_FOR_YEARS or middle is None:
        return None
    options = [d for d in (_same_day(when, when.year - 1), when) if d is not None]
    best = min(options, key=lambda d: (abs((d - middle).days), -d.year))
    return best, (
        f"year {best.year}, nearest to the {firm} documents dated in full "
        f"(median {middle.isoformat()})"
    )


def _same_day(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:
        return None


def tidy(store: Store, tracks: Sequence[Track]) -> set[str]:
    """Dates, copies and near-duplicates brought up to date (inside ``store.write()``);
    returns the tracks whose evidence these facts changed."""
    dated = infer_dates(store, tracks)
    dated += [i for i in settle_years(store, tracks) if i not in dated]
    copies = mark_copies(store)
    touched = excerpts.tracks_of_documents(store, dated + copies)
    return touched | mark_excerpt_duplicates(store)
