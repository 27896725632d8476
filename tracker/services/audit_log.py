"""Reading the audit log (writing it is part of each change's own transaction)."""

from __future__ import annotations

from tracker.domain.models import AuditEntry
from tracker.storage import audit
from tracker.storage.db import Store


def entries(
    store: Store, limit: int | None = None, *, include_seals: bool = False
) -> list[AuditEntry]:
    """The log, oldest first; with ``limit``, its newest ``limit`` rows (``state.seal``
    rows, which record the sealed state, only with ``include_seals``)."""
    return audit.entries(store, limit=limit, include_seals=include_seals)


# What an analyst did to a track's status: the actions a briefing tells.
OVERRIDE_ACTIONS = ("override.apply", "override.revoke", "override.ack", "undo")


def override_actions(store: Store, track_id: str, *, after: str | None = None) -> list[AuditEntry]:
    """Overrides applied, revoked, acknowledged on a track, and undos of those, oldest
    first (recorded after ``after`` when given)."""
    rows = audit.for_entity(store, f"track:{track_id}", OVERRIDE_ACTIONS, after=after)
    return [
        r
        for r in rows
        if r.action != "undo" or str(r.payload_data().get("action", "")).startswith("override.")
    ]


def entry(store: Store, seq: int) -> AuditEntry | None:
    """One audit row by its sequence number."""
    return audit.get(store, seq)


def first_record_at(store: Store) -> str | None:
    """When the database recorded its first fact (its first audit row), or ``None``."""
    return audit.first_at(store)
