"""Briefings on record: when the last was exported, and recording a new export."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from tracker.domain.models import DocumentSummary, Transition
from tracker.services.audit_actor import current_analyst
from tracker.storage import audit, briefings, excerpts
from tracker.storage import documents as document_rows
from tracker.storage.db import Store


def audit_head(store: Store) -> tuple[int, str]:
    """The audit log's last ``seq`` and hash: what a briefing certifies it was made from."""
    return audit.head(store)


def last_briefing_at(store: Store) -> str | None:
    """When the last briefing was exported (its record time), or ``None``."""
    return briefings.last_created_at(store)


def record_export(
    store: Store,
    *,
    fmt: str,
    path: str,
    tracks: Sequence[str],
    since: str | None,
    events_since: date | None = None,
    head_seq: int,
    head_hash: str,
    sha256: str,
    publish: Callable[[], None] | None = None,
    unpublish: Callable[[], None] | None = None,
) -> tuple[int, str]:
    """Record an exported briefing and its audit row; returns its id and record time.

    ``publish`` (moving the finished file into place) runs inside the same transaction,
    after the rows are written: if the database refuses the write, the file is never
    moved; if the move fails, nothing is recorded; if the commit fails after the move,
    ``unpublish`` puts the old file back.
    """
    actor = current_analyst(store)
    try:
        return _record(
            store,
            actor,
            fmt,
            path,
            tracks,
            (since, events_since),
            (head_seq, head_hash, sha256),
            publish,
        )
    except BaseException:
        if unpublish is not None:
            unpublish()
        raise


def _record(
    store: Store,
    actor: str,
    fmt: str,
    path: str,
    tracks: Sequence[str],
    cut_offs: tuple[str | None, date | None],
    certified: tuple[int, str, str],
    publish: Callable[[], None] | None,
) -> tuple[int, str]:
    since, events_since = cut_offs
    head_seq, head_hash, sha256 = certified
    with store.write():
        created = store.now()
        row_id = briefings.insert(
            store,
            at=created,
            fmt=fmt,
            path=path,
            tracks=tracks,
            since=since,
            events_since=events_since.isoformat() if events_since else None,
            head_hash=head_hash,
        )
        audit.append(
            store,
            actor=actor,
            action="briefing.export",
            entity=f"briefing:{row_id}",
            at=created,
            payload={
                "format": fmt,
                "path": path,
                "tracks": list(tracks),
                "since": since,
                "events_since": events_since.isoformat() if events_since else None,
                "head_seq": head_seq,
                "head_hash": head_hash,
                "sha256": sha256,
            },
        )
        if publish is not None:
            publish()
    return row_id, created


# --- what a briefing reads with a budget ------------------------------------------------------


def new_status_changes(
    store: Store, track_id: str, *, after: str, events_since: date | None, newest: int
) -> tuple[list[Transition], tuple[int, date | None, str | None]]:
    """The ``newest`` inferred transitions of the track recorded after ``after`` about
    events since ``events_since`` (re-recordings of one current at the cut-off left out),
    oldest first; and of the others: how many, the first event date, the newest record
    time (counted by the database, not read)."""
    listed = briefings.new_inferred_transitions(
        store, track_id, after=after, events_since=events_since, newest=newest
    )
    rest = briefings.new_inferred_summary(
        store,
        track_id,
        after=after,
        events_since=events_since,
        exclude=[t.id for t in listed if t.id is not None],
    )
    return listed, rest


def analyst_transitions_after(store: Store, track_id: str, after: str) -> list[Transition]:
    """The track's override and revoke transitions recorded after ``after``."""
    return briefings.manual_transitions_after(store, track_id, after)


def copy_links(store: Store, track_id: str) -> list[tuple[int, int | None, int | None, int]]:
    """``(excerpt, near-identical to, its document copies, its document)`` of the track's
    excerpts that may copy another, as bare ids."""
    return excerpts.copy_links(store, track_id)


def newest_excerpt_ids(
    store: Store,
    track_id: str,
    *,
    among: Sequence[int] | None = None,
    stating: bool = False,
    limit: int,
    offset: int = 0,
) -> list[int]:
    """Ids of the track's excerpts, newest first (see ``storage.excerpts.newest_ids``)."""
    return excerpts.newest_ids(
        store, track_id, among=among, stating=stating, limit=limit, offset=offset
    )


def window_copies(
    store: Store,
    track_id: str,
    *,
    recorded_after: str | None,
    events_since: date | None,
    exclude: Sequence[int],
) -> tuple[int, int]:
    """How many of the window's excerpts copy another of the track, and how many of
    those state a status."""
    return excerpts.window_copies(
        store,
        track_id,
        recorded_after=recorded_after,
        events_since=events_since,
        exclude=exclude,
    )


def document_copy_links(store: Store) -> dict[int, int]:
    """``{document: the document it copies}`` for every copy, as bare ids."""
    return briefings.document_copy_links(store)


def document_summaries(store: Store, document_ids: Sequence[int]) -> list[DocumentSummary]:
    """The documents of ``document_ids`` without their text, in the order given."""
    return document_rows.summaries_of(store, document_ids)
