"""The track list: a filter field, an order, and one card per track — its title (bold when
something is new), its status badge, since when, its flags and a badge of what is new."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from tracker.ui.format import status_label
from tracker.ui.models.base import KEY_ROLE, ROW_ROLE
from tracker.ui.models.tracks import (
    CHANGES_ROLE,
    MARKS_ROLE,
    ORDERS,
    SINCE_ROLE,
    STATUS_ROLE,
    TrackTableModel,
)
from tracker.ui.theme import paint_badge, text_on
from tracker.ui.views.widgets import paint_item_background, wrap_lines

if TYPE_CHECKING:
    from tracker.services.changes import ChangeReport
    from tracker.services.status import TrackStatus

PAD = 6
TITLE_LINES = 2


class TrackCardDelegate(QStyledItemDelegate):
    """Paints a track as a card (see the module docstring)."""

    def _fonts(self, option: QStyleOptionViewItem, new: bool) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(new)
        return title, QFont(option.font)

    def _title_rect(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QRect:
        new = int(index.data(CHANGES_ROLE) or 0)
        title_font, _ = self._fonts(option, bool(new))
        fm = QFontMetrics(title_font)
        right = self._badge_width(option, new) + (PAD if new else 0)
        width = max(40, option.rect.width() - 2 * PAD - right)
        bound = fm.boundingRect(
            QRect(0, 0, width, fm.lineSpacing() * TITLE_LINES),
            int(Qt.TextFlag.TextWordWrap),
            str(index.data() or ""),
        )
        lines = min(TITLE_LINES, max(1, round(bound.height() / fm.lineSpacing())))
        return QRect(
            option.rect.left() + PAD, option.rect.top() + PAD, width, lines * fm.lineSpacing()
        )

    def _badge_width(self, option: QStyleOptionViewItem, new: int) -> int:
        if not new:
            return 0
        bold = QFont(option.font)
        bold.setBold(True)
        return QFontMetrics(bold).horizontalAdvance(f"{new} new") + 14

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        view = self.parent()
        opt = QStyleOptionViewItem(option)
        if isinstance(view, QListView):
            opt.rect = QRect(0, 0, view.viewport().width(), 0)
        title = self._title_rect(opt, index)
        line = QFontMetrics(option.font).height() + 6
        return QSize(opt.rect.width(), title.height() + line + 2 * PAD + 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt, _text = paint_item_background(self, painter, option, index)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        pal = opt.palette
        ink = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        new = int(index.data(CHANGES_ROLE) or 0)
        title_font, small = self._fonts(option, bool(new))
        painter.save()
        title = self._title_rect(option, index)
        painter.setFont(title_font)
        painter.setPen(ink)
        fm = QFontMetrics(title_font)
        text = str(index.data() or "")
        lines = self._lines(fm, text, title.width(), title.height() // fm.lineSpacing())
        for n, line_text in enumerate(lines):
            painter.drawText(
                QRect(
                    title.left(),
                    title.top() + n * fm.lineSpacing(),
                    title.width(),
                    fm.lineSpacing(),
                ),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                line_text,
            )
        if new:
            self._paint_new(painter, option, new, title.top(), pal)
        # second line: badge, since, flags
        y = title.bottom() + 4
        height = QFontMetrics(small).height() + 4
        status = index.data(STATUS_ROLE) or None
        badge = paint_badge(
            painter,
            QRectF(title.left(), y, option.rect.width() / 2, height),
            status_label(status),
            status,
            pal,
            small,
        )
        painter.setFont(small)
        painter.setPen(ink)
        rest = " ".join(
            b for b in (str(index.data(SINCE_ROLE) or ""), str(index.data(MARKS_ROLE) or "")) if b
        )
        x = int(title.left() + badge + 8)
        painter.drawText(
            QRect(x, int(y), option.rect.right() - x - PAD, height),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(small).elidedText(
                rest, Qt.TextElideMode.ElideRight, option.rect.right() - x - PAD
            ),
        )
        painter.restore()

    @staticmethod
    def _lines(fm: QFontMetrics, text: str, width: int, most: int) -> list[str]:
        return wrap_lines(fm, text, width, most)

    def _paint_new(
        self, painter: QPainter, option: QStyleOptionViewItem, new: int, top: int, pal: QPalette
    ) -> None:
        bold = QFont(option.font)
        bold.setBold(True)
        fm = QFontMetrics(bold)
        text = f"{new} new"
        width = fm.horizontalAdvance(text) + 12
        rect = QRectF(option.rect.right() - PAD - width, top, width, fm.height() + 2)
        fill = pal.color(QPalette.ColorRole.Highlight)
        if option.state & QStyle.StateFlag.State_Selected:
            fill = pal.color(QPalette.ColorRole.Base)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setPen(text_on(fill, pal))
        painter.setFont(bold)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


class TrackListView(QWidget):
    """Signals: ``track_selected(track_id)`` when the analyst picks a track."""

    track_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TrackTableModel(self)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("trackFilter")
        self.filter_edit.setPlaceholderText("Filter tracks")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName("Filter tracks")
        self.filter_edit.textChanged.connect(self._on_filter_changed)
        self.order_combo = QComboBox(self)
        self.order_combo.setAccessibleName("Order of the tracks")
        self.order_combo.setToolTip("Order of the tracks")
        for name in ORDERS:
            self.order_combo.addItem(name)
        self.order_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.order_combo.setMinimumContentsLength(7)
        self.order_combo.currentTextChanged.connect(self._on_order_changed)

        self.table = QListView(self)
        self.table.setObjectName("trackTable")
        self.table.setAccessibleName("Tracks")
        self.table.setModel(self.model)
        self.table.setItemDelegate(TrackCardDelegate(self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setResizeMode(QListView.ResizeMode.Adjust)
        self.table.setUniformItemSizes(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setTabKeyNavigation(False)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.set_show_archived(False)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.order_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.setTabOrder(self.filter_edit, self.order_combo)
        self.setTabOrder(self.order_combo, self.table)

    @property
    def proxy(self) -> TrackTableModel:
        """The model shows, filters and sorts itself (kept for callers of the old proxy)."""
        return self.model

    def set_statuses(
        self, statuses: list[TrackStatus], changes: ChangeReport | None = None
    ) -> None:
        current = self.current_track()
        self.model.set_counts(changes)
        self.model.set_rows(statuses)
        if current is not None and self.select_track(current):
            return
        if self.model.rowCount() and current is None:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def set_changes(self, changes: ChangeReport | None) -> None:
        self.model.set_counts(changes)
        self.table.viewport().update()

    def current_track(self) -> str | None:
        index = self.table.currentIndex()
        rows = self.table.selectionModel().selectedRows()
        if rows:
            index = rows[0]
        if not index.isValid():
            return None
        value = index.data(KEY_ROLE)
        return str(value) if value else None

    def current_status(self) -> TrackStatus | None:
        index = self.table.currentIndex()
        row: TrackStatus | None = index.data(ROW_ROLE) if index.isValid() else None
        return row

    def select_track(self, track_id: str) -> bool:
        row = self.model.row_of_key(track_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    @Slot(str)
    def _on_filter_changed(self, text: str) -> None:
        current = self.current_track()
        self.model.set_filter_text(text)
        if (current is None or not self.select_track(current)) and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def set_show_archived(self, show: bool) -> None:
        current = self.current_track()
        self.model.set_show_archived(show)
        if current is not None:
            self.select_track(current)

    @Slot(str)
    def _on_order_changed(self, name: str) -> None:
        self.model.sort(ORDERS.get(name, -1), Qt.SortOrder.AscendingOrder)
        index = self.table.currentIndex()
        if index.isValid():
            self.table.scrollTo(index)

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        track = self.current_track()
        if track is not None:
            self.track_selected.emit(track)


__all__ = ["QModelIndex", "TrackListView"]
