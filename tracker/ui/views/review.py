"""The "To review" tab: machine readings waiting for an analyst (decisive ones, and new
ones a track holds back), with Confirm and Reject at hand, and judgements that lost their
excerpt."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal, SignalInstance, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.ui.models.base import ROW_ROLE, SORT_ROLE
from tracker.ui.models.review import OrphanTableModel, ReviewTableModel
from tracker.ui.views.widgets import plain_label, setup_table

if TYPE_CHECKING:
    from tracker.services.review import ReviewItem, ReviewQueue


class ReviewView(QWidget):
    """Signals: ``item_chosen(ReviewItem)`` (show it), ``confirm_requested(ReviewItem)``,
    ``reject_requested(ReviewItem)``."""

    item_chosen = Signal(object)
    confirm_requested = Signal(object)
    reject_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewView")
        self.summary = plain_label(wrap=True, name="Review summary")
        self.model = ReviewTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName("reviewTable")
        self.table.setAccessibleName("Readings to review")
        self.table.setModel(self.proxy)
        setup_table(self.table, stretch_column=ReviewTableModel.READING)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.table.activated.connect(self._on_activated)

        self.confirm_button = QPushButton("Confirm", self)
        self.confirm_button.setAccessibleName("Confirm the reading")
        self.confirm_button.setToolTip("The machine read it right (Ctrl+Return)")
        self.reject_button = QPushButton("Reject…", self)
        self.reject_button.setAccessibleName("Reject the reading")
        self.reject_button.setToolTip("It counts for nothing: say why (Ctrl+Delete)")
        self.confirm_button.clicked.connect(lambda: self._emit(self.confirm_requested))
        self.reject_button.clicked.connect(lambda: self._emit(self.reject_requested))
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)

        self.orphans_label = plain_label(wrap=True, name="Judgements without an excerpt")
        self.orphans = OrphanTableModel(self)
        self.orphan_table = QTableView(self)
        self.orphan_table.setObjectName("orphanTable")
        self.orphan_table.setAccessibleName("Judgements without an excerpt")
        self.orphan_table.setModel(self.orphans)
        setup_table(self.orphan_table, stretch_column=3, sortable=False)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.summary)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(buttons)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.orphans_label)
        bottom_layout.addWidget(self.orphan_table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.set_queue(None)

    # ------------------------------------------------------------------ content

    def set_queue(self, queue: ReviewQueue | None) -> None:
        current = self.current_item()
        items = queue.items if queue else []
        self.model.set_rows(items)
        held = sum(1 for i in items if i.held)
        if not items:
            self.summary.setText(
                "Nothing waits for review. Machine readings that decide a track's status, "
                "or that a track holds back, appear here until you confirm or reject them."
            )
        else:
            extra = f", {held} held back from a track's status" if held else ""
            self.summary.setText(
                f"{len(items)} machine reading{'s' if len(items) != 1 else ''} to review{extra}. "
                "Confirm the ones read right; reject the others with a reason."
            )
        orphans = queue.orphaned_judgements if queue else []
        self.orphans.set_rows(orphans)
        self.orphans_label.setText(
            f"Judgements without an excerpt ({len(orphans)}): kept, and applied again as soon "
            "as an excerpt covers their words."
            if orphans
            else "Every judgement applies to an excerpt."
        )
        self.orphan_table.setVisible(bool(orphans))
        if current is not None:
            self.select(current.track, current.excerpt)
        self._update_buttons()

    def count(self) -> int:
        return self.model.rowCount()

    def current_item(self) -> ReviewItem | None:
        index = self.table.currentIndex()
        item: ReviewItem | None = index.data(ROW_ROLE) if index.isValid() else None
        return item

    def select(self, track: str, excerpt: int) -> bool:
        row = self.model.row_of_key((track, excerpt))
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.selectRow(index.row())
        return True

    def _update_buttons(self) -> None:
        has = self.current_item() is not None
        self.confirm_button.setEnabled(has)
        self.reject_button.setEnabled(has)

    def _emit(self, signal: SignalInstance) -> None:
        item = self.current_item()
        if item is not None:
            signal.emit(item)

    @Slot(QModelIndex, QModelIndex)
    def _on_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._update_buttons()
        item = current.data(ROW_ROLE) if current.isValid() else None
        if item is not None:
            self.item_chosen.emit(item)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        item = index.data(ROW_ROLE)
        if item is not None:
            self.item_chosen.emit(item)
