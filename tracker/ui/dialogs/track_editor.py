"""Add or edit a track: title, id, kind, description, actors, parties, places, keywords,
context terms."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.vocabulary import TrackKind, statuses_for
from tracker.ui.dialogs.base import RememberingDialog
from tracker.ui.format import status_label
from tracker.ui.views.widgets import plain_label

if TYPE_CHECKING:
    from tracker.domain.models import Track
    from tracker.ui.dialogs.suggest_keywords import SuggestKeywordsDialog

# ``suggest(track_id, on_result, on_failure)``: asks for a track's keyword suggestions off
# the window's thread (``TrackerController.suggest_keywords``).
Suggest = Callable[[str, Callable[[Any], None], Callable[[str], None]], None]


def _slug(title: str) -> str:
    from tracker.services.track_admin import slugify

    return slugify(title)


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.replace("\n", ",").split(",") if part.strip()]


class TrackEditorDialog(RememberingDialog):
    """``fields()`` gives what ``TrackerController.save_track`` takes."""

    settings_key = "track-editor"

    def __init__(
        self,
        track: Track | None,
        existing_ids: set[str],
        parent: QWidget | None = None,
        suggest: Suggest | None = None,
    ) -> None:
        super().__init__(parent)
        self._track = track
        self._suggest = suggest
        self.suggestions: SuggestKeywordsDialog | None = None
        self._existing = existing_ids
        self.setWindowTitle("New track" if track is None else "Edit track")
        self.setMinimumWidth(560)

        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName("Title")
        self.id_edit = QLineEdit(self)
        self.id_edit.setAccessibleName("Track id")
        self.id_edit.setPlaceholderText("made from the title")
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName("Kind")
        for kind in TrackKind:
            statuses = ", ".join(status_label(s).lower() for s in statuses_for(kind))
            self.kind_combo.addItem(f"{kind.value} ({statuses})", kind.value)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setAccessibleName("Description")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.actors_edit = QPlainTextEdit(self)
        self.actors_edit.setAccessibleName("Actors")
        self.actors_edit.setTabChangesFocus(True)
        self.actors_edit.setPlaceholderText("One actor a line: Name | alias | alias")
        self.actors_edit.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.parties_edit = QLineEdit(self)
        self.parties_edit.setAccessibleName("Parties")
        self.parties_edit.setPlaceholderText("countries or organisations: Iran, United States")
        self.places_edit = QLineEdit(self)
        self.places_edit.setAccessibleName("Places")
        self.places_edit.setPlaceholderText("where it happens: Muscat, Oman")
        self.keywords_edit = QLineEdit(self)
        self.keywords_edit.setAccessibleName("Keywords")
        self.keywords_edit.setPlaceholderText("summit, meeting, talks")
        self.context_edit = QLineEdit(self)
        self.context_edit.setAccessibleName("Context terms")
        self.context_edit.setPlaceholderText("terms naming another, earlier event")
        self.min_actors = QSpinBox(self)
        self.min_actors.setAccessibleName("Actors a sentence must name")
        self.min_actors.setRange(1, 10)
        self.min_actors.setValue(2)

        self.next_check = QCheckBox("Next event on", self)
        self.next_date = QDateEdit(self)
        self.next_date.setCalendarPopup(True)
        self.next_date.setDisplayFormat("d MMM yyyy")
        self.next_date.setDate(QDate.currentDate())
        self.next_date.setEnabled(False)
        self.next_check.toggled.connect(self.next_date.setEnabled)
        self.next_what = QLineEdit(self)
        self.next_what.setPlaceholderText("what")
        self.next_place = QLineEdit(self)
        self.next_place.setPlaceholderText("where")
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_check)
        next_row.addWidget(self.next_date)
        next_row.addWidget(self.next_what, 1)
        next_row.addWidget(self.next_place, 1)

        self.problem = plain_label(wrap=True, name="Problem")
        form = QFormLayout()
        form.addRow("Title", self.title_edit)
        form.addRow("Id", self.id_edit)
        form.addRow("Kind", self.kind_combo)
        form.addRow("Description", self.description_edit)
        form.addRow("Actors", self.actors_edit)
        form.addRow("Parties", self.parties_edit)
        form.addRow("Places", self.places_edit)
        self.suggest_button = QPushButton("Suggest keywords…", self)
        self.suggest_button.setToolTip(
            "Phrases the stored articles use about this track that its keywords miss"
        )
        self.suggest_button.clicked.connect(self.open_suggestions)
        self.suggest_button.setVisible(track is not None and suggest is not None)
        keywords_row = QHBoxLayout()
        keywords_row.addWidget(self.keywords_edit, 1)
        keywords_row.addWidget(self.suggest_button)
        form.addRow("Keywords", keywords_row)
        form.addRow("Context terms", self.context_edit)
        form.addRow("Actors needed", self.min_actors)
        if track is not None:
            form.addRow("Next event", next_row)
        else:
            for widget in (self.next_check, self.next_date, self.next_what, self.next_place):
                widget.hide()

        self.buttons = self.ok_cancel("Add track" if track is None else "Save")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        if track is not None:
            self._fill(track)
        self.title_edit.textChanged.connect(self._on_changed)
        self.id_edit.textChanged.connect(self._on_changed)
        self.actors_edit.textChanged.connect(self._on_changed)
        self.parties_edit.textChanged.connect(self._on_changed)
        self._on_changed()

    @Slot()
    def open_suggestions(self) -> SuggestKeywordsDialog | None:
        """Ask for the track's keyword suggestions; the ticked ones join the keywords."""
        from tracker.ui.dialogs.suggest_keywords import SuggestKeywordsDialog

        if self._track is None or self._suggest is None:
            return None
        dialog = SuggestKeywordsDialog(self._track.title, self)
        dialog.accepted.connect(lambda: self.add_keywords(dialog.chosen()))
        self.suggestions = dialog
        dialog.open()
        self._suggest(self._track.id, dialog.show_result, dialog.show_failure)
        return dialog

    def add_keywords(self, phrases: list[str]) -> None:
        """Add ``phrases`` the keyword field does not hold yet (case aside)."""
        current = _split(self.keywords_edit.text())
        held = {k.lower() for k in current}
        current += [p for p in phrases if p.lower() not in held]
        self.keywords_edit.setText(", ".join(current))

    def _fill(self, track: Track) -> None:
        self.title_edit.setText(track.title)
        self.id_edit.setText(track.id)
        self.id_edit.setReadOnly(True)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(track.kind.value), 0))
        self.description_edit.setPlainText(track.description)
        self.actors_edit.setPlainText("\n".join(" | ".join(a.names()) for a in track.actors))
        self.parties_edit.setText(", ".join(track.parties))
        self.places_edit.setText(", ".join(track.places))
        self.keywords_edit.setText(", ".join(track.keywords))
        self.context_edit.setText(", ".join(track.context_terms))
        self.min_actors.setValue(track.min_actors)
        nxt = track.next_event
        if nxt is not None:
            if nxt.date is not None:
                self.next_check.setChecked(True)
                self.next_date.setDate(QDate(nxt.date.year, nxt.date.month, nxt.date.day))
            self.next_what.setText(nxt.what or "")
            self.next_place.setText(nxt.place or "")

    @Slot()
    def _on_changed(self) -> None:
        problem = ""
        title = self.title_edit.text().strip()
        if not title:
            problem = "A track needs a title."
        elif self._track is None:
            ident = self.id_edit.text().strip() or _slug(title)
            self.id_edit.setPlaceholderText(f"{_slug(title)} (made from the title)")
            if ident in self._existing:
                problem = f"A track “{ident}” exists already; choose another id."
        if (
            not problem
            and not self.actors_edit.toPlainText().strip()
            and not _split(self.parties_edit.text())
        ):
            problem = "Name at least one actor or party, so articles can be matched to the track."
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def fields(self) -> tuple[str | None, dict[str, Any]]:
        actors = [line for line in self.actors_edit.toPlainText().splitlines() if line.strip()]
        data: dict[str, Any] = {
            "title": self.title_edit.text().strip(),
            "kind": self.kind_combo.currentData(),
            "description": self.description_edit.toPlainText().strip(),
            "actors": actors,
            "parties": _split(self.parties_edit.text()),
            "places": _split(self.places_edit.text()),
            "keywords": _split(self.keywords_edit.text()),
            "context_terms": _split(self.context_edit.text()),
            "min_actors": self.min_actors.value(),
        }
        if self._track is None:
            data["_new"] = True
            return self.id_edit.text().strip() or None, data
        when = None
        if self.next_check.isChecked():
            when = self.next_date.date().toString("yyyy-MM-dd")
        data["next_event"] = {
            "date": when,
            "what": self.next_what.text().strip() or None,
            "place": self.next_place.text().strip() or None,
        }
        return self._track.id, data
