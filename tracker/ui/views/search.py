"""Search results: excerpts and documents, each with where it was found and its matching
text (matches in bold); choosing one opens its source."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from tracker.ui.models.base import ROW_ROLE
from tracker.ui.models.search import SearchResultsTableModel, match_spans
from tracker.ui.theme import muted_text
from tracker.ui.views.widgets import paint_item_background, plain_label

if TYPE_CHECKING:
    from tracker.services.search import SearchHit

PAD = 6
SNIPPET_LINES = 3


class SearchHitDelegate(QStyledItemDelegate):
    """Where (small), the title, then the snippet with its matches in bold."""

    def __init__(self, model: SearchResultsTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(200, 2 * PAD + 2 * fm.lineSpacing() + SNIPPET_LINES * fm.lineSpacing() + 4)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt, _text = paint_item_background(self, painter, option, index)
        hit: SearchHit | None = index.data(ROW_ROLE)
        if hit is None:
            return
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        pal = opt.palette
        ink = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        quiet = ink if selected else muted_text(pal)
        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        fm = QFontMetrics(option.font)
        line = fm.lineSpacing()
        painter.save()
        painter.setPen(quiet)
        painter.setFont(option.font)
        painter.drawText(
            rect.adjusted(0, 0, 0, -(rect.height() - line)),
            int(Qt.AlignmentFlag.AlignLeft),
            fm.elidedText(self._model.where(hit), Qt.TextElideMode.ElideRight, rect.width()),
        )
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(ink)
        painter.drawText(
            rect.adjusted(0, line, 0, -(rect.height() - 2 * line)),
            int(Qt.AlignmentFlag.AlignLeft),
            QFontMetrics(bold).elidedText(hit.title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        self._paint_snippet(
            painter, hit.snippet, QRectF(rect.adjusted(0, 2 * line + 2, 0, 0)), option.font, ink
        )
        painter.restore()

    @staticmethod
    def _paint_snippet(
        painter: QPainter, snippet: str, rect: QRectF, font: QFont, ink: object
    ) -> None:
        text, spans = match_spans(snippet)
        doc = QTextDocument()
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        doc.setPlainText(text)  # never rich text: the snippet comes from an article
        doc.setTextWidth(rect.width())
        cursor = QTextCursor(doc)
        everything = QTextCharFormat()
        everything.setForeground(ink)  # type: ignore[arg-type]  # a QColor
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeCharFormat(everything)
        strong = QTextCharFormat()
        strong.setFontWeight(QFont.Weight.Bold)
        strong.setFontUnderline(True)
        for start, end in spans:
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(strong)
        painter.translate(rect.topLeft())
        doc.drawContents(painter, QRectF(0, 0, rect.width(), rect.height()))


class SearchResultsView(QWidget):
    """Signals: ``hit_chosen(SearchHit)``."""

    hit_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SearchResultsTableModel(self)
        self.summary = plain_label(
            "Type in the search field above and press Enter.", wrap=True, name="Search summary"
        )
        self.table = QListView(self)
        self.table.setObjectName("searchTable")
        self.table.setAccessibleName("Search results")
        self.table.setModel(self.model)
        self.table.setItemDelegate(SearchHitDelegate(self.model, self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setTabKeyNavigation(False)
        self.table.activated.connect(self._on_activated)
        self.table.clicked.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def set_track_titles(self, titles: dict[str, str]) -> None:
        self.model.set_track_titles(titles)

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
