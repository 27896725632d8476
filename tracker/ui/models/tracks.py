"""The track list: title, status badge, as-of date and markers; filterable and sortable."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

from tracker.ui.format import fmt_date, status_label
from tracker.ui.models.base import SORT_ROLE, Column, RowTableModel

if TYPE_CHECKING:
    from tracker.services.status import TrackStatus


STATUS_ROLE = Qt.ItemDataRole.UserRole + 10  # raw status, for the badge delegate
FILTER_ROLE = Qt.ItemDataRole.UserRole + 11  # words the filter field matches

# marker -> (symbol shown in the list, word for filtering and screen readers)
MARKS = {
    "needs review": ("⚑", "needs review"),
    "override": ("✎", "analyst override"),
    "contested": ("⚡", "contested"),
    "archived": ("▣", "archived"),
    "unreviewed": ("◔", "rests on unreviewed readings"),
}

FAMILY_ORDER = {"bad": 0, "pending": 1, "good": 2, "done": 3, "unknown": 4}


def markers(s: TrackStatus) -> list[str]:
    out = []
    if s.needs_review:
        out.append("needs review")
    if s.source == "override":
        out.append("override")
    if s.contested:
        out.append("contested")
    if s.archived:
        out.append("archived")
    if s.rests_on_unreviewed or s.held_ids:
        out.append("unreviewed")
    return out


def _marker_tip(s: TrackStatus) -> str | None:
    lines = []
    if s.needs_review:
        lines.append(f"Needs review: {s.review_reason}")
    if s.override is not None:
        lines.append(
            f"Analyst override by {s.override.analyst}; the evidence alone says "
            f"{status_label(s.inferred_status).lower()}"
        )
    if s.contested:
        lines.append(f"Contested: {len(s.contested_ids)} excerpt(s) point another way")
    if s.archived:
        lines.append("Archived: hidden from the list unless archived tracks are shown")
    if s.rests_on_unreviewed:
        lines.append("Rests on machine readings no analyst has reviewed (see To review)")
    if s.held_ids:
        lines.append(f"{len(s.held_ids)} new machine reading(s) held back for review")
    return "\n".join(lines) or None


def _status_text(s: TrackStatus) -> str:
    return status_label(s.status)


def _status_sort(s: TrackStatus) -> str:
    from tracker.ui.theme import family_of

    return f"{FAMILY_ORDER[family_of(s.status)]}{s.status or ''}"


COLUMNS: list[Column[TrackStatus]] = [
    Column("Track", lambda s: s.title, tooltip=lambda s: f"{s.title}\n{s.kind} · {s.track}"),
    Column(
        "Status",
        _status_text,
        sort=_status_sort,
        tooltip=lambda s: (
            f"{status_label(s.status)} ({'analyst override' if s.source == 'override' else 'inferred'}, "
            f"{s.confidence} confidence)"
        ),
    ),
    Column(
        "As of",
        lambda s: fmt_date(s.as_of),
        sort=lambda s: s.as_of.isoformat() if s.as_of else "",
    ),
    Column(
        "⚑",
        lambda s: " ".join(MARKS[m][0] for m in markers(s)),
        tooltip=_marker_tip,
        header_tip="⚑ needs review · ✎ analyst override · ⚡ contested · ▣ archived",
    ),
]


class TrackTableModel(RowTableModel["TrackStatus"]):
    """Every track's effective status (archived ones too; the proxy hides them)."""

    TITLE, STATUS, AS_OF, FLAGS = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, key=lambda s: s.track, parent=parent)

    def extra_data(self, row: TrackStatus, column: int, role: int) -> Any:
        if role == STATUS_ROLE:
            return row.status or ""
        if role == FILTER_ROLE:
            words = [row.title, row.track, row.kind, status_label(row.status)]
            words += [MARKS[m][1] for m in markers(row)]
            return " ".join(words)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.FLAGS:
            return ", ".join(MARKS[m][1] for m in markers(row)) or "no flags"
        if role == Qt.ItemDataRole.FontRole and column == self.FLAGS and row.needs_review:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.STATUS:
            return f"status {status_label(row.status)}"
        return None


class TrackFilterProxyModel(QSortFilterProxyModel):
    """Filters by any visible text; hides archived tracks unless asked not to."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show_archived = False
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(0)
        self.setFilterRole(FILTER_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    @property
    def show_archived(self) -> bool:
        return self._show_archived

    def set_show_archived(self, show: bool) -> None:
        if show != self._show_archived:
            self.beginFilterChange()
            self._show_archived = show
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        if isinstance(model, TrackTableModel) and not self._show_archived:
            row = model.row_at(source_row)
            if row is not None and row.archived:
                return False
        return super().filterAcceptsRow(source_row, source_parent)
