"""The "Changes" panel: what is new since the analyst last looked — per track its status
change and newest evidence, then the new documents — each a way to what it names.

Something stays listed until it is seen: a track when the analyst has had it open and
moves on, the documents when the analyst has looked at the document list, or everything
with "Mark all as seen".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.briefing.language import quoted
from tracker.ui.format import fmt_date, one_line, status_label
from tracker.ui.views.widgets import plain_label

if TYPE_CHECKING:
    from tracker.services.changes import ChangeReport, TrackChange

KIND_ROLE = Qt.ItemDataRole.UserRole + 30
VALUE_ROLE = Qt.ItemDataRole.UserRole + 31


def change_words(change: TrackChange) -> str:
    """``On hold → Postponed · 3 new excerpts`` (what is new on one track)."""
    return change.words()


class ChangesView(QWidget):
    """Signals: ``track_chosen(track_id)``, ``excerpt_chosen(track_id, excerpt_id,
    document_id, quote)``, ``document_chosen(document_id)``, ``mark_all_requested()``."""

    track_chosen = Signal(str)
    excerpt_chosen = Signal(str, int, int, str)
    document_chosen = Signal(int)
    mark_all_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report: ChangeReport | None = None
        self.summary = plain_label("", wrap=True, name="What is new")
        self.mark_button = QPushButton("Mark all as seen", self)
        self.mark_button.setAccessibleName("Mark everything listed as seen")
        self.mark_button.clicked.connect(self.mark_all_requested)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("changesTree")
        self.tree.setAccessibleName("What is new since you last looked")
        self.tree.setHeaderHidden(True)
        self.tree.setIndentation(12)
        self.tree.setColumnCount(1)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        # one column as wide as the panel, so long lines wrap instead of being cut
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setTabKeyNavigation(False)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.itemClicked.connect(self._on_activated)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.mark_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        self.set_report(None)

    @property
    def report(self) -> ChangeReport | None:
        return self._report

    def total(self) -> int:
        return self._report.total if self._report else 0

    def set_report(self, report: ChangeReport | None, *, readonly: bool = False) -> None:
        self._report = report
        self.tree.clear()
        self.mark_button.setEnabled(bool(report and report.total))
        if report is None:
            self.summary.setText("Opening…")
            return
        if not report.total:
            first = (
                " (your first look: from now on, what is new is listed here)"
                if report.first_look
                else ""
            )
            self.summary.setText(f"Nothing new since you last looked{first}.")
            return
        bits = []
        if report.tracks:
            bits.append(
                f"{len(report.tracks)} track{'s' if len(report.tracks) != 1 else ''} changed"
            )
        if report.new_documents:
            bits.append(
                f"{report.new_documents} new document{'s' if report.new_documents != 1 else ''}"
            )
        note = " Marks are kept in memory only: this window is read-only." if readonly else ""
        self.summary.setText(
            f"New since you last looked ({report.analyst}): {', '.join(bits)}.{note}"
        )
        bold = QFont(self.font())
        bold.setBold(True)
        for change in report.tracks:
            self.tree.addTopLevelItem(self._track_item(change, bold))
        if report.new_documents:
            self.tree.addTopLevelItem(self._documents_item(report, bold))
        self.tree.expandAll()

    def _track_item(self, change: TrackChange, bold: QFont) -> QTreeWidgetItem:
        item = QTreeWidgetItem([change.title])
        item.setFont(0, bold)
        item.setData(0, KIND_ROLE, "track")
        item.setData(0, VALUE_ROLE, change.track)
        item.setToolTip(0, f"{change.title}\n{change_words(change)}")
        summary = QTreeWidgetItem([change_words(change)])
        summary.setData(0, KIND_ROLE, "track")
        summary.setData(0, VALUE_ROLE, change.track)
        item.addChild(summary)
        for e in change.newest:
            what = f" · {status_label(e.signal)}" if e.signal else ""
            child = QTreeWidgetItem(
                [f"{fmt_date(e.event_date)}{what}: {quoted(one_line(e.quote, 140))}"]
            )
            child.setData(0, KIND_ROLE, "excerpt")
            child.setData(0, VALUE_ROLE, (change.track, e.id, e.document_id, e.quote))
            child.setToolTip(0, one_line(e.quote))
            item.addChild(child)
        more = change.new_evidence - len(change.newest)
        if more > 0:
            rest = QTreeWidgetItem([f"… and {more} more in the track's evidence (bold rows)"])
            rest.setData(0, KIND_ROLE, "track")
            rest.setData(0, VALUE_ROLE, change.track)
            item.addChild(rest)
        return item

    def _documents_item(self, report: ChangeReport, bold: QFont) -> QTreeWidgetItem:
        docs = QTreeWidgetItem([f"New documents ({report.new_documents})"])
        docs.setFont(0, bold)
        docs.setData(0, KIND_ROLE, "documents")
        for d in report.documents:
            where = ", ".join(
                b for b in (d.outlet, fmt_date(d.published) if d.published else None) if b
            )
            child = QTreeWidgetItem(
                [f"#{d.id} {one_line(d.title, 120)}" + (f" ({where})" if where else "")]
            )
            child.setData(0, KIND_ROLE, "document")
            child.setData(0, VALUE_ROLE, d.id)
            child.setToolTip(0, d.title)
            docs.addChild(child)
        more = report.new_documents - len(report.documents)
        if more > 0:
            docs.addChild(QTreeWidgetItem([f"… and {more} more in the document list (bold rows)"]))
        return docs

    @Slot(QTreeWidgetItem, int)
    def _on_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        kind = item.data(0, KIND_ROLE)
        value = item.data(0, VALUE_ROLE)
        if kind == "track":
            self.track_chosen.emit(str(value))
        elif kind == "excerpt":
            track, excerpt, document, quote = value
            self.excerpt_chosen.emit(str(track), int(excerpt), int(document), str(quote))
        elif kind == "document":
            self.document_chosen.emit(int(value))
