"""A byline set out in segments with its desk or section in lower case ("World news", "Harbour
desk"), taken out with the page's head, dates the article; of a numeric date that reads two
ways, the reading on the one weekday the article names is taken. Pages invented for the
tests."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.ingest.published import choose_published

TODAY = date(2026, 3, 1)
PROSE = (
    "The foreign minister met her counterpart in the capital for talks that both sides called "
    "useful, and the two agreed to meet again before the end of the season."
)


def _published(dropped: list[str], lines: list[str] | None = None) -> date | None:
    body = lines if lines is not None else ["Ministers meet for talks in the capital", PROSE]
    found = choose_published(body, (), {}, dropped=dropped, today=TODAY)
    return None if found is None else found.date


@pytest.mark.parametrize(
    "byline",
    [
        "The Harbour Post · 9 October 2025 · World news",
        "*The Harbour Post · 9 October 2025 · World news*",
        "Harbour desk | 9 October 2025 | 17:55 GMT",
        "Politics team · 9 October 2025",
    ],
)
def test_a_byline_with_its_desk_or_section_dates_the_page(byline: str) -> None:
    assert _published([byline]) == date(2025, 10, 9)


@pytest.mark.parametrize(
    "line",
    [
        # a story's title with its date, as a list of related stories prints it
        "Storm hits the coast of the island · 9 October 2025",
        # a menu's items in lower case
        "home | world news and more | 9 October 2025 | sport and weather",
        # a menu opening on "Home", its section in lower case
        "Home | World news | 9 October 2025",
    ],
)
def test_a_list_or_a_menu_with_a_date_does_not(line: str) -> None:
    assert _published([line]) is None


def _numeric(weekday_line: str) -> date | None:
    lines = ["Envoy puts off his trip to the capital", weekday_line, PROSE]
    return _published(["Harbour desk | 03/02/2023 | 17:55 GMT"], lines)


def test_the_reading_on_the_weekday_the_article_names_is_taken() -> None:
    # 3 February 2023 was a Friday, 2 March 2023 a Thursday
    assert _numeric("- Told the envoy early on Friday that the trip would be put off") == date(
        2023, 2, 3
    )
    assert _numeric("- Told the envoy early on Thursday that the trip would be put off") == date(
        2023, 3, 2
    )


def test_without_one_weekday_named_the_default_reading_stays() -> None:
    # two weekdays named, or none: month first, as before
    assert _numeric("- Told the envoy on Friday, before the talks on Monday") == date(2023, 3, 2)
    assert _numeric("- Told the envoy that the trip would be put off") == date(2023, 3, 2)
