"""Opening the database: WAL, foreign keys, busy timeout, migrations with a backup first."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlite_utils import Database
from sqlite_utils.utils import chunks

from tracker.domain.errors import DatabaseError
from tracker.domain.times import format_time
from tracker.storage.migrations import SCHEMA_VERSION, migrations

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
# Ids per ``IN (...)`` list: well under SQLite's limit on bound parameters.
CHUNK = 500

T = TypeVar("T")

__all__ = ["Store", "backup", "chunked", "format_time", "insert_row", "open_db", "update_row"]


def chunked(items: Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    """``items`` in lists of at most ``size`` (for ``IN (...)`` lists)."""
    for chunk in chunks(items, size):
        yield list(chunk)


def insert_row(store: Store, table: str, row: Mapping[str, Any], *, replace: bool = False) -> int:
    """Insert one row of plain values by a prepared statement; returns its rowid. (What
    sqlite-utils' ``insert`` does, without reading the table's schema on every call: the hot
    path of an import writes several rows per document.)"""
    columns = list(row)
    verb = "INSERT OR REPLACE" if replace else "INSERT"
    sql = (
        f"{verb} INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})"
    )
    cursor = store.conn.execute(sql, [row[c] for c in columns])
    return int(cursor.lastrowid or 0)


def update_row(store: Store, table: str, key: object, changes: Mapping[str, Any]) -> None:
    """Update columns of the row whose ``id`` is ``key`` (plain values)."""
    if not changes:
        return
    columns = list(changes)
    sql = f"UPDATE [{table}] SET {', '.join(f'[{c}] = ?' for c in columns)} WHERE id = ?"
    store.conn.execute(sql, [*(changes[c] for c in columns), key])


class Store:
    """A handle on one tracker database.

    ``db`` is the sqlite-utils ``Database``; ``write()`` opens an immediate transaction (one
    writer at a time, readers never blocked under WAL); ``now()`` hands out strictly
    increasing record times so the order of events is never ambiguous.
    """

    def __init__(self, db: Database, path: Path | None) -> None:
        self.db = db
        self.path = path
        self._last_time = ""
        self.readonly = False
        # Set when opening migrated the schema: the version it had, and the backup made.
        self.migrated_from: int | None = None
        self.migration_backup: Path | None = None

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    def now(self) -> str:
        moment = datetime.now(UTC)
        stamp = format_time(moment)
        while stamp <= self._last_time:
            moment += timedelta(microseconds=1)
            stamp = format_time(moment)
        self._last_time = stamp
        return stamp

    @contextlib.contextmanager
    def write(self) -> Iterator[Database]:
        """One atomic write: ``BEGIN IMMEDIATE`` … ``COMMIT``, or a rollback on any error.

        Nested calls become savepoints of the outer transaction.
        """
        if self.readonly:
            raise DatabaseError("this database is open read-only (another window is using it)")
        if self.conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise DatabaseError(
                f"the database is busy (another tracker is writing to it): {exc}"
            ) from exc
        try:
            yield self.db
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def close(self) -> None:
        self.db.close()

    def integrity_problems(self) -> list[str]:
        """SQLite's ``integrity_check``: ``["ok"]`` for a sound file."""
        return [str(r[0]) for r in self.conn.execute("PRAGMA integrity_check")]

    def counts(self) -> dict[str, int]:
        """Rows held per table of interest."""
        tables = ("tracks", "documents", "excerpts", "overrides", "audit_log")
        return {
            t: int(self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables
        }

    def broken_references(self) -> int:
        """How many rows ``foreign_key_check`` reports."""
        return len(self.conn.execute("PRAGMA foreign_key_check").fetchall())


def _connect(path: Path | str, readonly: bool = False) -> sqlite3.Connection:
    if readonly:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )
    else:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def backup(store: Store, target: Path) -> Path:
    """Write an online backup of ``store`` to ``target`` (SQLite backup API)."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = sqlite3.connect(str(target))
    try:
        store.conn.backup(dest)
    finally:
        dest.close()
    return target


def _check_file(file_path: Path | None, readonly: bool) -> bool:
    """Whether a database file exists already (its folder is created when it does not)."""
    if file_path is None:
        return False
    existed = file_path.exists() and file_path.stat().st_size > 0
    if file_path.is_dir():
        raise DatabaseError(f"{file_path} is a folder, not a database file")
    if readonly and not existed:
        raise DatabaseError(f"{file_path} does not exist")
    file_path.parent.mkdir(parents=True, exist_ok=True)
    return existed


def _read_only(conn: sqlite3.Connection, path: Path | str, file_path: Path | None) -> Store:
    db = Database(conn)
    if migrations.pending(db):
        conn.close()
        raise DatabaseError(f"{path} needs an upgrade; open it once for writing first")
    store = Store(db, file_path)
    store.readonly = True
    return store


def open_db(path: Path | str, *, migrate: bool = True, readonly: bool = False) -> Store:
    """Open (creating if needed) the tracker database at ``path`` and bring its schema up to date.

    Raises ``DatabaseError`` for a file that is not a tracker database, or one written by a
    newer version of the app (which is left untouched). ``readonly`` opens an existing,
    up-to-date database for reading only (a second window on a database in use).
    """
    memory = str(path) == ":memory:"
    file_path = None if memory else Path(path).expanduser()
    existed = _check_file(file_path, readonly)
    try:
        conn = _connect(":memory:" if memory else file_path, readonly)  # type: ignore[arg-type]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} is not a tracker database ({exc})") from exc
    if version > SCHEMA_VERSION:
        conn.close()
        raise DatabaseError(
            f"{path} was written by a newer version of the tracker (schema {version}; "
            f"this version reads up to {SCHEMA_VERSION}); it was not changed"
        )
    try:
        if readonly:
            return _read_only(conn, path, file_path)
        if not memory:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                log.warning("journal mode is %s, not WAL", mode)
        conn.execute("PRAGMA foreign_keys = ON")
        db = Database(conn)
        store = Store(db, file_path)
        if migrate:
            _migrate(store, existed)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DatabaseError(f"{path} cannot be used as a tracker database ({exc})") from exc
    return store


def _migrate(store: Store, existed: bool) -> None:
    pending = migrations.pending(store.db)
    if not pending:
        return
    if existed:
        store.migrated_from = int(store.conn.execute("PRAGMA user_version").fetchone()[0])
    if existed and store.path is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = store.path.with_name(f"{store.path.name}.backup-{stamp}")
        backup(store, target)
        store.migration_backup = target
        log.info("backed up %s to %s before migrating", store.path, target)
    migrations.apply(store.db)
    store.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
