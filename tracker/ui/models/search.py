"""Search results over documents and excerpts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from tracker.ui.format import one_line
from tracker.ui.models.base import Column, RowTableModel

if TYPE_CHECKING:
    from tracker.services.search import SearchHit


def _where(hit: SearchHit) -> str:
    if hit.kind == "excerpt":
        return f"excerpt · {hit.track_id}"
    return "document"


COLUMNS: list[Column[SearchHit]] = [
    Column("Found in", _where),
    Column(
        "Document", lambda h: one_line(h.title, 80), tooltip=lambda h: f"#{h.document_id} {h.title}"
    ),
    Column("Match", lambda h: one_line(h.snippet, 200), tooltip=lambda h: one_line(h.snippet)),
]


class SearchResultsTableModel(RowTableModel["SearchHit"]):
    """Hits of the last search; the snippet marks matches with [brackets], as plain text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            COLUMNS, key=lambda h: (h.kind, h.document_id, h.excerpt_id), parent=parent
        )
