"""Small shared widgets: plain-text labels, the status badge, table setup."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from tracker.ui.format import status_label
from tracker.ui.models.base import plain_tooltip
from tracker.ui.theme import paint_badge


def plain_label(
    text: str = "",
    parent: QWidget | None = None,
    *,
    wrap: bool = False,
    selectable: bool = False,
    name: str | None = None,
) -> QLabel:
    """A QLabel that never interprets its text as rich text."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
        label.setAccessibleName(name)
    return label


class ElidedLabel(QLabel):
    """One line of plain text, cut with an ellipsis to the room it has; the whole text is
    its tooltip (and what a screen reader reads)."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        name: str | None = None,
        lines: int = 1,
    ):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._lines = max(1, lines)
        self._full = ""
        if name:
            self.setObjectName(name)
            self.setAccessibleName(name)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = text
        self.setAccessibleDescription(text)
        self.setToolTip(plain_tooltip(text) or "")
        self._elide()

    def full_text(self) -> str:
        return self._full

    def _elide(self) -> None:
        super().setText(
            "\n".join(
                wrap_lines(
                    QFontMetrics(self.font()), self._full, max(self.width(), 40), self._lines
                )
            )
        )

    def resizeEvent(self, event: object) -> None:
        self._elide()
        super().resizeEvent(event)  # type: ignore[arg-type]  # a QResizeEvent

    def sizeHint(self) -> QSize:
        return QSize(200, QFontMetrics(self.font()).lineSpacing() * self._lines + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, self.sizeHint().height())


def wrap_lines(fm: QFontMetrics, text: str, width: int, most: int) -> list[str]:
    """``text`` broken at spaces into at most ``most`` lines of ``width`` pixels, the last
    one cut with an ellipsis when the text does not fit."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for n, word in enumerate(words):
        trial = f"{current} {word}".strip()
        if fm.horizontalAdvance(trial) <= width or not current:
            current = trial
            continue
        if len(lines) >= most - 1:  # the last line takes the rest, cut below
            current = " ".join([current, *words[n:]])
            break
        lines.append(current)
        current = word
    if current:
        lines.append(current)
    if lines:
        lines[-1] = fm.elidedText(lines[-1], Qt.TextElideMode.ElideRight, width)
    return lines[: max(1, most)]


def heading_font(base: QFont, scale: float = 1.3, bold: bool = True) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * scale)
    font.setBold(bold)
    return font


def setup_table(
    view: QTableView, *, stretch_column: int | None = None, sortable: bool = True
) -> None:
    view.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move inside it
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(QFontMetrics(view.font()).height() + 8)
    view.setSortingEnabled(sortable)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_column is None)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)


def fixed_columns(view: QTableView, samples: dict[int, str]) -> None:
    """Give columns the width of a sample text (plus padding), measured once.

    Cheaper than ``ResizeToContents``, which re-measures every row on every model reset.
    """
    fm = QFontMetrics(view.font())
    header = view.horizontalHeader()
    bold = QFont(header.font())
    hfm = QFontMetrics(bold)
    model = view.model()
    for column, sample in samples.items():
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model else ""
        width = max(fm.horizontalAdvance(sample), hfm.horizontalAdvance(title) + 18) + 16
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)


def paint_item_background(
    delegate: QStyledItemDelegate,
    painter: QPainter,
    option: QStyleOptionViewItem,
    index: QModelIndex | QPersistentModelIndex,
) -> tuple[QStyleOptionViewItem, str]:
    """Draw an item's background (selection, alternate rows, focus) the style's way, without
    its text; returns the style option and the text, for a delegate to paint its own."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    text = opt.text
    opt.text = ""
    widget = opt.widget
    if widget is not None:
        widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
    return opt, text


class StatusBadgeDelegate(QStyledItemDelegate):
    """Paints a status cell as a rounded badge coloured by the status family."""

    def __init__(self, status_role: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._role = status_role

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt, text = paint_item_background(self, painter, option, index)
        status = index.data(self._role) or None
        rect = QRectF(opt.rect).adjusted(4, 2, -4, -2)
        paint_badge(painter, rect, text or status_label(status), status, opt.palette, opt.font)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        bold = QFont(option.font)
        bold.setBold(True)
        width = QFontMetrics(bold).horizontalAdvance(str(index.data() or "")) + 24
        return QSize(max(size.width(), width), size.height() + 4)


class StatusBadge(QWidget):
    """A single status badge (for the detail pane)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status: str | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Status")

    def set_status(self, status: str | None) -> None:
        self._status = status
        self.setAccessibleDescription(status_label(status))
        self.updateGeometry()
        self.update()

    def _font(self) -> QFont:
        return heading_font(self.font(), 1.05)

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self._font())
        return QSize(fm.horizontalAdvance(status_label(self._status)) + 20, fm.height() + 8)

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        paint_badge(
            painter,
            QRectF(self.rect()),
            status_label(self._status),
            self._status,
            self.palette(),
            self._font(),
        )
        painter.end()
