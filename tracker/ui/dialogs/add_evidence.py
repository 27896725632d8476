"""Add as evidence: words of a document the machine missed, with the track, signal,
modality and date prefilled from the machine's best guess."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.readings import MODALITIES, NO_SIGNAL
from tracker.services.judgements import Suggestion
from tracker.ui.dialogs.base import RememberingDialog
from tracker.ui.dialogs.judgement import MODALITY_WORDS, DatePicker, signal_choices
from tracker.ui.views.widgets import plain_label


@dataclass(frozen=True)
class AddRequest:
    document_id: int
    quote: str
    near: int
    track: str
    signal: str
    modality: str
    event_date: str  # "none": undated
    precision: str | None
    note: str | None


class AddEvidenceDialog(RememberingDialog):
    """``request()`` gives what to add once the analyst presses Add."""

    settings_key = "add-evidence"

    def __init__(
        self,
        suggestion: Suggestion,
        tracks: list[tuple[str, str, str]],
        parent: QWidget | None = None,
    ) -> None:
        """``tracks``: ``(id, title, kind)`` of the live tracks."""
        super().__init__(parent)
        self.suggestion = suggestion
        self._kinds = {t[0]: t[2] for t in tracks}
        self.setWindowTitle("Add as evidence")
        self.setMinimumWidth(560)

        self.quote = QPlainTextEdit(self)
        self.quote.setObjectName("addedQuote")
        self.quote.setAccessibleName("Quote")
        self.quote.setPlainText(suggestion.quote)
        self.quote.setReadOnly(True)
        self.quote.setMaximumHeight(self.fontMetrics().height() * 5 + 12)
        guess = (
            "Prefilled from the machine's reading of these words."
            if suggestion.from_excerpt
            else "Prefilled from the cues and dates in these words; the machine read no evidence here."
        )
        self.hint = plain_label(guess, wrap=True, name="Where the values come from")

        self.track = QComboBox(self)
        self.track.setAccessibleName("Track")
        for track_id, title, _kind in tracks:
            self.track.addItem(f"{title} ({track_id})", track_id)
        self.track.setCurrentIndex(max(0, self.track.findData(suggestion.track)))
        self.track.currentIndexChanged.connect(self._fill_signals)
        self.signal = QComboBox(self)
        self.signal.setAccessibleName("Signal")
        self.modality = QComboBox(self)
        self.modality.setAccessibleName("Modality")
        for name in MODALITIES:
            self.modality.addItem(MODALITY_WORDS[name], name)
        self.modality.setCurrentIndex(max(0, self.modality.findData(suggestion.modality)))
        self.dated = QCheckBox("Dated", self)
        self.dated.setAccessibleName("The event has a date")
        self.dated.setChecked(suggestion.event_date is not None)
        self.picker = DatePicker(suggestion.event_date, suggestion.date_precision, self)
        self.dated.toggled.connect(self.picker.setEnabled)
        self.picker.setEnabled(self.dated.isChecked())
        self.note = QLineEdit(self)
        self.note.setAccessibleName("Note")
        self.note.setPlaceholderText("optional: why the machine missed it")
        self._fill_signals()

        form = QFormLayout()
        form.addRow("Track", self.track)
        form.addRow("Signal", self.signal)
        form.addRow("Modality", self.modality)
        form.addRow(self.dated, self.picker)
        form.addRow("Note", self.note)
        self.buttons = self.ok_cancel("Add evidence")
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label("Words of the document:"))
        layout.addWidget(self.quote)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.track.count() > 0)
        self.track.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _fill_signals(self, *args: object) -> None:
        current = self.signal.currentData() or self.suggestion.signal or NO_SIGNAL
        kind = self._kinds.get(str(self.track.currentData()), "summit")
        self.signal.clear()
        for name, words in signal_choices(kind):
            self.signal.addItem(words, name)
        self.signal.setCurrentIndex(max(0, self.signal.findData(current)))

    def request(self) -> AddRequest:
        day, precision = self.picker.value() if self.dated.isChecked() else ("none", None)
        return AddRequest(
            document_id=self.suggestion.document,
            quote=self.suggestion.quote,
            near=self.suggestion.start,
            track=str(self.track.currentData()),
            signal=str(self.signal.currentData()),
            modality=str(self.modality.currentData()),
            event_date=day,
            precision=precision,
            note=self.note.text().strip() or None,
        )
