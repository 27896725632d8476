"""Keyword suggestions for a track: the phrases its reporting uses, each with how many
sentences it would add and an example; the ticked ones go to the track editor's keywords."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.briefing.language import quoted
from tracker.ui.dialogs.base import RememberingDialog
from tracker.ui.views.widgets import plain_label

EMPTY = "No suggestions: import articles about this track first."
NONE_STAND_OUT = (
    "No suggestions: no phrase stands out in the sentences about this track yet. "
    "Import more articles about it and ask again."
)


def _example(suggestion: Any) -> tuple[str, str]:
    if not suggestion.examples:
        return "", ""
    first = suggestion.examples[0]
    shown = f"{quoted(first.quote)} ({first.document})"
    every = "\n\n".join(f"{e.document}:\n{quoted(e.quote)}" for e in suggestion.examples)
    return shown, every


class SuggestKeywordsDialog(RememberingDialog):
    """Shows ``show_result(KeywordSuggestions)``; ``chosen()`` gives the ticked phrases."""

    settings_key = "suggest-keywords"

    def __init__(self, track_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Suggested keywords — {track_title}")
        self.setMinimumSize(760, 420)
        self.status = plain_label(wrap=True, name="Suggestions status")
        self.status.setText("Reading the articles about this track…")
        self.status.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName("Suggested keywords")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels(["Phrase", "Sentences", "Example"])
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.hide()
        self.buttons = self.ok_cancel("Add to keywords")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.tree.itemChanged.connect(self._on_ticked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)

    def show_result(self, result: Any) -> None:
        """Fill the list from a ``KeywordSuggestions`` (or say why it is empty)."""
        suggestions = list(result.suggestions)
        if not suggestions:
            self.status.setText(EMPTY if not result.stored else NONE_STAND_OUT)
            return
        self.status.setText(
            "Phrases the reporting on this track uses in sentences the track does not hold "
            f"yet ({result.documents} of {result.stored} articles read). Tick the ones that "
            "name this track; hover an example to see both."
        )
        self.tree.blockSignals(True)
        for s in suggestions:
            shown, every = _example(s)
            item = QTreeWidgetItem([s.phrase, str(s.sentences), shown])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(2, every)
            item.setToolTip(0, f"score {s.score:.1f}")
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        self.tree.show()

    def show_failure(self, message: str) -> None:
        self.status.setText(f"No suggestions: {message}")

    def _on_ticked(self, _item: QTreeWidgetItem, _column: int) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.chosen()))

    def chosen(self) -> list[str]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and item.checkState(0) == Qt.CheckState.Checked:
                out.append(item.text(0))
        return out
