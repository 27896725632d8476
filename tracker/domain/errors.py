"""Errors the application raises on purpose, and the exit codes they end a command with.

A ``UserError`` is the user's mistake or bad input: it carries a one-line message that the
CLI prints to stderr and the GUI shows in a dialog; it never becomes a traceback.

Exit codes are defined here once (``ExitCode``) and the CLI uses nothing else:

- 0 ``OK``: done.
- 1 ``FAILED``: the command was understood but refused or failed — something named does not
  exist, the rules refuse the change in the current state (nothing to undo, no override to
  revoke), an input file was refused, ``verify`` found problems, the database cannot be used.
- 2 ``USAGE``: the command line itself is wrong — an unknown command or option, a missing
  argument, or a value that is malformed (a date, a time, a number) or outside its
  vocabulary (a status of the track's kind, a kind, a likelihood, a confidence level, a
  reliability grade, a briefing format), or blank where text is needed.
- 4 ``TAMPERED``: the database does not match its audit log (``tracker verify`` names the
  findings); it is open read-only until the analyst acknowledges them.
- 75 ``BUSY``: another tracker is writing to the database; try again in a moment.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """How a ``tracker`` command ends (see the module notes)."""

    OK = 0
    FAILED = 1
    USAGE = 2
    TAMPERED = 4  # the database does not verify: open read-only until acknowledged
    BUSY = 75  # EX_TEMPFAIL: another tracker is writing; a script may retry
    INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT


class TrackerError(Exception):
    """Base class of every error the tracker raises deliberately."""

    exit_code: ExitCode = ExitCode.FAILED


class UserError(TrackerError):
    """Bad input or an action that is not allowed; the message is shown as it is."""

    exit_code = ExitCode.FAILED


class UsageError(UserError):
    """A malformed command line or a bad value: malformed, blank, or outside its vocabulary."""

    exit_code = ExitCode.USAGE


class NotFoundError(UserError):
    """A track, document, excerpt or file that does not exist."""


class IllegalStatusError(UsageError):
    """A value outside its vocabulary: a status that does not belong to a track's kind, an
    unknown kind, likelihood, confidence level or reliability grade."""


class RejectedInputError(UserError):
    """A file that cannot be ingested: binary, too large, undecodable, empty."""


class DatabaseError(TrackerError):
    """The database cannot be opened or used (newer schema, read-only, full, corrupt,
    another application's file)."""

    exit_code = ExitCode.FAILED


class DatabaseBusyError(DatabaseError):
    """Another process holds the write lock past the busy timeout: try again later."""

    exit_code = ExitCode.BUSY


class TamperedError(DatabaseError):
    """The database's audit chain or sealed state does not verify: it is open read-only
    until the analyst acknowledges the findings (``tracker verify --acknowledge``)."""

    exit_code = ExitCode.TAMPERED
