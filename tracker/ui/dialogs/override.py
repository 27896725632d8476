"""Override a track's status: status of the track's kind, a required reason, ICD 203
likelihood and confidence, an optional review-by date, supporting evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.vocabulary import (
    CONFIDENCE_LEVELS,
    LIKELIHOOD_TERMS,
    is_allowed_move,
    statuses_for,
)
from tracker.ui.dialogs.base import RememberingDialog
from tracker.ui.format import fmt_date, one_line, status_label
from tracker.ui.models.base import plain_tooltip
from tracker.ui.views.widgets import plain_label

if TYPE_CHECKING:
    from tracker.domain.models import Evidence
    from tracker.services.status import TrackStatus


NONE_CHOICE = "(not stated)"


@dataclass(frozen=True)
class OverrideRequest:
    track_id: str
    status: str
    reason: str
    likelihood: str | None
    confidence: str | None
    review_by: date | None
    evidence_ids: list[int] = field(default_factory=list)


def evidence_line(e: Evidence) -> str:
    signal = "context" if e.context else status_label(e.signal) if e.signal else "no signal"
    from tracker.ui.format import quoted

    return (
        f"{fmt_date(e.event_date)} · {signal} · {quoted(e.exact, 110)} "
        f"({e.outlet or 'outlet unknown'}, {e.reliability}{e.credibility})"
    )


def _order(evidence: list[Evidence]) -> list[Evidence]:
    """Status-bearing evidence first, newest first; context and signal-less after."""
    return sorted(
        evidence,
        key=lambda e: (
            e.context or not e.signal,
            -(e.event_date.toordinal() if e.event_date else 0),
        ),
    )


class OverrideDialog(RememberingDialog):
    """Collects an ``OverrideRequest``; OK stays disabled until a reason is given."""

    settings_key = "override"

    def __init__(
        self,
        status: TrackStatus,
        evidence: list[Evidence],
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._track = status
        self.setWindowTitle("Override status")
        self.setMinimumWidth(560)

        header = plain_label(f"Override the status of “{status.title}”", wrap=True)
        current = status_label(status.status)
        how = "analyst override" if status.source == "override" else "inferred"
        now = f"Now: {current} ({how})."
        if status.source == "override":
            now += f" The evidence alone says {status_label(status.inferred_status).lower()}."
        context = plain_label(now, wrap=True)

        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName("New status")
        for value in statuses_for(status.kind):
            self.status_combo.addItem(status_label(value), value)
        start = self.status_combo.findData(status.status)
        self.status_combo.setCurrentIndex(max(start, 0))
        self.status_combo.currentIndexChanged.connect(self._on_changed)
        self.move_hint = plain_label(wrap=True, name="Move rule")

        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setAccessibleName("Reason")
        self.reason_edit.setPlaceholderText(
            "Why your judgement differs from the inferred status (required)"
        )
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(self.fontMetrics().height() * 5)
        self.reason_edit.textChanged.connect(self._on_changed)
        self.reason_hint = plain_label("A reason is required.", name="Reason required")

        self.likelihood_combo = QComboBox(self)
        self.likelihood_combo.setAccessibleName("Likelihood")
        self.likelihood_combo.addItem(NONE_CHOICE, None)
        for term, (low, high) in LIKELIHOOD_TERMS.items():
            self.likelihood_combo.addItem(f"{term} ({low}–{high}%)", term)
        self.confidence_combo = QComboBox(self)
        self.confidence_combo.setAccessibleName("Confidence")
        self.confidence_combo.addItem(NONE_CHOICE, None)
        for level in CONFIDENCE_LEVELS:
            self.confidence_combo.addItem(level, level)

        self.review_check = QCheckBox("Review by", self)
        self.review_date = QDateEdit(self)
        self.review_date.setAccessibleName("Review-by date")
        self.review_date.setCalendarPopup(True)
        self.review_date.setDisplayFormat("d MMM yyyy")
        soon = (today or date.today()) + timedelta(days=14)
        self.review_date.setDate(QDate(soon.year, soon.month, soon.day))
        self.review_date.setEnabled(False)
        self.review_check.toggled.connect(self.review_date.setEnabled)
        review_row = QHBoxLayout()
        review_row.addWidget(self.review_check)
        review_row.addWidget(self.review_date, 1)

        self.evidence_list = QListWidget(self)
        self.evidence_list.setAccessibleName("Supporting evidence")
        self.evidence_list.setWordWrap(True)
        for e in _order(evidence):
            item = QListWidgetItem(evidence_line(e))
            item.setToolTip(plain_tooltip(one_line(e.exact)) or "")
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.evidence_list.addItem(item)
        if not evidence:
            placeholder = QListWidgetItem("No evidence held for this track")
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.evidence_list.addItem(placeholder)

        form = QFormLayout()
        form.addRow("Status", self.status_combo)
        form.addRow("", self.move_hint)
        form.addRow("Reason", self.reason_edit)
        form.addRow("", self.reason_hint)
        form.addRow("Likelihood", self.likelihood_combo)
        form.addRow("Confidence", self.confidence_combo)
        form.addRow("", review_row)

        self.buttons = self.ok_cancel("Override")

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(context)
        layout.addLayout(form)
        layout.addWidget(plain_label("Supporting evidence (tick what your judgement rests on)"))
        layout.addWidget(self.evidence_list, 1)
        layout.addWidget(self.buttons)
        self._on_changed()

    @property
    def ok(self) -> object:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @Slot()
    def _on_changed(self, *args: object) -> None:
        valid = bool(self.reason_edit.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(valid)
        self.reason_hint.setVisible(not valid)
        new = self.status_combo.currentData()
        old = self._track.status
        if new and old and not is_allowed_move(self._track.kind, old, new):
            self.move_hint.setText(
                f"The rules do not usually allow {status_label(old).lower()} → "
                f"{status_label(new).lower()}; say why in the reason."
            )
            self.move_hint.show()
        else:
            self.move_hint.hide()

    def request(self) -> OverrideRequest:
        ids = []
        for row in range(self.evidence_list.count()):
            item = self.evidence_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        review = None
        if self.review_check.isChecked():
            qd = self.review_date.date()
            review = date(qd.year(), qd.month(), qd.day())
        return OverrideRequest(
            track_id=self._track.track,
            status=str(self.status_combo.currentData()),
            reason=self.reason_edit.toPlainText().strip(),
            likelihood=self.likelihood_combo.currentData(),
            confidence=self.confidence_combo.currentData(),
            review_by=review,
            evidence_ids=ids,
        )
