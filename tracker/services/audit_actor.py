"""Who is acting: the analyst name from the settings, else the operating-system user."""

from __future__ import annotations

import getpass

from tracker.storage import settings
from tracker.storage.db import Store


def os_user() -> str:
    try:
        return getpass.getuser() or "analyst"
    except Exception:  # no passwd entry in some containers
        return "analyst"


def current_analyst(store: Store, override: str | None = None) -> str:
    """``override`` when given, else the analyst name of the settings, else the OS user."""
    if override and override.strip():
        return override.strip()
    return (settings.get(store, "analyst") or "").strip() or os_user()
