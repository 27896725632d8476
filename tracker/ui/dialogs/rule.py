"""Teach the tracker: turn a phrase into a rule of the user lexicon ("'co-chaired' → held
for meeting tracks"), a phrase that is no cue, or a modality cue."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.readings import RULE_MODALITIES
from tracker.domain.vocabulary import TrackKind
from tracker.ui.dialogs.base import RememberingDialog
from tracker.ui.dialogs.judgement import MODALITY_WORDS, signal_choices
from tracker.ui.format import quoted
from tracker.ui.views.widgets import plain_label


class RuleDialog(RememberingDialog):
    """``rule()`` gives the ``services.teach.make_rule`` keywords."""

    settings_key = "rule"

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        phrase: str = "",
        signal: str | None = None,
        kind: str | None = None,
        excerpt_id: int | None = None,
        quote: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.excerpt_id = excerpt_id
        self.setWindowTitle("Teach a rule")
        self.setMinimumWidth(540)
        intro = (
            "A rule is kept in this database over the bundled lexicon, shown in Preferences "
            "and shared as a file. Every document is read again with it when you press Teach."
        )
        self.intro = plain_label(intro, wrap=True)
        self.source = plain_label(
            f"From excerpt #{excerpt_id}: {quoted(quote)}"
            if excerpt_id is not None and quote
            else "",
            wrap=True,
            name="Excerpt the rule comes from",
        )
        self.source.setVisible(bool(self.source.text()))
        self.phrase = QLineEdit(phrase, self)
        self.phrase.setAccessibleName("Phrase")
        self.phrase.setPlaceholderText("words as articles print them, e.g. co-chaired")
        self.phrase.textChanged.connect(self._on_changed)

        self.effects = QButtonGroup(self)
        self.as_signal = QRadioButton("is a cue of the signal", self)
        self.as_modality = QRadioButton("makes a nearby cue", self)
        self.not_cue = QRadioButton("is not a status cue", self)
        for button in (self.as_signal, self.as_modality, self.not_cue):
            self.effects.addButton(button)
        self.as_signal.setChecked(True)
        self.effects.buttonToggled.connect(self._on_changed)

        self.signal = QComboBox(self)
        self.signal.setAccessibleName("Signal")
        for name, words in signal_choices(kind or "summit")[1:]:
            self.signal.addItem(words, name)
        self.signal.setCurrentIndex(max(0, self.signal.findData(signal)))
        self.signal.currentIndexChanged.connect(self._on_changed)
        self.modality = QComboBox(self)
        self.modality.setAccessibleName("Modality")
        for name in RULE_MODALITIES:
            self.modality.addItem(MODALITY_WORDS[name], name)
        self.modality.currentIndexChanged.connect(self._on_changed)

        self.kinds: dict[str, QCheckBox] = {}
        kinds_box = QWidget(self)
        grid = QGridLayout(kinds_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, k in enumerate(TrackKind):
            box = QCheckBox(k.value, kinds_box)
            box.setAccessibleName(f"Only on {k.value} tracks")
            box.setChecked(k.value == kind)
            box.toggled.connect(self._on_changed)
            self.kinds[k.value] = box
            grid.addWidget(box, n // 4, n % 4)
        self.note = QLineEdit(self)
        self.note.setAccessibleName("Note")
        self.note.setPlaceholderText("optional: why the rule holds")

        form = QFormLayout()
        form.addRow("The phrase", self.phrase)
        form.addRow(self.as_signal, self.signal)
        form.addRow("on tracks of kind", kinds_box)
        form.addRow(self.as_modality, self.modality)
        form.addRow(self.not_cue)
        form.addRow("Note", self.note)
        self.summary = plain_label("", wrap=True, name="The rule in words")
        self.buttons = self.ok_cancel("Teach")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.source)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._on_changed()

    def effect(self) -> str:
        if self.as_modality.isChecked():
            return "modality"
        return "not_cue" if self.not_cue.isChecked() else "signal"

    def chosen_kinds(self) -> list[str]:
        return [k for k, box in self.kinds.items() if box.isChecked()]

    @Slot()
    def _on_changed(self, *args: object) -> None:
        effect = self.effect()
        self.signal.setEnabled(effect == "signal")
        for box in self.kinds.values():
            box.setEnabled(effect == "signal")
        self.modality.setEnabled(effect == "modality")
        phrase = " ".join(self.phrase.text().split())
        ok = len(phrase) >= 3
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        if not ok:
            self.summary.setText("A rule needs a phrase of at least three characters.")
        elif effect == "signal":
            kinds = ", ".join(self.chosen_kinds()) or "every kind of"
            self.summary.setText(f"“{phrase}” → {self.signal.currentData()} on {kinds} tracks.")
        elif effect == "modality":
            self.summary.setText(
                f"“{phrase}” makes a status cue near it {self.modality.currentData()}."
            )
        else:
            self.summary.setText(f"“{phrase}” is never read as a status cue.")

    def rule(self) -> dict[str, object]:
        effect = self.effect()
        return {
            "phrase": " ".join(self.phrase.text().split()),
            "signal": str(self.signal.currentData()) if effect == "signal" else None,
            "modality": str(self.modality.currentData()) if effect == "modality" else None,
            "not_cue": effect == "not_cue",
            "kinds": self.chosen_kinds() if effect == "signal" else [],
            "note": self.note.text().strip() or None,
            "excerpt_id": self.excerpt_id,
        }
