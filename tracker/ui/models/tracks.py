"""The track list: one row per track, drawn as a card (title, status badge, since, flags,
and how much is new since the analyst last looked); filterable and sortable."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt

from tracker.ui.format import fmt_date, status_label
from tracker.ui.models.base import Column, RowTableModel

if TYPE_CHECKING:
    from tracker.services.changes import ChangeReport
    from tracker.services.status import TrackStatus


STATUS_ROLE = Qt.ItemDataRole.UserRole + 10  # raw status, for the badge
FILTER_ROLE = Qt.ItemDataRole.UserRole + 11  # words the filter field matches
CHANGES_ROLE = Qt.ItemDataRole.UserRole + 12  # how much is new (int)
SINCE_ROLE = Qt.ItemDataRole.UserRole + 13  # "since 21 Oct 2025"
MARKS_ROLE = Qt.ItemDataRole.UserRole + 14  # the flag symbols

# marker -> (symbol shown in the list, word for filtering and screen readers)
MARKS = {
    "needs review": ("⚑", "needs review"),
    "override": ("✎", "analyst override"),
    "contested": ("⚡", "contested"),
    "overdue": ("◷", "next event overdue"),
    "archived": ("▣", "archived"),
    "unreviewed": ("◔", "rests on unreviewed readings"),
}

FAMILY_ORDER = {"bad": 0, "pending": 1, "good": 2, "done": 3, "unknown": 4}

# The orders the list offers: name -> column to sort by (-1: the tracks' own order).
ORDERS = {
    "As listed": -1,
    "Status": 1,
    "Title": 0,
    "Status changed most recently": 2,
    "Most new first": 3,
}


def markers(s: TrackStatus) -> list[str]:
    out = []
    if s.needs_review:
        out.append("needs review")
    if s.source == "override":
        out.append("override")
    if s.contested:
        out.append("contested")
    if s.next_event_overdue:
        out.append("overdue")
    if s.archived:
        out.append("archived")
    if s.rests_on_unreviewed or s.held_ids:
        out.append("unreviewed")
    return out


def summary_tip(s: TrackStatus, new: int = 0) -> str:
    """The card's tooltip: the summary's status line and what each flag means."""
    lines = [s.title, s.line()]
    if new:
        lines.append(f"{new} new since you last looked")
    if s.needs_review:
        lines.append(f"Needs review: {s.review_reason}")
    if s.override is not None:
        lines.append(
            f"Analyst override by {s.override.analyst}; the evidence alone says "
            f"{status_label(s.inferred_status)}"
        )
    if s.contested:
        lines.append(f"Contested: {len(s.contested_ids)} excerpt(s) point another way")
    if s.next_event_overdue and s.next_event is not None:
        lines.append(f"Next event overdue: it was due {fmt_date(s.next_event.date)}")
    if s.archived:
        lines.append("Archived: hidden from the list unless archived tracks are shown")
    if s.rests_on_unreviewed:
        lines.append("Rests on machine readings no analyst has reviewed (see To review)")
    if s.held_ids:
        lines.append(f"{len(s.held_ids)} new machine reading(s) held back for review")
    return "\n".join(lines)


def _status_sort(s: TrackStatus) -> str:
    from tracker.ui.theme import family_of

    return f"{FAMILY_ORDER[family_of(s.status)]}{s.status or ''}"


class TrackTableModel(RowTableModel["TrackStatus"]):
    """Every track's summary (archived ones too; the filter hides them unless shown)."""

    TITLE, STATUS, SINCE, NEW = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        self._counts: dict[str, int] = {}
        columns: list[Column[TrackStatus]] = [
            Column(
                "Track",
                lambda s: s.title,
                sort=lambda s: s.title.casefold(),
                tooltip=lambda s: summary_tip(s, self._counts.get(s.track, 0)),
            ),
            Column("Status", lambda s: status_label(s.status), sort=_status_sort),
            Column(
                "Since",
                lambda s: fmt_date(s.since),
                sort=lambda s: (0, -s.since.toordinal()) if s.since else (1, 0),
            ),
            Column(
                "New",
                lambda s: str(self._counts.get(s.track, 0)),
                sort=lambda s: -self._counts.get(s.track, 0),
            ),
        ]
        super().__init__(columns, key=lambda s: s.track, parent=parent)
        self._show_archived = False
        self._words = ""

    def set_counts(self, report: ChangeReport | None) -> None:
        """How much is new per track (the badge), from the analyst's change report."""
        self._counts = {t.track: t.count for t in report.tracks} if report else {}
        self._keys.pop(self.NEW, None)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 3))

    def count_of(self, track_id: str) -> int:
        return self._counts.get(track_id, 0)

    # ------------------------------------------------------------------ filter

    @property
    def show_archived(self) -> bool:
        return self._show_archived

    def set_show_archived(self, show: bool) -> None:
        self._show_archived = show
        self._refilter()

    def set_filter_text(self, text: str) -> None:
        self._words = text
        self._refilter()

    def _refilter(self) -> None:
        words = self._words.casefold().split()
        show_archived = self._show_archived

        def accept(s: TrackStatus) -> bool:
            if s.archived and not show_archived:
                return False
            hay = self.filter_words(s).casefold()
            return all(w in hay for w in words)

        self.set_filter(accept)

    def filter_words(self, s: TrackStatus) -> str:
        words = [s.title, s.track, s.kind, status_label(s.status)]
        words += [MARKS[m][1] for m in markers(s)]
        if self._counts.get(s.track):
            words.append("new")
        return " ".join(words)

    # ------------------------------------------------------------------ roles

    def extra_data(self, row: TrackStatus, column: int, role: int) -> Any:
        if role == STATUS_ROLE:
            return row.status or ""
        if role == FILTER_ROLE:
            return self.filter_words(row)
        if role == CHANGES_ROLE:
            return self._counts.get(row.track, 0)
        if role == SINCE_ROLE:
            return f"since {fmt_date(row.since)}" if row.since else ""
        if role == MARKS_ROLE:
            return " ".join(MARKS[m][0] for m in markers(row))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            new = self._counts.get(row.track, 0)
            bits = [row.title, status_label(row.status)]
            if row.since:
                bits.append(f"since {fmt_date(row.since)}")
            bits += [MARKS[m][1] for m in markers(row)]
            if new:
                bits.append(f"{new} new")
            return ", ".join(bits)
        return None
