"""The documents held; choosing one opens it in the source viewer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

from tracker.ui.models.base import KEY_ROLE, SORT_ROLE
from tracker.ui.models.documents import DocumentTableModel
from tracker.ui.views.widgets import setup_table

if TYPE_CHECKING:
    from tracker.domain.models import DocumentSummary


class DocumentListView(QWidget):
    """Signals: ``document_chosen(document_id)``."""

    document_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DocumentTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText("Filter documents")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName("Filter documents")
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setObjectName("documentTable")
        self.table.setAccessibleName("Documents")
        self.table.setModel(self.proxy)
        setup_table(self.table, stretch_column=1)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self._on_activated)
        self.table.clicked.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)

    def set_documents(self, documents: list[DocumentSummary]) -> None:
        self.model.set_rows(documents)
        self.table.resizeColumnToContents(0)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        value = index.data(KEY_ROLE)
        if value is not None:
            self.document_chosen.emit(int(value))
