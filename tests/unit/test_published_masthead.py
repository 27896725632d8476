"""A site's masthead date is the day the page was viewed or stored, not the story's: a byline
or stamp under it that prints an earlier day in full dates the article. A masthead alone, or
over a line of its own day, stays the article's date."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.ingest import prepare_bytes

TITLE = "Ministers agree to meet again on the border accord"
BODY = [
    "The two ministers spoke by phone on Tuesday and agreed that their delegations would meet "
    "again within a fortnight to settle the remaining points of the border accord.",
    "Neither ministry has confirmed a date for the meeting, a spokesman told reporters, adding "
    "that the venue was still being discussed by both sides.",
]


def _published(masthead: str, head: list[str], layout: str) -> date | None:
    if layout == "markdown":
        parts = [masthead, f"# {TITLE}", *head, *BODY]
        data, name = "\n\n".join(parts).encode(), "story.md"
    elif layout == "text":
        data, name = "\n\n".join([masthead, TITLE, *head, *BODY]).encode(), "story.txt"
    else:
        paras = "".join(f"<p>{p}</p>" for p in BODY)
        divs = "".join(f"<div>{h}</div>" for h in head)
        page = f"<html><body><div>{masthead}</div><h1>{TITLE}</h1>{divs}{paras}</body></html>"
        data, name = page.encode(), "story.html"
    return prepare_bytes(data, name=name).document.published


LAYOUTS = ["text", "markdown", "html"]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    ("masthead", "byline", "expected"),
    [
        # the site's name, then the day the page was stored; the desk's byline with its time
        (
            "The Courier | Saturday, January 24, 2026",
            "Courier News Desk The Canadian Press, 01 May, 2025 11:18 AM",
            date(2025, 5, 1),
        ),
        # the weekday and date alone on the masthead's line; a stamp of the story below
        ("Friday, September 05, 2025", "Update : 04 Sep 2025", date(2025, 9, 4)),
        # an agency byline with a separator, the masthead months later
        (
            "Daily Mirror Online · Monday, March 2, 2026",
            "By Jane Roe, Reuters | 14 Feb, 2025 09:12 AM",
            date(2025, 2, 14),
        ),
    ],
)
def test_an_earlier_byline_under_a_masthead_dates_the_story(
    masthead: str, byline: str, expected: date, layout: str
) -> None:
    assert _published(masthead, [byline], layout) == expected


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_masthead_alone_dates_the_page(layout: str) -> None:
    assert _published("Tuesday, December 2, 2025", [], layout) == date(2025, 12, 2)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "byline",
    [
        "By Jane Roe | 2 Dec, 2025 09:12 AM",  # the masthead's own day
        "By Jane Roe | 3 Dec, 2025 09:12 AM",  # a later day: the masthead is not overruled
    ],
)
def test_a_byline_of_the_same_day_or_later_leaves_the_masthead(byline: str, layout: str) -> None:
    assert _published("Tuesday, December 2, 2025", [byline], layout) == date(2025, 12, 2)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_dated_first_line_that_is_no_masthead_is_kept(layout: str) -> None:
    """A byline with its weekday is the story's own line, not the site's day."""
    head = "Published Monday, March 2, 2026"
    older = "Updated: 14 Feb, 2025 09:12 AM"
    assert _published(head, [older], layout) == date(2026, 3, 2)
