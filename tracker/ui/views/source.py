"""The source viewer: a document's text with the chosen quote highlighted, and its
metadata (outlet, url, published date and how it was obtained, reliability), editable.

The text goes in with ``setPlainText`` and highlights are ExtraSelections: article text is
never interpreted as HTML. Excerpt offsets count Python characters (code points) while Qt
counts UTF-16 units, so offsets are converted before placing a cursor.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.text import label
from tracker.domain.vocabulary import RELIABILITY
from tracker.ui.format import BASIS_WORDS, fmt_date
from tracker.ui.models.base import plain_tooltip
from tracker.ui.snapshot import DocumentView
from tracker.ui.theme import status_color
from tracker.ui.views.widgets import heading_font, plain_label

if TYPE_CHECKING:
    from tracker.domain.models import Document, Evidence


def utf16_offset(text: str, index: int) -> int:
    """The position Qt uses for the Python string index ``index`` of ``text``."""
    index = max(0, min(index, len(text)))
    return len(text[:index].encode("utf-16-le", "surrogatepass")) // 2


def python_index(text: str, utf16: int) -> int:
    """The Python string index of Qt's position ``utf16`` in ``text``."""
    units = 0
    for index, char in enumerate(text):
        if units >= utf16:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


@dataclass(frozen=True)
class Placement:
    start: int
    end: int
    how: str  # exact, moved, fuzzy, orphan


def place(text: str, e: Evidence) -> Placement:
    """Where the excerpt's quote is in ``text`` now (Web Annotation re-anchoring)."""
    from tracker.services.verify import reanchor

    anchor = reanchor(text, e.exact, e.prefix, e.suffix, e.start, e.end)
    if anchor.start is None or anchor.end is None:
        return Placement(0, 0, "orphan")
    return Placement(anchor.start, anchor.end, anchor.placement)


class SourceView(QWidget):
    """Signals: ``metadata_edit_requested(document_id, changes)``."""

    metadata_edit_requested = Signal(int, dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: DocumentView | None = None
        self.excerpts: list[Evidence] = []  # the excerpts highlighted in the text
        self._placed: tuple[int, int] | None = None  # the span selected when shown

        self.title = plain_label(wrap=True, selectable=True, name="Document title")
        self.title.setFont(heading_font(self.font(), 1.15))
        self.info = plain_label(wrap=True, selectable=True, name="Document facts")
        self.notice = plain_label(wrap=True, name="Quote placement")
        self.notice.hide()

        self.outlet = QLineEdit(self)
        self.outlet.setAccessibleName("Outlet")
        self.url = QLineEdit(self)
        self.url.setAccessibleName("URL")
        self.published = QLineEdit(self)
        self.published.setAccessibleName("Published date")
        self.published.setPlaceholderText("YYYY-MM-DD")
        self.published_basis = plain_label(name="How the date was obtained")
        self.reliability = QComboBox(self)
        self.reliability.setAccessibleName("Source reliability")
        for letter, words in RELIABILITY.items():
            self.reliability.addItem(f"{letter} — {words}", letter)
        self.save_button = QPushButton("Save details", self)
        self.save_button.setAccessibleName("Save the document details")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.revert_button = QPushButton("Revert", self)
        self.revert_button.setEnabled(False)
        self.revert_button.clicked.connect(self._on_revert_clicked)
        for edit in (self.outlet, self.url, self.published):
            edit.textEdited.connect(self._on_field_edited)
        self.reliability.activated.connect(self._on_field_edited)

        self.published.setFixedWidth(self.fontMetrics().horizontalAdvance("0000-00-00") + 28)
        self.outlet.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 8))
        self.url.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 8))
        self.reliability.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.reliability.setMinimumContentsLength(7)
        self.published_basis.setWordWrap(True)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(plain_label("Outlet"), 0, 0)
        grid.addWidget(self.outlet, 0, 1)
        grid.addWidget(plain_label("Reliability"), 0, 2)
        grid.addWidget(self.reliability, 0, 3)
        grid.addWidget(plain_label("Published"), 1, 0)
        grid.addWidget(self.published, 1, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(plain_label("URL"), 1, 2)
        grid.addWidget(self.url, 1, 3)
        grid.addWidget(self.published_basis, 2, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.info, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        self.text = QPlainTextEdit(self)
        self.text.setObjectName("sourceText")
        self.text.setAccessibleName("Article text")
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setPlaceholderText(
            "Choose an excerpt or a search result to read its source here."
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        layout.addWidget(self.text, 1)
        self.clear()

    # ------------------------------------------------------------------ content

    @property
    def document_id(self) -> int | None:
        return self._view.document.id if self._view else None

    @property
    def document(self) -> Document | None:
        return self._view.document if self._view else None

    def set_has_documents(self, has: bool) -> None:
        """The hint shown while no document is open."""
        if has:
            self.text.setPlaceholderText(
                "Choose an excerpt or a search result to read its source here."
            )
        else:
            self.text.setPlaceholderText(
                "No articles yet. Import some with File → Import files…, paste one with "
                "File → Paste article…, or drop article files onto this window."
            )

    def clear(self) -> None:
        self._view = None
        self.title.setText("Source")
        self.info.setText("No document open")
        self.text.setPlainText("")
        self.notice.hide()
        for edit in (self.outlet, self.url, self.published):
            edit.clear()
            edit.setEnabled(False)
        self.reliability.setEnabled(False)
        self.published_basis.setText("")
        self.save_button.setEnabled(False)
        self.revert_button.setEnabled(False)

    def show_document(
        self,
        view: DocumentView,
        excerpts: list[Evidence],
        *,
        focus: Evidence | None = None,
        span: tuple[int, int] | None = None,
        find: str | None = None,
        claims: dict[int, str | None] | None = None,
    ) -> None:
        """Show ``view``; highlight ``excerpts`` lightly, tinted by the status each claims
        (``claims``: none for context, negated, denied or hypothetical ones), and ``focus``
        (or ``span``, or the first match of ``find``) strongly, scrolled into view."""
        same = self._view is not None and self._view.document.id == view.document.id
        dirty = self.save_button.isEnabled()
        self._view = view
        doc = view.document
        self.title.setText(label(doc.title) or "Untitled document")
        facts = [f"Document #{doc.id}", f"{doc.chars:,} characters"]
        if view.duplicate_of:
            facts.append(f"copy of #{view.duplicate_of}")
        if doc.byline:
            facts.append(f"by {doc.byline}")
        self.info.setText(" · ".join(facts))
        self.info.setToolTip(plain_tooltip(doc.source_path) or "")
        if not (same and dirty):
            self._fill_fields()
        if self.text.toPlainText() != doc.text:
            self.text.setPlainText(doc.text)
        self.excerpts = list(excerpts)
        self._highlight(excerpts, focus, span, find, claims or {})

    def _fill_fields(self) -> None:
        if self._view is None:
            return
        doc = self._view.document
        for edit in (self.outlet, self.url, self.published):
            edit.setEnabled(True)
        self.reliability.setEnabled(True)
        self.outlet.setText(doc.outlet or "")
        self.url.setText(doc.url or "")
        self.published.setText(doc.published.isoformat() if doc.published else "")
        for edit in (self.outlet, self.url):
            edit.setCursorPosition(0)  # the start of a long outlet or address
        basis = BASIS_WORDS.get(doc.published_basis, doc.published_basis)
        if doc.published_note and doc.published_basis == "inferred":
            basis += f": {doc.published_note}"
        self.published_basis.setText(f"Date {basis}" if doc.published else "No date known")
        self.published_basis.setToolTip(
            plain_tooltip(
                f"{fmt_date(doc.published)}: {basis}" if doc.published else "no date known"
            )
            or ""
        )
        index = self.reliability.findData(doc.reliability)
        self.reliability.setCurrentIndex(max(index, 0))
        self.reliability.setToolTip(
            f"graded: {BASIS_WORDS.get(doc.reliability_basis, doc.reliability_basis)}"
        )
        self.save_button.setEnabled(False)
        self.revert_button.setEnabled(False)

    def _highlight(
        self,
        excerpts: list[Evidence],
        focus: Evidence | None,
        span: tuple[int, int] | None,
        find: str | None,
        claims: dict[int, str | None],
    ) -> None:
        text = self._view.document.text if self._view else ""
        pal = self.text.palette()
        selections: list[QTextEdit.ExtraSelection] = []
        for e in excerpts:
            if focus is not None and e.id == focus.id:
                continue
            where = place(text, e)
            if where.how == "orphan":
                continue
            # a claim's own status; "still no agreed date" (negated) claims none: grey
            tint = QColor(status_color(claims.get(e.id), pal))
            tint.setAlpha(60)
            selections.append(self._selection(text, where.start, where.end, tint, None))
        self.notice.hide()
        target = self._target(text, focus, span, find)
        if target is not None:
            selections.append(
                self._selection(
                    text,
                    target[0],
                    target[1],
                    pal.color(QPalette.ColorRole.Highlight),
                    pal.color(QPalette.ColorRole.HighlightedText),
                    bold=True,
                )
            )
        self.text.setExtraSelections(selections)
        self._placed = target
        if target is not None:
            cursor = self.text.textCursor()
            cursor.setPosition(utf16_offset(text, target[0]))
            cursor.setPosition(utf16_offset(text, target[1]), QTextCursor.MoveMode.KeepAnchor)
            self.text.setTextCursor(cursor)
            self.text.centerCursor()
            self.text.ensureCursorVisible()

    def _target(
        self, text: str, focus: Evidence | None, span: tuple[int, int] | None, find: str | None
    ) -> tuple[int, int] | None:
        """What to select and scroll to: the focused excerpt (telling when it moved or is
        lost), else ``span``, else the first word of ``find`` found."""
        if focus is not None:
            where = place(text, focus)
            if where.how == "orphan":
                self.notice.setText(
                    "This quote can no longer be found in the document (orphaned excerpt): "
                    f"“{focus.exact}”"
                )
                self.notice.show()
                return None
            if where.how != "exact":
                self.notice.setText(f"The quote was re-anchored ({where.how} match).")
                self.notice.show()
            return (where.start, where.end)
        if span is not None:
            return span
        lowered = text.lower()
        wanted = (find or "").strip().lower()
        start = lowered.find(wanted) if len(wanted) > 12 else -1  # a quote: found whole
        if start >= 0:
            return (start, start + len(wanted))
        for word in (find or "").split():
            pos = lowered.find(word.lower())
            if pos >= 0:
                return (pos, pos + len(word))
        return None

    def _selection(
        self,
        text: str,
        start: int,
        end: int,
        background: QColor,
        foreground: QColor | None,
        *,
        bold: bool = False,
    ) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(utf16_offset(text, start))
        cursor.setPosition(utf16_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(background)
        if foreground is not None:
            fmt.setForeground(foreground)
        if bold:
            fmt.setFontWeight(700)
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def excerpt_at(self, index: int) -> Evidence | None:
        """The highlighted excerpt covering character ``index`` of the text (the shortest
        when several do)."""
        text = self._view.document.text if self._view else ""
        covering = []
        for e in self.excerpts:
            where = place(text, e)
            if where.how != "orphan" and where.start <= index < where.end:
                covering.append((where.end - where.start, e.id, e))
        return min(covering, key=lambda c: (c[0], c[1]))[2] if covering else None

    def selected_span(self) -> tuple[int, int] | None:
        """The words the analyst selected, as character offsets into the document's text
        (the excerpt selected when it was shown does not count)."""
        cursor = self.text.textCursor()
        if not cursor.hasSelection() or self._view is None:
            return None
        text = self._view.document.text
        start = python_index(text, cursor.selectionStart())
        end = python_index(text, cursor.selectionEnd())
        return None if (start, end) == self._placed else (start, end)

    def cursor_index(self) -> int:
        text = self._view.document.text if self._view else ""
        return python_index(text, self.text.textCursor().position())

    def highlighted_text(self) -> list[str]:
        """The text under each highlight (for tests and screenshots)."""
        return [s.cursor.selectedText() for s in self.text.extraSelections()]

    # ------------------------------------------------------------------ editing

    def changes(self) -> dict[str, str]:
        if self._view is None:
            return {}
        doc = self._view.document
        out: dict[str, str] = {}
        if self.outlet.text().strip() != (doc.outlet or ""):
            out["outlet"] = self.outlet.text()
        if self.url.text().strip() != (doc.url or ""):
            out["url"] = self.url.text()
        current = doc.published.isoformat() if doc.published else ""
        if self.published.text().strip() and self.published.text().strip() != current:
            out["published"] = self.published.text().strip()
        if self.reliability.currentData() != doc.reliability:
            out["reliability"] = str(self.reliability.currentData())
        return out

    @Slot()
    def _on_field_edited(self, *args: object) -> None:
        dirty = bool(self.changes())
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    @Slot()
    def _on_save_clicked(self) -> None:
        changes = self.changes()
        if self._view is not None and self._view.document.id is not None and changes:
            self.save_button.setEnabled(False)
            self.metadata_edit_requested.emit(self._view.document.id, changes)

    @Slot()
    def _on_revert_clicked(self) -> None:
        self._fill_fields()
