"""The content of a briefing, independent of its format.

``build_briefing`` fills these models from a ``Store``; the Markdown, HTML, PDF and DOCX
renderers only lay them out. Every sentence the tracker itself writes is composed here (in
``build``) so the estimative-language rule can be kept in one place.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from tracker.domain.models import Override

ChangeCategory = Literal["transition", "evidence", "override", "judgement"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Quote(_Model):
    """A verbatim excerpt with who said it, where, when, and its Admiralty grade."""

    excerpt_id: int
    document_id: int
    text: str
    speaker: str | None = None
    outlet: str | None = None
    document_title: str = ""
    published: dt.date | None = None
    event_date: dt.date | None = None
    signal: str | None = None
    modality: str = "asserted"
    reliability: str = "F"
    credibility: int = 6
    grade: str = "F6"  # reliability letter + credibility digit
    # Other outlets that carried the same words (copies of one wire story), folded in here.
    also_in: list[str] = Field(default_factory=list)
    also_more: int = 0  # how many more carried them than ``also_in`` names
    # The analyst's hand: machine, confirmed, corrected or added, and a sentence naming the
    # analyst ("Confirmed by alice.").
    reading: str = "machine"
    judgement: str | None = None


class Change(_Model):
    """One thing in the briefing's window: a status change, an analyst action, evidence."""

    category: ChangeCategory
    at: str  # record time (ISO 8601 UTC)
    day: dt.date | None = None  # when it happened: the event date, or the action's day
    summary: str  # full sentences, written by the tracker
    quote: Quote | None = None


class ContestedRow(_Model):
    """One row of the side-by-side table: a decisive quote and a quote that contests it."""

    decisive: Quote | None = None
    contested: Quote | None = None


class OverrideInfo(Override):
    """The override in force, with its status in words (the one override model, shown)."""

    status_label: str


class TrackBriefing(_Model):
    id: str
    title: str
    kind: str
    status: str | None
    status_label: str
    source: Literal["inferred", "override"]
    status_since: dt.date | None = None
    confidence: str
    contested: bool = False
    needs_review: bool = False
    review_reason: str | None = None
    bluf: list[str]  # the bottom line, as separate sentences
    explanation: str = ""
    changes: list[Change] = Field(default_factory=list)
    key_evidence: list[Quote] = Field(default_factory=list)
    contested_rows: list[ContestedRow] = Field(default_factory=list)
    # When not every contesting excerpt is quoted: a sentence counting them.
    contested_note: str | None = None
    override: OverrideInfo | None = None
    next_event: str  # one sentence
    # Analysts' judgements on this track's evidence, one sentence each naming the analyst,
    # and how many excerpts they rejected (left out of the briefing).
    judgements: list[str] = Field(default_factory=list)
    rejected_count: int = 0


class Source(_Model):
    """One article the briefing draws on, with copies of it folded in."""

    document_id: int
    outlet: str | None = None
    title: str
    url: str | None = None
    published: dt.date | None = None
    date_basis: str = "unknown"
    date_note: str | None = None
    obtained: str  # how the article came in (file name or pasted text)
    reliability: str = "F"
    also_in: list[str] = Field(default_factory=list)
    also_more: int = 0  # how many more copies than ``also_in`` names


class Briefing(_Model):
    title: str = "Diplomatic status briefing"
    generated_at: dt.datetime
    since: str | None = None  # record-time cut-off (--new-since); None: no cut-off
    # e.g. "events since 20 Oct 2025", "since 22 Oct 2025 14:03 UTC", "everything on record"
    since_label: str
    events_since: dt.date | None = None  # world events from this date on (--since)
    first: bool = False  # no briefing was on record before this one
    tracks: list[TrackBriefing]
    sources: list[Source]
    head_seq: int
    head_hash: str
