"""A large import runs in a child process, so reading articles never holds the window's
interpreter lock.

The worker thread starts the child (``spawn``: a fresh interpreter, no Qt, no threads),
which opens the database itself and imports; progress and the result come back through a
pipe, and the worker thread only waits on it. Cancelling asks the child to stop after the
document in hand (each document is its own transaction, as in the worker). A child that
dies is a failure with its exit code; nothing half-written is left (SQLite's transactions).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

# Imports of at least this many files (or any folder) go to a child process; smaller ones
# are over before a child would have started.
PROCESS_FROM_FILES = 12
POLL_S = 0.05
CHILD_NICENESS = 10


def worth_a_process(paths: Sequence[Path]) -> bool:
    return any(p.is_dir() for p in paths) or len(paths) >= PROCESS_FROM_FILES


def _child(db_path: str, paths: list[str], conn: Connection) -> None:
    """The child's side: import, telling progress; stop when asked. It runs at a lower
    priority than the window, so the window gets a processor first on a busy machine."""
    import contextlib
    import os

    with contextlib.suppress(AttributeError, OSError):  # not on every system
        os.nice(CHILD_NICENESS)
    from tracker.domain.errors import TrackerError
    from tracker.services.database import open_database
    from tracker.services.ingest import ingest_paths

    try:
        store = open_database(db_path)
    except TrackerError as exc:
        conn.send(("failed", str(exc), True))
        return

    def progress(done: int, total: int, label: str) -> bool:
        conn.send(("progress", done, total, label))
        return not (conn.poll() and conn.recv() == "cancel")

    try:
        report = ingest_paths(store, [Path(p) for p in paths], progress=progress)
        conn.send(("done", report.model_dump_json()))
    except TrackerError as exc:
        conn.send(("failed", str(exc), True))
    except Exception as exc:  # reported to the window with its kind, then logged there
        conn.send(("failed", f"{type(exc).__name__}: {exc}", False))
    finally:
        store.close()


class ImportFailed(RuntimeError):
    """The child failed (``expected``: a user's mistake, else a bug)."""

    def __init__(self, message: str, expected: bool) -> None:
        super().__init__(message)
        self.expected = expected


def import_in_process(
    db_path: Path, paths: Sequence[Path], report: Callable[[int, int, str], bool]
) -> Any:
    """Run ``ingest_paths`` on ``paths`` in a child process; returns its ``IngestReport``."""
    from tracker.domain.errors import UserError
    from tracker.services.ingest import IngestReport

    ctx = multiprocessing.get_context("spawn")
    ours, theirs = ctx.Pipe()
    child = ctx.Process(
        target=_child, args=(str(db_path), [str(p) for p in paths], theirs), daemon=True
    )
    child.start()
    theirs.close()
    cancelled = False
    try:
        while True:
            if not ours.poll(POLL_S):
                if not child.is_alive():
                    raise ImportFailed(f"the import stopped (exit code {child.exitcode})", False)
                continue
            message = ours.recv()
            if message[0] == "progress":
                if not report(*message[1:]) and not cancelled:
                    cancelled = True
                    ours.send("cancel")
            elif message[0] == "done":
                return IngestReport.model_validate_json(message[1])
            else:
                _, text, expected = message
                if expected:
                    raise UserError(text)
                raise ImportFailed(text, False)
    except EOFError:
        raise ImportFailed(f"the import stopped (exit code {child.exitcode})", False) from None
    finally:
        child.join(timeout=10)
        ours.close()
