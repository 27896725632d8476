"""One desktop window per database (kept light: taken before the window's first paint)."""

from __future__ import annotations

from pathlib import Path

from tracker.storage.lock import InstanceLock, acquire_instance_lock, holder_pid

__all__ = ["InstanceLock", "lock_window", "window_holder"]


def lock_window(path: Path) -> InstanceLock | None:
    """Take the one-window lock of the database at ``path``; ``None`` when another window
    holds it (this one then opens the database read-only)."""
    return acquire_instance_lock(path)


def window_holder(path: Path) -> int | None:
    """The process id of the window holding the database, if known."""
    return holder_pid(path)
