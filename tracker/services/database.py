"""The database handle the CLI and the window hold, and opening it (kept light: the
window opens the database on its worker before any other service is imported)."""

from __future__ import annotations

from pathlib import Path

from tracker.storage.db import Store, backup, open_db

__all__ = ["Store", "backup", "is_new", "open_database"]


def open_database(path: Path | str, *, readonly: bool = False) -> Store:
    """Open the database at ``path``, migrating it (with a backup first) when needed."""
    return open_db(path, readonly=readonly)


def is_new(path: Path) -> bool:
    """Whether ``path`` holds no database yet (so opening it creates one)."""
    return not path.exists() or path.stat().st_size == 0
