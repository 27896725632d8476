"""A track's evidence: date, quote, the status it claims, modality, speaker, outlet, grade,
copy-of. New rows (recorded since the analyst last looked) are bold; context and copies
are quieter (still 4.5:1), in italics."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from tracker.domain.vocabulary import CREDIBILITY, RELIABILITY
from tracker.ui.format import DASH, fmt_date, fmt_time, one_line, status_label
from tracker.ui.models.base import Column, RowTableModel, plain_tooltip
from tracker.ui.theme import muted_text

if TYPE_CHECKING:
    from tracker.domain.models import Evidence

# Modalities that turn a signal around or leave it open.
NOT_AS_SAID = {"negated": "negated", "denied": "denied", "hypothetical": "if"}


def grade(e: Evidence) -> str:
    return f"{e.reliability}{e.credibility}"


def grade_words(e: Evidence) -> str:
    return (
        f"source {RELIABILITY.get(e.reliability, 'ungraded')}, "
        f"information {CREDIBILITY.get(e.credibility, 'ungraded')}"
    )


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


def copy_words(e: Evidence) -> str | None:
    if e.duplicate_of is not None:
        return f"A copy of excerpt #{e.duplicate_of} (the same story republished): not independent"
    if e.document_duplicate_of is not None:
        return f"Its document copies document #{e.document_duplicate_of}: not independent"
    return None


def signal_text(e: Evidence) -> str:
    """What the excerpt says about the status, with a modality that changes its sense."""
    if e.context:
        return "Context"
    if not e.signal:
        return DASH
    word = status_label(e.signal)
    turned = NOT_AS_SAID.get(e.modality)
    return f"{word} ({turned})" if turned else word


def rule_words(e: Evidence) -> str | None:
    """The reading rule that read the excerpt's signal, as the evidence strip shows it."""
    return f"Read by: {e.rule}" if e.rule else None


def signal_words(e: Evidence) -> str | None:
    if e.context:
        return "About another, earlier event: context only, not evidence of this track's status"
    parts = []
    if e.cue:
        parts.append(f"cue “{e.cue}”")
    parts.append(e.modality)
    if e.cameo:
        parts.append(f"CAMEO {e.cameo}")
    if e.plover:
        parts.append(f"PLOVER {e.plover}")
    if e.rule:
        parts.append(f"rule: {e.rule}")
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


def date_words(e: Evidence) -> str:
    if e.event_date is None:
        return "no event date found"
    return f"event {fmt_date(e.event_date)} ({e.date_precision or 'day'}, {e.date_basis})"


def _with_judgement(base: str | None, e: Evidence) -> str | None:
    tip = judgement_tip(e)
    return "\n".join(t for t in (base, tip) if t) or None


COLUMNS: list[Column[Evidence]] = [
    Column(
        "Date",
        lambda e: fmt_date(e.event_date),
        sort=lambda e: (e.event_date.isoformat() if e.event_date else "", e.id),
        tooltip=date_words,
    ),
    Column(
        "Quote",
        lambda e: one_line(e.exact),
        sort=lambda e: one_line(e.exact).casefold(),
        tooltip=lambda e: _with_judgement(
            f"{one_line(e.exact)}\n— {e.speaker + ', ' if e.speaker else ''}"
            f"{e.outlet or 'outlet unknown'}: {e.document_title or 'untitled'}",
            e,
        ),
    ),
    Column("Signal", signal_text, tooltip=signal_words),
    Column("Modality", lambda e: e.modality),
    Column("Speaker", lambda e: e.speaker or "", tooltip=lambda e: e.speaker or None),
    Column(
        "Outlet",
        lambda e: e.outlet or DASH,
        sort=lambda e: (e.outlet or "").casefold(),
        tooltip=lambda e: e.outlet or None,
    ),
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
        tooltip=copy_words,
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
    """The excerpts of one track (see the module docstring); rejected ones struck out,
    ones moved to another track and new readings held for review in italics."""

    DATE, QUOTE, SIGNAL, MODALITY, SPEAKER, OUTLET, GRADE, COPY, JUDGED = range(9)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, key=lambda e: e.id, parent=parent)
        self._claims: dict[int, str | None] = {}
        self._new_after: str | None = None
        self._new: set[int] = set()
        self._latest: int | None = None
        self._held: set[int] = set()
        self.track_id: str | None = None

    def set_evidence(
        self,
        rows: list[Evidence],
        *,
        claims: dict[int, str | None] | None = None,
        new_after: str | None = None,
        latest: int | None = None,
        accept: Callable[[Evidence], bool] | None = None,
        held: list[int] | None = None,
        track_id: str | None = None,
    ) -> None:
        """``new_after``: the record time the analyst has seen up to (later rows are new;
        ``""`` makes every row new, ``None`` none); ``held``: new machine readings the
        track holds back until reviewed."""
        self._claims = dict(claims or {})
        self._latest = latest
        self._held = set(held or [])
        self.track_id = track_id or (rows[0].track_id if rows else None)
        self._mark_new(rows, new_after)
        self.set_rows(rows, accept=accept)

    def _mark_new(self, rows: list[Evidence], new_after: str | None) -> None:
        self._new_after = new_after
        self._new = (
            set() if new_after is None else {r.id for r in rows if r.recorded_at > new_after}
        )

    def set_new_after(self, new_after: str | None) -> None:
        self._mark_new(self.all_rows(), new_after)
        if self.rowCount():
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, last))

    def claims(self, excerpt_id: int) -> str | None:
        """The status an excerpt claims for the track (``None``: none)."""
        return self._claims.get(excerpt_id)

    def is_new(self, row: Evidence) -> bool:
        return row.id in self._new

    @property
    def new_count(self) -> int:
        return len(self._new)

    def is_held(self, row: Evidence) -> bool:
        return row.id in self._held and row.reading == "machine"

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return super().data(index, role)
        if index.column() in (self.DATE, self.JUDGED):
            mark = HELD_MARK if self.is_held(row) else judged_mark(row, self.track_id)
            if role == Qt.ItemDataRole.DisplayRole and index.column() == self.JUDGED:
                return mark
            if role == Qt.ItemDataRole.DisplayRole:
                # the analyst's mark and the latest development's star lead the date, so
                # they need no column of their own
                marks = ["★"] if row.id == self._latest else []
                return " ".join([*marks, *([mark] if mark else []), fmt_date(row.event_date)])
            if role == Qt.ItemDataRole.ToolTipRole and self.is_held(row):
                return plain_tooltip(HELD_TIP)
            if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.DATE and mark:
                return plain_tooltip(_with_judgement(date_words(row), row))
        return super().data(index, role)

    def extra_data(self, row: Evidence, column: int, role: int) -> Any:
        counts = row.reading != "rejected" and not moved_away(row, self.track_id)
        quiet = row.context or row.duplicate_of is not None or not counts
        if role == Qt.ItemDataRole.ForegroundRole and quiet:
            return muted_text(QApplication.palette())
        if role == Qt.ItemDataRole.FontRole:
            held = self.is_held(row)
            if not (self.is_new(row) or quiet or held):
                return None
            font = QFont()
            font.setBold(self.is_new(row))
            font.setStrikeOut(row.reading == "rejected")
            font.setItalic(quiet or held)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.QUOTE:
            extra = [
                w
                for w, on in (
                    ("new", self.is_new(row)),
                    ("latest", row.id == self._latest),
                    ("rejected", row.reading == "rejected"),
                    ("held for review", self.is_held(row)),
                )
                if on
            ]
            return ", ".join([one_line(row.exact), *extra])
        return None
