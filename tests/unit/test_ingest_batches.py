"""An import stores its documents a few to a transaction: every document lands whole or not
at all, a batch commits when full or old, a refused document leaves nothing behind, an error
rolls back only the open batch (a re-run completes it with nothing lost or doubled), a
cancelled import keeps what it stored, and the audit log and state seals verify after each."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tracker.domain.errors import DatabaseError, UserError
from tracker.services import ingest, reading
from tracker.services.ingest import Batch, ingest_paths
from tracker.services.verify import verify
from tracker.storage.db import Store

PLACES = ("Budapest", "Geneva", "Vienna", "Oslo", "Doha", "Riyadh", "Helsinki", "Istanbul")


def _articles(folder: Path, count: int) -> list[Path]:
    """``count`` distinct short articles about the summit, named in import order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        place = PLACES[n % len(PLACES)]
        path = folder / f"{n:02d}_article.txt"
        path.write_text(
            f"Summit talks stall, report number {n}\n\n"
            f"The planned summit between Trump and Putin in {place} was put on hold on "
            f"Tuesday, officials said in note {n}.\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def _documents(path: Path) -> int:
    """Documents committed, as another connection sees them."""
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    finally:
        conn.close()


def _sound(store: Store) -> None:
    """Verify finds nothing, each document has one ``ingest`` audit row and no text twice."""
    report = verify(store)
    assert report.ok, report.lines
    docs = sorted(int(r[0]) for r in store.conn.execute("SELECT id FROM documents"))
    rows = sorted(
        int(r[0].split(":")[1])
        for r in store.conn.execute("SELECT entity FROM audit_log WHERE action = 'ingest'")
    )
    assert rows == docs
    total, distinct = store.conn.execute(
        "SELECT count(*), count(DISTINCT sha256) FROM documents"
    ).fetchone()
    assert total == distinct


def _commits(store: Store) -> list[int]:
    """The documents committed at each commit from now on."""
    seen: list[int] = []
    assert store.path is not None
    path = store.path
    store.after_commit.append(lambda _store: seen.append(_documents(path)))
    return seen


def test_documents_are_committed_a_batch_at_a_time(
    fresh_db: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read by worker processes that are never slow to answer here: full batches."""
    monkeypatch.setattr(ingest, "BATCH_DOCUMENTS", 3)
    monkeypatch.setattr(ingest, "refresh", lambda *a, **k: [])
    monkeypatch.setattr(reading, "WAIT_BEFORE_TELLING", 600.0)
    _articles(tmp_path / "in", 7)
    seen = _commits(fresh_db)
    report = ingest_paths(fresh_db, [tmp_path / "in"], workers=2)
    assert report.new == 7
    assert seen == [3, 6, 7]
    _sound(fresh_db)


def test_a_batch_open_too_long_commits_early(
    fresh_db: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest, "BATCH_SECONDS", 0.0)
    monkeypatch.setattr(ingest, "refresh", lambda *a, **k: [])
    monkeypatch.setattr(reading, "WAIT_BEFORE_TELLING", 600.0)
    _articles(tmp_path / "in", 4)
    seen = _commits(fresh_db)
    ingest_paths(fresh_db, [tmp_path / "in"], workers=2)
    assert seen == [1, 2, 3, 4]


def test_files_read_in_process_are_read_with_nothing_held(
    fresh_db: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A small import reads each file in this process: what was stored is committed
    before the next file is read, however long that takes."""
    monkeypatch.setattr(ingest, "refresh", lambda *a, **k: [])
    _articles(tmp_path / "in", 3)
    held: list[bool] = []
    real = reading.read_file

    def read(*args: object, **kwargs: object) -> reading.ReadResult:
        held.append(fresh_db.conn.in_transaction)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(reading, "read_file", read)
    seen = _commits(fresh_db)
    ingest_paths(fresh_db, [tmp_path / "in"])
    assert (held, seen) == ([False, False, False], [1, 2, 3])


def test_the_storing_process_is_told_before_it_waits_for_a_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker's document not ready at once: ``on_wait`` (the import commits its batch)
    before waiting; the documents still come in file order."""
    from tracker.extract.lexicon import load_lexicon
    from tracker.services.setup import default_tracks

    monkeypatch.setattr(reading, "WAIT_BEFORE_TELLING", 0.0)
    paths = [str(p) for p in _articles(tmp_path / "in", 6)]
    told: list[int] = []
    got = [
        r.path
        for r in reading.read_files(
            paths, default_tracks(), load_lexicon(), workers=2, on_wait=lambda: told.append(1)
        )
    ]
    assert got == paths
    assert told  # the first document cannot be ready the moment the workers start


def test_a_refused_document_leaves_nothing_and_its_batch_goes_on(
    fresh_db: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _articles(tmp_path / "in", 5)
    original = ingest.store_evidence
    calls = {"n": 0}

    def refuse_third(store: Store, doc_id: int, *args: object, **kwargs: object) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise UserError("this one cannot be stored")
        original(store, doc_id, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ingest, "store_evidence", refuse_third)
    report = ingest_paths(fresh_db, [tmp_path / "in"])
    outcomes = [(Path(i.path).name, i.outcome) for i in report.items]
    assert outcomes == [(p.name, "refused" if n == 2 else "new") for n, p in enumerate(paths)]
    assert report.items[2].reason == "this one cannot be stored"
    # No row of the refused document: not its document, audit row, excerpts or sketch.
    assert _documents(fresh_db.path) == 4  # type: ignore[arg-type]
    titles = [r[0] for r in fresh_db.conn.execute("SELECT title FROM documents")]
    assert not any("number 2" in t for t in titles)
    _sound(fresh_db)


def test_an_error_rolls_back_the_open_batch_only_and_a_rerun_completes(
    fresh_db: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest, "BATCH_DOCUMENTS", 3)
    _articles(tmp_path / "in", 8)
    original = ingest.store_evidence
    calls = {"n": 0}

    def fail_fifth(store: Store, doc_id: int, *args: object, **kwargs: object) -> None:
        calls["n"] += 1
        if calls["n"] == 5:
            raise DatabaseError("the disk holding the database is full; nothing was changed")
        original(store, doc_id, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ingest, "store_evidence", fail_fifth)
    monkeypatch.setattr(reading, "WAIT_BEFORE_TELLING", 600.0)
    with pytest.raises(DatabaseError):
        ingest_paths(fresh_db, [tmp_path / "in"], workers=2)
    # The first batch (3) is kept; the fourth document, stored in the failed batch, is not.
    assert _documents(fresh_db.path) == 3  # type: ignore[arg-type]
    assert not fresh_db.conn.in_transaction
    _sound(fresh_db)
    monkeypatch.setattr(ingest, "store_evidence", original)
    again = ingest_paths(fresh_db, [tmp_path / "in"])
    assert (again.new, again.duplicate) == (5, 3)
    assert _documents(fresh_db.path) == 8  # type: ignore[arg-type]
    _sound(fresh_db)


def test_a_cancelled_import_keeps_the_documents_stored_before_it_stopped(
    fresh_db: Store, tmp_path: Path
) -> None:
    _articles(tmp_path / "in", 6)

    def stop_at_fourth(done: int, total: int, label: str) -> bool:
        return done < 4

    report = ingest_paths(fresh_db, [tmp_path / "in"], progress=stop_at_fourth)
    assert report.cancelled and report.new == 4
    assert _documents(fresh_db.path) == 4  # type: ignore[arg-type]
    _sound(fresh_db)


def test_a_text_repeated_within_one_batch_is_a_duplicate(fresh_db: Store, tmp_path: Path) -> None:
    first, second = _articles(tmp_path / "in", 2)
    second.write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    report = ingest_paths(fresh_db, [tmp_path / "in"])
    assert [i.outcome for i in report.items] == ["new", "duplicate"]
    assert report.items[1].duplicate_of == report.items[0].document_id
    _sound(fresh_db)


def test_a_batch_without_documents_commits_nothing(fresh_db: Store) -> None:
    seen = _commits(fresh_db)
    with Batch(fresh_db) as batch:
        batch.commit()
    assert (seen, batch.commits) == ([], 0)
    assert not fresh_db.conn.in_transaction


def test_the_fork_server_compiles_the_very_lexicon_the_workers_are_sent(fresh_db: Store) -> None:
    """The workers' fork server compiles the bundled lexicon under the key an import sends
    its workers (the lexicon's JSON): a worker forked from it finds it compiled."""
    from tracker.services.evidence import reading_lexicon
    from tracker.services.setup import default_tracks

    reading._lexicon.cache_clear()
    reading.preload_bundled_lexicon()
    setup = reading.ReadingSetup.of(default_tracks(), reading_lexicon(fresh_db))
    before = reading._lexicon.cache_info()
    reading._lexicon(setup.lexicon_json)
    after = reading._lexicon.cache_info()
    assert (after.hits, after.misses) == (before.hits + 1, before.misses)


def test_the_fork_server_builds_every_cues_twin_so_workers_do_not() -> None:
    """The fork server warms the bundled lexicon (``Lexicon.warm``): each cue's lower-case
    twin is built there, not by every worker on its first articles."""
    from tracker.extract.lexicon import load_lexicon

    reading._lexicon.cache_clear()
    reading.preload_bundled_lexicon()
    lexicon = reading._lexicon(load_lexicon().data.model_dump_json())
    cues = [c for s in lexicon.signals for c in s.patterns] + list(lexicon.not_cues)
    assert cues
    assert all("_runners" in vars(c) for c in cues)


def test_the_reading_pool_minds_its_workers_without_watching_the_results() -> None:
    """The reading pool's minding thread is woken by a worker's exit and by the pool's own
    notices, not by results waiting to be read (it spun on those): workers that end are
    replaced (here each ends after one task, so six tasks need four new workers), and the
    pool closes once its last result is in."""
    import os

    pool = reading.ReadingPool(2, maxtasksperchild=1, context=reading._context())
    try:
        assert vars(pool)["_outqueue"]._reader not in pool._get_sentinels()
        answers = [pool.apply_async(os.getpid) for _ in range(6)]
        assert len({a.get(timeout=60) for a in answers}) == 6
        pool.close()
        pool.join()
    finally:
        pool.terminate()


def test_the_workers_fork_server_is_started_early_only_for_an_import_that_uses_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``workers.start_early`` (the command line calls it before opening the database)
    starts the fork server for a folder of enough files, not for a few files or hidden
    ones."""
    import multiprocessing
    from multiprocessing import forkserver

    from tracker.services import workers

    started: list[int] = []
    monkeypatch.setattr(forkserver, "ensure_running", lambda: started.append(1))
    monkeypatch.setattr(workers, "context", lambda: multiprocessing.get_context("forkserver"))
    few = _articles(tmp_path / "few", workers.MIN_FILES_FOR_WORKERS - 1)
    for n in range(3):
        (tmp_path / "few" / f".hidden{n}.txt").write_text("x", encoding="utf-8")
    assert workers.start_early([tmp_path / "few"]) is False
    assert workers.start_early([str(p) for p in few]) is False
    assert started == []
    _articles(tmp_path / "many" / "sub", workers.MIN_FILES_FOR_WORKERS)
    assert workers.start_early([tmp_path / "many"]) is True
    assert started == [1]
