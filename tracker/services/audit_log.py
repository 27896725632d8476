"""Reading the audit log (writing it is part of each change's own transaction)."""

from __future__ import annotations

from tracker.domain.models import AuditEntry
from tracker.storage import audit
from tracker.storage.db import Store


def entries(store: Store, limit: int | None = None) -> list[AuditEntry]:
    """The log, oldest first; with ``limit``, its newest ``limit`` rows."""
    return audit.entries(store, limit=limit)
