"""Opening the database: WAL, foreign keys, busy timeout, migrations with a backup first."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Final, TypeVar

from sqlite_utils import Database
from sqlite_utils.utils import chunks

from tracker.domain.errors import DatabaseBusyError, DatabaseError, TamperedError, TrackerError
from tracker.domain.times import format_time
from tracker.storage.migrations import SCHEMA_VERSION, migrations

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
# Ids per ``IN (...)`` list: well under SQLite's limit on bound parameters.
CHUNK = 500

T = TypeVar("T")

__all__ = [
    "Store",
    "backup",
    "chunked",
    "explain",
    "format_time",
    "insert_row",
    "open_db",
    "update_row",
]

# SQLite's words for each way a database cannot be used, and what to tell the analyst.
_PROBLEMS: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("readonly database", "read-only"),
        "{path} is read-only: check the permissions of the file and of its folder",
    ),
    (
        ("database or disk is full", "disk full"),
        "the disk holding {path} is full; nothing was changed",
    ),
    (
        ("malformed", "not a database", "file is encrypted", "corrupt"),
        "{path} is damaged ({detail}); restore a backup (tracker backup writes one)",
    ),
    (
        ("unable to open database", "cannot open"),
        "cannot open {path}: check that its folder exists and can be written",
    ),
    (("disk i/o error",), "reading or writing {path} failed (disk I/O error)"),
)


def explain(exc: BaseException, path: object = "the database") -> DatabaseError | None:
    """A one-line ``DatabaseError`` for a failure of SQLite (or the disk) under the
    database; ``None`` when ``exc`` is not one."""
    if isinstance(exc, DatabaseError):
        return exc
    if isinstance(exc, OverflowError):
        return DatabaseError("a number is too large for the database (at most 2**63 - 1)")
    if not isinstance(exc, sqlite3.Error):
        return None
    detail = str(exc)
    lowered = detail.lower()
    if "locked" in lowered or "busy" in lowered:
        return DatabaseBusyError(
            f"{path} is busy: another tracker is writing to it; try again in a moment"
        )
    for words, message in _PROBLEMS:
        if any(w in lowered for w in words):
            return DatabaseError(message.format(path=path, detail=detail))
    return DatabaseError(f"{path} cannot be used: {detail}")


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
        # Why the database is open read-only when it does not verify (findings on open);
        # empty when it verified or was not checked.
        self.flagged: list[str] = []
        # Called inside the outermost transaction just before COMMIT, and after it.
        self.before_commit: list[Callable[[Store], None]] = []
        self.after_commit: list[Callable[[Store], None]] = []
        self.witnessed: tuple[int, str] | None = None
        self._depth = 0  # savepoints open in the current transaction

    @property
    def label(self) -> str:
        return str(self.path) if self.path is not None else "the database"

    @property
    def writable(self) -> bool:
        """Whether ``write()`` may be called: not opened read-only, and not flagged."""
        return not self.readonly and not self.flagged

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
        self._check_writable()
        if self.conn.in_transaction:
            with self._savepoint():
                yield self.db
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise (explain(exc, self.label) or DatabaseError(str(exc))) from exc
        try:
            yield self.db
            for hook in self.before_commit:
                hook(self)
            self.conn.execute("COMMIT")
        except BaseException as exc:
            self._rollback(exc)
            raise
        self._after_commit()

    @contextlib.contextmanager
    def _savepoint(self) -> Iterator[None]:
        """A savepoint of the open transaction, released at the end of the block or rolled
        back to on an error (what sqlite-utils' ``atomic`` does, named by depth: an import
        opens two for every document it stores)."""
        self._depth += 1
        name = f"tracker_{self._depth}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            # An error such as a RAISE(ROLLBACK) trigger can end the whole transaction,
            # savepoints included: then there is nothing to roll back to.
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        else:
            self.conn.execute(f"RELEASE SAVEPOINT {name}")
        finally:
            self._depth -= 1

    def _check_writable(self) -> None:
        if self.flagged:
            raise TamperedError(
                f"{self.label} does not verify ({self.flagged[0]}); it is open read-only "
                "until the findings are acknowledged: run `tracker verify`, then "
                "`tracker verify --acknowledge`"
            )
        if self.readonly:
            raise DatabaseError("this database is open read-only (another window is using it)")

    def _rollback(self, exc: BaseException) -> None:
        """Roll back; a failure of SQLite or the disk is raised as one clear line."""
        if self.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
        friendly = explain(exc, self.label) if isinstance(exc, sqlite3.Error) else None
        if friendly is not None:
            raise friendly from exc

    def _after_commit(self) -> None:
        for hook in self.after_commit:
            try:
                hook(self)
            except Exception:  # the change is committed; a hook only reports on it
                log.exception("after-commit step failed")

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


# SQLite's page cache (KiB) while an import stores and recomputes: its documents, excerpts,
# sketches and full-text indexes touch pages all over a large database, and the
# recomputation reads each touched track's excerpts from pages the default 2 MB cannot
# keep. Only for the import: a window's connections keep the default (memory).
IMPORT_CACHE_KIB: Final = 65536


@contextlib.contextmanager
def larger_cache(store: Store, kib: int = IMPORT_CACHE_KIB) -> Iterator[None]:
    """SQLite's page cache raised to ``kib`` for the block, then put back (the pages above
    the previous size are released)."""
    before = int(store.conn.execute("PRAGMA cache_size").fetchone()[0])
    store.conn.execute(f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    finally:
        store.conn.execute(f"PRAGMA cache_size = {before}")


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


def backup(store: Store, target: Path, *, with_witness: bool = True) -> Path:
    """Write an online backup of ``store`` to ``target`` (SQLite backup API): into a
    temporary file beside it, checked (``integrity_check``) and synced, then moved into
    place, so a failed backup never leaves a half-written file or loses an older one. A
    folder as ``target`` gets a dated file name inside it. ``with_witness`` writes the
    head witness of the copy beside it (``TARGET.head``)."""
    from tracker.storage.files import AtomicFile, describe_os_error

    target = Path(target).expanduser()
    if target.is_dir() and not target.is_symlink():
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        name = store.path.stem if store.path is not None else "tracker"
        target = target / f"{name}-backup-{stamp}.db"
    with AtomicFile(target) as out:
        try:
            dest = sqlite3.connect(str(out.tmp))
            try:
                store.conn.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
                problems = [str(r[0]) for r in dest.execute("PRAGMA quick_check")]
            finally:
                dest.close()
        except sqlite3.Error as exc:
            raise (explain(exc, target) or DatabaseError(str(exc))) from exc
        except OSError as exc:
            raise DatabaseError(f"cannot write {target}: {describe_os_error(exc)}") from exc
        if problems != ["ok"]:
            raise DatabaseError(f"the backup at {target} did not check out: {problems[0]}")
        out.finish()
        out.publish()
    if with_witness and store.path is not None:
        from tracker.storage import audit, witness

        seq, digest = audit.head(store)
        if seq:
            with contextlib.suppress(OSError, TrackerError):
                witness.write_head(target, seq, digest, store.now())
    return target


def _check_file(file_path: Path | None, readonly: bool) -> bool:
    """Whether a database file exists already (its folder is created when it does not)."""
    if file_path is None:
        return False
    try:
        existed = file_path.exists() and file_path.stat().st_size > 0
        if file_path.is_dir():
            raise DatabaseError(f"{file_path} is a folder, not a database file")
        if readonly and not existed:
            raise DatabaseError(f"{file_path} does not exist")
        file_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from tracker.storage.files import describe_os_error

        raise DatabaseError(f"cannot open {file_path}: {describe_os_error(exc)}") from exc
    if not existed and not os.access(file_path.parent, os.W_OK):
        raise DatabaseError(
            f"cannot create {file_path}: its folder {file_path.parent} is read-only"
        )
    return existed


def _foreign(conn: sqlite3.Connection) -> list[str]:
    """Tables of another application in a database the tracker never set up."""
    names = [
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return [] if "_sqlite_migrations" in names else names


def _read_only(conn: sqlite3.Connection, path: Path | str, file_path: Path | None) -> Store:
    db = Database(conn)
    if migrations.pending(db):
        conn.close()
        raise DatabaseError(f"{path} needs an upgrade; open it once for writing first")
    store = Store(db, file_path)
    store.readonly = True
    return store


def _enable_wal(conn: sqlite3.Connection, timeout: float = BUSY_TIMEOUT_MS / 1000) -> None:
    """Switch to write-ahead logging. SQLite answers a switch that collides with another
    connection's (two processes creating one database at once) with "database is locked"
    at once, without waiting as it does for other locks; so the switch is retried here
    until the busy timeout. A database already in WAL mode is left as it is."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            mode = str(conn.execute("PRAGMA journal_mode").fetchone()[0])
            if mode.lower() != "wal":
                mode = str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
            break
        except sqlite3.OperationalError as exc:
            lowered = str(exc).lower()
            if ("locked" not in lowered and "busy" not in lowered) or (time.monotonic() > deadline):
                raise
            time.sleep(0.02)
    if mode.lower() != "wal":
        log.warning("journal mode is %s, not WAL", mode)


def open_db(
    path: Path | str, *, migrate: bool = True, readonly: bool = False, adopt: bool = False
) -> Store:
    """Open (creating if needed) the tracker database at ``path`` and bring its schema up to date.

    Raises ``DatabaseError`` for a file that is not a tracker database, one written by a
    newer version of the app (left untouched), or another application's SQLite database
    (left untouched unless ``adopt`` asks to add the tracker's tables to it). ``readonly``
    opens an existing, up-to-date database for reading only (a second window on a
    database in use).
    """
    memory = str(path) == ":memory:"
    file_path = None if memory else Path(path).expanduser()
    existed = _check_file(file_path, readonly)
    conn = _first_look(path, file_path, existed, readonly=readonly, adopt=adopt)
    try:
        if readonly:
            return _read_only(conn, path, file_path)
        if not memory:
            _enable_wal(conn)
        conn.execute("PRAGMA foreign_keys = ON")
        db = Database(conn)
        store = Store(db, file_path)
        if migrate:
            _migrate(store, existed)
            from tracker.storage import seal, witness

            seal.install(store)
            witness.install(store)
            if not existed:
                seal.baseline(store)  # a new database: every kind sealed from its start
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise (explain(exc, path) or DatabaseError(str(exc))) from exc
    except BaseException:
        conn.close()
        raise
    return store


def _first_look(
    path: Path | str, file_path: Path | None, existed: bool, *, readonly: bool, adopt: bool
) -> sqlite3.Connection:
    """Connect and refuse what is not (or not yet) ours: a newer schema, a file that is
    not a database, another application's tables (unless ``adopt``)."""
    try:
        conn = _connect(":memory:" if file_path is None else file_path, readonly)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        foreign = _foreign(conn) if existed and version == 0 else []
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc).lower():
            raise DatabaseError(f"{path} is not a tracker database ({exc})") from exc
        raise (explain(exc, path) or DatabaseError(str(exc))) from exc
    if version > SCHEMA_VERSION:
        conn.close()
        raise DatabaseError(
            f"{path} was written by a newer version of the tracker (schema {version}; "
            f"this version reads up to {SCHEMA_VERSION}); it was not changed"
        )
    if foreign and not adopt:
        conn.close()
        shown = ", ".join(foreign[:3]) + (" …" if len(foreign) > 3 else "")
        raise DatabaseError(
            f"{path} is another application's database (tables: {shown}); it was not "
            "changed. Use `tracker --db PATH init` to add the tracker's tables to it anyway"
        )
    return conn


@contextlib.contextmanager
def _setup_lock(store: Store, timeout: float = 60.0) -> Iterator[None]:
    """Held while a database's schema is created or upgraded, so two processes opening a
    new database at once create it once: the second waits, then finds it done."""
    if store.path is None:
        yield
        return
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: SQLite's own locking only
        yield
        return
    lock_file = store.path.with_name(store.path.name + ".setup-lock")
    try:
        fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        yield  # a read-only folder: nobody else can create the database here either
        return
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise DatabaseBusyError(
                        f"{store.path} is being set up by another tracker; try again"
                    ) from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)


def _migrate(store: Store, existed: bool) -> None:
    if not migrations.pending(store.db):
        return
    with _setup_lock(store):
        _migrate_locked(store, existed)


def _migrate_locked(store: Store, existed: bool) -> None:
    pending = migrations.pending(store.db)
    if not pending:
        return
    if existed:
        store.migrated_from = int(store.conn.execute("PRAGMA user_version").fetchone()[0])
    if existed and store.path is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = store.path.with_name(f"{store.path.name}.backup-{stamp}")
        backup(store, target, with_witness=False)
        store.migration_backup = target
        log.info("backed up %s to %s before migrating", store.path, target)
    migrations.apply(store.db)
    store.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
