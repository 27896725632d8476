"""Briefings on record: when the last was exported, and recording a new export."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from tracker.services.audit_actor import current_analyst
from tracker.storage import audit, briefings
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
