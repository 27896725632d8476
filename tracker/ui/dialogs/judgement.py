"""Dialogs for a judgement on one excerpt: reject with a reason, change the signal, the
modality or the event date, move it to another track, add a note.

Each shows the excerpt it acts on (quote, document, current reading) above its fields;
``value()`` gives what the analyst chose, in the terms ``services.judgements`` takes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.readings import MODALITIES, NO_SIGNAL, REJECT_REASONS, describe_date
from tracker.ui.dialogs.base import RememberingDialog
from tracker.ui.format import quoted, status_label
from tracker.ui.views.widgets import plain_label

PRECISIONS = (("day", "Day"), ("week", "Week (Monday to Sunday)"), ("month", "Month"))
MODALITY_WORDS = {
    "asserted": "asserted — stated as fact",
    "reported": "reported — attributed to someone",
    "future": "future — announced ahead",
    "hypothetical": "hypothetical — could, may, if",
    "negated": "negated — did not, no meeting …",
    "denied": "denied — a denial",
}


@dataclass(frozen=True)
class ExcerptRef:
    """The excerpt an action applies to, as the window knows it."""

    excerpt_id: int
    document_id: int
    track_id: str  # the track it is shown on
    kind: str  # that track's kind
    quote: str
    signal: str | None
    modality: str
    event_date: date | None
    date_precision: str | None
    reading: str = "machine"
    tracks: tuple[str, ...] = ()  # the tracks it counts for
    cue: str | None = None
    speaker: str | None = None
    outlet: str | None = None
    published: date | None = None
    document_title: str = ""

    def describe(self) -> str:
        signal = status_label(self.signal) if self.signal else "no status signal"
        when = describe_date(self.event_date, self.date_precision)
        return f"Read as: {signal} · {self.modality} · {when} · {self.reading} reading"


class ExcerptDialog(RememberingDialog):
    """A dialog about one excerpt: the quote on top, fields below, OK and Cancel."""

    settings_key = "excerpt"

    def __init__(
        self, title: str, excerpt: ExcerptRef, ok_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.excerpt = excerpt
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.quote = plain_label(quoted(excerpt.quote, 400), wrap=True, name="Quote")
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where = plain_label(
            f"Excerpt #{excerpt.excerpt_id} · document #{excerpt.document_id} · {excerpt.track_id}",
            wrap=True,
            name="Excerpt",
        )
        self.reading = plain_label(excerpt.describe(), wrap=True, name="Current reading")
        self.form = QFormLayout()
        self.buttons = self.ok_cancel(ok_text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote)
        layout.addWidget(self.where)
        layout.addWidget(self.reading)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def set_ok_enabled(self, enabled: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(enabled)


class RejectDialog(ExcerptDialog):
    """Why the excerpt counts for nothing: one of three reasons, and a note."""

    settings_key = "reject"

    def __init__(self, excerpt: ExcerptRef, parent: QWidget | None = None) -> None:
        super().__init__("Reject excerpt", excerpt, "Reject", parent)
        box = QGroupBox("Reason", self)
        column = QVBoxLayout(box)
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        for code, words in REJECT_REASONS.items():
            button = QRadioButton(words[:1].upper() + words[1:], box)
            button.setAccessibleName(f"Reason: {words}")
            self.group.addButton(button)
            self.choices[code] = button
            column.addWidget(button)
        self.group.buttonToggled.connect(self._on_changed)
        self.note = QLineEdit(self)
        self.note.setAccessibleName("Note")
        self.note.setPlaceholderText("optional: what the analyst saw")
        self.form.addRow(box)
        self.form.addRow("Note", self.note)
        self._on_changed()

    @Slot()
    def _on_changed(self, *args: object) -> None:
        self.set_ok_enabled(self.reason() is not None)

    def reason(self) -> str | None:
        return next((code for code, b in self.choices.items() if b.isChecked()), None)

    def value(self) -> tuple[str, str | None]:
        return self.reason() or "not_evidence", self.note.text().strip() or None


def signal_choices(kind: str) -> list[tuple[str, str]]:
    """``(signal, label)`` of every lexicon signal, with the status it implies on ``kind``."""
    from tracker.extract.lexicon import load_lexicon

    lexicon = load_lexicon()
    out = [(NO_SIGNAL, "No status signal (a mention only)")]
    for name in lexicon.signal_names():
        status = lexicon.status_for(name, kind)
        if status == name:
            implies = ""
        elif status:
            implies = f" → {status_label(status).lower()}"
        else:
            implies = " (a development, no status)"
        out.append((name, f"{status_label(name)}{implies}"))
    return out


class ChoiceDialog(ExcerptDialog):
    """One choice out of a list; OK once it differs from the current one."""

    def __init__(
        self,
        title: str,
        excerpt: ExcerptRef,
        label: str,
        choices: list[tuple[str, str]],
        current: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, excerpt, title, parent)
        self._current = current
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(label)
        for name, words in choices:
            self.combo.addItem(words, name)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        self.combo.currentIndexChanged.connect(self._on_changed)
        self.form.addRow(label, self.combo)
        self._on_changed()

    @Slot()
    def _on_changed(self, *args: object) -> None:
        self.set_ok_enabled(self.value() != self._current)

    def value(self) -> str:
        return str(self.combo.currentData())


class SignalDialog(ChoiceDialog):
    """The status signal the excerpt carries."""

    settings_key = "signal"

    def __init__(self, excerpt: ExcerptRef, parent: QWidget | None = None) -> None:
        choices = signal_choices(excerpt.kind)
        current = excerpt.signal or NO_SIGNAL
        super().__init__("Change signal", excerpt, "Signal", choices, current, parent)


class ModalityDialog(ChoiceDialog):
    """How the excerpt says it: asserted, reported, future, hypothetical, negated, denied."""

    settings_key = "modality"

    def __init__(self, excerpt: ExcerptRef, parent: QWidget | None = None) -> None:
        choices = [(name, MODALITY_WORDS[name]) for name in MODALITIES]
        super().__init__("Change modality", excerpt, "Modality", choices, excerpt.modality, parent)


class DatePicker(QWidget):
    """A date and its precision (day, week, month)."""

    def __init__(self, day: date | None, precision: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.date_edit = QDateEdit(self)
        self.date_edit.setAccessibleName("Event date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        start = day or date.today()
        self.date_edit.setDate(QDate(start.year, start.month, start.day))
        self.precision = QComboBox(self)
        self.precision.setAccessibleName("Precision")
        for code, words in PRECISIONS:
            self.precision.addItem(words, code)
        self.precision.setCurrentIndex(max(0, self.precision.findData(precision or "day")))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date_edit)
        row.addWidget(self.precision, 1)

    def value(self) -> tuple[str, str]:
        picked = self.date_edit.date()
        day = date(picked.year(), picked.month(), picked.day())
        return day.isoformat(), str(self.precision.currentData())


class DateDialog(ExcerptDialog):
    """When the excerpt's event happened, to the day, the week or the month."""

    settings_key = "date"

    def __init__(self, excerpt: ExcerptRef, parent: QWidget | None = None) -> None:
        super().__init__("Change event date", excerpt, "Change date", parent)
        self.picker = DatePicker(excerpt.event_date, excerpt.date_precision, self)
        self.form.addRow("Event date", self.picker)
        self.form.addRow(
            plain_label(
                "A week is stored as its Monday, a month as its first day; the event moves "
                "on the track's timeline at once.",
                wrap=True,
            )
        )

    def value(self) -> tuple[str, str]:
        return self.picker.value()


class MoveDialog(ExcerptDialog):
    """Another track the excerpt is evidence of, instead of (or as well as) this one."""

    settings_key = "move"

    def __init__(
        self,
        excerpt: ExcerptRef,
        tracks: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Move to track", excerpt, "Move", parent)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName("Track")
        for track_id, title in tracks:
            if track_id not in excerpt.tracks:
                self.combo.addItem(f"{title} ({track_id})", track_id)
        self.keep = QCheckBox(f"Keep it as evidence of {excerpt.track_id} too", self)
        self.keep.setAccessibleName("Keep it on this track as well")
        self.keep.toggled.connect(self._on_keep)
        self.form.addRow("Track", self.combo)
        self.form.addRow(self.keep)
        self.set_ok_enabled(self.combo.count() > 0)

    @Slot(bool)
    def _on_keep(self, keep: bool) -> None:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        button.setText("Add to track" if keep else "Move")

    def value(self) -> tuple[str, bool]:
        return str(self.combo.currentData()), self.keep.isChecked()


class NoteDialog(ExcerptDialog):
    """A note kept with the excerpt (notes add up; none is required)."""

    settings_key = "note"

    def __init__(
        self, excerpt: ExcerptRef, notes: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__("Note on excerpt", excerpt, "Save note", parent)
        if notes:
            self.form.addRow("Notes so far", plain_label("\n".join(notes), wrap=True))
        self.edit = QPlainTextEdit(self)
        self.edit.setAccessibleName("Note")
        self.edit.setPlaceholderText("What the next analyst should know")
        self.edit.setTabChangesFocus(True)
        self.edit.textChanged.connect(self._on_changed)
        self.form.addRow("Note", self.edit)
        self._on_changed()

    @Slot()
    def _on_changed(self) -> None:
        self.set_ok_enabled(bool(self.value()))

    def value(self) -> str:
        return self.edit.toPlainText().strip()
