"""The analyst disposes: judgements on excerpts and evidence added by hand.

Every act is a row of ``judgements`` and an audit event whose payload holds the full
judgement (so the state can be replayed from the log), made in one transaction; inference
uses the judged reading at once (the touched tracks are recomputed); undo ends the row by
a new audit event. See ``services.readings`` for how judgements are folded and survive
re-extraction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from pydantic import BaseModel, Field

from tracker.domain.errors import NotFoundError, UsageError, UserError
from tracker.domain.models import Evidence, Finding, Modality, ReadingKind, Track
from tracker.domain.readings import (
    MODALITIES,
    NO_SIGNAL,
    Judgement,
    describe_date,
    parse_event_date,
    parse_reason,
    reason_words,
    snap,
)
from tracker.domain.vocabulary import TrackKind, label
from tracker.extract.anchoring import reanchor
from tracker.extract.dates import find_date_mentions
from tracker.extract.lexicon import Lexicon, load_lexicon
from tracker.extract.rulenames import ADDED_BY_ANALYST
from tracker.extract.signals import find_cues, modality_of
from tracker.extract.text import normalize_for_compare, normalize_same_length
from tracker.infer.claims import claimed_status
from tracker.services.assessments import pending_tracks, refresh
from tracker.services.audit_actor import current_analyst
from tracker.services.lexicon_rules import read_document
from tracker.services.readings import Fold, fold, load_book
from tracker.services.tracks import get_track
from tracker.storage import audit, corpus, excerpts
from tracker.storage import documents as document_rows
from tracker.storage import judgements as judgement_rows
from tracker.storage import review as review_rows
from tracker.storage import tracks as track_rows
from tracker.storage.db import Store

CONTEXT_CHARS = 32
MAX_NOTE = 2000
MAX_QUOTE = 2000


class ReadingFields(BaseModel):
    """One reading of an excerpt: what it says about its track."""

    signal: str | None
    status: str | None  # the status it claims for the track it was read for
    modality: Modality
    event_date: date | None
    date_precision: str | None
    date_basis: str
    context: bool
    rule: str | None = Field(None, description="the reading rule that read the signal")


class ExcerptView(BaseModel):
    """An excerpt with the machine's reading, the judged one and its judgements."""

    id: int
    document: int
    document_title: str
    outlet: str | None
    published: date | None
    track: str  # the track it was read (or added) for
    tracks: list[str]  # the tracks it counts for now (none when rejected)
    quote: str
    start: int
    end: int
    origin: str  # machine or analyst
    reading: ReadingKind
    reject_reason: str | None
    machine: ReadingFields
    judged: ReadingFields
    judged_by: str | None
    judged_at: str | None
    notes: list[str]
    judged_via: int | None  # a copy: the judgements of this original apply
    judgements: list[Judgement]
    grade: str
    waiting_for_review: bool


class Suggestion(BaseModel):
    """The machine's best guess for words an analyst is about to add as evidence."""

    document: int
    start: int
    end: int
    quote: str
    track: str | None
    signal: str | None
    modality: Modality
    event_date: date | None
    date_precision: str | None
    date_basis: str
    speaker: str | None
    from_excerpt: bool  # the guess is the reading of a machine excerpt of these words


# --- values typed by the analyst -----------------------------------------------------------


def _key(value: str) -> str:
    return re.sub(r"[\s\-]+", "_", value.strip().lower())


def resolve_signal(value: str, kind: TrackKind | str, lexicon: Lexicon | None = None) -> str:
    """A signal typed by an analyst: a lexicon signal (``on hold`` = ``on_hold``), a
    status of the track's kind (the signal that implies it), or ``none``."""
    lex = lexicon or load_lexicon()
    key = _key(value)
    if key in (NO_SIGNAL, "no", "no_signal", "-"):
        return NO_SIGNAL
    if lex.has_signal(key):
        return key
    implying = [n for n in lex.signal_names() if lex.status_for(n, kind) == key]
    if implying:
        return min(implying, key=lambda n: (n != "held", lex.precedence(n)))
    names = ", ".join(lex.signal_names())
    raise UsageError(
        f"{value!r} is not a signal or a status of a {TrackKind(kind).value}; use one of: "
        f"{names}, or none"
    )


def resolve_modality(value: str) -> Modality:
    key = _key(value)
    if key in MODALITIES:
        return key  # type: ignore[return-value]
    raise UsageError(f"{value!r} is not a modality; use one of: {', '.join(MODALITIES)}")


def _event_date(value: str, precision: str | None) -> tuple[date, str]:
    try:
        return parse_event_date(value, precision)
    except ValueError as exc:
        raise UsageError(f"--date: {exc}") from None


def _note(value: str | None) -> str | None:
    text = " ".join((value or "").split())
    if len(text) > MAX_NOTE:
        raise UserError(f"the note is too long ({len(text)} characters; at most {MAX_NOTE})")
    return text or None


def _live_track(store: Store, track_id: str) -> Track:
    track = get_track(store, track_id)
    if track.archived:
        raise UserError(f"{track.id} is archived; restore it before giving it evidence")
    return track


# --- showing an excerpt -----------------------------------------------------------------------


def _fields(e: Evidence, kind: TrackKind | str) -> ReadingFields:
    return ReadingFields(
        signal=e.signal,
        status=claimed_status(e, kind),
        modality=e.modality,
        event_date=e.event_date,
        date_precision=e.date_precision,
        date_basis=e.date_basis,
        context=e.context,
        rule=e.rule,
    )


def _require_excerpt(store: Store, excerpt_id: int) -> Evidence:
    found = excerpts.get(store, excerpt_id)
    if found is None:
        raise NotFoundError(f"no excerpt {excerpt_id}")
    return found


def excerpt_view(store: Store, excerpt_id: int) -> ExcerptView:
    """One excerpt: its machine reading, its judged reading and the judgements behind it."""
    e = _require_excerpt(store, excerpt_id)
    kind = track_rows.get(store, e.track_id)
    track_kind = kind.kind if kind else TrackKind.SUMMIT
    book = load_book(store)
    found, via = book.judgements_of(e)
    judged = book.judge(e, load_lexicon())
    tracks = [] if judged.reading == "rejected" else (judged.judged_tracks or [e.track_id])
    waiting = {(q.excerpt_id, q.track_id) for q in review_rows.queued(store)}
    return ExcerptView(
        id=e.id,
        document=e.document_id,
        document_title=e.document_title,
        outlet=e.outlet,
        published=e.published,
        track=e.track_id,
        tracks=tracks,
        quote=e.exact,
        start=e.start,
        end=e.end,
        origin="analyst" if e.reading == "added" else "machine",
        reading=judged.reading,
        reject_reason=judged.reject_reason,
        machine=_fields(e, track_kind),
        judged=_fields(judged, track_kind),
        judged_by=judged.judged_by,
        judged_at=judged.judged_at,
        notes=judged.notes,
        judged_via=via,
        judgements=found,
        grade=f"{e.reliability}{e.credibility}",
        waiting_for_review=judged.reading == "machine" and (e.id, e.track_id) in waiting,
    )


# --- judging --------------------------------------------------------------------------------


def _tracks_after(
    store: Store,
    e: Evidence,
    current: list[str],
    *,
    move_to: str | None,
    add_track: str | None,
    from_track: str | None,
) -> list[str] | None:
    if move_to is None and add_track is None:
        return None
    tracks = list(current)
    if move_to is not None:
        target = _live_track(store, move_to).id
        tracks = [t for t in tracks if from_track is not None and t != from_track]
        if target not in tracks:
            tracks.append(target)
    if add_track is not None:
        target = _live_track(store, add_track).id
        if target in tracks:
            raise UserError(f"excerpt {e.id} is evidence of {target} already")
        tracks.append(target)
    if sorted(tracks) == sorted(current):
        raise UserError(f"excerpt {e.id} is evidence of {', '.join(current)} already")
    return tracks


def _same(a: Fold, b: Fold) -> bool:
    fields = ("verdict", "reason", "signal", "modality", "event_date", "date_precision", "tracks")
    return all(getattr(a, f) == getattr(b, f) for f in fields)


def judge_excerpt(
    store: Store,
    excerpt_id: int,
    *,
    confirm: bool = False,
    reject: bool = False,
    reason: str | None = None,
    signal: str | None = None,
    modality: str | None = None,
    event_date: str | None = None,
    precision: str | None = None,
    track: str | None = None,
    add_track: str | None = None,
    from_track: str | None = None,
    note: str | None = None,
    analyst: str | None = None,
) -> ExcerptView:
    """Record an analyst's judgement on an excerpt (any combination of: confirm, reject
    with a reason, signal, modality, event date with precision, move to ``track`` — from
    ``from_track`` only, when given — or ``add_track``, note); the touched tracks are
    recomputed at once. Returns the excerpt as judged now."""
    e = _require_excerpt(store, excerpt_id)
    home = get_track(store, e.track_id)
    book = load_book(store)
    before, _via = book.judgements_of(e)
    judged = book.judge(e, load_lexicon())
    draft = _draft(
        store,
        e,
        judged,
        home,
        confirm=confirm,
        reject=reject,
        reason=reason,
        signal=signal,
        modality=modality,
        event_date=event_date,
        precision=precision,
        track=track,
        add_track=add_track,
        from_track=from_track,
        note=note,
    )
    draft = _without_no_ops(draft, judged)
    if _same(fold([*before, draft]), fold(before)) and not draft.note:
        raise UserError(f"nothing changes: excerpt {e.id} already reads that way")
    actor = current_analyst(store, analyst)
    affected = {e.track_id, *(judged.judged_tracks or []), *(draft.tracks or [])}
    with store.write():
        at = store.now()
        draft = draft.model_copy(update={"analyst": actor, "created_at": at})
        draft.id = judgement_rows.insert(store, draft)
        audit.append(
            store,
            actor=actor,
            action="excerpt.judge",
            entity=f"excerpt:{e.id}",
            at=at,
            payload={"judgement": draft.record()},
        )
        corpus.enqueue(store, "track", affected)
    refresh(store, actor=actor, track_ids=pending_tracks(store))
    return excerpt_view(store, e.id)


def _draft(
    store: Store,
    e: Evidence,
    judged: Evidence,
    home: Track,
    *,
    confirm: bool,
    reject: bool,
    reason: str | None,
    signal: str | None,
    modality: str | None,
    event_date: str | None,
    precision: str | None,
    track: str | None,
    add_track: str | None,
    from_track: str | None,
    note: str | None,
) -> Judgement:
    """The judgement the analyst asks for, checked (not yet stored)."""
    if confirm and reject:
        raise UsageError("confirm or reject, not both")
    if reject and not reason:
        raise UsageError(
            "a rejection needs a reason: --reason not-about-track, not-evidence or boilerplate"
        )
    if reason and not reject:
        raise UsageError("--reason goes with --reject")
    try:
        why = parse_reason(reason) if reason else None
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    day, exact_precision = _date_change(judged, event_date, precision)
    current = judged.judged_tracks or [e.track_id]
    tracks = _tracks_after(
        store, e, current, move_to=track, add_track=add_track, from_track=from_track
    )
    draft = Judgement(
        document_id=e.document_id,
        track_id=e.track_id,
        start=e.start,
        end=e.end,
        exact=e.exact,
        prefix=e.prefix,
        suffix=e.suffix,
        excerpt_id=e.id,
        verdict="confirmed" if confirm else "rejected" if reject else None,
        reason=why,
        signal=resolve_signal(signal, home.kind) if signal is not None else None,
        modality=resolve_modality(modality) if modality is not None else None,
        event_date=day,
        date_precision=exact_precision,
        tracks=tracks,
        note=_note(note),
        analyst="",
        created_at="",
    )
    if not any((draft.verdict, draft.signal, draft.modality, draft.event_date, tracks, draft.note)):
        raise UsageError(
            "say what to record: --confirm, --reject --reason R, --signal S, --modality M, "
            "--date D, --track T or --note N"
        )
    return draft


def _without_no_ops(draft: Judgement, judged: Evidence) -> Judgement:
    """``draft`` without the parts that would leave the judged reading as it is."""
    reviewed = judged.reading in ("confirmed", "corrected", "added")
    update: dict[str, Any] = {}
    if draft.verdict == "confirmed" and reviewed:
        update["verdict"] = None
    if draft.verdict == "rejected" and judged.reject_reason == draft.reason:
        update.update(verdict=None, reason=None)
    if draft.signal is not None and draft.signal == (judged.signal or NO_SIGNAL):
        update["signal"] = None
    if draft.modality is not None and draft.modality == judged.modality:
        update["modality"] = None
    same_day = (draft.event_date, draft.date_precision) == (
        judged.event_date,
        judged.date_precision,
    )
    if draft.event_date is not None and same_day:
        update.update(event_date=None, date_precision=None)
    return draft.model_copy(update=update) if update else draft


def _date_change(
    judged: Evidence, event_date: str | None, precision: str | None
) -> tuple[date | None, str | None]:
    if event_date is not None:
        return _event_date(event_date, precision)
    if precision is None:
        return None, None
    if judged.event_date is None:
        raise UsageError("the excerpt has no date to make more or less precise; give --date")
    if precision not in ("day", "week", "month"):
        raise UsageError(f"{precision!r} is not a precision; use day, week or month")
    return snap(judged.event_date, precision), precision  # type: ignore[arg-type]


# --- evidence the machine missed ------------------------------------------------------------


def _prefix_suffix(text: str, start: int, end: int) -> tuple[str, str]:
    return text[max(0, start - CONTEXT_CHARS) : start], text[end : end + CONTEXT_CHARS]


def find_quote(text: str, quote: str, near: int | None = None) -> tuple[int, int] | None:
    """Where the analyst's ``quote`` is in ``text``: the exact words (the occurrence nearest
    ``near``), then the words with quotes straightened and spacing folded, then a fuzzy
    match of a long quote; ``None`` when it is not there."""
    if near is not None and text[near : near + len(quote)] == quote:
        return near, near + len(quote)
    hits = [m.start() for m in re.finditer(re.escape(quote), text)]
    if hits:
        at = min(hits, key=lambda h: abs(h - (near or 0)))
        return at, at + len(quote)
    words = normalize_same_length(quote).split()
    if words:
        pattern = r"\s+".join(re.escape(w) for w in words)
        found = re.search(pattern, normalize_same_length(text), re.IGNORECASE)
        if found is not None:
            return found.start(), found.end()
    anchor = reanchor(text, quote, "", "", near or 0, near or 0)
    if anchor.placement == "fuzzy" and anchor.start is not None and anchor.end is not None:
        return anchor.start, anchor.end
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def suggest_evidence(
    store: Store, document_id: int, start: int, end: int, track: str | None = None
) -> Suggestion:
    """The machine's best guess (track, signal, modality, date, speaker) for the words
    ``[start, end)`` of a document: the reading of a machine finding that covers them
    (of ``track`` first), else what the words themselves carry."""
    doc = document_rows.dated_text(store, document_id)
    if doc is None:
        raise NotFoundError(f"no document {document_id}")
    start, end = _trim(doc.text, max(0, start), min(len(doc.text), end))
    if end <= start:
        raise UserError("select some words of the document first")
    tracks = track_rows.list_tracks(store)
    findings = read_document(store, doc.text, doc.published, tracks)
    best = _best_finding(findings, start, end, track)
    if best is not None:
        return Suggestion(
            document=document_id,
            start=start,
            end=end,
            quote=doc.text[start:end],
            track=best.track_id,
            signal=best.signal,
            modality=best.modality,
            event_date=best.event_date,
            date_precision=best.date_precision,
            date_basis=best.date_basis,
            speaker=best.speaker,
            from_excerpt=True,
        )
    guess = _guess_from_words(doc.text, start, end, doc.published, track or _first(tracks))
    return guess.model_copy(update={"document": document_id})


def _first(tracks: Sequence[Track]) -> str | None:
    return tracks[0].id if tracks else None


def _best_finding(
    findings: Sequence[Finding], start: int, end: int, track: str | None
) -> Finding | None:
    scored = []
    for f in findings:
        overlap = min(f.end, end) - max(f.start, start)
        if overlap <= 0:
            continue
        scored.append(((f.track_id == track, f.signal is not None, overlap, -f.start), f))
    return max(scored, key=lambda item: item[0])[1] if scored else None


def _guess_from_words(
    text: str, start: int, end: int, published: date | None, track: str | None
) -> Suggestion:
    words = normalize_same_length(text[start:end])
    lexicon = load_lexicon()
    cues = find_cues(words, lexicon)
    hit = min(cues, key=lambda h: (lexicon.precedence(h.signal), h.start)) if cues else None
    mentions = find_date_mentions(words, published)
    when, precision, basis = published, "day", "inferred" if published else "unknown"
    if mentions:
        when, precision, basis = mentions[0].date, mentions[0].precision, "stated"
    return Suggestion(
        document=0,
        start=start,
        end=end,
        quote=text[start:end],
        track=track,
        signal=hit.signal if hit else None,
        modality=modality_of(words, hit, lexicon) if hit else "asserted",
        event_date=when,
        date_precision=precision if when else None,
        date_basis=basis,
        speaker=None,
        from_excerpt=False,
    )


def add_evidence(
    store: Store,
    document_id: int,
    quote: str,
    *,
    track: str,
    signal: str | None = None,
    modality: str | None = None,
    event_date: str | None = None,
    precision: str | None = None,
    note: str | None = None,
    near: int | None = None,
    analyst: str | None = None,
) -> ExcerptView:
    """Add words of a document the machine missed as evidence of ``track``, anchored like
    every excerpt; what the analyst leaves out is taken from the machine's best guess."""
    doc = document_rows.get(store, document_id)
    if doc is None:
        raise NotFoundError(f"no document {document_id}")
    words = quote.strip()
    if len(words) < 3:
        raise UsageError('give the words to add as evidence (--quote "…")')
    if len(words) > MAX_QUOTE:
        raise UserError(f"the quote is too long ({len(words)} characters; at most {MAX_QUOTE})")
    span = find_quote(doc.text, words, near)
    if span is None:
        raise UserError(
            f"these words are not in document {document_id}; copy them from "
            f"`tracker doc {document_id}`"
        )
    start, end = _trim(doc.text, *span)
    target = _live_track(store, track)
    _refuse_covered(store, document_id, target.id, start, end)
    guess = suggest_evidence(store, document_id, start, end, target.id)
    finding = _added_finding(
        doc.text, start, end, target, guess, signal, modality, event_date, precision
    )
    actor = current_analyst(store, analyst)
    with store.write():
        at = store.now()
        new_id = excerpts.insert(
            store,
            finding,
            document_id=document_id,
            norm=normalize_for_compare(finding.exact),
            at=at,
            origin="analyst",
        )
        record = Judgement(
            kind="add",
            document_id=document_id,
            track_id=target.id,
            start=start,
            end=end,
            exact=finding.exact,
            prefix=finding.prefix,
            suffix=finding.suffix,
            excerpt_id=new_id,
            note=_note(note),
            analyst=actor,
            created_at=at,
        )
        record.id = judgement_rows.insert(store, record)
        audit.append(
            store,
            actor=actor,
            action="evidence.add",
            entity=f"document:{document_id}",
            at=at,
            payload={
                "excerpt": {"id": new_id, **finding.model_dump(mode="json")},
                "judgement": record.record(),
            },
        )
        corpus.enqueue(store, "excerpt", [new_id])
        corpus.enqueue(store, "track", [target.id])
    refresh(store, actor=actor, track_ids=pending_tracks(store))
    return excerpt_view(store, new_id)


def _refuse_covered(store: Store, document_id: int, track_id: str, start: int, end: int) -> None:
    for excerpt_id, track, s, e in excerpts.placed(store, document_id, [track_id]):
        overlap = min(e, end) - max(s, start)
        if track == track_id and overlap > 0 and 2 * overlap >= min(e - s, end - start):
            raise UserError(
                f"excerpt {excerpt_id} already holds these words for {track_id}: judge it "
                f"instead (tracker excerpt {excerpt_id} --confirm, --signal …)"
            )


def _added_finding(
    text: str,
    start: int,
    end: int,
    track: Track,
    guess: Suggestion,
    signal: str | None,
    modality: str | None,
    event_date: str | None,
    precision: str | None,
) -> Finding:
    lexicon = load_lexicon()
    chosen = resolve_signal(signal, track.kind) if signal is not None else guess.signal
    chosen = None if chosen == NO_SIGNAL else chosen
    when, exact_precision, basis = guess.event_date, guess.date_precision, guess.date_basis
    if event_date is not None and event_date.strip().lower() == "none":
        when, exact_precision, basis = None, None, "unknown"
    elif event_date is not None:
        when, exact_precision = _event_date(event_date, precision)
        basis = "analyst"
    prefix, suffix = _prefix_suffix(text, start, end)
    return Finding.model_validate(
        {
            "track_id": track.id,
            "start": start,
            "end": end,
            "exact": text[start:end],
            "prefix": prefix,
            "suffix": suffix,
            "signal": chosen,
            "cue": None,
            "rule": ADDED_BY_ANALYST,
            "modality": resolve_modality(modality) if modality else guess.modality,
            "speaker": guess.speaker,
            "event_date": when,
            "date_precision": exact_precision if when else None,
            "date_basis": basis if when else "unknown",
            "cameo": lexicon.cameo(chosen),
            "plover": lexicon.plover(chosen),
            "context": False,
        }
    )


# --- undo ---------------------------------------------------------------------------------------


def undo_judgement_action(
    store: Store, action: str, payload: dict[str, Any], *, at: str
) -> dict[str, Any]:
    """The reverse of ``excerpt.judge`` or ``evidence.add`` (inside the undo's
    transaction): the judgement ends; evidence added by hand is taken out again."""
    record = payload["judgement"]
    judgement_id = int(record["id"])
    found = judgement_rows.get(store, judgement_id)
    if found is None or found.ended_at is not None:
        raise UserError(f"judgement {judgement_id} is not in force; nothing to undo")
    judgement_rows.end(store, judgement_id, at=at)
    tracks = {found.track_id, *(found.tracks or [])}
    if found.excerpt_id is not None:
        tracks |= _tracks_of_reading(store, found.excerpt_id)
    if action == "evidence.add":
        excerpt_id = int(payload["excerpt"]["id"])
        if excerpts.get(store, excerpt_id) is not None:
            corpus.enqueue(store, "excerpt", excerpts.remove(store, [excerpt_id]))
        corpus.enqueue(store, "track", tracks)
        return {"ended": judgement_id, "removed_excerpt": excerpt_id}
    corpus.enqueue(store, "track", tracks)
    return {"ended": judgement_id}


def redo_judgement_action(
    store: Store, action: str, payload: dict[str, Any], *, at: str
) -> dict[str, Any]:
    """``excerpt.judge`` or ``evidence.add`` made to hold again after its undo (inside the
    redo's transaction): the judgement is recorded anew (the undone row stays ended, so
    what was in force at any earlier time is unchanged); evidence added by hand is stored
    again under a new id."""
    record = dict(payload["judgement"])
    before = judgement_rows.get(store, int(record["id"]))
    again = Judgement.model_validate(
        {**record, "id": None, "created_at": at, "ended_at": None, "ended_action": None}
    )
    detail: dict[str, Any] = {}
    if action == "evidence.add":
        data = dict(payload["excerpt"])
        data.pop("id", None)
        finding = Finding.model_validate(data)
        again.excerpt_id = excerpts.insert(
            store,
            finding,
            document_id=again.document_id,
            norm=normalize_for_compare(finding.exact),
            at=at,
            origin="analyst",
        )
        corpus.enqueue(store, "excerpt", [again.excerpt_id])
        detail["excerpt"] = {"id": again.excerpt_id, **finding.model_dump(mode="json")}
    elif before is not None:
        again.excerpt_id = before.excerpt_id
    again.id = judgement_rows.insert(store, again)
    tracks = {again.track_id, *(again.tracks or [])}
    if again.excerpt_id is not None:
        tracks |= _tracks_of_reading(store, again.excerpt_id)
    corpus.enqueue(store, "track", tracks)
    return {"judgement": again.record(), **detail}


def _tracks_of_reading(store: Store, excerpt_id: int) -> set[str]:
    judged = load_book(store).judge(_require_excerpt(store, excerpt_id), load_lexicon())
    return set(judged.judged_tracks or [])


def judgements_for_track(store: Store, track_id: str) -> list[Judgement]:
    """Every judgement (undone ones too) on excerpts read for, or moved to, a track."""
    return [
        j
        for j in judgement_rows.all_rows(store)
        if j.track_id == track_id or track_id in (j.tracks or [])
    ]


def describe_judgement(j: Judgement) -> str:
    """A judgement in words: ``rejected (not evidence); signal → on hold; note: …``."""
    parts: list[str] = []
    if j.kind == "add":
        parts.append("added as evidence")
    if j.verdict == "confirmed":
        parts.append("confirmed")
    elif j.verdict == "rejected":
        parts.append(f"rejected ({reason_words(j.reason)})")
    if j.signal is not None:
        parts.append(
            "no status signal" if j.signal == NO_SIGNAL else f"signal → {label(j.signal).lower()}"
        )
    if j.modality is not None:
        parts.append(f"modality → {j.modality}")
    if j.event_date is not None:
        parts.append(f"date → {describe_date(j.event_date, j.date_precision)}")
    if j.tracks is not None:
        parts.append(f"evidence of {', '.join(j.tracks)}")
    if j.note:
        parts.append(f"note: {j.note}")
    return "; ".join(parts)
