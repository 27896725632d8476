"""Where an import's reading workers come from, kept apart from the reading code so that
starting them is cheap: this module needs only the standard library.

Workers start by ``forkserver`` on Linux (a clean process that imports the reading code
once and compiles the bundled lexicon, then forks a worker for each core), by ``spawn``
elsewhere and in the frozen bundle; neither forks the window's threads. The fork server's
own start (about 1.3 s) is most of the wait before an import's first document, so the
command line starts it before it opens the database (``start_early``) and the window once
it is open (``start_for_window``).
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Final

# Fewer files than this are read in process (the workers would start slower than they read).
MIN_FILES_FOR_WORKERS: Final = 12


def context() -> multiprocessing.context.BaseContext:
    """How reading workers start here: ``forkserver`` on Linux outside the bundle, else
    ``spawn``."""
    frozen = getattr(sys, "frozen", False)
    if sys.platform.startswith("linux") and not frozen:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["tracker.services.reading_preload"])
        return ctx
    return multiprocessing.get_context("spawn")


def cores() -> int:
    """One worker per core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _files(paths: Sequence[Path | str]) -> Iterator[str]:
    """The files an import of ``paths`` may read, roughly and lazily: files named and the
    files of folders named, hidden ones left out (which of them are articles is not
    checked here: that needs the ingest rules, whose import is what this module avoids;
    counting too many only starts a fork server an import does not use, which stops
    with the process)."""
    for raw in paths:
        path = os.path.expanduser(raw)
        if os.path.isdir(path):
            for base, dirs, files in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                yield from (os.path.join(base, f) for f in files if not f.startswith("."))
        else:
            yield str(path)


def start_early(paths: Sequence[Path | str]) -> bool:
    """Start the workers' fork server now when an import of ``paths`` will read with
    workers (at least ``MIN_FILES_FOR_WORKERS`` files) and they start by one: it
    imports the reading code and compiles the lexicon in its own process while this one
    imports the rest and opens and checks the database, and the import's pool then forks
    from it at once. Returns whether it was started."""
    if context().get_start_method() != "forkserver":
        return False
    found = itertools.islice(_files(paths), MIN_FILES_FOR_WORKERS)
    if sum(1 for _ in found) < MIN_FILES_FOR_WORKERS:
        return False
    return _ensure_running()


def start_for_window() -> int | None:
    """Start the workers' fork server for a window that may import: when imports here read
    with workers (more than one core) and they start by one. The window's imports cannot
    be counted ahead, so it starts whatever they will be; a fork server no import uses
    waits idle and stops with the window's process, as the pool's workers do. Returns the
    fork server's process id when it was started."""
    if cores() < 2 or context().get_start_method() != "forkserver":
        return None
    _ensure_running()
    return fork_server_pid()


def fork_server_pid() -> int | None:
    """The process id of this process's fork server, if it runs."""
    from multiprocessing import forkserver

    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    return pid if isinstance(pid, int) else None


def _ensure_running() -> bool:
    from multiprocessing import forkserver

    forkserver.ensure_running()
    return True
