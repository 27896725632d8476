"""One writing window per database, and handing files to it.

``WindowLock`` is a ``QLockFile`` beside the database (``DB.lock``): the first window
takes it and writes; a second one finds it taken and opens the database read-only (it can
take the lock later, when the first window has closed). A lock left by a process that
died is stale and taken over.

The writing window also listens on a local socket named after the database
(``HandOffServer``): ``tracker-gui FILE…`` started while it is open hands the files to it
(``hand_off``) instead of opening a read-only window that could not import them.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

HAND_OFF_TIMEOUT_MS = 3000


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class WindowLock:
    """The writing window's lock on one database (see the module docstring)."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path).expanduser()
        path = lock_path(self.db_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(path))
        self._lock.setStaleLockTime(0)  # held for hours: only a dead holder makes it stale

    def try_lock(self) -> bool:
        """Take the lock if no live process holds it."""
        return bool(self._lock.tryLock(0))

    @property
    def held(self) -> bool:
        return bool(self._lock.isLocked())

    def holder(self) -> int | None:
        """The process id of the window holding the lock, when another does."""
        info = self._lock.getLockInfo()  # (pid, hostname, appname); pid 0 when unknown
        pid = info[0] if isinstance(info, tuple) and info else 0
        return int(pid) if isinstance(pid, int) and not isinstance(pid, bool) and pid > 0 else None

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


def server_name(db_path: Path) -> str:
    digest = hashlib.sha256(str(Path(db_path).expanduser().resolve()).encode()).hexdigest()
    return f"diplomatic-status-tracker-{digest[:20]}"


class HandOffServer(QObject):
    """Listens for files handed over by a second ``tracker-gui``.

    Signals: ``files_received(list[str])``."""

    files_received = Signal(list)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        name = server_name(db_path)
        QLocalServer.removeServer(name)  # a socket left by a window that died
        if not self._server.listen(name):
            log.warning("cannot listen for handed-over files: %s", self._server.errorString())
        self._server.newConnection.connect(self._on_connection)

    @property
    def listening(self) -> bool:
        return bool(self._server.isListening())

    @Slot()
    def _on_connection(self) -> None:
        socket = self._server.nextPendingConnection()
        if socket is None:
            return
        socket.readyRead.connect(lambda: self._read(socket))

    def _read(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll().data())
        try:
            paths = [str(p) for p in json.loads(data.decode("utf-8"))]
        except (ValueError, TypeError):
            socket.write(b"refused")
        else:
            socket.write(b"ok")
            self.files_received.emit(paths)
        socket.flush()
        socket.disconnectFromServer()

    def close(self) -> None:
        self._server.close()


def hand_off(db_path: Path, paths: list[Path]) -> bool:
    """Give ``paths`` to the window writing ``db_path``; whether it took them."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(db_path))
    if not socket.waitForConnected(HAND_OFF_TIMEOUT_MS):
        return False
    payload = json.dumps([str(Path(p).expanduser().resolve()) for p in paths]).encode("utf-8")
    socket.write(payload)
    socket.flush()
    if not socket.waitForReadyRead(HAND_OFF_TIMEOUT_MS):
        return False
    answer = bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return answer == b"ok"
