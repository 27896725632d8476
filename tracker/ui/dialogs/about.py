"""Help → About: name, version, where the database is."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout, QWidget

from tracker.app_info import APP_NAME, __version__
from tracker.ui.dialogs.base import RememberingDialog
from tracker.ui.views.widgets import heading_font, plain_label


class AboutDialog(RememberingDialog):
    settings_key = "about"

    def __init__(self, db_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"About {APP_NAME}")
        name = plain_label(APP_NAME)
        name.setFont(heading_font(self.font(), 1.4))
        version = plain_label(f"Version {__version__}", name="Version")
        blurb = plain_label(
            "Evidence-backed status of diplomatic tracks: every status explained by quotes "
            "from its sources, every analyst judgement recorded and reversible.",
            wrap=True,
        )
        tech = plain_label(
            f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version}"
        )
        where = plain_label(f"Database: {db_path}", wrap=True, selectable=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (name, version, blurb, tech, where):
            layout.addWidget(widget)
        layout.addWidget(buttons)
