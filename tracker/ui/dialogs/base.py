"""The base of every dialog: remembers its size and position between runs."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent, QHideEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from tracker.ui.ui_settings import load_bytes, save_bytes


class RememberingDialog(QDialog):
    """A dialog that saves its geometry under ``dialogs/<settings_key>/geometry``."""

    settings_key = "dialog"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(type(self).__name__)
        self._restored = False

    def _geometry_key(self) -> str:
        return f"dialogs/{self.settings_key}/geometry"

    def showEvent(self, event: QShowEvent) -> None:
        if not self._restored:
            self._restored = True
            geometry = load_bytes(self._geometry_key())
            if geometry is not None:
                self.restoreGeometry(geometry)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        save_bytes(self._geometry_key(), self.saveGeometry())
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        save_bytes(self._geometry_key(), self.saveGeometry())
        super().closeEvent(event)

    def ok_button(self, box: QDialogButtonBox) -> object:
        return box.button(QDialogButtonBox.StandardButton.Ok)

    def ok_cancel(self, ok_text: str | None = None) -> QDialogButtonBox:
        """OK (named ``ok_text``) and Cancel buttons wired to accept and reject."""
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        if ok_text is not None:
            box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        return box
