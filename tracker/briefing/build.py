"""Gather a briefing's content from the database: no formatting, no files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from itertools import zip_longest
from pathlib import PurePath

from tracker.briefing.changes import Window, changes
from tracker.briefing.language import (
    check_estimative,
    confidence_sentence,
    fmt_date,
    fmt_time,
    grade,
    likelihood_sentence,
    outlet_or_title,
    sentence,
    status_words,
)
from tracker.briefing.model import (
    Briefing,
    ContestedRow,
    OverrideInfo,
    Quote,
    Source,
    TrackBriefing,
)
from tracker.domain.models import DocumentSummary, Evidence, NextEvent, Override, Track
from tracker.domain.readings import reason_words
from tracker.domain.times import format_time
from tracker.domain.vocabulary import label
from tracker.services.assessments import latest_assessment
from tracker.services.briefings import (
    audit_head,
    copy_links,
    document_copy_links,
    document_summaries,
    last_briefing_at,
    newest_excerpt_ids,
)
from tracker.services.database import Store
from tracker.services.evidence import TrackRecord
from tracker.services.overrides import active_override
from tracker.services.readings import counts_on, judged_for_track
from tracker.services.status import (
    TrackStatus,
    track_status,
)
from tracker.services.tracks import get_track, list_tracks

# How many quotes "key evidence" shows at most per track (decisive ones first).
KEY_EVIDENCE_LIMIT = 6
# How many quotes contesting the status the side-by-side table shows per track (the newest;
# the rest are counted, and ``tracker explain`` lists them all).
CONTESTED_LIMIT = 10
# How many other places carrying the same words a quote or a source names (the rest counted).
ALSO_IN_LIMIT = 8


def cutoff_of(since: dt.date | dt.datetime | str | None) -> str | None:
    """The record-time cut-off as stored text.

    A ``date`` means "from the start of that day (UTC)"; a ``datetime`` is exact; a string
    is taken as a stored record time.
    """
    if since is None:
        return None
    if isinstance(since, str):
        return since
    if isinstance(since, dt.datetime):
        moment = since if since.tzinfo is not None else since.replace(tzinfo=dt.UTC)
        return format_time(moment)
    # Every record time on that day sorts after the bare date.
    return since.isoformat()


def since_label(cutoff: str | None) -> str:
    if cutoff is None:
        return "everything on record"
    if len(cutoff) == 10:
        return f"since {fmt_date(dt.date.fromisoformat(cutoff))}"
    return f"since {fmt_time(cutoff)}"


def select_tracks(store: Store, tracks: Sequence[str] | None) -> list[Track]:
    """The named tracks in the order given (``NotFoundError`` for an unknown one), or every
    live track."""
    if tracks is None:
        return list_tracks(store)
    chosen: list[Track] = []
    seen: set[str] = set()
    for track_id in tracks:
        if track_id in seen:
            continue
        seen.add(track_id)
        chosen.append(get_track(store, track_id))
    return chosen


def build_briefing(
    store: Store,
    tracks: Sequence[str] | None = None,
    since: dt.date | None = None,
    now: dt.datetime | None = None,
    *,
    new_since: dt.date | dt.datetime | str | None = None,
    first: bool | None = None,
) -> Briefing:
    """The content of a briefing on ``tracks`` (default: every live track).

    "What changed" covers world events on or after ``since`` (a date: event dates, the
    day of an analyst's action) and records made after ``new_since`` (a date, a datetime
    or a stored record time); either or both may be given, and neither means everything.
    ``first`` (default: whether no briefing is on record) counts new evidence instead of
    listing it.
    """
    if isinstance(since, dt.datetime) or (since is not None and not isinstance(since, dt.date)):
        raise TypeError("since is a date (events from that day on); use new_since for a time")
    selected = select_tracks(store, tracks)
    cutoff = cutoff_of(new_since)
    first = last_briefing_at(store) is None if first is None else first
    window = Window(events_since=since, recorded_after=cutoff, first=first)
    generated = now or dt.datetime.now(dt.UTC)
    seq, head_hash = audit_head(store)
    briefs = [_track_briefing(store, track, window, generated.date()) for track in selected]
    check_estimative(
        [
            s
            for b in briefs
            for s in (*b.bluf, b.next_event, *(c.summary for c in b.changes), b.contested_note)
            if s
        ]
    )
    return Briefing(
        generated_at=generated,
        since=cutoff,
        since_label=window.label(),
        events_since=since,
        first=first,
        tracks=briefs,
        sources=_sources(store, _cited(briefs)),
        head_seq=seq,
        head_hash=head_hash,
    )


# --- evidence and copies -------------------------------------------------------------------


class _Evidence:
    """A track's evidence with copies of one story folded into their originals, read as
    the briefing asks for it: the excerpts it quotes, their originals and copies, what was
    recorded after the cut-off — never the whole record unless nothing else will do.

    An excerpt's *root* is the original its copy chain leads to: a near-identical quote it
    was marked as copying (``duplicate_of``, when on this track), else the first excerpt
    with the same words in the document its own document copies; the copies of a root are
    the excerpts whose chain ends there.
    """

    def __init__(self, record: TrackRecord) -> None:
        self.record = record
        self.by_id: dict[int, Evidence | None] = {}  # None: not on this track
        self._first: dict[int, dict[str, int]] = {}  # document -> words -> first excerpt
        self._copies: dict[int, list[Evidence]] = {}
        # The ids of the track's excerpts that may copy another, by the excerpt and by the
        # document they copy (read once, bare ids, when the first quote asks who copies it).
        self._copiers: tuple[dict[int, list[int]], dict[int, list[int]]] | None = None

    def keep(self, items: list[Evidence]) -> list[Evidence]:
        for e in items:
            self.by_id[e.id] = e
        return list(items)

    def get(self, excerpt_id: int) -> Evidence | None:
        if excerpt_id not in self.by_id:
            self.load([excerpt_id])
        return self.by_id[excerpt_id]

    def load(self, ids: Iterable[int]) -> None:
        missing = [i for i in ids if i not in self.by_id]
        if missing:
            self.keep(self.record.by_ids(missing))
            for i in missing:
                self.by_id.setdefault(i, None)

    def _first_with(self, doc_id: int, words: str) -> int | None:
        """The first excerpt of the track in ``doc_id`` with these words."""
        if doc_id not in self._first:
            first: dict[str, int] = {}
            for e in self.keep(self.record.in_documents([doc_id])):
                first.setdefault(_norm(e.exact), e.id)
            self._first[doc_id] = first
        return self._first[doc_id].get(words)

    def _next(self, e: Evidence) -> int | None:
        if e.duplicate_of is not None and self.get(e.duplicate_of) is not None:
            return e.duplicate_of
        if e.document_duplicate_of is not None:
            return self._first_with(e.document_duplicate_of, _norm(e.exact))
        return None

    def root_of(self, e: Evidence) -> int:
        seen = {e.id}
        current = e
        while True:
            nxt = self._next(current)
            if nxt is None or nxt in seen:
                return current.id
            seen.add(nxt)
            found = self.get(nxt)
            assert found is not None
            current = found

    def is_copy(self, e: Evidence) -> bool:
        nxt = self._next(e)
        return nxt is not None and nxt != e.id

    def _copying(self, frontier: set[int]) -> list[Evidence]:
        """The track's excerpts that are near-identical copies of one of ``frontier`` or sit
        in a document copying one of theirs, by id (from one read of the ids of the track's
        possible copies; only the copies found are read whole)."""
        if self._copiers is None:
            by_excerpt: dict[int, list[int]] = {}
            by_document: dict[int, list[int]] = {}
            for excerpt_id, near, document_copies, _ in copy_links(
                self.record.store, self.record.track_id
            ):
                if near is not None:
                    by_excerpt.setdefault(near, []).append(excerpt_id)
                if document_copies is not None:
                    by_document.setdefault(document_copies, []).append(excerpt_id)
            self._copiers = (by_excerpt, by_document)
        by_excerpt, by_document = self._copiers
        found: set[int] = set()
        for excerpt_id in frontier:
            found.update(by_excerpt.get(excerpt_id, []))
            held = self.by_id.get(excerpt_id)
            if held is not None:
                found.update(by_document.get(held.document_id, []))
        self.load(found)
        return [e for i in sorted(found) if (e := self.by_id[i]) is not None]

    def copies(self, root: int) -> list[Evidence]:
        """The excerpts whose copy chain ends at ``root``, by id."""
        if root not in self._copies:
            found: dict[int, Evidence] = {}
            frontier = {root}
            while frontier:
                step = {
                    e.id: e
                    for e in self.keep(self._copying(frontier))
                    if e.id not in found and e.id != root and self.root_of(e) == root
                }
                found.update(step)
                frontier = set(step)
            self._copies[root] = [found[i] for i in sorted(found)]
        return self._copies[root]

    def quote(self, excerpt_id: int) -> Quote | None:
        first = self.get(excerpt_id)
        if first is None:
            return None
        e = self.by_id[self.root_of(first)]
        assert e is not None
        also = sorted(
            {_where(c.outlet, c.document_title, c.published) for c in self.copies(e.id)}
            - {_where(e.outlet, e.document_title, e.published)}
        )
        return Quote(
            excerpt_id=e.id,
            document_id=e.document_id,
            text=" ".join(e.exact.split()),
            speaker=e.speaker,
            outlet=e.outlet,
            document_title=e.document_title,
            published=e.published,
            event_date=e.event_date,
            signal=e.signal,
            modality=e.modality,
            reliability=e.reliability,
            credibility=e.credibility,
            grade=grade(e.reliability, e.credibility),
            also_in=also[:ALSO_IN_LIMIT],
            also_more=max(0, len(also) - ALSO_IN_LIMIT),
            reading=e.reading,
            judgement=_judgement_sentence(e),
        )

    def quotes(self, ids: Iterable[int]) -> list[Quote]:
        ids = list(ids)
        self.load(ids)
        out: list[Quote] = []
        seen: set[int] = set()
        for excerpt_id in ids:
            q = self.quote(excerpt_id)
            if q is not None and q.excerpt_id not in seen:
                seen.add(q.excerpt_id)
                out.append(q)
        return out

    def newest_quotes(
        self,
        among: Sequence[int] | None,
        limit: int,
        *,
        stating: bool = False,
        leave_out: Iterable[int] = (),
    ) -> tuple[list[Quote], bool]:
        """The ``limit`` newest quotes (copies folded into their originals) of the excerpts
        ``among`` (default: the track's; only those stating a status when ``stating``),
        none of ``leave_out``, newest first; and whether there were more than ``limit``.
        The ids come newest first from the database a page at a time (the newest reports,
        each quoted as its original), so only what may be quoted is read."""
        out: list[Quote] = []
        seen = set(leave_out)
        page = max(limit * 2, 8)
        offset = 0
        while True:
            ids = newest_excerpt_ids(
                self.record.store,
                self.record.track_id,
                among=among,
                stating=stating,
                limit=page,
                offset=offset,
            )
            offset += len(ids)
            for q in self.quotes(ids):
                if q.excerpt_id in seen:
                    continue
                if len(out) == limit:  # one more than the budget: the rest are counted
                    return sorted(out, key=_newest_first), True
                seen.add(q.excerpt_id)
                out.append(q)
            if len(ids) < page:
                return sorted(out, key=_newest_first), False


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _where(outlet: str | None, title: str, published: dt.date | None) -> str:
    """``Atlantic Council, 22 Oct 2025``; an article without an outlet goes by its title."""
    return f"{outlet_or_title(outlet, title)}, {fmt_date(published)}"


def _newest_first(q: Quote) -> tuple[int, int]:
    day = q.event_date or q.published
    return (-(day.toordinal() if day else 0), q.excerpt_id)


# --- one track -----------------------------------------------------------------------------


def _track_briefing(store: Store, track: Track, window: Window, today: dt.date) -> TrackBriefing:
    st = track_status(store, track.id, today=today)
    assessment = latest_assessment(store, track.id)
    override = active_override(store, track.id)
    evidence = _Evidence(TrackRecord(store, track.id))
    judged = judged_for_track(store, track.id)

    decisive = assessment.decisive_ids if assessment else []
    key_ids: list[int] = [*decisive]
    if st.latest is not None:
        key_ids.append(st.latest.excerpt)
    if override is not None:
        key_ids.extend(override.evidence_ids)
    key = evidence.quotes(key_ids)
    if not key:  # no status is inferred: the newest excerpts that state one
        key, _ = evidence.newest_quotes(None, 3, stating=True)
    key = sorted(key, key=_newest_first)[:KEY_EVIDENCE_LIMIT]
    rows, contested_note = _contested(track, st, evidence, decisive)

    since_day = st.since
    return TrackBriefing(
        id=track.id,
        title=track.title,
        kind=track.kind.value,
        status=st.status,
        status_label=label(st.status) if st.status else "Unknown",
        source=st.source,
        status_since=since_day,
        confidence=st.confidence,
        contested=st.contested,
        needs_review=st.needs_review,
        review_reason=st.review_reason,
        bluf=_bluf(track, st, override, since_day),
        explanation=st.explanation,
        changes=changes(store, track, window, evidence),
        key_evidence=key,
        contested_rows=rows,
        contested_note=contested_note,
        override=_override_info(override) if override else None,
        next_event=_next_event_sentence(st.next_event, overdue=st.next_event_overdue),
        judgements=_judgements(judged, track.id),
        rejected_count=sum(1 for e in judged if e.reading == "rejected"),
    )


def _contested(
    track: Track, st: TrackStatus, evidence: _Evidence, decisive: Sequence[int]
) -> tuple[list[ContestedRow], str | None]:
    """The side-by-side rows, decisive quotes against the newest ``CONTESTED_LIMIT``
    quotes contesting them, and a sentence counting the contesting excerpts when not every
    one is quoted."""
    if not (st.contested and st.contested_ids):
        return [], None
    left = sorted(evidence.quotes(decisive), key=_newest_first)
    right, more = evidence.newest_quotes(
        st.contested_ids, CONTESTED_LIMIT, leave_out=(q.excerpt_id for q in left)
    )
    rows = [ContestedRow(decisive=a, contested=b) for a, b in zip_longest(left, right)]
    if not more:
        return rows, None
    total = len(set(st.contested_ids))
    note = sentence(
        f"{total:,} excerpts contest this status; the newest {len(right)} are quoted here, "
        f"with their copies folded in. “tracker explain {track.id}” lists every one"
    )
    return rows, note


def _bluf(
    track: Track, st: TrackStatus, override: Override | None, since_day: dt.date | None
) -> list[str]:
    status = status_words(st.status)
    when = f" since {fmt_date(since_day)}" if since_day else ""
    out: list[str] = []
    if st.status is None:
        out.append(sentence("Status: unknown; there is no evidence about this track yet"))
    elif override is not None:
        inferred = status_words(st.inferred_status)
        alone = (
            f"; the evidence alone indicates {inferred}"
            if st.inferred_status != st.status
            else "; the evidence agrees"
        )
        out.append(sentence(f"Status: {status}{when}, set by analyst {override.analyst}{alone}"))
    else:
        out.append(sentence(f"Status: {status}{when}, inferred from {_support(st)}"))
    if override is not None and override.likelihood:
        out.append(likelihood_sentence(f"the {track.kind.value} is {status}", override.likelihood))
    if override is not None and override.confidence:
        out.append(confidence_sentence("The analyst holds this judgement", override.confidence))
    elif override is not None:
        out.append(
            sentence(
                f"The override states no confidence level; the evidence-based assessment "
                f"({status_words(st.inferred_status)}) is held with {st.confidence} confidence"
            )
        )
    elif st.status is not None:
        out.append(confidence_sentence("The tracker holds this assessment", st.confidence))
    if st.contested:
        out.append(sentence("The evidence is contested: sources disagree on the status"))
    if st.needs_review and st.review_reason:
        out.append(sentence(f"Flagged for review: {st.review_reason}"))
    return out


def _support(st: TrackStatus) -> str:
    """``15 excerpts from 5 independent sources``: the evidence behind the status, counted
    as ``explain`` counts it."""
    sources = "source" if st.independent_sources == 1 else "sources"
    where = f"{st.independent_sources} independent {sources}"
    if st.support_count is None:  # an assessment recorded before the count was kept
        return where
    excerpts = "excerpt" if st.support_count == 1 else "excerpts"
    return f"{st.support_count} {excerpts} from {where}"


def _next_event_sentence(event: NextEvent | None, *, overdue: bool = False) -> str:
    if event is None or (event.date is None and not event.place and not event.what):
        return "No next event is on record."
    parts = [event.what or "next event"]
    if event.date:
        parts.append(f"on {fmt_date(event.date)}")
    if event.place:
        parts.append(f"in {event.place}")
    if overdue:
        parts.append("(overdue: the date has passed with no report of it)")
    return sentence("Next: " + " ".join(parts))


def _override_info(o: Override) -> OverrideInfo:
    data = o.model_dump() | {"reason": " ".join(o.reason.split()), "status_label": label(o.status)}
    return OverrideInfo.model_validate(data)


# --- analysts' judgements ------------------------------------------------------------------

_READ = {"confirmed": "Confirmed", "corrected": "Corrected", "added": "Added as evidence"}


def _judgement_sentence(e: Evidence) -> str | None:
    """``Confirmed by alice.``, ``Corrected by alice (machine: signal cancelled).``"""
    if e.reading not in _READ or not e.judged_by:
        return None
    was = ""
    if e.machine:
        shown = []
        if "signal" in e.machine:
            shown.append(f"signal {status_words(e.machine['signal'])}")
        if "modality" in e.machine:
            shown.append(f"modality {e.machine['modality']}")
        if "event_date" in e.machine:
            day = (
                dt.date.fromisoformat(e.machine["event_date"]) if e.machine["event_date"] else None
            )
            shown.append(f"dated {fmt_date(day) if day else 'not at all'}")
        was = f" (machine reading: {', '.join(shown)})"
    return sentence(f"{_READ[e.reading]} by analyst {e.judged_by}{was}")


def _judgements(shown: Sequence[Evidence], track_id: str) -> list[str]:
    """One sentence per judged excerpt of the track, naming the analyst."""
    out: list[str] = []
    for e in sorted(shown, key=lambda x: x.id):
        where = f"excerpt {e.id} ({_where(e.outlet, e.document_title, e.published)})"
        if e.reading == "rejected":
            out.append(
                sentence(
                    f"Analyst {e.judged_by} rejected {where} as {reason_words(e.reject_reason)}; "
                    "it is left out"
                )
            )
        elif not counts_on(e, track_id):
            out.append(
                sentence(
                    f"Analyst {e.judged_by} moved {where} to {', '.join(e.judged_tracks or [])}"
                )
            )
        elif e.reading in _READ:
            tail = " as evidence" if e.reading == "added" else ""
            out.append(sentence(f"Analyst {e.judged_by} {e.reading} {where}{tail}"))
    return out


# --- sources -------------------------------------------------------------------------------


def _cited(briefs: Sequence[TrackBriefing]) -> set[int]:
    """The documents whose words the briefing quotes (key evidence, contested claims, changes)."""
    quotes: list[Quote | None] = []
    for brief in briefs:
        quotes += brief.key_evidence
        quotes += [q for row in brief.contested_rows for q in (row.decisive, row.contested)]
        quotes += [c.quote for c in brief.changes]
    return {q.document_id for q in quotes if q is not None}


def _sources(store: Store, cited: set[int]) -> list[Source]:
    """The sources list: the articles quoted, with their copies folded in (a briefing over a
    large corpus lists what it cites, not every article on record). Only the quoted
    articles, the ones they copy and their copies are read."""
    if not cited:
        return []
    docs = _copy_family(store, cited)

    def root(doc_id: int) -> int:
        seen = {doc_id}
        while True:
            parent = docs[doc_id].duplicate_of
            if parent is None or parent not in docs or parent in seen:
                return doc_id
            seen.add(parent)
            doc_id = parent

    originals: dict[int, list[int]] = {}
    for doc_id in sorted(cited & docs.keys()):
        originals.setdefault(root(doc_id), [])
    for doc_id in sorted(docs):
        r = root(doc_id)
        if r != doc_id and r in originals:
            originals[r].append(doc_id)

    out = [_source(docs, doc_id, copies) for doc_id, copies in originals.items()]
    far = dt.date.max.toordinal()
    return sorted(
        out, key=lambda s: (s.published.toordinal() if s.published else far, s.document_id)
    )


def _copy_family(store: Store, cited: set[int]) -> dict[int, DocumentSummary]:
    """The cited documents, the documents they copy (up the chain) and every copy of
    those, by id: from the copy links (bare ids), then those documents read."""
    parent = document_copy_links(store)
    children: dict[int, list[int]] = {}
    for child, of in parent.items():
        children.setdefault(of, []).append(child)
    family: set[int] = set()
    for doc_id in cited:
        seen = {doc_id}
        while doc_id in parent and parent[doc_id] not in seen:
            doc_id = parent[doc_id]
            seen.add(doc_id)
        family |= seen
    frontier = set(family)
    while frontier:
        below = {c for d in frontier for c in children.get(d, ()) if c not in family}
        family |= below
        frontier = below
    return {d.id: d for d in document_summaries(store, sorted(family))}


def _source(docs: dict[int, DocumentSummary], doc_id: int, copies: list[int]) -> Source:
    d = docs[doc_id]
    also = sorted({_where(docs[c].outlet, docs[c].title, docs[c].published) for c in copies})
    return Source(
        document_id=doc_id,
        outlet=d.outlet,
        title=" ".join(d.title.split()),
        url=d.url,
        published=d.published,
        date_basis=d.published_basis,
        date_note=d.published_note,
        obtained=_obtained(d.source_path),
        reliability=d.reliability,
        also_in=also[:ALSO_IN_LIMIT],
        also_more=max(0, len(also) - ALSO_IN_LIMIT),
    )


def _obtained(source_path: str | None) -> str:
    if not source_path:
        return "pasted text"
    return f"file {PurePath(source_path).name}"
