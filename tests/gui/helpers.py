"""Small helpers for driving the real window in tests."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tracker.ui.models.base import KEY_ROLE
from tracker.ui.models.tracks import TrackTableModel


def status_cell(window: Any, track_id: str) -> str:
    """What the track list shows in the Status column for ``track_id``."""
    model = window.track_list.model
    row = model.row_of_key(track_id)
    assert row >= 0, f"{track_id} is not in the track list"
    return str(model.index(row, TrackTableModel.STATUS).data())


def flags_cell(window: Any, track_id: str) -> str:
    model = window.track_list.model
    row = model.row_of_key(track_id)
    return str(model.index(row, TrackTableModel.FLAGS).data(Qt.ItemDataRole.AccessibleTextRole))


def visible_tracks(window: Any) -> list[str]:
    proxy = window.track_list.proxy
    return [str(proxy.index(r, 0).data(KEY_ROLE)) for r in range(proxy.rowCount())]


def click_ok(qtbot: Any, buttons: QDialogButtonBox) -> None:
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
