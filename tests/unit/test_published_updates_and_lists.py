"""The article's own day among the other dates of its head: the first publication before an
update printed on the same line, the reading of a numeric date that falls on the weekday
printed beside it, and a byline's date over a list of other stories with theirs."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.ingest import prepare_bytes
from tracker.ingest.published import without_update

TITLE = "Coastguards of both countries agree to share patrol data"
BODY = [
    "The two coastguards agreed on Tuesday to share their patrol data in the strait, "
    "officials of both agencies said after a meeting in the port city.",
    "They plan to meet again before the end of the year, a spokeswoman for the agency told "
    "reporters, adding that no date had been fixed yet.",
]


def _published(head: list[str], layout: str) -> date | None:
    if layout == "markdown":
        data, name = "\n\n".join([f"# {TITLE}", *head, *BODY]).encode(), "story.md"
    elif layout == "text":
        data, name = "\n\n".join([TITLE, *head, *BODY]).encode(), "story.txt"
    else:
        paras = "".join(f"<p>{p}</p>" for p in BODY)
        divs = "".join(f"<div>{h}</div>" for h in head)
        page = f"<html><body><h1>{TITLE}</h1>{divs}{paras}</body></html>"
        data, name = page.encode(), "story.html"
    return prepare_bytes(data, name=name).document.published


@pytest.mark.parametrize("layout", ["text", "markdown", "html"])
@pytest.mark.parametrize(
    "line",
    [
        # a byline in segments whose last one is the update
        "Harbour Post · Politics · 5 March 2025 · Updated 6 March 2025",
        "*Harbour Post · Politics · 5 March 2025 · Last updated 6 March 2025*",
        # the update in brackets after the author's name and the day
        "Jane Roe · 5 March 2025 (updated 6 March 2025)",
    ],
)
def test_the_first_publication_wins_over_an_update_on_its_line(layout: str, line: str) -> None:
    assert _published([line], layout) == date(2025, 3, 5)


def test_an_update_alone_still_dates_the_article() -> None:
    assert _published(["By Harbour Wire | Updated: Mar 06, 2025 10:25 IST"], "text") == date(
        2025, 3, 6
    )


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Harbour Post · 5 March 2025 · Updated 6 March 2025", "Harbour Post · 5 March 2025"),
        ("Jane Roe · 5 March 2025 (updated 6 March 2025)", "Jane Roe · 5 March 2025"),
        # no date before the label: nothing to cut
        ("Updated 6 March 2025 · First published 5 March 2025", None),
    ],
)
def test_without_update(line: str, kept: str | None) -> None:
    assert without_update(line) == (line if kept is None else kept)


@pytest.mark.parametrize("layout", ["text", "markdown"])
@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        # 5 March 2025 was a Wednesday, 3 May a Saturday
        ("09:39 - 05/03/2025 Wednesday", date(2025, 3, 5)),
        ("Saturday 05/03/2025 10:00", date(2025, 5, 3)),
    ],
)
def test_a_weekday_beside_a_numeric_date_picks_its_reading(
    layout: str, stamp: str, expected: date
) -> None:
    assert _published([stamp], layout) == expected


@pytest.mark.parametrize("layout", ["text", "markdown"])
@pytest.mark.parametrize(
    "teaser",
    [
        "* [Patrol boats collide off the cape](https://harbour.example/a) · 2 January 2025",
        "Patrol boats collide off the cape · 2 January 2025",
        "1. [Ferry strike ends after a week](https://harbour.example/b) · 3 January 2025",
    ],
)
def test_another_storys_title_with_its_date_gives_way_to_the_byline(
    layout: str, teaser: str
) -> None:
    head = [teaser, "*The Harbour Post · World · 5 March 2025*"]
    assert _published(head, layout) == date(2025, 3, 5)


def test_a_storys_title_with_its_date_still_dates_a_page_with_nothing_else() -> None:
    assert _published(["Patrol boats collide off the cape · 2 January 2025"], "text") == date(
        2025, 1, 2
    )
