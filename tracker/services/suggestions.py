"""Keyword suggestions for a track, and accepting some of them.

``suggest_keywords`` reads the stored documents and the track's evidence and asks the
engine (``tracker.extract.suggest``) which phrases tell the track in sentences it does not
yet hold. ``accept_keywords`` adds the chosen phrases to the track's keywords through the
ordinary track edit: audited, undoable, and followed by the re-read the edit triggers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pydantic import BaseModel, Field

from tracker.domain.errors import UsageError, UserError
from tracker.domain.models import Track
from tracker.extract.suggest import StoredDocument, track_terms
from tracker.extract.suggest import suggest_keywords as engine_suggest
from tracker.services.tracks import get_track, list_tracks
from tracker.storage import documents as document_rows
from tracker.storage import excerpts as excerpt_rows
from tracker.storage.db import Store

# The documents read at most: those holding the track's evidence, then those naming its
# actors, parties or places (full-text search), then an even sample of the rest, so that
# a database of any size answers in about a second.
MAX_DOCUMENTS = 600

Progress = Callable[[int, int, str], object]


class SuggestionExample(BaseModel):
    document: str
    quote: str


class KeywordSuggestion(BaseModel):
    """A phrase the track's own reporting uses: its score, how many sentences tied to the
    track hold it without being evidence, and two of them."""

    phrase: str
    score: float
    sentences: int
    examples: list[SuggestionExample] = Field(default_factory=list)


class KeywordSuggestions(BaseModel):
    track: str
    documents: int  # the documents read
    stored: int  # the documents held
    suggestions: list[KeywordSuggestion] = Field(default_factory=list)


def _fts_query(terms: Sequence[str]) -> str:
    return " OR ".join('"' + t.replace('"', " ") + '"' for t in terms)


def _chosen_ids(store: Store, track: Track, evidence_docs: list[int]) -> tuple[list[int], int]:
    """The documents to read (at most ``MAX_DOCUMENTS``, in id order) and how many are held."""
    every = document_rows.ids(store)
    if len(every) <= MAX_DOCUMENTS:
        return every, len(every)
    chosen = dict.fromkeys(evidence_docs[:MAX_DOCUMENTS])
    terms = track_terms(track)
    if terms and len(chosen) < MAX_DOCUMENTS // 2:
        for doc in document_rows.matching(store, _fts_query(terms), MAX_DOCUMENTS // 2):
            chosen.setdefault(doc)
    room = MAX_DOCUMENTS - len(chosen)
    if room > 0:
        step = len(every) / room
        for i in range(room):
            chosen.setdefault(every[int(i * step)])
    return sorted(chosen)[:MAX_DOCUMENTS], len(every)


def _documents(store: Store, track: Track, ids: list[int]) -> list[StoredDocument]:
    """The documents with the spans of the track's excerpts and of other tracks' claims."""
    own: dict[int, list[tuple[int, int]]] = {}
    claimed: dict[int, list[tuple[int, int]]] = {}
    for doc, tid, start, end, claims in excerpt_rows.spans_in_documents(store, ids):
        if tid == track.id:
            own.setdefault(doc, []).append((start, end))
        elif claims:
            claimed.setdefault(doc, []).append((start, end))
    titles = {s.id: s.title for s in document_rows.summaries_of(store, ids)}
    return [
        StoredDocument(
            doc,
            titles.get(doc, f"document {doc}"),
            text,
            tuple(own.get(doc, ())),
            tuple(claimed.get(doc, ())),
        )
        for doc, text in document_rows.texts(store, ids)
    ]


def suggest_keywords(
    store: Store, track_id: str, *, limit: int = 10, progress: Progress | None = None
) -> KeywordSuggestions:
    """Phrases to add to a track's keywords, best first (an empty list when the database
    holds no document)."""
    if limit < 1:
        raise UsageError("--limit must be at least 1")
    track = get_track(store, track_id)
    if track.archived:
        raise UserError(f"track {track_id!r} is archived; restore it before asking for keywords")
    held = excerpt_rows.document_ids_of_track(store, track.id)
    ids, stored = _chosen_ids(store, track, held)
    if progress is not None:
        progress(0, 2, "Reading the documents")
    docs = _documents(store, track, ids)
    if progress is not None:
        progress(1, 2, "Finding the track's words")
    found = engine_suggest(track, docs, others=list_tracks(store), limit=limit)
    return KeywordSuggestions(
        track=track.id,
        documents=len(docs),
        stored=stored,
        suggestions=[
            KeywordSuggestion(
                phrase=s.phrase,
                score=s.score,
                sentences=s.sentences,
                examples=[
                    SuggestionExample(document=e.document, quote=e.quote) for e in s.examples
                ],
            )
            for s in found
        ],
    )


def with_keywords(current: Sequence[str], phrases: Sequence[str]) -> list[str]:
    """The keywords ``current`` followed by each phrase they do not hold yet (case aside)."""
    out = list(current)
    held = {k.strip().lower() for k in current}
    for phrase in phrases:
        clean = " ".join(phrase.split())
        if clean and clean.lower() not in held:
            held.add(clean.lower())
            out.append(clean)
    return out


def accept_keywords(
    store: Store, track_id: str, phrases: Sequence[str], *, analyst: str | None = None
) -> Track:
    """Add ``phrases`` to the track's keywords (a ``track.edit``: audited, undoable, and the
    track's evidence is read again)."""
    from tracker.services.track_admin import edit_track

    track = get_track(store, track_id)
    return edit_track(
        store, track.id, analyst=analyst, keywords=with_keywords(track.keywords, phrases)
    )
