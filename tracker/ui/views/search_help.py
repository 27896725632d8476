"""The search field's help: a “?” button inside the field (and F1 in it) shows the query
syntax — the same table the command line's reference prints (``domain.search.SYNTAX``)."""

from __future__ import annotations

import html

from PySide6.QtCore import QPoint, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QStyle, QVBoxLayout, QWidget

from tracker.domain.search import SYNTAX

PLACEHOLDER = 'Search: words, "a phrase", negotiat*, -word, outlet:…'


def syntax_html() -> str:
    """The syntax as a small HTML table (every cell escaped)."""
    rows = "".join(
        f"<tr><td style='padding:2px 12px 2px 0'><code>{html.escape(example)}</code></td>"
        f"<td style='padding:2px 0'>{html.escape(meaning)}</td></tr>"
        for example, meaning in SYNTAX
    )
    return (
        "<b>Search syntax</b>"
        f"<table cellspacing='0'>{rows}</table>"
        "<p style='margin-top:6px'>Terms are combined: <code>outlet:reuters \"on hold\" "
        "-alaska</code>. Case does not matter.</p>"
    )


class SearchHelpPopup(QFrame):
    """A popup under the search field listing what can be typed; any click outside or
    Esc closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("searchHelp")
        self.setAccessibleName("Search syntax")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setText(syntax_html())
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.label)

    def show_under(self, anchor: QWidget) -> None:
        """Open below ``anchor``, kept on its screen."""
        self.adjustSize()
        point = anchor.mapToGlobal(QPoint(anchor.width() - self.width(), anchor.height() + 2))
        screen = anchor.screen().availableGeometry() if anchor.screen() else None
        if screen is not None:
            point.setX(max(screen.left(), min(point.x(), screen.right() - self.width())))
            point.setY(min(point.y(), screen.bottom() - self.height()))
        self.move(point)
        self.show()


class SearchHelp:
    """The “?” action in a search field and its popup."""

    def __init__(self, edit: QLineEdit) -> None:
        self.edit = edit
        self.popup = SearchHelpPopup(edit)
        icon = edit.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion)
        self.action: QAction = edit.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        self.action.setText("Search syntax")
        self.action.setToolTip("Search syntax (F1)")
        self.action.triggered.connect(self._on_show)
        self.shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), edit)
        self.shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.shortcut.activated.connect(self._on_show)
        edit.setPlaceholderText(PLACEHOLDER)
        edit.setToolTip("Press F1 or click ? for the search syntax")

    @Slot()
    def _on_show(self) -> None:
        self.popup.show_under(self.edit)


def add_search_help(edit: QLineEdit) -> SearchHelp:
    """Give ``edit`` its syntax help (kept alive by the returned object)."""
    return SearchHelp(edit)
