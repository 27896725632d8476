"""The crash handler: log the error and show a readable dialog instead of dying."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger(__name__)


def show_problem(
    parent: QWidget | None, message: str, details: str = "", *, title: str = ""
) -> QMessageBox:
    """A non-blocking message box; ``details`` (a traceback) goes under "Show Details"."""
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setIcon(QMessageBox.Icon.Critical if details else QMessageBox.Icon.Warning)
    box.setWindowTitle(title or ("Something went wrong" if details else "Cannot do that"))
    if details:
        box.setText("Something went wrong. The details below are also in the log.")
        box.setInformativeText(message)
        box.setDetailedText(details)
    else:
        box.setText(message)
    box.setObjectName("problemBox")
    box.open()
    return box


_installed = False
_showing = False


def install_excepthook() -> None:
    """Route uncaught exceptions (also those raised in slots) to the log and a dialog."""
    global _installed
    if _installed:
        return
    _installed = True
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, value, tb)
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("uncaught exception:\n%s", details)
        app = QApplication.instance()
        if app is None:
            previous(kind, value, tb)
            return
        QTimer.singleShot(0, lambda: _show(str(value) or kind.__name__, details))

    sys.excepthook = hook


def _show(message: str, details: str) -> None:
    global _showing
    if _showing:
        return  # one dialog at a time; the rest are in the log
    _showing = True
    parent = QApplication.activeWindow()
    box = show_problem(parent, message, details)

    def done(*_: object) -> None:
        global _showing
        _showing = False

    box.finished.connect(done)
