"""Pydantic models of the domain. Pure data: no I/O.

Dates are ``datetime.date`` (event and published dates); record times are ISO-8601 UTC
strings with a ``Z`` suffix, as stored in the database, so they compare as text.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from tracker.domain.vocabulary import (
    Confidence,
    Credibility,
    Likelihood,
    Reliability,
    Status,
    TrackKind,
    parse_kind,
)

DateBasis = Literal["stated", "inferred", "analyst", "unknown"]
Precision = Literal["day", "week", "month", "year"]
Modality = Literal["asserted", "negated", "denied", "hypothetical", "future", "reported"]
Origin = Literal["inferred", "override", "revoke"]
# Whose reading an excerpt carries: the machine's, or the analyst's (confirmed as read,
# corrected, added by hand) — or rejected by the analyst (it counts for nothing).
ReadingKind = Literal["machine", "confirmed", "corrected", "added", "rejected"]
RejectReason = Literal["not_about_track", "not_evidence", "boilerplate"]

SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]{0,62}$"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Actor(_Model):
    """A person or body a track is about, with the names articles use for them."""

    name: str
    aliases: list[str] = Field(default_factory=list)

    def names(self) -> list[str]:
        return [self.name, *self.aliases]


class NextEvent(_Model):
    """The next thing expected on a track: when, where, what."""

    date: dt.date | None = None
    place: str | None = None
    what: str | None = None
    # Set when shown: its day has passed and no report has replaced it.
    overdue: bool = False

    def overdue_on(self, today: dt.date) -> bool:
        """Whether its day has passed (no report of it has replaced it as the next event)."""
        return self.date is not None and self.date < today


# A track's definition: the fields an analyst edits (``tracker track edit``), and with
# ``archived`` what the state seals cover.
TRACK_DEFINITION = (
    "title",
    "kind",
    "description",
    "actors",
    "parties",
    "places",
    "keywords",
    "context_terms",
    "min_actors",
    "next_event",
)


class Track(_Model):
    """A diplomatic process an analyst follows."""

    id: str = Field(pattern=SLUG_PATTERN)
    title: str = Field(min_length=1)
    kind: TrackKind
    description: str = ""
    actors: list[Actor] = Field(default_factory=list)
    # The sides as reporting names them: countries or organisations ("Iran", "NATO").
    parties: list[str] = Field(default_factory=list)
    # Where the track's encounters happen: cities, countries, venues ("Muscat", "Oman").
    places: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    # Sentences naming these are about another, earlier or different event (context only).
    context_terms: list[str] = Field(default_factory=list)
    # How many actors a sentence must name (with a keyword) to belong to the track.
    min_actors: int = 2
    next_event: NextEvent | None = None
    archived: bool = False

    @field_validator("kind", mode="before")
    @classmethod
    def _read_kind(cls, value: object) -> object:
        return parse_kind(value) if isinstance(value, str) else value

    @field_validator("title")
    @classmethod
    def _strip_title(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("a track needs a title")
        return value


class Document(_Model):
    """One source article: its cleaned text (what excerpts point into) and metadata."""

    id: int | None = None
    title: str
    outlet: str | None = None
    outlet_basis: DateBasis = "unknown"
    byline: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_basis: DateBasis = "unknown"
    published_note: str | None = None
    reliability: Reliability = "F"
    reliability_basis: DateBasis = "unknown"
    source_path: str | None = None
    media_type: str = "text/plain"
    encoding: str = "utf-8"
    raw_text: str = ""
    text: str
    sha256: str
    chars: int = 0
    ingested_at: str | None = None


class DocumentSummary(_Model):
    """A document without its text: what lists and the briefing's sources show."""

    id: int
    title: str
    outlet: str | None = None
    published: dt.date | None = None
    published_basis: DateBasis = "unknown"
    published_note: str | None = None
    reliability: Reliability = "F"
    chars: int = 0
    duplicate_of: int | None = None
    source_path: str | None = None
    url: str | None = None
    ingested_at: str | None = None  # record time of the import


class DatedText(_Model):
    """A document's cleaned text with its published date (what dating and copies read)."""

    id: int
    text: str
    published: dt.date | None = None
    basis: DateBasis = "unknown"
    note: str | None = None  # how the date was obtained (Document.published_note)


class Sentence(_Model):
    """A sentence of a document's cleaned text, by character offsets."""

    start: int
    end: int
    text: str
    paragraph: int = 0


class Finding(_Model):
    """What extraction found in one sentence about one track (not yet stored).

    ``exact == text[start:end]`` of the document's cleaned text; ``prefix``/``suffix`` are the
    up to 32 characters around it (W3C Web Annotation TextQuoteSelector).
    """

    track_id: str
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""
    signal: str | None = None
    cue: str | None = None
    # The reading rule that read the signal ("listed cue 'held talks' (held)", "clause verb:
    # hold (past)"; tracker.extract.rulenames); None on excerpts read before it was kept.
    rule: str | None = None
    modality: Modality = "asserted"
    speaker: str | None = None
    event_date: dt.date | None = None
    date_precision: Precision | None = None
    date_basis: DateBasis = "unknown"
    cameo: str | None = None
    plover: str | None = None
    context: bool = False  # about a different, earlier event (e.g. the Anchorage summit)


class ExcerptAnchor(_Model):
    """Where an excerpt sits in its document: the span and the quote with its context."""

    id: int
    document_id: int
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""


class SearchHit(_Model):
    """One full-text search result: an excerpt (evidence) or a document."""

    kind: Literal["document", "excerpt"]
    document_id: int
    excerpt_id: int | None = None
    track_id: str | None = None
    title: str
    snippet: str
    start: int | None = None
    end: int | None = None


class Excerpt(Finding):
    """A stored piece of evidence."""

    id: int
    document_id: int
    credibility: Credibility = 6
    duplicate_of: int | None = None
    recorded_at: str = ""


class Evidence(Excerpt):
    """An excerpt with the facts of its document that grading and inference need.

    The fields after ``document_duplicate_of`` tell the analyst's hand in the reading
    (``tracker.services.readings`` fills them from the judgements)."""

    outlet: str | None = None
    reliability: Reliability = "F"
    document_title: str = ""
    published: dt.date | None = None
    document_duplicate_of: int | None = None
    url: str | None = None  # the article's address, when known
    reading: ReadingKind = "machine"
    reject_reason: RejectReason | None = None
    judged_by: str | None = None  # the analyst of the latest judgement
    judged_at: str | None = None
    notes: list[str] = Field(default_factory=list)
    # The machine's values of the fields an analyst changed ({"signal": "cancelled", ...}).
    machine: dict[str, str | None] = Field(default_factory=dict)
    # The tracks an analyst says it is evidence for (None: the track it was read for).
    judged_tracks: list[str] | None = None
    home_track: str | None = None  # read for this track, shown on another by a judgement
    judged_via: int | None = None  # a copy takes the judgements of this original excerpt


LatestEffect = Literal["changes", "confirms", "development", "outweighed"]


class Latest(_Model):
    """The newest development on a track and what it does to the status: it ``changes``
    or ``confirms`` it, is a ``development`` that implies no status (a ministers' meeting
    called off on a leaders' channel), or is ``outweighed`` by better-sourced claims."""

    date: dt.date | None = None
    signal: str | None = None
    quote: str
    document: int
    excerpt: int
    effect: LatestEffect = "development"


class HistoryStep(_Model):
    """One inferred status along the event-date axis."""

    status: Status
    event_date: dt.date | None
    evidence_ids: list[int] = Field(default_factory=list)
    contested: bool = False
    rationale: str = ""


class Assessment(_Model):
    """Inference's verdict on a track from its evidence (pure output, deterministic)."""

    track_id: str
    status: Status | None = None
    # When the current status began, and the newest evidence that still supports it.
    since: dt.date | None = None
    as_of: dt.date | None = None
    confidence: Confidence = "low"
    contested: bool = False
    contested_ids: list[int] = Field(default_factory=list)
    decisive_ids: list[int] = Field(default_factory=list)
    latest: Latest | None = None
    next_event: NextEvent | None = None
    explanation: str = ""
    history: list[HistoryStep] = Field(default_factory=list)
    evidence_count: int = 0
    independent_sources: int = 0
    # Decisive machine readings no analyst has reviewed, and new machine readings held back
    # from a track that holds them for review (see tracker.services.review).
    unreviewed_ids: list[int] = Field(default_factory=list)
    held_ids: list[int] = Field(default_factory=list)
    # Excerpts behind the current status (what the explanation counts); None in
    # assessments recorded before it was kept.
    support_count: int | None = None


class Transition(_Model):
    """A change of a track's status at an event date, inferred or made by an analyst."""

    id: int | None = None
    track_id: str
    status: Status
    from_status: Status | None = None
    event_date: dt.date | None = None
    origin: Origin
    evidence_ids: list[int] = Field(default_factory=list)
    rationale: str = ""
    analyst: str | None = None
    recorded_at: str
    contested: bool = False
    override_id: int | None = None
    superseded_at: str | None = None  # inferred history replaced by a later recomputation


class Override(_Model):
    """An analyst's judgement that replaces the inferred status until it ends."""

    id: int | None = None
    track_id: str
    status: Status
    reason: str
    analyst: str
    likelihood: Likelihood | None = None
    confidence: Confidence | None = None
    review_by: dt.date | None = None
    evidence_ids: list[int] = Field(default_factory=list)
    created_at: str
    in_view_of: dt.date | None = None  # latest event date of the evidence held when made
    ended_at: str | None = None
    ended_action: Literal["revoked", "superseded", "undone"] | None = None
    ended_reason: str | None = None
    acknowledged_at: str | None = None
    ack_note: str | None = None


class AuditEntry(_Model):
    """One row of the append-only audit log; ``payload`` is canonical JSON."""

    seq: int
    at: str
    actor: str
    action: str
    entity: str
    payload: str
    prev_hash: str
    hash: str

    def payload_data(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.payload)
        return data
