"""The documents held, a page at a time; choosing one opens it in the source viewer."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

from tracker.ui.models.base import KEY_ROLE
from tracker.ui.models.documents import DocumentTableModel
from tracker.ui.snapshot import DocumentPage
from tracker.ui.views.widgets import fixed_columns, plain_label, setup_table


class DocumentListView(QWidget):
    """Signals: ``document_chosen(document_id)``; ``fetch_requested(DocumentQuery)`` (the
    model wants a page: answer with ``add_page``)."""

    document_chosen = Signal(int)
    fetch_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DocumentTableModel(self)
        self.model.fetch_requested.connect(self.fetch_requested)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("documentFilter")
        self.filter_edit.setPlaceholderText("Filter by title or outlet")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName("Filter documents")
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(250)
        self._filter_timer.timeout.connect(lambda: self.model.reload(self.filter_edit.text()))
        self.filter_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self.table = QTableView(self)
        self.table.setObjectName("documentTable")
        self.table.setAccessibleName("Documents")
        self.table.setModel(self.model)
        setup_table(self.table, stretch_column=1)
        self.table.setTabKeyNavigation(False)
        fixed_columns(
            self.table, {0: "00000", 2: "x" * 12, 3: "00 Mmm 0000", 4: "Rel.", 5: "copy of #000"}
        )
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self._on_activated)
        self.table.clicked.connect(self._on_activated)
        self.count_label = plain_label("", name="Documents shown")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    def reload(self) -> None:
        self.model.reload()

    def add_page(self, page: DocumentPage) -> None:
        self.model.add_page(page)
        total = self.model.total
        shown = self.model.rowCount()
        text = f"{total:,} document{'s' if total != 1 else ''}"
        if self.model.query.text:
            text += f" match “{self.model.query.text}”"
        if shown < total:
            text += f" (the first {shown:,} listed; scroll for more)"
        self.count_label.setText(text)

    def set_new_after(self, new_after: str | None) -> None:
        self.model.set_new_after(new_after)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        value = index.data(KEY_ROLE)
        if value is not None:
            self.document_chosen.emit(int(value))
