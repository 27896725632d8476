"""The review list's card is one wrapped paragraph: an item view draws a line break inside
a cell as a box, so the card holds none."""

from __future__ import annotations

from datetime import date

from tracker.services.review import ReviewItem
from tracker.ui.models.review import COLUMNS


def test_review_card_has_no_line_break() -> None:
    item = ReviewItem(
        track="s",
        track_title="Peru–Ghana summit",
        excerpt=1,
        document=1,
        document_title="Summit set",
        outlet=None,
        quote="Quispe and Mensah will meet in Lisbon on 20 November.",
        signal="scheduled",
        status="scheduled",
        modality="future",
        event_date=date(2025, 11, 20),
        date_precision="day",
        why="would make the status scheduled",
        held=True,
        queued_at="2025-10-30T12:00:00",
    )
    card = COLUMNS[0].display(item)
    assert "\n" not in card and "\u2028" not in card
    assert card.startswith("Scheduled (future) · 20 Nov 2025 · Peru–Ghana summit — “Quispe")
    assert card.endswith("— Held: Would make the status scheduled")
