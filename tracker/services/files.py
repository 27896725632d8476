"""Honest file output for the layers above storage (the briefing export)."""

from __future__ import annotations

from tracker.storage.files import AtomicFile, check_target, describe_os_error, write_atomically

__all__ = ["AtomicFile", "check_target", "describe_os_error", "write_atomically"]
