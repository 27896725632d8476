"""The briefing as PDF, laid out by Qt: QTextDocument over the HTML template, QPdfWriter.

The only module outside ``tracker/ui`` that imports PySide6, and only inside the function,
so importing ``tracker.briefing`` never loads Qt. No browser is involved.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from tracker.briefing.model import Briefing
from tracker.briefing.render import GENERATOR, render_html

PAGE_MARGINS_MM = (18.0, 16.0, 18.0, 12.0)  # left, top, right, bottom
RESOLUTION = 300  # dots per inch of the PDF's coordinate system
FOOTER_INCHES = 0.3  # room at the foot of each page for the footer line
_APP: Any = None  # keeps a QGuiApplication we had to create alive


def _ensure_gui_application() -> Any:
    """The running QGuiApplication, or a new one (offscreen when there is no display).

    A new one is a QApplication, not a bare QGuiApplication: a process holds one application
    object for its life, and a window built later in the same process (the tests build many
    after a PDF export) needs it to be a QApplication, or Qt aborts in the first widget."""
    global _APP
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QGuiApplication.instance()
    if app is not None:
        return app
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _APP = QApplication([sys.argv[0] if sys.argv else "tracker"])
    return _APP


def render_pdf(briefing: Briefing, out: Path) -> int:
    """Write ``briefing`` to ``out`` as an A4 PDF.

    The document is laid out against the PDF writer itself (its resolution and printable
    width), then painted page by page with a footer on each: the audit head and
    "page N of M", so every printed page can be matched to the state it came from.
    Returns the number of pages (what the written file is checked against).
    """
    _ensure_gui_application()
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import (
        QColor,
        QFont,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QTextDocument,
    )

    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(*PAGE_MARGINS_MM), QPageLayout.Unit.Millimeter)
    writer.setResolution(RESOLUTION)
    writer.setTitle(briefing.title)
    writer.setCreator(GENERATOR)

    width = float(writer.width())
    footer_height = RESOLUTION * FOOTER_INCHES
    body_height = float(writer.height()) - footer_height

    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)  # measure text as the PDF draws it
    document.setPageSize(QSizeF(width, body_height))
    document.setDocumentMargin(0)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(9.5)
    document.setDefaultFont(font)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, briefing.title)
    document.setHtml(render_html(briefing, qt=True))
    pages = max(1, document.pageCount())

    footer_font = QFont("DejaVu Sans")
    footer_font.setPointSizeF(7.0)
    left_note = f"{briefing.title} · audit entry #{briefing.head_seq} · {briefing.head_hash[:16]}…"
    painter = QPainter(writer)
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(0, -index * body_height)
            document.drawContents(painter, QRectF(0, index * body_height, width, body_height))
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(QColor("#666666"))
            box = QRectF(0, body_height, width, footer_height)
            bottom = Qt.AlignmentFlag.AlignBottom
            painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | bottom), left_note)
            painter.drawText(
                box, int(Qt.AlignmentFlag.AlignRight | bottom), f"page {index + 1} of {pages}"
            )
    finally:
        painter.end()
    del writer  # finishes and closes the file
    return pages
