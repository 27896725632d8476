"""The day an article was first put online, as Korean broadcasters and dailies label it
("Input …", "입력 …", "작성 …") beside an update's, in plain text, Markdown and HTML; and a
Markdown byline in emphasis under the lead picture, which is no caption."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.ingest import prepare_bytes
from tracker.ingest.published import first_published_date, published_from_text

TITLE = "Coastguards of both countries agree to share patrol data"
BODY = [
    "The two coastguards agreed on Tuesday to share their patrol data in the strait, "
    "officials of both agencies said after a meeting in the port city.",
    "They plan to meet again before the end of the year, a spokeswoman for the agency told "
    "reporters, adding that no date had been fixed yet.",
]
TODAY = date(2026, 6, 1)


def _as(layout: str, head: str) -> tuple[bytes, str]:
    if layout == "text":
        return "\n\n".join([TITLE, head, *BODY]).encode(), "story.txt"
    if layout == "markdown":
        return "\n\n".join([f"# {TITLE}", head, *BODY]).encode(), "story.md"
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    page = f"<html><body><h1>{TITLE}</h1><div class='info'>{head}</div>{paras}</body></html>"
    return page.encode(), "story.html"


@pytest.mark.parametrize("layout", ["text", "markdown", "html"])
@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # the first putting online, not the update a day later
        ("Input 2025-11-03 14:22 | Updated 2025-11-04 09:10", date(2025, 11, 3)),
        # a reporter's name before the label; a dotted numeric date
        ("Reporter Jane Roe | Input 2025.11.03 14:22", date(2025, 11, 3)),
        # the Korean label, the time of day in brackets, the update after it
        ("입력 2025.11.03 (14:22) 수정 2025.11.04 (09:10)", date(2025, 11, 3)),
        # the label of the writing, the reporter's name on the line above
        ("Jane Roe reporter\n\n작성 2025.11.03 06:10", date(2025, 11, 3)),
    ],
)
def test_the_first_publication_line_dates_the_article(
    layout: str, head: str, expected: date
) -> None:
    data, name = _as(layout, head)
    doc = prepare_bytes(data, name=name).document
    assert (doc.published, doc.published_basis) == (expected, "stated")


@pytest.mark.parametrize(
    "byline",
    [
        "*The Harbour Post · World · 5 March 2025*",
        "_Harbour Desk · Politics · 5 March 2025 09:40_",
        "**Input 2025-03-05 09:40 | Updated 2025-03-06 11:00**",
    ],
)
def test_a_byline_in_emphasis_under_the_lead_picture_is_no_caption(byline: str) -> None:
    head = f"![The two coastguard chiefs](https://img.example/p.jpg)\n\n{byline}"
    data, name = _as("markdown", head)
    doc = prepare_bytes(data, name=name).document
    assert doc.published == date(2025, 3, 5)


def test_a_caption_in_emphasis_under_a_picture_is_still_dropped() -> None:
    head = (
        "![Patrol boat](https://img.example/p.jpg)\n\n*A patrol boat in the strait (Photo: Wire)*"
    )
    data, name = _as("markdown", head)
    doc = prepare_bytes(data, name=name).document
    assert "Photo: Wire" not in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "The input 2025-11-03 figures were revised",  # prose, no label at the line's head
        "Updated 2025-11-04 09:10",  # an update alone
        "Input data from 2025",  # no full date after the label
    ],
)
def test_no_first_publication_without_its_label_and_date(line: str) -> None:
    assert first_published_date(line) is None


def test_an_update_before_the_input_does_not_date_the_article() -> None:
    text = "\n\n".join([TITLE, "Updated 2025-11-04 09:10 | Input 2025-11-03 14:22", *BODY])
    found = published_from_text(text, today=TODAY)
    assert found is not None and found.date == date(2025, 11, 3)
