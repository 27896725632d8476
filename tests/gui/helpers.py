"""Small helpers for driving the real window in tests."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tracker.ui.models.base import KEY_ROLE
from tracker.ui.models.tracks import MARKS_ROLE, STATUS_ROLE


def status_cell(window: Any, track_id: str) -> str:
    """The status the track list shows for ``track_id`` (the card's badge)."""
    model = window.track_list.model
    row = model.row_of_key(track_id)
    assert row >= 0, f"{track_id} is not in the track list"
    from tracker.ui.format import status_label

    return status_label(model.index(row, 0).data(STATUS_ROLE) or None)


def flags_cell(window: Any, track_id: str) -> str:
    """The card's flags, in words (what a screen reader is told)."""
    model = window.track_list.model
    row = model.row_of_key(track_id)
    assert str(model.index(row, 0).data(MARKS_ROLE)) is not None
    return str(model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole))


def visible_tracks(window: Any) -> list[str]:
    model = window.track_list.model
    return [str(model.index(r, 0).data(KEY_ROLE)) for r in range(model.rowCount())]


def click_ok(qtbot: Any, buttons: QDialogButtonBox) -> None:
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def wait_evidence(qtbot: Any, window: Any, track_id: str, timeout: int = 20_000) -> Any:
    """Wait until the track's evidence has been read and shown; returns it."""
    qtbot.waitUntil(lambda: track_id in window._evidence, timeout=timeout)
    return window._evidence[track_id]
