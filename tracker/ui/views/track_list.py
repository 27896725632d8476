"""The track list: filter field and a sortable table with status badges."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from tracker.ui.models.base import KEY_ROLE
from tracker.ui.models.tracks import STATUS_ROLE, TrackFilterProxyModel, TrackTableModel
from tracker.ui.views.widgets import StatusBadgeDelegate, setup_table

if TYPE_CHECKING:
    from tracker.services.status import TrackStatus


class TrackListView(QWidget):
    """Signals: ``track_selected(track_id)`` when the analyst picks a track."""

    track_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TrackTableModel(self)
        self.proxy = TrackFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText("Filter tracks")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName("Filter tracks")
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView(self)
        self.table.setObjectName("trackTable")
        self.table.setAccessibleName("Tracks")
        self.table.setModel(self.proxy)
        setup_table(self.table, stretch_column=TrackTableModel.TITLE)
        self.table.setWordWrap(True)
        self.table.setItemDelegateForColumn(
            TrackTableModel.STATUS, StatusBadgeDelegate(STATUS_ROLE, self.table)
        )
        header = self.table.horizontalHeader()
        for column in (TrackTableModel.STATUS, TrackTableModel.AS_OF, TrackTableModel.FLAGS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table)

    def set_statuses(self, statuses: list[TrackStatus]) -> None:
        current = self.current_track()
        self.model.set_rows(statuses)
        self.table.resizeRowsToContents()
        if current is not None and self.select_track(current):
            return
        if self.proxy.rowCount() and current is None:
            self.table.selectRow(0)

    def current_track(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(KEY_ROLE)
        return str(value) if value else None

    def select_track(self, track_id: str) -> bool:
        row = self.model.row_of_key(track_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        track = self.current_track()
        if track is not None:
            self.track_selected.emit(track)


__all__ = ["QModelIndex", "TrackListView"]
