"""When the analyst has seen something: a track they had open for a moment and then left,
the document list they looked at. The window asks ``SeenKeeper`` which scopes to mark;
the controller writes the marks (or, in a read-only window, the keeper keeps them for the
session and filters the change report itself)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer

if TYPE_CHECKING:
    from tracker.services.changes import ChangeReport

# How long something must have been on screen to count as seen.
SEEN_DWELL_MS = 1500


def track_scope(track_id: str) -> str:
    return f"track:{track_id}"


DOCUMENTS = "documents"


class SeenKeeper:
    """Times what is on screen and says what has been seen (see the module docstring)."""

    def __init__(self, dwell_ms: int = SEEN_DWELL_MS) -> None:
        self.dwell_ms = dwell_ms
        self._timers: dict[str, QElapsedTimer] = {}
        self._local: set[str] = set()

    def shown(self, scope: str) -> None:
        """``scope`` came on screen."""
        timer = QElapsedTimer()
        timer.start()
        self._timers[scope] = timer

    def left(self, scope: str) -> bool:
        """``scope`` went off screen; whether it was on long enough to count as seen."""
        timer = self._timers.pop(scope, None)
        return timer is not None and timer.elapsed() >= self.dwell_ms

    def remember(self, scopes: list[str]) -> None:
        """Marks kept for this session only (a read-only window)."""
        self._local.update(scopes)

    def filtered(self, report: ChangeReport | None) -> ChangeReport | None:
        """``report`` without what this session has marked seen locally."""
        if report is None or not self._local:
            return report
        tracks = [t for t in report.tracks if track_scope(t.track) not in self._local]
        if DOCUMENTS in self._local:
            return report.model_copy(
                update={
                    "tracks": tracks,
                    "new_documents": 0,
                    "new_document_ids": [],
                    "documents": [],
                }
            )
        return report.model_copy(update={"tracks": tracks})
