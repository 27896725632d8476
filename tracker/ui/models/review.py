"""The review queue: machine readings waiting for an analyst, and judgements that lost
their excerpt."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from tracker.domain.readings import describe_date
from tracker.ui.format import DASH, one_line, quoted, status_label
from tracker.ui.models.base import Column, RowTableModel

if TYPE_CHECKING:
    from tracker.services.review import OrphanedJudgement, ReviewItem


def _signal(i: ReviewItem) -> str:
    if i.signal is None:
        return DASH
    word = status_label(i.signal)
    return word if i.modality == "asserted" else f"{word} ({i.modality})"


def _why(i: ReviewItem) -> str:
    return ("Held: " if i.held else "") + i.why[:1].upper() + i.why[1:]


def _quote_tip(i: ReviewItem) -> str:
    where = i.outlet or i.document_title or f"document #{i.document}"
    return (
        f"{one_line(i.quote)}\n— {where} (excerpt #{i.excerpt}, document #{i.document})\n"
        f"{i.track_title} ({i.track})"
    )


def _card(i: ReviewItem) -> str:
    when = describe_date(i.event_date, i.date_precision) if i.event_date else "undated"
    # One wrapped paragraph: an item view draws a line break inside a cell as a box.
    return f"{_signal(i)} · {when} · {i.track_title} — {quoted(i.quote, 180)} — {_why(i)}"


COLUMNS: list[Column[ReviewItem]] = [
    Column(
        "Reading waiting for review",
        _card,
        sort=lambda i: i.queued_at,
        tooltip=_quote_tip,
    ),
]


class ReviewTableModel(RowTableModel["ReviewItem"]):
    """Queued readings, one wrapped cell each (the list sits in a narrow pane): what the
    machine read, the quote, why it waits; held ones in bold."""

    READING = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, key=lambda i: (i.track, i.excerpt), parent=parent)

    def extra_data(self, row: ReviewItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.held:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _orphan_what(o: OrphanedJudgement) -> str:
    from tracker.services.judgements import describe_judgement

    return describe_judgement(o.judgement)


ORPHAN_COLUMNS: list[Column[OrphanedJudgement]] = [
    Column("Track", lambda o: o.judgement.track_id),
    Column(
        "Judgement", _orphan_what, tooltip=lambda o: f"by {o.judgement.analyst}: {_orphan_what(o)}"
    ),
    Column("Problem", lambda o: o.problem),
    Column(
        "Quote",
        lambda o: one_line(o.judgement.exact, 200),
        tooltip=lambda o: f"{one_line(o.judgement.exact)}\n— {o.document_title}",
    ),
]


class OrphanTableModel(RowTableModel["OrphanedJudgement"]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(ORPHAN_COLUMNS, key=lambda o: o.judgement.id, parent=parent)
