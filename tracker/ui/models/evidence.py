"""A track's evidence: quote, signal, modality, speaker, date, outlet, grade, copy-of."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from tracker.domain.vocabulary import CREDIBILITY, RELIABILITY
from tracker.ui.format import DASH, fmt_date, fmt_time, one_line, status_label
from tracker.ui.models.base import Column, RowTableModel, plain_tooltip

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


HELD_MARK = "‖"
HELD_TIP = (
    "Held for review: a new machine reading that would change the track's status. "
    "It counts once an analyst confirms it."
)
# The analyst's hand in a reading, as the marker column shows it.
JUDGED_MARKS = {"confirmed": "✓", "corrected": "✎", "added": "+", "rejected": "✗"}
READING_WORDS = {
    "confirmed": "Confirmed",
    "corrected": "Corrected",
    "added": "Added",
    "rejected": "Rejected",
}


def moved_away(e: Evidence, track_id: str | None) -> bool:
    """Shown on its own track, but judged evidence of another."""
    return e.judged_tracks is not None and track_id is not None and track_id not in e.judged_tracks


def judged_mark(e: Evidence, track_id: str | None = None) -> str:
    if moved_away(e, track_id) and e.reading != "rejected":
        return "→"
    return JUDGED_MARKS.get(e.reading, "")


def judgement_tip(e: Evidence) -> str | None:
    """Who judged the reading and why, in lines (``None`` for a machine reading)."""
    if e.reading == "machine" and not e.notes and e.judged_tracks is None:
        return None
    from tracker.domain.readings import describe_date, reason_words

    lines = []
    if e.reading != "machine":
        head = READING_WORDS.get(e.reading, e.reading)
        if e.reading == "rejected":
            head += f" ({reason_words(e.reject_reason)})"
        lines.append(f"{head} by {e.judged_by or 'an analyst'}, {fmt_time(e.judged_at)}")
    machine = e.machine
    if "signal" in machine:
        lines.append(
            f"Machine read the signal as: {status_label(machine['signal']) if machine['signal'] else 'none'}"
        )
    if "modality" in machine:
        lines.append(f"Machine read the modality as: {machine['modality']}")
    if "event_date" in machine:
        day = date.fromisoformat(machine["event_date"]) if machine["event_date"] else None
        lines.append(f"Machine dated it: {describe_date(day, machine.get('date_precision'))}")
    if e.judged_tracks is not None:
        lines.append(f"Evidence of: {', '.join(e.judged_tracks)}")
    if e.home_track:
        lines.append(f"Read for {e.home_track}; moved here by an analyst")
    if e.judged_via is not None:
        lines.append(f"A copy: the judgements of excerpt #{e.judged_via} apply")
    lines += [f"Note: {n}" for n in e.notes]
    return "\n".join(lines)


def _date_tip(e: Evidence) -> str | None:
    if e.event_date is None:
        return "No event date found"
    return (
        f"event {e.event_date.isoformat()} ({e.date_precision or 'day'} precision, {e.date_basis})"
    )


def _with_judgement(base: str | None, e: Evidence) -> str | None:
    tip = judgement_tip(e)
    return "\n".join(t for t in (base, tip) if t) or None


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
        tooltip=lambda e: _with_judgement(
            f"{one_line(e.exact)}\n— {e.document_title or 'untitled'} (#{e.document_id})", e
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
    Column(
        "Judged",
        judged_mark,
        tooltip=judgement_tip,
        align=Qt.AlignmentFlag.AlignCenter,
        header_tip=(
            "The analyst's judgement: ✓ confirmed, ✎ corrected, + added by hand, "
            "✗ rejected (counts for nothing), → moved to another track; "
            "‖ a new machine reading held for review"
        ),
    ),
]


class EvidenceTableModel(RowTableModel["Evidence"]):
    """The excerpts of one track; decisive ones in bold, context and copies dimmed,
    rejected ones struck out, ones moved to another track in italics."""

    DATE, QUOTE, SIGNAL, MODALITY, SPEAKER, OUTLET, GRADE, COPY, JUDGED = range(9)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, key=lambda e: e.id, parent=parent)
        self._decisive: set[int] = set()
        self._contested: set[int] = set()
        self._held: set[int] = set()
        self.track_id: str | None = None

    def set_evidence(
        self,
        rows: list[Evidence],
        decisive: list[int] | None = None,
        contested: list[int] | None = None,
        track_id: str | None = None,
        held: list[int] | None = None,
    ) -> None:
        """``held``: new machine readings the track holds back until reviewed."""
        self._decisive = set(decisive or [])
        self._contested = set(contested or [])
        self._held = set(held or [])
        self.track_id = track_id or (rows[0].track_id if rows else None)
        self.set_rows(rows)

    def is_held(self, row: Evidence) -> bool:
        return row.id in self._held and row.reading == "machine"

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is not None and index.column() == self.JUDGED:
            if role == Qt.ItemDataRole.DisplayRole:
                return HELD_MARK if self.is_held(row) else judged_mark(row, self.track_id)
            if role == Qt.ItemDataRole.ToolTipRole and self.is_held(row):
                return plain_tooltip(HELD_TIP)
        return super().data(index, role)

    def extra_data(self, row: Evidence, column: int, role: int) -> Any:
        counts = row.reading != "rejected" and not moved_away(row, self.track_id)
        if role == Qt.ItemDataRole.ForegroundRole and (
            row.context or row.duplicate_of is not None or not counts
        ):
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        held = self.is_held(row)
        if role == Qt.ItemDataRole.FontRole and (row.id in self._decisive or not counts or held):
            font = QFont()
            font.setBold(row.id in self._decisive)
            font.setStrikeOut(row.reading == "rejected")
            font.setItalic(moved_away(row, self.track_id) or held)
            return font
        return None
