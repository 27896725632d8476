"""Search results over documents and excerpts: where each was found (a track's evidence,
by the track's title, or a document) and the matching text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from tracker.ui.format import one_line
from tracker.ui.models.base import Column, RowTableModel

if TYPE_CHECKING:
    from tracker.services.search import SearchHit

_MARK = re.compile(r"\[([^\[\]]{1,80})\]")


def match_spans(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    """A search snippet without its ``[match]`` marks, and where the matches are in it."""
    text = one_line(snippet)
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    at = 0
    length = 0
    for m in _MARK.finditer(text):
        out.append(text[at : m.start()])
        length += m.start() - at
        spans.append((length, length + len(m.group(1))))
        out.append(m.group(1))
        length += len(m.group(1))
        at = m.end()
    out.append(text[at:])
    return "".join(out), spans


class SearchResultsTableModel(RowTableModel["SearchHit"]):
    """Hits of the last search, in their rank (one column, drawn as a card)."""

    def __init__(self, parent: QObject | None = None) -> None:
        self._titles: dict[str, str] = {}
        columns: list[Column[SearchHit]] = [
            Column(
                "Result",
                lambda h: f"{self.where(h)}: {h.title}",
                tooltip=lambda h: f"{self.where(h)}\n{h.title}\n\n{match_spans(h.snippet)[0]}",
            )
        ]
        super().__init__(
            columns, key=lambda h: (h.kind, h.document_id, h.excerpt_id), parent=parent
        )

    def set_track_titles(self, titles: dict[str, str]) -> None:
        self._titles = dict(titles)

    def where(self, hit: SearchHit) -> str:
        """``Evidence on Trump–Putin summit in Budapest`` or ``Article``."""
        if hit.kind == "excerpt":
            title = self._titles.get(hit.track_id or "", hit.track_id or "a track")
            return f"Evidence on {title}"
        return "Article"
