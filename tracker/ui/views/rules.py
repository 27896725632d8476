"""The rules analysts taught the tracker (the user lexicon), as Preferences shows them:
a list with Add…, Remove, Export… and Import… (each change re-reads every document)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.ui.format import fmt_time
from tracker.ui.models.base import ROW_ROLE, Column, RowTableModel
from tracker.ui.views.widgets import fixed_columns, plain_label, setup_table

if TYPE_CHECKING:
    from tracker.domain.readings import LexiconRule

FILE_FILTER = "Lexicon rules (*.json);;All files (*)"

COLUMNS: list[Column[LexiconRule]] = [
    Column("#", lambda r: str(r.id), sort=lambda r: r.id or 0),
    Column("Rule", lambda r: r.describe(), tooltip=lambda r: r.note or r.describe()),
    Column("By", lambda r: r.analyst),
    Column("Added", lambda r: fmt_time(r.created_at), sort=lambda r: r.created_at),
]


class RulesPanel(QWidget):
    """Signals: ``add_requested()``, ``remove_requested(rule_id)``,
    ``export_requested(Path)``, ``import_requested(Path)``."""

    add_requested = Signal()
    remove_requested = Signal(int)
    export_requested = Signal(object)
    import_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesPanel")
        self.intro = plain_label(
            "Phrases taught to the tracker, read over the bundled lexicon. A desk shares its "
            "rules by exporting them to a file another analyst imports. Every change reads all "
            "documents again; Edit → Undo takes it back.",
            wrap=True,
        )
        self.model: RowTableModel[LexiconRule] = RowTableModel(COLUMNS, key=lambda r: r.id)
        self.table = QTableView(self)
        self.table.setObjectName("rulesTable")
        self.table.setAccessibleName("Lexicon rules")
        self.table.setModel(self.model)
        setup_table(self.table, stretch_column=1, sortable=False)
        fixed_columns(self.table, {0: "0000", 2: "x" * 12, 3: "00 Mmm 0000 00:00 UTC"})
        self.empty = plain_label(
            "No rules yet. Teach one from an excerpt (Evidence → Teach a rule…) or add one here.",
            wrap=True,
        )
        self.add_button = QPushButton("Add…", self)
        self.remove_button = QPushButton("Remove", self)
        self.remove_button.setAccessibleName("Remove the selected rule")
        self.export_button = QPushButton("Export…", self)
        self.import_button = QPushButton("Import…", self)
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self._on_remove)
        self.export_button.clicked.connect(self._on_export)
        self.import_button.clicked.connect(self._on_import)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.import_button, self.export_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.set_rules([])

    def set_rules(self, rules: list[LexiconRule]) -> None:
        self.model.set_rows(rules)
        self.empty.setVisible(not rules)
        self._update()

    def selected_rule(self) -> LexiconRule | None:
        index = self.table.currentIndex()
        rule: LexiconRule | None = index.data(ROW_ROLE) if index.isValid() else None
        return rule

    def _update(self) -> None:
        self.remove_button.setEnabled(self.selected_rule() is not None)
        self.export_button.setEnabled(self.model.rowCount() > 0)

    @Slot()
    def _on_remove(self) -> None:
        rule = self.selected_rule()
        if rule is not None and rule.id is not None:
            self.remove_requested.emit(rule.id)

    @Slot()
    def _on_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "Export lexicon rules", "lexicon-rules.json", FILE_FILTER
        )
        if name:
            self.export_requested.emit(Path(name))

    @Slot()
    def _on_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Import lexicon rules", "", FILE_FILTER)
        if name:
            self.import_requested.emit(Path(name))
