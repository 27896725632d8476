"""A reason (or note) for an action: revoking an override, acknowledging a review."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from tracker.ui.dialogs.base import RememberingDialog
from tracker.ui.views.widgets import plain_label


class ReasonDialog(RememberingDialog):
    """OK is enabled only once a non-blank reason is typed."""

    settings_key = "reason"

    def __init__(
        self,
        title: str,
        prompt: str,
        ok_text: str,
        parent: QWidget | None = None,
        *,
        placeholder: str = "Say why (required)",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.prompt = plain_label(prompt, wrap=True)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setAccessibleName("Reason")
        self.reason_edit.setPlaceholderText(placeholder)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.textChanged.connect(self._on_changed)
        self.hint = plain_label("A reason is required.")
        self.buttons = self.ok_cancel(ok_text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.reason_edit, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._on_changed()

    @Slot()
    def _on_changed(self) -> None:
        valid = bool(self.reason_text())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(valid)
        self.hint.setVisible(not valid)

    def reason_text(self) -> str:
        return self.reason_edit.toPlainText().strip()


def revoke_dialog(title: str, parent: QWidget | None = None) -> ReasonDialog:
    return ReasonDialog(
        "Revoke override",
        f"Revoke the override on “{title}”? The status goes back to what the evidence says.",
        "Revoke",
        parent,
    )


def acknowledge_dialog(
    title: str, reason: str | None, parent: QWidget | None = None
) -> ReasonDialog:
    prompt = f"Keep the override on “{title}” in view of the newer evidence?"
    if reason:
        prompt += f"\n\nFlagged because {reason}."
    return ReasonDialog(
        "Acknowledge review",
        prompt,
        "Keep override",
        parent,
        placeholder="Why the override still stands (required)",
    )
