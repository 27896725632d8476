"""File → Export briefing…: format, tracks, since which date, where to write it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QStandardPaths, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.ui.dialogs.base import RememberingDialog
from tracker.ui.format import status_label

if TYPE_CHECKING:
    from tracker.services.status import TrackStatus


FORMATS = {
    "pdf": "PDF document",
    "docx": "Word document",
    "md": "Markdown",
    "html": "Web page (HTML)",
}


class ExportBriefingDialog(RememberingDialog):
    """``choice()`` gives ``(fmt, out path, track ids or None for all, since or None)``."""

    settings_key = "export-briefing"

    def __init__(self, statuses: list[TrackStatus], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export briefing")
        self.setMinimumWidth(520)
        self.format_combo = QComboBox(self)
        self.format_combo.setAccessibleName("Format")
        for key, words in FORMATS.items():
            self.format_combo.addItem(f"{words} (.{key})", key)
        self.format_combo.currentIndexChanged.connect(self._on_format_changed)

        self.track_list = QListWidget(self)
        self.track_list.setAccessibleName("Tracks in the briefing")
        for s in statuses:
            if s.archived:
                continue
            item = QListWidgetItem(f"{s.title} — {status_label(s.status)}")
            item.setData(Qt.ItemDataRole.UserRole, s.track)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.track_list.addItem(item)
        self.track_list.itemChanged.connect(self._on_changed)

        self.since_check = QCheckBox("Only developments since", self)
        self.since_date = QDateEdit(self)
        self.since_date.setCalendarPopup(True)
        self.since_date.setDisplayFormat("d MMM yyyy")
        self.since_date.setDate(QDate.currentDate().addDays(-7))
        self.since_date.setEnabled(False)
        self.since_check.toggled.connect(self.since_date.setEnabled)
        since_row = QHBoxLayout()
        since_row.addWidget(self.since_check)
        since_row.addWidget(self.since_date, 1)

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        base = Path(folder or Path.home())
        self.path_edit = QLineEdit(str(base / f"briefing-{date.today().isoformat()}.pdf"), self)
        self.path_edit.setAccessibleName("Save as")
        self.path_edit.textChanged.connect(self._on_changed)
        browse = QPushButton("Browse…", self)
        browse.clicked.connect(self._on_browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow("Format", self.format_combo)
        form.addRow("Tracks", self.track_list)
        form.addRow("", since_row)
        form.addRow("Save as", path_row)
        self.buttons = self.ok_cancel("Export")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._on_changed()

    def _fmt(self) -> str:
        return str(self.format_combo.currentData())

    @Slot()
    def _on_format_changed(self, *args: object) -> None:
        path = Path(self.path_edit.text().strip() or "briefing")
        self.path_edit.setText(str(path.with_suffix(f".{self._fmt()}")))

    @Slot()
    def _on_browse(self) -> None:
        fmt = self._fmt()
        name, _ = QFileDialog.getSaveFileName(
            self, "Save the briefing as", self.path_edit.text(), f"{FORMATS[fmt]} (*.{fmt})"
        )
        if name:
            self.path_edit.setText(name)

    @Slot()
    def _on_changed(self, *args: object) -> None:
        ok = bool(self.path_edit.text().strip()) and bool(
            self.chosen_tracks() is None or self.chosen_tracks()
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def chosen_tracks(self) -> list[str] | None:
        ids, total = [], self.track_list.count()
        for row in range(total):
            item = self.track_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return None if len(ids) == total else ids

    def choice(self) -> tuple[str, Path, list[str] | None, date | None]:
        since = None
        if self.since_check.isChecked():
            qd = self.since_date.date()
            since = date(qd.year(), qd.month(), qd.day())
        path = Path(self.path_edit.text().strip()).expanduser()
        if path.suffix.lower() != f".{self._fmt()}":
            path = path.with_suffix(f".{self._fmt()}")
        return self._fmt(), path, self.chosen_tracks(), since
