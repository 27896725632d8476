"""Help → Keyboard shortcuts: every menu action with its keys (read from the menus, so the
list cannot drift from what the window does), then the keys that work inside the views."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.ui.dialogs.base import RememberingDialog
from tracker.ui.views.widgets import plain_label

# Keys handled by the views themselves (not menu actions).
IN_VIEWS: list[tuple[str, str, str]] = [
    (
        "Anywhere",
        "Tab / Shift+Tab",
        "Move between the track list, the track, its evidence and the source",
    ),
    ("Lists and tables", "↑ ↓ Page Up/Down Home End", "Move within the list or table"),
    ("Evidence", "Ctrl+C", "Copy the chosen quote with its citation"),
    ("Evidence", "Enter", "Show the chosen excerpt in its source"),
    ("Evidence", "Menu key / right click", "More about the chosen excerpt"),
    ("Timeline", "← → Home End, Enter", "Go from marker to marker; show what it stands for"),
    ("Board", "↑ ↓, Enter", "Choose a track; open it"),
    ("Board", "+ − 0, Ctrl+wheel", "Zoom in, out, to fit"),
    ("Source", "Ctrl+C", "Copy the selected text"),
]


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").split("\t")[0]


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, str, str]]:
    """``(menu, keys, action)`` for every action of every menu of ``bar``."""
    rows: list[tuple[str, str, str]] = []
    for menu_action in bar.actions():
        menu = menu_action.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            if isinstance(action, QAction) and not action.isSeparator() and action.text():
                keys = ", ".join(
                    k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                )
                rows.append((_plain(menu_action.text()), keys, _plain(action.text())))
    return rows


class ShortcutsDialog(RememberingDialog):
    settings_key = "shortcuts"

    def __init__(self, bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        rows = menu_shortcuts(bar) + IN_VIEWS
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setHorizontalHeaderLabels(["Where", "Keys", "Does"])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        for r, (where, keys, does) in enumerate(rows):
            for c, value in enumerate((where, keys, does)):
                self.table.setItem(r, c, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label("Every action of the menus, and the keys the views understand.", wrap=True)
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 620)

    def rows(self) -> list[tuple[str, str, str]]:
        out = []
        for r in range(self.table.rowCount()):
            cells = [self.table.item(r, c) for c in range(3)]
            out.append(tuple(c.text() if c else "" for c in cells))
        return out  # type: ignore[return-value]  # three cells a row
