"""Who is acting: the analyst name from the settings, else the operating-system user."""

from __future__ import annotations

import getpass

from tracker.storage.db import Store


def os_user() -> str:
    try:
        return getpass.getuser() or "analyst"
    except Exception:  # no passwd entry in some containers
        return "analyst"


def current_analyst(store: Store, override: str | None = None) -> str:
    if override and override.strip():
        return override.strip()
    row = store.conn.execute("SELECT value FROM settings WHERE key = 'analyst'").fetchone()
    if row and str(row[0]).strip():
        return str(row[0]).strip()
    return os_user()
