"""The history pane: a track's transitions and the audit log, with Undo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.ui.models.base import plain_tooltip
from tracker.ui.models.history import AuditTableModel, HistoryTableModel
from tracker.ui.views.widgets import fixed_columns, plain_label, setup_table

if TYPE_CHECKING:
    from tracker.domain.models import AuditEntry
    from tracker.services.status import HistoryEntry


class HistoryView(QWidget):
    """Signals: ``undo_requested`` (the Undo button), ``redo_requested`` (Redo)."""

    undo_requested = Signal()
    redo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._audit: list[AuditEntry] = []
        self._track_id: str | None = None
        self.history_model = HistoryTableModel(self)
        self.audit_model = AuditTableModel(self)

        self.history_table = QTableView(self)
        self.history_table.setObjectName("historyTable")
        self.history_table.setAccessibleName("Status history")
        self.history_table.setModel(self.history_model)
        setup_table(self.history_table)

        self.audit_table = QTableView(self)
        self.audit_table.setObjectName("auditTable")
        self.audit_table.setAccessibleName("Audit log")
        self.audit_table.setModel(self.audit_model)
        setup_table(self.audit_table, sortable=False)
        fixed_columns(
            self.history_table,
            {
                0: "00 Mmm 0000",
                1: "Preparing → Postponed",
                2: "inferred ⚡",
                3: "x" * 10,
                4: "x" * 40,
                5: "00 Mmm 0000 00:00 UTC",
            },
        )
        fixed_columns(
            self.audit_table,
            {
                0: "00000",
                1: "00 Mmm 0000 00:00 UTC",
                2: "x" * 10,
                3: "Override → Postponed",
                4: "x" * 40,
            },
        )

        self.only_track = QCheckBox("Only this track", self)
        self.only_track.setChecked(True)
        self.only_track.toggled.connect(self._on_only_track_toggled)
        self.undo_button = QPushButton("Undo", self)
        self.undo_button.setAccessibleName("Undo the last analyst action")
        self.undo_button.clicked.connect(self.undo_requested)
        self.undo_text = plain_label(wrap=False, name="Undo")
        self.redo_button = QPushButton("Redo", self)
        self.redo_button.setAccessibleName("Redo the last undone action")
        self.redo_button.clicked.connect(self.redo_requested)

        bar = QHBoxLayout()
        bar.addWidget(plain_label("Audit log"))
        bar.addWidget(self.only_track)
        bar.addStretch(1)
        bar.addWidget(self.undo_text)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.redo_button)
        audit_box = QWidget(self)
        audit_layout = QVBoxLayout(audit_box)
        audit_layout.setContentsMargins(0, 0, 0, 0)
        audit_layout.addLayout(bar)
        audit_layout.addWidget(self.audit_table)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("historySplitter")
        self.splitter.addWidget(self.history_table)
        self.splitter.addWidget(audit_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.splitter)

    def set_history(
        self,
        history: list[HistoryEntry],
        audit: list[AuditEntry],
        undo_label: str | None,
        *,
        track_id: str | None = None,
        redo_label: str | None = None,
    ) -> None:
        self._audit = audit
        self._track_id = track_id
        self.history_model.set_rows(history)
        self._fill_audit()
        self.undo_button.setEnabled(undo_label is not None)
        self.undo_text.setText(f"Undo: {undo_label}" if undo_label else "Nothing to undo")
        self.undo_text.setToolTip(plain_tooltip(undo_label) or "")
        self.undo_button.setToolTip(
            plain_tooltip(f"Undo the {undo_label}" if undo_label else None) or ""
        )
        self.redo_button.setEnabled(redo_label is not None)
        self.redo_button.setToolTip(
            plain_tooltip(f"Redo the {redo_label}" if redo_label else "Nothing to redo") or ""
        )

    def select_entry(self, entry_id: int) -> bool:
        """Make the history row of transition ``entry_id`` current."""
        row = self.history_model.row_of_key(entry_id)
        if row < 0:
            return False
        index = self.history_model.index(row, 0)
        self.history_table.setCurrentIndex(index)
        self.history_table.scrollTo(index)
        self.history_table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _fill_audit(self) -> None:
        prefix = (
            f"track:{self._track_id}" if self.only_track.isChecked() and self._track_id else None
        )
        self.audit_model.set_entries(self._audit, prefix)

    @Slot(bool)
    def _on_only_track_toggled(self, checked: bool) -> None:
        self._fill_audit()
