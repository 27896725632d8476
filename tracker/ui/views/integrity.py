"""The banner a database that does not verify is shown with: what was found, that nothing
can be changed, and the button that records the analyst's acknowledgement."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.text import label
from tracker.ui.theme import is_dark, text_on
from tracker.ui.views.widgets import heading_font, plain_label

# Findings listed in the banner; the rest are counted (``tracker verify`` lists them all).
SHOWN = 3
_FILLS = ("#fdecea", "#5c1f1b")  # light, dark palette


class IntegrityBanner(QFrame):
    """Hidden while the database verifies. Signals: ``acknowledge_requested()``."""

    acknowledge_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("integrityBanner")
        self.setAccessibleName("Database integrity warning")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._painting = False
        self.title = plain_label(name="Integrity warning")
        self.title.setFont(heading_font(self.font(), scale=1.05))
        self.details = plain_label(wrap=True, selectable=True, name="Integrity findings")
        self.button = QPushButton("&Acknowledge…", self)
        self.button.setObjectName("acknowledgeFindings")
        self.button.setToolTip(
            "Record in the audit log that you have seen these findings, and allow changes again"
        )
        self.button.clicked.connect(self.acknowledge_requested)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.details)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.addLayout(text, 1)
        row.addWidget(self.button)
        self._paint()
        self.hide()

    def _paint(self) -> None:
        """A red tint of the application's palette (light or dark)."""
        palette = QPalette(QApplication.palette())
        fill = QColor(_FILLS[1] if is_dark(palette) else _FILLS[0])
        palette.setColor(QPalette.ColorRole.Window, fill)
        palette.setColor(QPalette.ColorRole.WindowText, text_on(fill, palette))
        self._painting = True
        try:
            self.setPalette(palette)
        finally:
            self._painting = False

    def changeEvent(self, event: QEvent) -> None:
        """Follow the desktop's theme when it changes while the window is open."""
        if event.type() == QEvent.Type.PaletteChange and not self._painting:
            self._paint()
        super().changeEvent(event)

    def show_findings(self, findings: list[str]) -> None:
        """Show the banner with ``findings`` (texts of ``tracker verify``), or hide it."""
        if not findings:
            self.hide()
            return
        count = len(findings)
        noun = "finding" if count == 1 else "findings"
        self.title.setText(
            f"This database does not match its audit log ({count} {noun}). It is open "
            "read-only: nothing can be changed until the findings are acknowledged."
        )
        lines = [f"• {label(text)}" for text in findings[:SHOWN]]
        if count > SHOWN:
            lines.append(f"… and {count - SHOWN} more (tracker verify lists them all)")
        self.details.setText("\n".join(lines))
        self.show()
