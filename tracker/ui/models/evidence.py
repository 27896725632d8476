"""A track's evidence: date, quote, the status it claims, modality, speaker, outlet, grade,
copy-of. New rows (recorded since the analyst last looked) are bold; context and copies
are quieter (still 4.5:1), in italics."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from tracker.domain.vocabulary import CREDIBILITY, RELIABILITY
from tracker.ui.format import DASH, fmt_date, one_line, status_label
from tracker.ui.models.base import Column, RowTableModel
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
    return " · ".join(parts) or None


def date_words(e: Evidence) -> str:
    if e.event_date is None:
        return "no event date found"
    return f"event {fmt_date(e.event_date)} ({e.date_precision or 'day'}, {e.date_basis})"


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
        tooltip=lambda e: (
            f"{one_line(e.exact)}\n— {e.speaker + ', ' if e.speaker else ''}"
            f"{e.outlet or 'outlet unknown'}: {e.document_title or 'untitled'}"
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
]


class EvidenceTableModel(RowTableModel["Evidence"]):
    """The excerpts of one track (see the module docstring)."""

    DATE, QUOTE, SIGNAL, MODALITY, SPEAKER, OUTLET, GRADE, COPY = range(8)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, key=lambda e: e.id, parent=parent)
        self._claims: dict[int, str | None] = {}
        self._new_after: str | None = None
        self._new: set[int] = set()
        self._latest: int | None = None

    def set_evidence(
        self,
        rows: list[Evidence],
        *,
        claims: dict[int, str | None] | None = None,
        new_after: str | None = None,
        latest: int | None = None,
        accept: Callable[[Evidence], bool] | None = None,
    ) -> None:
        """``new_after``: the record time the analyst has seen up to (later rows are new;
        ``""`` makes every row new, ``None`` none)."""
        self._claims = dict(claims or {})
        self._latest = latest
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
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 7))

    def claims(self, excerpt_id: int) -> str | None:
        """The status an excerpt claims for the track (``None``: none)."""
        return self._claims.get(excerpt_id)

    def is_new(self, row: Evidence) -> bool:
        return row.id in self._new

    @property
    def new_count(self) -> int:
        return len(self._new)

    def extra_data(self, row: Evidence, column: int, role: int) -> Any:
        quiet = row.context or row.duplicate_of is not None
        if role == Qt.ItemDataRole.ForegroundRole and quiet:
            return muted_text(QApplication.palette())
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(self.is_new(row))
            font.setItalic(quiet)
            return font if self.is_new(row) or quiet else None
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.QUOTE:
            extra = [
                w for w, on in (("new", self.is_new(row)), ("latest", row.id == self._latest)) if on
            ]
            return ", ".join([one_line(row.exact), *extra])
        return None

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.column() == self.DATE:
            row = self.row_at(index.row())
            if row is not None and row.id == self._latest:
                return f"★ {fmt_date(row.event_date)}"
        return super().data(index, role)
