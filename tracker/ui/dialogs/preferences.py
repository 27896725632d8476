"""Preferences kept in the database: the analyst's name, default reliability per outlet."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.vocabulary import RELIABILITY
from tracker.ui.dialogs.base import RememberingDialog
from tracker.ui.views.rules import RulesPanel
from tracker.ui.views.widgets import plain_label

UNSET = "(as graded per document)"


class PreferencesDialog(RememberingDialog):
    """``values()`` gives ``(analyst name, {outlet: grade})``; the "Lexicon rules" tab
    (``rules_panel``) changes rules at once, through its signals."""

    settings_key = "preferences"

    def __init__(self, prefs: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.setMinimumSize(520, 380)
        self._configured: dict[str, str] = dict(prefs.get("outlet_reliability", {}))

        self.analyst_edit = QLineEdit(self)
        self.analyst_edit.setAccessibleName("Analyst name")
        self.analyst_edit.setText(str(prefs.get("analyst", "")))
        self.analyst_edit.setPlaceholderText("recorded with every override and edit")

        self.table = QTableWidget(0, 2, self)
        self.table.setAccessibleName("Default reliability per outlet")
        self.table.setHorizontalHeaderLabels(["Outlet", "Default reliability"])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        outlets = sorted(set(prefs.get("known_outlets", [])) | set(self._configured), key=str.lower)
        for outlet in outlets:
            self._add_row(outlet, self._configured.get(outlet))

        self.new_outlet = QLineEdit(self)
        self.new_outlet.setPlaceholderText("Another outlet")
        self.new_outlet.setAccessibleName("New outlet name")
        add = QPushButton("Add outlet", self)
        add.clicked.connect(self._on_add_outlet)
        row = QHBoxLayout()
        row.addWidget(self.new_outlet, 1)
        row.addWidget(add)

        form = QFormLayout()
        form.addRow("Analyst name", self.analyst_edit)
        self.buttons = self.ok_cancel()
        self.analyst_edit.textChanged.connect(self._on_changed)
        general = QWidget(self)
        layout = QVBoxLayout(general)
        layout.addLayout(form)
        layout.addWidget(
            plain_label(
                "Default reliability per outlet (Admiralty A–F), applied to that outlet's "
                "documents unless graded by hand:",
                wrap=True,
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.rules_panel = RulesPanel(self)
        self.rules_panel.set_rules(list(prefs.get("rules", [])))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(general, "General")
        self.tabs.addTab(self.rules_panel, "Lexicon rules")
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs, 1)
        outer.addWidget(self.buttons)
        self._on_changed()

    def _add_row(self, outlet: str, grade: str | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(outlet)  # QTableWidgetItem text is plain
        item.setFlags(item.flags() & ~item.flags().ItemIsEditable)
        self.table.setItem(row, 0, item)
        combo = QComboBox(self.table)
        combo.setAccessibleName(f"Reliability of {outlet}")
        if grade is None:
            combo.addItem(UNSET, None)
        for letter, words in RELIABILITY.items():
            combo.addItem(f"{letter} — {words}", letter)
        if grade is not None:
            combo.setCurrentIndex(max(combo.findData(grade), 0))
        self.table.setCellWidget(row, 1, combo)

    def _outlet(self, row: int) -> str:
        item = self.table.item(row, 0)
        return item.text() if item is not None else ""

    @Slot()
    def _on_add_outlet(self) -> None:
        name = self.new_outlet.text().strip()
        existing = {self._outlet(r).lower() for r in range(self.table.rowCount())}
        if name and name.lower() not in existing:
            self._add_row(name, None)
        self.new_outlet.clear()

    @Slot()
    def _on_changed(self) -> None:
        ok = bool(self.analyst_edit.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> tuple[str, dict[str, str]]:
        grades: dict[str, str] = {}
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 1)
            if isinstance(combo, QComboBox) and combo.currentData():
                grades[self._outlet(row)] = str(combo.currentData())
        return self.analyst_edit.text().strip(), grades
