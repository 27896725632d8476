"""The documents held: title, outlet, published date, reliability, copy-of."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from tracker.ui.format import BASIS_WORDS, DASH, fmt_date, one_line
from tracker.ui.models.base import Column, RowTableModel

if TYPE_CHECKING:
    # Not imported at run time: the window paints before the domain models are loaded.
    from tracker.domain.models import DocumentSummary as Doc

COLUMNS: list[Column[Doc]] = [
    Column("#", lambda d: str(d.id), sort=lambda d: d.id, align=Qt.AlignmentFlag.AlignRight),
    Column(
        "Title",
        lambda d: one_line(d.title, 120),
        tooltip=lambda d: "\n".join(x for x in (d.title, d.source_path) if x),
    ),
    Column("Outlet", lambda d: d.outlet or DASH, tooltip=lambda d: d.outlet),
    Column(
        "Published",
        lambda d: fmt_date(d.published),
        sort=lambda d: d.published.isoformat() if d.published else "",
        tooltip=lambda d: (
            BASIS_WORDS.get(d.published_basis, d.published_basis)
            + (f": {d.published_note}" if d.published_note else "")
        ),
    ),
    Column(
        "Rel.",
        lambda d: d.reliability,
        align=Qt.AlignmentFlag.AlignCenter,
        header_tip="Source reliability, A (completely reliable) to F (cannot be judged)",
    ),
    Column("Copy", lambda d: f"copy of #{d.duplicate_of}" if d.duplicate_of else ""),
]


class DocumentTableModel(RowTableModel["Doc"]):
    """Summary rows of every document (no text)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, key=lambda d: d.id, parent=parent)
