"""Honest file output: a file the tracker writes is whole, or the old one is untouched.

``AtomicFile`` writes into a temporary file in the target's folder; ``finish`` flushes it
to disk (fsync) and runs a check of the written bytes; ``publish`` moves it over the target
(keeping a hard link to the old file until ``discard_old``, so ``restore`` can put it back
when what follows the move fails). Only a regular file, or nothing, is ever replaced:
a symlink, device, FIFO, socket or folder at the target is refused untouched.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from tracker.domain.errors import UserError
from tracker.domain.filekinds import special_kind

__all__ = ["AtomicFile", "check_target", "describe_os_error", "write_atomically"]


def describe_os_error(exc: OSError) -> str:
    """A short reason for a failed file operation."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied (the file or its folder is read-only)"
    return exc.strerror or str(exc)


def check_target(path: Path) -> None:
    """Refuse to replace anything but a regular file (``UserError``)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise UserError(f"cannot write {path}: {describe_os_error(exc)}") from None
    what = special_kind(mode)
    if what is not None:
        raise UserError(f"{path} is {what}; only a regular file is ever replaced")


def _mode_for(target: Path) -> int:
    """The permissions the new file gets: the old file's, else the usual ones (umask)."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class AtomicFile:
    """One file being written: ``tmp`` to write to, then ``finish`` and ``publish``."""

    def __init__(self, target: Path) -> None:
        self.target = Path(target)
        check_target(self.target)
        folder = self.target.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".part", dir=folder)
        except OSError as exc:
            raise UserError(f"cannot write {self.target}: {describe_os_error(exc)}") from None
        os.close(fd)
        self.tmp = Path(name)
        self._old: Path | None = None
        self.published = False
        with contextlib.suppress(OSError):
            os.chmod(self.tmp, _mode_for(self.target))

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.cleanup()

    def finish(self, check: Callable[[Path], None] | None = None) -> int:
        """Flush the written file to disk and check it; its size in bytes."""
        try:
            with open(self.tmp, "rb+") as handle:
                os.fsync(handle.fileno())
            size = self.tmp.stat().st_size
        except OSError as exc:
            raise UserError(f"cannot write {self.target}: {describe_os_error(exc)}") from None
        if size == 0:
            raise UserError(f"cannot write {self.target}: nothing was written")
        if check is not None:
            check(self.tmp)
        return size

    def publish(self) -> None:
        """Move the finished file over the target (the old one kept aside)."""
        check_target(self.target)
        try:
            if self.target.exists():
                old = self.tmp.with_suffix(".old")
                with contextlib.suppress(FileNotFoundError):
                    old.unlink()
                os.link(self.target, old)
                self._old = old
            os.replace(self.tmp, self.target)
        except OSError as exc:
            raise UserError(f"cannot write {self.target}: {describe_os_error(exc)}") from None
        self.published = True
        _fsync_dir(self.target.parent)

    def restore(self) -> None:
        """Undo ``publish``: the old file back in place (or no file, if there was none)."""
        if not self.published:
            return
        with contextlib.suppress(OSError):
            if self._old is not None:
                os.replace(self._old, self.target)
                self._old = None
            else:
                self.target.unlink()
        self.published = False

    def cleanup(self) -> None:
        for leftover in (self.tmp, self._old):
            if leftover is not None:
                with contextlib.suppress(OSError):
                    leftover.unlink()
        self._old = None


def write_atomically(
    target: Path, data: bytes, check: Callable[[Path], None] | None = None
) -> None:
    """Write ``data`` to ``target``: whole, or not at all (raises ``OSError`` as
    ``UserError``)."""
    with AtomicFile(target) as out:
        try:
            out.tmp.write_bytes(data)
        except OSError as exc:
            raise UserError(f"cannot write {target}: {describe_os_error(exc)}") from None
        out.finish(check)
        out.publish()
