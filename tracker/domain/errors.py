"""Errors the application raises on purpose.

A ``UserError`` is the user's mistake or bad input: it carries a one-line message that the
CLI prints to stderr (exit 1, or 2 for usage) and the GUI shows in a dialog; it never
becomes a traceback.
"""

from __future__ import annotations


class TrackerError(Exception):
    """Base class of every error the tracker raises deliberately."""


class UserError(TrackerError):
    """Bad input or an action that is not allowed; the message is shown as it is."""

    exit_code = 1


class UsageError(UserError):
    """A malformed command line or argument value."""

    exit_code = 2


class NotFoundError(UserError):
    """A track, document, excerpt or file that does not exist."""


class IllegalStatusError(UserError):
    """A status that does not belong to a track's kind, or a move the rules refuse."""


class RejectedInputError(UserError):
    """A file that cannot be ingested: binary, too large, undecodable, empty."""


class DatabaseError(TrackerError):
    """The database cannot be opened or used (newer schema, read-only, full, corrupt,
    another application's file)."""

    exit_code = 1


class DatabaseBusyError(DatabaseError):
    """Another process holds the write lock past the busy timeout: try again later."""

    exit_code = 75  # EX_TEMPFAIL: a script may retry


class TamperedError(DatabaseError):
    """The database's audit chain or sealed state does not verify: it is open read-only
    until the analyst acknowledges the findings (``tracker verify --acknowledge``)."""

    exit_code = 4
