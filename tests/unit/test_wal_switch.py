"""Switching a database to write-ahead logging while another connection reads it.

SQLite refuses such a switch at once ("database is locked") instead of waiting as it does
for other locks; two processes creating one database at once collided this way."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from tracker.storage.db import _enable_wal


def _reader_holding_a_lock(path: Path) -> sqlite3.Connection:
    reader = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
    reader.execute("CREATE TABLE IF NOT EXISTS t (x)")
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM t").fetchone()  # a shared lock, held
    return reader


def test_the_switch_waits_for_a_reader_instead_of_failing(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    reader = _reader_holding_a_lock(path)
    switcher = sqlite3.connect(str(path), timeout=0.01)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        switcher.execute("PRAGMA journal_mode = WAL")  # what SQLite alone does
    releaser = threading.Timer(0.3, lambda: reader.execute("COMMIT"))
    releaser.start()
    started = time.monotonic()
    _enable_wal(switcher, timeout=10)
    releaser.join()
    assert time.monotonic() - started >= 0.2
    assert switcher.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    reader.close()
    switcher.close()


def test_the_switch_gives_up_after_the_timeout(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    reader = _reader_holding_a_lock(path)
    switcher = sqlite3.connect(str(path), timeout=0.01)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        _enable_wal(switcher, timeout=0.2)
    reader.close()
    switcher.close()


def test_a_database_already_in_wal_mode_is_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "wal.db"
    first = sqlite3.connect(str(path))
    first.execute("PRAGMA journal_mode = WAL")
    first.execute("CREATE TABLE t (x)")
    first.execute("BEGIN IMMEDIATE")  # a writer busy: a switch would have to wait
    second = sqlite3.connect(str(path), timeout=0.01)
    _enable_wal(second, timeout=0.1)
    assert second.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    first.rollback()
    first.close()
    second.close()
