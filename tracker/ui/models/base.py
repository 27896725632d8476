"""A flat table model over a list of plain rows, one ``Column`` per column.

Every value handed to a view is a plain string (or number for sorting): untrusted text is
never given to Qt as rich text.
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
    sort: Callable[[Row], str | int | float] | None = None
    tooltip: Callable[[Row], str | None] | None = None
    align: Qt.AlignmentFlag | None = None
    header_tip: str | None = None


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows of one type shown through ``columns``; ``key`` names a row (for selection)."""

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        key: Callable[[Row], Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []
        self._key = key

    # ------------------------------------------------------------ data access

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_key(self, key: Any) -> int:
        if self._key is None:
            return -1
        for number, row in enumerate(self._rows):
            if self._key(row) == key:
                return number
        return -1

    def column_of(self, header: str) -> int:
        for number, column in enumerate(self._columns):
            if column.header == header:
                return number
        return -1

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
