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

PAGE_MARGINS_MM = (16.0, 14.0, 16.0, 14.0)  # left, top, right, bottom
_APP: Any = None  # keeps a QGuiApplication we had to create alive


def _ensure_gui_application() -> Any:
    """The running QGuiApplication, or a new one (offscreen when there is no display)."""
    global _APP
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is not None:
        return app
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _APP = QGuiApplication([sys.argv[0] if sys.argv else "tracker"])
    return _APP


def render_pdf(briefing: Briefing, out: Path) -> None:
    """Write ``briefing`` to ``out`` as an A4 PDF (page numbers at the foot of each page)."""
    _ensure_gui_application()
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(*PAGE_MARGINS_MM), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(briefing.title)
    writer.setCreator(GENERATOR)

    document = QTextDocument()
    document.setDocumentMargin(0)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(9.5)
    document.setDefaultFont(font)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, briefing.title)
    document.setHtml(render_html(briefing, qt=True))
    document.print_(writer)
    del writer  # finishes and closes the file
