"""The documents held, a page at a time: title, outlet, published date, reliability,
copy-of. Sorting and the text filter run in the database (the list of a large record is
never read whole); ``fetch_requested(DocumentQuery)`` asks for the next page and
``add_page`` takes it. Documents imported since the analyst last looked are bold."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from tracker.ui.format import BASIS_WORDS, DASH, fmt_date, one_line
from tracker.ui.models.base import Column, RowTableModel
from tracker.ui.snapshot import DocumentQuery

if TYPE_CHECKING:
    # Not imported at run time: the window paints before the domain models are loaded.
    from tracker.domain.models import DocumentSummary as Doc
    from tracker.ui.snapshot import DocumentPage

COLUMNS: list[Column[Doc]] = [
    Column("#", lambda d: str(d.id), sort=lambda d: d.id, align=Qt.AlignmentFlag.AlignRight),
    Column(
        "Title",
        lambda d: one_line(d.title, 160),
        tooltip=lambda d: "\n".join(x for x in (d.title, d.url, d.source_path) if x),
    ),
    Column("Outlet", lambda d: d.outlet or DASH, tooltip=lambda d: d.outlet),
    Column(
        "Published",
        lambda d: fmt_date(d.published),
        tooltip=lambda d: (
            BASIS_WORDS.get(d.published_basis, d.published_basis)
            + (f": {d.published_note}" if d.published_note else "")
        ),
    ),
    Column(
        "Rel.",
        lambda d: d.reliability,
        align=Qt.AlignmentFlag.AlignCenter,
        header_tip="Source reliability, A (completely reliable) to F (cannot be judged)",
    ),
    Column("Copy", lambda d: f"copy of #{d.duplicate_of}" if d.duplicate_of else ""),
]
# The database column each table column sorts by.
ORDER_OF = {0: "id", 1: "title", 2: "outlet", 3: "published", 4: "reliability"}


class DocumentTableModel(RowTableModel["Doc"]):
    """Summary rows of the documents, loaded page by page (see the module docstring).

    Signals: ``fetch_requested(DocumentQuery)``."""

    fetch_requested = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, key=lambda d: d.id, parent=parent)
        self.query = DocumentQuery()
        self.total = 0
        self._pending = False
        self._new_after: str | None = None

    # ------------------------------------------------------------------ pages

    def reload(self, text: str | None = None) -> None:
        """Ask for the first page again (after an import, or with a new filter text)."""
        self.query = replace(self.query, offset=0, text=self.query.text if text is None else text)
        self._pending = True
        self.fetch_requested.emit(self.query)

    def add_page(self, page: DocumentPage) -> None:
        """Take a page read for ``fetch_requested`` (a first page replaces the rows)."""
        q = page.query
        if (q.order, q.descending, q.text) != (
            self.query.order,
            self.query.descending,
            self.query.text,
        ):
            return  # an answer to an older question
        self._pending = False
        self.total = page.total
        if q.offset == 0:
            self.beginResetModel()
            self._all = list(page.rows)
            self._rows = list(page.rows)
            self._keys.clear()
            self._positions = None
            self.endResetModel()
            return
        if q.offset != len(self._rows) or not page.rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._all.extend(page.rows)
        self._rows.extend(page.rows)
        self._positions = None
        self.endInsertRows()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._pending and len(self._rows) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._pending = True
        self.fetch_requested.emit(replace(self.query, offset=len(self._rows)))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by the database: the first page again, in the new order."""
        self.query = replace(
            self.query,
            order=ORDER_OF.get(column, "id"),
            descending=order == Qt.SortOrder.DescendingOrder,
            offset=0,
        )
        self._pending = True
        self.fetch_requested.emit(self.query)

    # ------------------------------------------------------------------ new ones

    def set_new_after(self, new_after: str | None) -> None:
        self._new_after = new_after
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 5))

    def is_new(self, d: Doc) -> bool:
        return self._new_after is not None and (d.ingested_at or "") > self._new_after

    def extra_data(self, row: Doc, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and self.is_new(row):
            font = QFont()
            font.setBold(True)
            return font
        return None
