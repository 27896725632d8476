"""A track's evidence: quote, signal, modality, speaker, date, outlet, grade, copy-of."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from tracker.domain.vocabulary import CREDIBILITY, RELIABILITY
from tracker.ui.format import DASH, fmt_date, one_line, status_label
from tracker.ui.models.base import Column, RowTableModel

if TYPE_CHECKING:
    from tracker.domain.models import Evidence


def grade(e: Evidence) -> str:
    return f"{e.reliability}{e.credibility}"


def grade_tip(e: Evidence) -> str:
    return (
        f"{e.reliability}: source {RELIABILITY.get(e.reliability, 'ungraded')}\n"
        f"{e.credibility}: information {CREDIBILITY.get(e.credibility, 'ungraded')}"
    )


def copy_of(e: Evidence) -> str:
    if e.duplicate_of is not None:
        return f"#{e.duplicate_of}"
    if e.document_duplicate_of is not None:
        return f"doc #{e.document_duplicate_of}"
    return ""


def _copy_tip(e: Evidence) -> str | None:
    if e.duplicate_of is not None:
        return f"A copy of excerpt #{e.duplicate_of} (the same story republished): not independent"
    if e.document_duplicate_of is not None:
        return f"Its document copies document #{e.document_duplicate_of}: not independent"
    return None


def signal_text(e: Evidence) -> str:
    if e.context:
        return "context"
    return status_label(e.signal) if e.signal else DASH


def _signal_tip(e: Evidence) -> str | None:
    if e.context:
        return "About another, earlier event: context only, not evidence of this track's status"
    parts = []
    if e.cue:
        parts.append(f"cue: {e.cue}")
    if e.cameo:
        parts.append(f"CAMEO {e.cameo}")
    if e.plover:
        parts.append(f"PLOVER {e.plover}")
    return " · ".join(parts) or None


def _date_tip(e: Evidence) -> str | None:
    if e.event_date is None:
        return "No event date found"
    return (
        f"event {e.event_date.isoformat()} ({e.date_precision or 'day'} precision, {e.date_basis})"
    )


COLUMNS: list[Column[Evidence]] = [
    Column(
        "Date",
        lambda e: fmt_date(e.event_date),
        sort=lambda e: e.event_date.isoformat() if e.event_date else "",
        tooltip=_date_tip,
    ),
    Column(
        "Quote",
        lambda e: one_line(e.exact, 160),
        tooltip=lambda e: (
            f"{one_line(e.exact)}\n— {e.document_title or 'untitled'} (#{e.document_id})"
        ),
    ),
    Column("Signal", signal_text, tooltip=_signal_tip),
    Column("Modality", lambda e: e.modality),
    Column("Speaker", lambda e: e.speaker or "", tooltip=lambda e: e.speaker or None),
    Column("Outlet", lambda e: e.outlet or DASH, tooltip=lambda e: e.outlet or None),
    Column(
        "Grade",
        grade,
        tooltip=grade_tip,
        align=Qt.AlignmentFlag.AlignCenter,
        header_tip="Admiralty grade: source reliability A–F, information credibility 1–6",
    ),
    Column(
        "Copy of",
        copy_of,
        tooltip=_copy_tip,
        header_tip="The same story republished: not an independent source",
    ),
]


class EvidenceTableModel(RowTableModel["Evidence"]):
    """The excerpts of one track; decisive ones in bold, context and copies dimmed."""

    DATE, QUOTE, SIGNAL, MODALITY, SPEAKER, OUTLET, GRADE, COPY = range(8)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, key=lambda e: e.id, parent=parent)
        self._decisive: set[int] = set()
        self._contested: set[int] = set()

    def set_evidence(
        self,
        rows: list[Evidence],
        decisive: list[int] | None = None,
        contested: list[int] | None = None,
    ) -> None:
        self._decisive = set(decisive or [])
        self._contested = set(contested or [])
        self.set_rows(rows)

    def extra_data(self, row: Evidence, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and (row.context or row.duplicate_of is not None):
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.FontRole and row.id in self._decisive:
            font = QFont()
            font.setBold(True)
            return font
        return None
