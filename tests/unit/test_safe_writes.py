"""Fault injection for every file the tracker writes: a full disk, a failing writer, a
read-only or busy database. No existing file is lost, no bad export is recorded."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tracker.briefing import export as export_module
from tracker.briefing import export_briefing
from tracker.domain.errors import DatabaseBusyError, DatabaseError, UserError
from tracker.services.database import Store, backup, open_database
from tracker.storage import audit
from tracker.storage.files import AtomicFile, write_atomically

OLD = b"the analyst's earlier briefing\n"


def _exports(store: Store) -> int:
    return int(store.conn.execute("SELECT count(*) FROM briefings").fetchone()[0])


@pytest.fixture
def store(seed_db_path: Path) -> Store:
    s = open_database(seed_db_path)
    yield s
    s.close()


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "briefing.md"
    path.write_bytes(OLD)
    return path


def _no_leftovers(folder: Path) -> None:
    assert [p.name for p in folder.iterdir() if p.name.endswith((".part", ".old"))] == []


@pytest.mark.parametrize("fmt", ["md", "html", "docx", "pdf"])
def test_a_full_disk_keeps_the_old_file_and_records_nothing(
    store: Store, old_file: Path, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = export_module._render

    def fill_disk(kind: str, briefing: object, out: Path) -> object:
        check = real(kind, briefing, out)  # type: ignore[arg-type]
        data = out.read_bytes()
        out.write_bytes(data[: len(data) // 2])  # what a full disk leaves behind
        return check

    monkeypatch.setattr(export_module, "_render", fill_disk)
    head = audit.head(store)
    with pytest.raises(UserError, match="not whole"):
        export_briefing(store, fmt, old_file)
    assert old_file.read_bytes() == OLD
    assert _exports(store) == 0 and audit.head(store) == head
    _no_leftovers(old_file.parent)


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 64 KB tmpfs, nearly full (4 KB free): a real full disk."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("a tmpfs cannot be mounted here (not root)")
    try:
        with (folder / "filler").open("wb") as fh:
            fh.write(b"x" * (60 * 1024))
        yield folder
    finally:
        if subprocess.run(["umount", str(folder)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(folder)], check=True)
            pytest.fail("the tiny disk was still in use: a file was left open on it")


@pytest.mark.parametrize("fmt", ["md", "html", "docx", "pdf"])
def test_a_real_full_disk_keeps_the_old_file_and_records_nothing(
    store: Store, tiny_disk: Path, fmt: str
) -> None:
    old = tiny_disk / f"briefing.{fmt}"
    old.write_bytes(OLD)
    head = audit.head(store)
    with pytest.raises(UserError) as caught:
        export_briefing(store, fmt, old)
    message = str(caught.value)
    assert "full" in message or "not whole" in message, message
    assert "\n" not in message
    assert old.read_bytes() == OLD
    assert _exports(store) == 0 and audit.head(store) == head
    assert sorted(p.name for p in tiny_disk.iterdir()) == sorted(["filler", old.name])


def test_a_writer_that_fails_with_enospc_is_one_clear_line(
    store: Store, old_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(kind: str, briefing: object, out: Path) -> object:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export_module, "_render", no_space)
    with pytest.raises(UserError, match="the disk is full"):
        export_briefing(store, "md", old_file)
    assert old_file.read_bytes() == OLD and _exports(store) == 0


def test_a_read_only_database_keeps_the_old_file(seed_db_path: Path, old_file: Path) -> None:
    store = open_database(seed_db_path)
    # the same file opened through a read-only connection: every write fails in SQLite
    ro = sqlite3.connect(seed_db_path.resolve().as_uri() + "?mode=ro", uri=True)
    store.db.conn.close()
    from sqlite_utils import Database

    store.db = Database(ro)
    with pytest.raises(DatabaseError, match="read-only"):
        export_briefing(store, "md", old_file)
    assert old_file.read_bytes() == OLD
    _no_leftovers(old_file.parent)
    store.close()


def test_a_busy_database_keeps_the_old_file(seed_db_path: Path, old_file: Path) -> None:
    store = open_database(seed_db_path)
    store.conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(seed_db_path)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusyError, match="busy"):
            export_briefing(store, "md", old_file)
    finally:
        other.rollback()
        other.close()
    assert old_file.read_bytes() == OLD and _exports(store) == 0
    store.close()


def test_a_commit_that_fails_after_the_move_puts_the_old_file_back(
    store: Store, old_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_hook(s: Store) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    store.before_commit.append(failing_hook)
    with pytest.raises(DatabaseError, match="full"):
        export_briefing(store, "md", old_file)
    store.before_commit.remove(failing_hook)
    assert old_file.read_bytes() == OLD and _exports(store) == 0
    _no_leftovers(old_file.parent)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_only_a_regular_file_is_replaced(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "secret.txt"
    target.write_text("keep me")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    with pytest.raises(UserError, match="symbolic link"):
        export_briefing(store, "md", link)
    assert target.read_text() == "keep me" and link.is_symlink()
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    with pytest.raises(UserError, match="FIFO"):
        export_briefing(store, "md", fifo)
    with pytest.raises(UserError, match="character device"):
        export_briefing(store, "md", Path("/dev/null"))
    assert _exports(store) == 0


def test_a_good_export_replaces_the_old_file_and_is_recorded(store: Store, old_file: Path) -> None:
    os.chmod(old_file, 0o640)
    result = export_briefing(store, "md", old_file)
    assert old_file.read_bytes() != OLD
    assert (os.stat(old_file).st_mode & 0o777) == 0o640  # the old file's permissions kept
    assert _exports(store) == 1
    assert audit.entries(store, limit=1)[0].payload_data()["sha256"] == result.sha256
    _no_leftovers(old_file.parent)


def test_backup_into_a_folder_gets_a_name_and_a_witness(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    target = backup(store, folder)
    assert target.parent == folder and target.name.endswith(".db")
    assert target.with_name(target.name + ".head").exists()
    copy = open_database(target)
    assert copy.flagged == []
    copy.close()


def test_a_failed_backup_keeps_the_older_one(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "backup.db"
    shutil.copy(store.path, target)  # type: ignore[arg-type]
    before = target.read_bytes()

    def fail(self: AtomicFile, check: object = None) -> int:
        raise UserError("cannot write: the disk is full")

    monkeypatch.setattr(AtomicFile, "finish", fail)
    with pytest.raises(UserError, match="disk is full"):
        backup(store, target)
    assert target.read_bytes() == before
    _no_leftovers(tmp_path)


def test_write_atomically_checks_before_replacing(tmp_path: Path) -> None:
    target = tmp_path / "f.txt"
    target.write_bytes(b"old")

    def reject(path: Path) -> None:
        raise UserError("bad bytes")

    with pytest.raises(UserError, match="bad bytes"):
        write_atomically(target, b"new", reject)
    assert target.read_bytes() == b"old"
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    _no_leftovers(tmp_path)
