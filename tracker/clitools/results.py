"""The JSON shapes of commands whose output is not a service's own model.

Each is what ``--json`` prints; ``docs/cli.md`` lists their fields (generated from these
classes), so a field added here is documented by regenerating the page.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, Field

from tracker.briefing.export import BriefingResult
from tracker.domain.models import AuditEntry, Document, Override
from tracker.services.ingest import IngestReport
from tracker.services.status import TrackStatus
from tracker.services.tamper import Finding


class InitResult(BaseModel):
    """``tracker init``: the database and what was added to it."""

    db: str = Field(description="the database file")
    created: bool = Field(description="whether this run created the file")
    tracks: int = Field(description="tracks held")
    documents: int = Field(description="documents held")
    seeds: IngestReport | None = Field(
        description="the bundled seed articles as imported by this run (null with --empty)"
    )


class DocumentView(Document):
    """``tracker doc N``: a document with its metadata and cleaned text."""

    duplicate_of: int | None = Field(description="the document this one is a copy of")
    changed: list[str] = Field(
        default_factory=list, description="fields changed by this run's --set-* options"
    )
    event_dates_moved: int = Field(
        default=0, description="excerpts whose event date this run's edit changed"
    )


class EvidenceRow(BaseModel):
    """One excerpt of ``tracker evidence``."""

    id: int
    document: int = Field(description="document id")
    start: int = Field(description="offset of the quote in the document's cleaned text")
    end: int
    quote: str = Field(description="the exact words")
    status: str | None = Field(description="the status the excerpt claims for the track's kind")
    signal: str | None = Field(description="the status signal found (lexicon vocabulary)")
    cue: str | None = Field(description="the words that carried the signal")
    rule: str | None = Field(
        None,
        description="the reading rule that read the signal, e.g. \"listed cue 'held talks' "
        '(held)" or "clause verb: hold (past)" (none on excerpts read before it was kept)',
    )
    modality: str = Field(description="asserted, negated, denied, hypothetical, future, reported")
    speaker: str | None
    event_date: dt.date | None
    date_precision: str | None = Field(description="day, week, month or year")
    date_basis: str = Field(description="stated, inferred, analyst or unknown")
    reliability: str = Field(description="Admiralty source reliability A–F")
    credibility: int = Field(description="Admiralty information credibility 1–6")
    grade: str = Field(description="reliability and credibility together, e.g. B2")
    duplicate_of: int | None = Field(description="the excerpt this one repeats")
    context: bool = Field(description="about an earlier or different event")
    outlet: str | None
    cameo: str | None = Field(description="nearest CAMEO event code")
    plover: str | None = Field(description="nearest PLOVER event code")
    reading: str = Field(
        "machine", description="machine, confirmed, corrected, added or rejected (by an analyst)"
    )
    reject_reason: str | None = Field(
        None, description="not_about_track, not_evidence or boilerplate"
    )
    judged_by: str | None = Field(None, description="the analyst of the latest judgement")
    judged_at: str | None = None
    notes: list[str] = Field(default_factory=list)
    machine: dict[str, str | None] = Field(
        default_factory=dict, description="the machine's values of what an analyst changed"
    )
    tracks: list[str] | None = Field(
        None, description="the tracks an analyst says it is evidence of (null: its own)"
    )
    home_track: str | None = Field(
        None, description="the track it was read for, when an analyst moved it here"
    )


class Explanation(TrackStatus):
    """``tracker explain``: a track's status with the quotes that contest it."""

    contested_by: list[EvidenceRow] = Field(
        default_factory=list, description="the excerpts listed in contested_ids"
    )


class RevokeResult(BaseModel):
    """``tracker revoke``: the override ended and the status now in force."""

    revoked: int = Field(description="id of the override revoked")
    status: str | None = Field(description="the track's status now (inferred)")
    override: Override = Field(description="the revoked override, with ended_at set")
    summary: str = Field(description="what happened, in one sentence")


class AuditRow(BaseModel):
    """One row of ``tracker audit``; ``payload`` is the entry's data as a JSON object."""

    seq: int
    at: str = Field(description="record time, ISO 8601 UTC")
    actor: str
    action: str
    entity: str
    payload: dict[str, Any]
    prev_hash: str
    hash: str

    @classmethod
    def of(cls, entry: AuditEntry) -> AuditRow:
        return cls.model_validate(entry.model_dump() | {"payload": entry.payload_data()})


class BackupResult(BaseModel):
    """``tracker backup``: where the copy was written."""

    backup: str = Field(description="the backup file")
    bytes: int = Field(description="its size")


class BriefResult(BaseModel):
    """``tracker brief``: the file written and what it covers."""

    id: int = Field(description="row in the briefings table")
    path: str
    format: Literal["pdf", "docx", "md", "html"]
    tracks: list[str]
    since: dt.date | None = Field(description="events from this date on (--since)")
    new_since: str | None = Field(
        description="records made after this time (--new-since, or the last briefing)"
    )
    first: bool = Field(description="no briefing was on record before this one")
    created_at: str
    head_seq: int = Field(description="the audit entry the briefing certifies")
    head_hash: str
    sha256: str = Field(description="of the written file")
    bytes: int

    @classmethod
    def of(cls, result: BriefingResult) -> BriefResult:
        return cls(
            id=result.id,
            path=str(result.path),
            format=result.format,
            tracks=result.tracks,
            since=result.briefing.events_since,
            new_since=result.since,
            first=result.briefing.first,
            created_at=result.created_at,
            head_seq=result.head_seq,
            head_hash=result.head_hash,
            sha256=result.sha256,
            bytes=result.bytes,
        )


class WhereResult(BaseModel):
    """``tracker where``: the files the tracker reads and writes."""

    database: str = Field(description="the database this command would use")
    database_from: Literal["--db", "TRACKER_DB", "default"] = Field(description="what chose it")
    database_exists: bool
    default_database: str = Field(description="the database used without --db or TRACKER_DB")
    window_settings: str = Field(description="the window's layout and recent choices")
    logs: str = Field(description="folder of the window's log file")
    resources: str = Field(description="bundled lexicon, default tracks, templates")
    seeds: str = Field(description="bundled seed articles")


class CompletionResult(BaseModel):
    """``tracker completion``: a shell completion script."""

    shell: Literal["bash", "zsh"]
    script: str


class AcknowledgeResult(BaseModel):
    """``tracker verify --acknowledge``: the findings the analyst acknowledged."""

    acknowledged: list[Finding] = Field(
        description="each finding recorded as seen (key, area, text); the database may be "
        "changed again"
    )
