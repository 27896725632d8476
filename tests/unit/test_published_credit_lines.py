"""A byline or print line whose segments credit the story's sources ("Based on reporting by
Reuters", "3 sources") or leave the author's name empty ("by | Jun 18, 2025 | Top Stories")
dates the article, in a Markdown page (in emphasis, with middle dots) or plain text; a list's
label with a date and a segment of prose do not. Pages invented."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.ingest import prepare_bytes
from tracker.ingest.published import segmented_byline

LEAD = (
    "The two foreign ministers met in the port city on Tuesday and agreed to set up a "
    "working group on the border crossings, officials on both sides said."
)
MORE = (
    "Neither side gave a date for a further meeting, but both said the channel would stay "
    "open through the winter and that their deputies would speak by phone."
)


def _markdown(head: str) -> bytes:
    return "\n\n".join(
        ["[Harbour Post](https://harbour.example/) › World", head, "# Ministers agree", LEAD, MORE]
    ).encode()


@pytest.mark.parametrize(
    ("head", "want"),
    [
        ("*Harbour Post · 30 November 2025 · Based on reporting by Reuters*", date(2025, 11, 30)),
        ("*Harbour Post · Story · 17 July 2025 · 3 sources*", date(2025, 7, 17)),
        ("by | Jun 18, 2025 | Top Stories", date(2025, 6, 18)),
        ("By Ama Owusu | Jun 18, 2025 | 3 min read", date(2025, 6, 18)),
        ("Harbour Post · 5 March 2025 · With reporting by AFP and AP", date(2025, 3, 5)),
        ("*Harbour Post · 5 March 2025 · Via Reuters*", date(2025, 3, 5)),
    ],
)
def test_a_print_line_or_byline_that_credits_its_sources_dates_the_page(
    head: str, want: date
) -> None:
    doc = prepare_bytes(_markdown(head), name="ministers.md").document
    assert doc.published == want
    assert doc.published_basis == "stated"


@pytest.mark.parametrize(
    "line",
    [
        "Related | 24/02/2026",
        "Top Stories | Jun 18, 2025",
        "Read more · 3 March 2026",
        "Harbour Post · 5 March 2025 · with reporting by our staff in the capital",
        "Harbour Post · 5 March 2025 · 3 sources · 7 March 2025",
    ],
)
def test_a_list_label_prose_or_two_dates_is_no_byline(line: str) -> None:
    assert segmented_byline(line) is None
