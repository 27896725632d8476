"""The search field's help: a “?” button inside the field (and F1 in it) shows the query
syntax — the same table the command line's reference prints (``domain.search.SYNTAX``)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Slot
from PySide6.QtGui import QAction, QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QLineEdit, QStyle, QWidget

from tracker.domain.search import SYNTAX
from tracker.ui.views.widgets import plain_label

PLACEHOLDER = 'Search: words, "a phrase", negotiat*, -word, outlet:…'
FOOTER = 'Combine them: outlet:reuters "on hold" -alaska. Case does not matter.'


class SearchHelpPopup(QFrame):
    """A popup under the search field listing what can be typed (plain-text labels, one
    row per form); any click outside or Esc closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("searchHelp")
        self.setAccessibleName("Search syntax")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(3)
        title = plain_label("Search syntax", self, name="Search syntax title")
        bold = title.font()
        bold.setBold(True)
        title.setFont(bold)
        grid.addWidget(title, 0, 0, 1, 2)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.rows: list[tuple[QLabel, QLabel]] = []
        for row, (example, meaning) in enumerate(SYNTAX, start=1):
            typed = plain_label(example, self, selectable=True)
            typed.setFont(mono)
            told = plain_label(meaning, self)
            grid.addWidget(typed, row, 0)
            grid.addWidget(told, row, 1)
            self.rows.append((typed, told))
        footer = plain_label(FOOTER, self, wrap=True)
        footer.setContentsMargins(0, 4, 0, 0)
        grid.addWidget(footer, len(SYNTAX) + 1, 0, 1, 2)

    def show_under(self, anchor: QWidget) -> None:
        """Open below ``anchor``, right-aligned with it, kept on its screen."""
        self.adjustSize()
        point = anchor.mapToGlobal(QPoint(anchor.width() - self.width(), anchor.height() + 2))
        screen = anchor.screen().availableGeometry() if anchor.screen() else None
        if screen is not None:
            point.setX(max(screen.left(), min(point.x(), screen.right() - self.width())))
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
