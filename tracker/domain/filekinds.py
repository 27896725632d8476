"""What a file that is not a regular file is, in words (from its ``stat`` mode).

Imports read only regular files and the tracker replaces only regular files; both say
what they refused ("a FIFO (named pipe)", "a symbolic link") with these words.
"""

from __future__ import annotations

import stat

_KINDS = (
    (stat.S_ISLNK, "a symbolic link"),
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def special_kind(mode: int) -> str | None:
    """What a non-regular file is ("a FIFO (named pipe)", …); ``None`` for a regular file.
    A symbolic link is named only when ``mode`` is its own (``lstat``)."""
    for test, what in _KINDS:
        if test(mode):
            return what
    return None if stat.S_ISREG(mode) else "not a regular file"
