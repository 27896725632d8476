"""The database handle the CLI and the window hold, and opening it (kept light: the
window opens the database on its worker before any other service is imported)."""

from __future__ import annotations

from pathlib import Path

from tracker.storage.db import Store, backup, explain, open_db

__all__ = ["Store", "backup", "explain_failure", "is_new", "open_database"]


def open_database(path: Path | str, *, readonly: bool = False, adopt: bool = False) -> Store:
    """Open the database at ``path``, migrating it (with a backup first) when needed.

    The audit chain, head witness, briefing heads and the small tables' seals are checked
    on the way: a finding not yet acknowledged leaves the store open but flagged
    (``store.flagged``), so every write is refused until the analyst acknowledges it.
    ``adopt`` lets the tracker add its tables to another application's SQLite file.
    """
    from tracker.services.tamper import check_on_open

    store = open_db(path, readonly=readonly, adopt=adopt)
    try:
        check_on_open(store)
    except BaseException:
        store.close()
        raise
    return store


def is_new(path: Path) -> bool:
    """Whether ``path`` holds no database yet (so opening it creates one)."""
    return not path.exists() or path.stat().st_size == 0


def explain_failure(exc: BaseException, path: object = "the database") -> Exception | None:
    """A one-line error for a failure of the database or its disk (``None`` if ``exc`` is
    something else): what the CLI and the window show instead of a traceback."""
    return explain(exc, path)
