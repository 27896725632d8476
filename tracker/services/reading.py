"""Reading articles on every core: files prepared and their evidence extracted in worker
processes, handed back in the order they were given so the caller stores them one by one.

Reading (decoding, cleaning, metadata, extraction, the copy sketch) is pure and
per-document; storing is not. So a pool of worker processes, one per core, reads, and the
process that called only stores, each document whole in a savepoint of a batch transaction
(``services.ingest.Batch``): a kill at any moment leaves every document either fully
stored or not at all. The caller is told (``on_wait``) before it waits for a document that
is not ready, so it commits instead of holding the write lock meanwhile. At most a few documents
per worker are read ahead, so memory stays flat however many files an import holds; closing
the iterator (a cancelled import) stops the workers.

Small imports are read in the calling process: starting the workers costs more than a few
documents take. Workers start by ``forkserver`` (a clean process that has imported the
reading code once, then forks) on Linux, by ``spawn`` elsewhere and in the frozen bundle;
neither forks the window's threads.
"""

from __future__ import annotations

import gc
import logging
from collections import deque
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path
from typing import Any, Final

from tracker.domain.errors import UserError
from tracker.domain.models import Finding, Track
from tracker.extract import extract_document
from tracker.extract.dupes import document_sketch
from tracker.extract.lexicon import Lexicon
from tracker.extract.text import normalize_for_compare
from tracker.ingest.pipeline import DEFAULT_MAX_BYTES, PreparedDocument, prepare_file
from tracker.services.workers import MIN_FILES_FOR_WORKERS, cores
from tracker.services.workers import context as _context

log = logging.getLogger(__name__)

# Documents each worker may have read ahead of the one being stored.
_AHEAD_PER_WORKER: Final = 4
# How long the caller waits for the next document before it is told (``on_wait``), so it
# can commit what it holds instead of keeping the write lock while a long file is read.
WAIT_BEFORE_TELLING: Final = 0.05


@dataclass
class ReadResult:
    """One file read: the prepared document with its findings and copy sketch, or why it
    was refused."""

    path: str
    prepared: PreparedDocument | None = None
    findings: list[Finding] = field(default_factory=list)
    sketch: list[int] = field(default_factory=list)
    refused: str | None = None
    # Each finding's normalised quote: worked out here, not in the storing transaction.
    norms: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ReadingSetup:
    """What every reader needs to read alike: the tracks and the lexicon (as JSON, so a
    worker process rebuilds them exactly) and the size limit."""

    tracks_json: tuple[str, ...]
    lexicon_json: str
    max_bytes: int = DEFAULT_MAX_BYTES

    @classmethod
    def of(
        cls, tracks: Sequence[Track], lexicon: Lexicon, max_bytes: int = DEFAULT_MAX_BYTES
    ) -> ReadingSetup:
        return cls(
            tuple(t.model_dump_json() for t in tracks),
            lexicon.data.model_dump_json(),
            max_bytes,
        )


@lru_cache(maxsize=4)
def _lexicon(lexicon_json: str) -> Lexicon:
    from tracker.extract.lexicon import LexiconFile

    return Lexicon(LexiconFile.model_validate_json(lexicon_json))


@lru_cache(maxsize=4)
def _tracks(tracks_json: tuple[str, ...]) -> tuple[Track, ...]:
    return tuple(Track.model_validate_json(t) for t in tracks_json)


# Faults of the reading code on one hostile file: that file is refused with the fault named
# (and logged), the others are read (a database fault is not among them: reading is pure).
_FAULTS: Final = (ValueError, ArithmeticError, RecursionError, MemoryError, LookupError)


def read_file(
    path: str, tracks: Sequence[Track], lexicon: Lexicon, max_bytes: int = DEFAULT_MAX_BYTES
) -> ReadResult:
    """Prepare one file and extract its evidence (what a worker does for each file). One
    bad file never stops a batch: a fault reading it refuses that file only."""
    try:
        return read_prepared(path, prepare_file(Path(path), max_bytes=max_bytes), tracks, lexicon)
    except UserError as exc:
        return ReadResult(path=path, refused=str(exc))
    except _FAULTS as exc:
        log.exception("reading %s failed", path)
        return ReadResult(
            path=path, refused=f"could not be read ({type(exc).__name__}: {str(exc)[:200]})"
        )


def read_prepared(
    path: str, prepared: PreparedDocument, tracks: Sequence[Track], lexicon: Lexicon
) -> ReadResult:
    """The evidence of a prepared document (and its copy sketch), read before the
    transaction that stores it."""
    doc = prepared.document
    findings = extract_document(doc.text, doc.published, tracks, lexicon)
    norms = [normalize_for_compare(f.exact) for f in findings]
    return ReadResult(path, prepared, findings, document_sketch(doc.text), norms=norms)


_setup: ReadingSetup | None = None  # a worker's, set when it starts


# A reading worker's young-generation threshold for the cyclic garbage collector (Python's
# default is 700 allocations): reading an article allocates tens of thousands of short-lived
# containers that reference counting frees, and each collection walked them for nothing.
_WORKER_GC_THRESHOLD: Final = 10_000


def _quiet_collector() -> None:
    """What a reading worker holds after start-up (modules, the compiled lexicon and
    tracks) is moved out of the collector's reach for good, and young collections run less
    often: the collector then walks only what one document's reading left behind."""
    gc.collect()
    gc.freeze()
    _, second, third = gc.get_threshold()
    gc.set_threshold(_WORKER_GC_THRESHOLD, second, third)


def _start_worker(setup: ReadingSetup) -> None:
    global _setup
    _setup = setup
    # Compile the lexicon and the tracks once, before the first file.
    extract_document(
        "Trump and Putin agreed to meet in Budapest on Tuesday.",
        None,
        _tracks(setup.tracks_json),
        _lexicon(setup.lexicon_json),
    )
    _quiet_collector()


def preload_bundled_lexicon() -> None:
    """Compile the bundled lexicon into the cache a worker reads its setup's lexicon from
    (keyed by the JSON ``ReadingSetup`` sends), in the fork server the workers come from:
    every cue with its lower-case twin (``Lexicon.warm``), and the gazetteer, so that no
    worker compiles them again on its first articles."""
    from tracker.extract.gazetteer import load_gazetteer
    from tracker.extract.lexicon import load_lexicon

    lexicon = _lexicon(load_lexicon().data.model_dump_json()).warm()
    load_gazetteer()
    extract_document("Trump and Putin agreed to meet in Budapest on Tuesday.", None, [], lexicon)


def _read_in_worker(path: str) -> ReadResult:
    setup = _setup
    assert setup is not None, "worker started without its reading setup"
    return read_file(
        path, _tracks(setup.tracks_json), _lexicon(setup.lexicon_json), setup.max_bytes
    )


class ReadingPool(Pool):
    """The pool of reading workers: ``multiprocessing.Pool`` whose worker-minding thread
    wakes only when a worker exits or the pool is closed, stopped or drained.

    The standard pool's minding thread also waits on the pipe results come back by, which
    another of its threads reads: from the moment a result arrives until that thread has
    read it (it needs the interpreter, which the storing thread mostly holds), every wait
    returns at once, so the minding thread spun — about 1.2 s of the storing process's
    4.7 s of processor time in a 1,000-article import, taken from the storing thread
    itself. A worker's exit (its sentinel, which the thread still waits on) and the pool's
    own notices (closing, stopping, the last result in) are all it has to act on."""

    def _get_sentinels(self) -> list[Any]:
        notifier: Any = vars(self)["_change_notifier"]
        return [notifier._reader]


def worker_count() -> int:
    """One worker per core this process may run on."""
    return cores()


def read_files(
    paths: Sequence[str],
    tracks: Sequence[Track],
    lexicon: Lexicon,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    workers: int | None = None,
    on_wait: Callable[[], None] | None = None,
) -> Generator[ReadResult, None, None]:
    """``read_file`` of every path, yielded in the order given. ``workers``: None picks one
    per core when there are at least ``MIN_FILES_FOR_WORKERS`` files; 1 reads in process.
    ``on_wait`` is called before a wait for the next document that may be long: before
    each file read in process, and when a worker's next document is not ready within
    ``WAIT_BEFORE_TELLING`` seconds."""
    tell = on_wait or (lambda: None)
    count = worker_count() if workers is None else workers
    if workers is None and len(paths) < MIN_FILES_FOR_WORKERS:
        count = 1
    count = min(count, len(paths))
    if count <= 1:
        for path in paths:
            tell()
            yield read_file(path, tracks, lexicon, max_bytes)
        return
    setup = ReadingSetup.of(tracks, lexicon, max_bytes)
    pool = ReadingPool(count, initializer=_start_worker, initargs=(setup,), context=_context())
    try:
        pending: deque[AsyncResult[ReadResult]] = deque()
        queue = iter(paths)
        ahead = count * _AHEAD_PER_WORKER
        for path in queue:
            pending.append(pool.apply_async(_read_in_worker, (path,)))
            if len(pending) >= ahead:
                break
        while pending:
            head = pending.popleft()
            head.wait(WAIT_BEFORE_TELLING)
            if not head.ready():
                tell()
            result = head.get()
            following = next(queue, None)
            if following is not None:
                pending.append(pool.apply_async(_read_in_worker, (following,)))
            yield result
        # Every document is in: the workers are told to stop and exit on their own.
        # ``terminate`` straight after ``close`` races the pool's own threads (an idle
        # worker holds the task queue's lock while the pool stops feeding it).
        pool.close()
        pool.join()
    finally:
        # Stopped early (an error, a cancelled import): the workers are killed.
        pool.terminate()
        pool.join()
