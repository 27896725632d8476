"""One desktop window per database: an advisory lock file beside it.

Writers are serialised by SQLite itself (``BEGIN IMMEDIATE`` and a busy timeout), so two
processes never interleave a write; the lock only lets a second window say clearly that the
database is already open, and open it read-only (``tracker.ui.app.main`` takes it).
"""

from __future__ import annotations

import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class InstanceLock:
    """Held for as long as the object lives (or until ``release``)."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    def release(self) -> None:
        if self._fd is not None:
            if fcntl is not None:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __del__(self) -> None:
        self.release()


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def acquire_instance_lock(db_path: Path) -> InstanceLock | None:
    """Take the window lock of ``db_path``; ``None`` if another process holds it."""
    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return None
    os.ftruncate(fd, 0)
    os.write(fd, str(os.getpid()).encode())
    return InstanceLock(path, fd)


def holder_pid(db_path: Path) -> int | None:
    """The process id written by the lock's holder, if readable."""
    try:
        text = lock_path(db_path).read_text().strip()
        return int(text) if text else None
    except (OSError, ValueError):
        return None
