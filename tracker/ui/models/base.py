"""A flat table model over a list of plain rows, one ``Column`` per column, that sorts and
filters itself.

Every value handed to a view is a plain string (or number for sorting): untrusted text is
never given to Qt as rich text. Sorting uses keys computed once per column from the rows
(never Qt's ``data()`` through a proxy, which calls back into Python for every comparison);
filtering keeps the rows a predicate accepts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from tracker.domain.text import label

Row = TypeVar("Row")

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the row object itself
KEY_ROLE = Qt.ItemDataRole.UserRole + 3  # the row's id (track id, excerpt id, ...)

Index = QModelIndex | QPersistentModelIndex
SortKey = str | int | float | tuple[Any, ...]


def plain_tooltip(text: str | None) -> str | None:
    """A tooltip that shows ``text`` literally.

    Qt renders a tooltip as rich text whenever it looks like markup, and tooltips here
    carry quotes, titles and outlet names from articles; escaping them keeps ``<b>`` a
    literal ``<b>``.
    """
    if not text:
        return None
    from PySide6.QtGui import Qt as GuiQt

    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpacePre)


@dataclass(frozen=True)
class Column(Generic[Row]):
    header: str
    display: Callable[[Row], str]
    sort: Callable[[Row], SortKey] | None = None
    tooltip: Callable[[Row], str | None] | None = None
    align: Qt.AlignmentFlag | None = None
    header_tip: str | None = None


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows of one type shown through ``columns``; ``key`` names a row (for selection).

    ``sort(column, order)`` reorders the shown rows by the column's sort key (computed once
    for each row and kept until the rows change); ``set_filter(predicate)`` shows only the
    rows it accepts, in the current order.
    """

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        key: Callable[[Row], Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._all: list[Row] = []
        self._rows: list[Row] = []
        self._key = key
        self._keys: dict[int, list[SortKey]] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._accept: Callable[[Row], bool] | None = None
        self._positions: dict[Any, int] | None = None

    # ------------------------------------------------------------ data access

    def set_rows(
        self, rows: Sequence[Row], *, accept: Callable[[Row], bool] | bool | None = False
    ) -> None:
        """Show ``rows`` (and, given ``accept``, filter them by it in the same reset)."""
        self.beginResetModel()
        if accept is not False:
            self._accept = accept if callable(accept) else None
        self._all = list(rows)
        self._keys.clear()
        self._rows = self._arranged()
        self.endResetModel()

    def set_filter(self, accept: Callable[[Row], bool] | None) -> None:
        """Show only the rows ``accept`` takes (``None``: all)."""
        self.beginResetModel()
        self._accept = accept
        self._rows = self._arranged()
        self.endResetModel()

    def rows(self) -> list[Row]:
        """The rows shown, in their order."""
        return list(self._rows)

    def all_rows(self) -> list[Row]:
        """Every row held, the filtered-out ones too, in the order given."""
        return list(self._all)

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_key(self, key: Any) -> int:
        if self._key is None:
            return -1
        if self._positions is None:
            self._positions = {self._key(r): n for n, r in enumerate(self._rows)}
        return self._positions.get(key, -1)

    def column_of(self, header: str) -> int:
        for number, column in enumerate(self._columns):
            if column.header == header:
                return number
        return -1

    @property
    def sort_column(self) -> int:
        return self._sort[0] if self._sort else -1

    # ------------------------------------------------------------ order and filter

    def _sort_keys(self, column: int) -> list[SortKey]:
        keys = self._keys.get(column)
        if keys is None:
            spec = self._columns[column]
            make = spec.sort or spec.display
            keys = [make(r) for r in self._all]
            self._keys[column] = keys
        return keys

    def _arranged(self) -> list[Row]:
        self._positions = None
        order = list(range(len(self._all)))
        if self._sort is not None and 0 <= self._sort[0] < len(self._columns):
            column, direction = self._sort
            keys = self._sort_keys(column)
            order.sort(key=keys.__getitem__, reverse=direction == Qt.SortOrder.DescendingOrder)
        rows = [self._all[i] for i in order]
        if self._accept is not None:
            rows = [r for r in rows if self._accept(r)]
        return rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt's sort: by the column's precomputed keys (``column < 0``: the given order)."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [(i, self.row_at(i.row())) for i in before]
        self._sort = (column, order) if column >= 0 else None
        self._rows = self._arranged()
        where = {id(r): n for n, r in enumerate(self._rows)}
        after = [
            self.index(where[id(row)], i.column()) if id(row) in where else QModelIndex()
            for i, row in held
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    # ------------------------------------------------------------ Qt overrides

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            shown = column.display(row)
            # untrusted text: control and bidi characters shown, not obeyed
            return label(shown) if isinstance(shown, str) else shown
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(column.tooltip(row)) if column.tooltip else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.align is None:
                return None
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort else column.display(row)
        if role == KEY_ROLE:
            return self._key(row) if self._key else None
        if role == ROW_ROLE:
            return row
        return self.extra_data(row, index.column(), role)

    def extra_data(self, row: Row, column: int, role: int) -> Any:
        """Further roles a subclass shows (colours, fonts)."""
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._columns[section].header_tip)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
