"""One summary of a track, read by the window, the command line and the briefing alike:
since when its effective status holds, as of which evidence, the latest development (and
whether it agrees with the status), the next event (overdue or not) and why an override
needs review. ``tracker.services.status`` puts it into every ``TrackStatus``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from pydantic import BaseModel

from tracker.domain.models import Assessment, Evidence, Latest, NextEvent, Override, Track
from tracker.domain.summary import (
    development_words,
    effective_since,
    next_event_overdue,
    status_words,
)
from tracker.domain.times import day_of, short_date
from tracker.domain.vocabulary import Status, TrackKind
from tracker.extract.lexicon import Lexicon, load_lexicon
from tracker.infer.claims import calls_off_an_occasion, implied_status
from tracker.infer.status import occasions_called_off
from tracker.services.evidence import evidence_for
from tracker.storage import audit, excerpts, transitions
from tracker.storage import overrides as override_rows
from tracker.storage.db import Store


class Development(Latest):
    """The latest development: inference's ``Latest`` (date, signal, quote, document,
    excerpt, and its effect on the inferred status) with the status it points to for the
    track, whether that agrees with the status shown (an override's too), and its source."""

    status: Status | None = None
    agrees: bool = True
    outlet: str | None = None
    document_title: str = ""
    speaker: str | None = None

    def words(self, *, overridden: bool) -> str:
        """The development as one line (``domain.summary.development_words``)."""
        return development_words(
            self.date,
            self.quote,
            status=self.status,
            signal=self.signal,
            effect=self.effect,
            agrees=self.agrees,
            overridden=overridden,
            source=self.outlet,
        )


class ReviewFlag(BaseModel):
    """Why an override needs review, in parts the window can show and link to."""

    kind: Literal["newer_evidence", "review_by"]
    text: str
    override_status: Status
    points_to: Status | None = None
    excerpt_id: int | None = None
    document_id: int | None = None
    event_date: date | None = None
    quote: str | None = None
    outlet: str | None = None
    review_by: date | None = None


@dataclass(frozen=True)
class ManualStep:
    """An analyst's transition as the summary reads it (see ``domain.summary``)."""

    id: int
    origin: str
    status: str
    recorded_at: str
    undone: bool


@dataclass(frozen=True)
class Summary:
    since: date | None
    as_of: date | None
    latest: Development | None
    next_event: NextEvent | None
    next_event_overdue: bool
    review: ReviewFlag | None


def undone_transitions(store: Store, track_id: str, *, known_at: str | None = None) -> set[int]:
    """Ids of the track's manual transitions whose action was undone (by ``known_at``): an
    undone override and the step back it left, and a revoke that was undone."""
    undone_overrides = {
        o.id
        for o in override_rows.for_track(store, track_id)
        if o.ended_action == "undone" and (known_at is None or (o.ended_at or "") <= known_at)
    }
    revokes = audit.payloads_by_seq(store, "override.revoke")
    undone_revokes: set[int] = set()
    for undo in audit.payloads(store, "undo"):
        if undo.get("action") != "override.revoke":
            continue
        revoked = revokes.get(int(undo.get("undoes", 0)), {}).get("override")
        if revoked is not None:
            undone_revokes.add(int(revoked))
    out: set[int] = set()
    for t in transitions.manual_for_track(store, track_id):
        if t.override_id is None:
            continue
        if known_at is not None and t.recorded_at > known_at:
            continue
        if t.override_id in undone_overrides or (
            t.origin == "revoke" and t.override_id in undone_revokes
        ):
            out.add(t.id or 0)
    return out


def manual_steps(
    store: Store, track_id: str, *, known_at: str | None = None, until: date | None = None
) -> list[ManualStep]:
    """The track's override and revoke transitions recorded by ``known_at`` (or made on or
    before the day ``until``), each marked when its action was undone."""
    undone = undone_transitions(store, track_id, known_at=known_at)
    return [
        ManualStep(t.id or 0, t.origin, t.status, t.recorded_at, (t.id or 0) in undone)
        for t in transitions.manual_for_track(store, track_id)
        if (known_at is None or t.recorded_at <= known_at)
        and (until is None or day_of(t.recorded_at) <= until)
    ]


def development(
    track: Track,
    latest: Latest | None,
    status: str | None,
    source: Evidence | None,
    *,
    lexicon: Lexicon | None = None,
) -> Development | None:
    """Inference's latest development (with its effect on the inferred status) and, for
    the status shown — an override's too —, the status it points to and whether it agrees;
    with the outlet, article and speaker of its excerpt (``source``)."""
    if latest is None:
        return None
    lex = lexicon or load_lexicon()
    # A development (an occasion of a process called off while it goes on) points nowhere.
    claims = (
        implied_status(source, TrackKind(track.kind), lex)
        if source is not None and latest.effect != "development"
        else None
    )
    agrees = claims is None or status is None or claims == status or lex.compatible(claims, status)
    return Development(
        **latest.model_dump(),
        status=claims,
        agrees=agrees,
        outlet=source.outlet if source else None,
        document_title=source.document_title if source else "",
        speaker=source.speaker if source else None,
    )


def _occasions_among(
    store: Store, track: Track, newer: list[Evidence], known_at: str | None, lex: Lexicon
) -> frozenset[int]:
    """The newer excerpts that are an occasion of the process called off while their source
    tells it going on (``infer.status.occasions_called_off``): they point to no status. The
    track's evidence is read only when a newer excerpt could be one."""
    kind = TrackKind(track.kind)
    if not any(calls_off_an_occasion(e, kind, lex) for e in newer):
        return frozenset()
    return occasions_called_off(track, evidence_for(store, track.id, recorded_by=known_at), lex)


def review_flag(
    store: Store,
    track: Track,
    override: Override,
    *,
    inferred_status: str | None,
    known_at: str | None = None,
    on: date,
    lexicon: Lexicon | None = None,
) -> ReviewFlag | None:
    """Why ``override`` needs review, or ``None``.

    (a) evidence recorded after the override (or its last acknowledgement), about an event
    later than any the override was made in view of, points to another status;
    (b) its review-by date has passed (and it was not acknowledged since).
    """
    lex = lexicon or load_lexicon()
    since = max(override.created_at, override.acknowledged_at or "")
    seen = override.in_view_of
    newer = [
        e
        for e in evidence_for(store, track.id, recorded_by=known_at, recorded_after=since)
        if e.signal is not None
        and not e.context
        and e.duplicate_of is None
        and e.modality not in ("hypothetical", "negated", "denied")
        and (seen is None or (e.event_date is not None and e.event_date > seen))
    ]
    steps = _occasions_among(store, track, newer, known_at, lex)
    for e in sorted(newer, key=lambda x: (x.event_date or date.min, x.id), reverse=True):
        implied = implied_status(e, track.kind, lex)
        if (
            implied is None
            or e.id in steps
            or implied == override.status
            or lex.compatible(implied, override.status)
        ):
            continue
        return _newer_evidence_flag(e, implied, override, inferred_status)
    if override.review_by is not None and override.review_by < on:
        acked = override.acknowledged_at
        if acked is None or day_of(acked) <= override.review_by:
            return ReviewFlag(
                kind="review_by",
                text=(
                    f"the review-by date {short_date(override.review_by)} has passed; "
                    f"the override says {status_words(override.status)}, the evidence "
                    f"alone {status_words(inferred_status)}"
                ),
                override_status=override.status,
                points_to=inferred_status,
                review_by=override.review_by,
            )
    return None


def _newer_evidence_flag(
    e: Evidence, implied: str, override: Override, inferred_status: str | None
) -> ReviewFlag:
    where = ", ".join(b for b in (e.outlet, short_date(e.event_date) if e.event_date else "") if b)
    quote = " ".join(e.exact.split())
    if len(quote) > 160:
        quote = quote[:159] + "…"
    text = (
        f"newer evidence ({where}) points to {status_words(implied)}, not "
        f"{status_words(override.status)} as overridden: “{quote}”"
    )
    if inferred_status is not None and inferred_status != implied:
        text += f"; the evidence as a whole says {status_words(inferred_status)}"
    return ReviewFlag(
        kind="newer_evidence",
        text=text,
        override_status=override.status,
        points_to=implied,
        excerpt_id=e.id,
        document_id=e.document_id,
        event_date=e.event_date,
        quote=e.exact,
        outlet=e.outlet,
    )


def summarize(
    store: Store,
    track: Track,
    assessment: Assessment,
    override: Override | None,
    *,
    known_at: str | None = None,
    as_of: date | None = None,
    today: date,
) -> Summary:
    """The summary of ``track`` given its assessment and the override in force, now, as of
    a date (``as_of``) or as known at a record time (``known_at``)."""
    lex = load_lexicon()
    status = override.status if override else assessment.status
    latest = assessment.latest
    found = excerpts.evidence_by_ids(store, track.id, [latest.excerpt]) if latest else []
    source = found[0] if found else None
    manual = manual_steps(store, track.id, known_at=known_at, until=as_of)
    since = effective_since(
        status, assessment.history, manual, fallback=assessment.since or assessment.as_of
    )
    on = as_of or (day_of(known_at) if known_at else today)
    review = (
        review_flag(
            store,
            track,
            override,
            inferred_status=assessment.status,
            known_at=known_at,
            on=on,
            lexicon=lex,
        )
        if override
        else None
    )
    next_event = track.next_event or assessment.next_event
    as_of_day = assessment.as_of
    if override is not None:  # the analyst's judgement is as of the day it was made
        made = day_of(override.acknowledged_at or override.created_at)
        as_of_day = max(as_of_day, made) if as_of_day else made
    return Summary(
        since=since,
        as_of=as_of_day,
        latest=development(track, latest, status, source, lexicon=lex),
        next_event=next_event,
        next_event_overdue=next_event_overdue(next_event, status, on),
        review=review,
    )
