"""Search results: excerpts and documents; choosing one opens its source."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

from tracker.ui.models.base import ROW_ROLE
from tracker.ui.models.search import SearchResultsTableModel
from tracker.ui.views.widgets import fixed_columns, plain_label, setup_table

if TYPE_CHECKING:
    from tracker.services.search import SearchHit


class SearchResultsView(QWidget):
    """Signals: ``hit_chosen(SearchHit)``."""

    hit_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SearchResultsTableModel(self)
        self.summary = plain_label(
            "Type in the search field above and press Enter.", wrap=True, name="Search summary"
        )
        self.table = QTableView(self)
        self.table.setObjectName("searchTable")
        self.table.setAccessibleName("Search results")
        self.table.setModel(self.model)
        setup_table(self.table, stretch_column=2, sortable=False)
        fixed_columns(self.table, {0: "excerpt · rubio-lavrov-channel", 1: "x" * 24})
        self.table.activated.connect(self._on_activated)
        self.table.clicked.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def set_results(self, query: str, hits: list[SearchHit]) -> None:
        self.model.set_rows(hits)
        shown = " ".join(query.split())
        if len(shown) > 60:
            shown = shown[:59] + "…"
        if not query.strip():
            self.summary.setText("Type in the search field above and press Enter.")
        elif not hits:
            self.summary.setText(f"No matches for “{shown}”.")
        else:
            self.summary.setText(
                f"{len(hits)} match{'es' if len(hits) != 1 else ''} for “{shown}”."
            )

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        hit = index.data(ROW_ROLE)
        if hit is not None:
            self.hit_chosen.emit(hit)
