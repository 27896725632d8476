"""An undated page's own date from two more places: a byline whose other segment notes the
story was put into English from another language ("Rewritten in English from the
Portuguese"), and, when the page prints no date at all, the lead telling its news as past on
a day with its year. A date told as coming, quoted, outside the lead or without its year
does not date the page. Pages invented."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.ingest.published import published_from_text, segmented_byline

TODAY = date(2026, 12, 7)
MORE = (
    "Neither side gave a date for a further meeting, but both said the channel would stay "
    "open through the winter and that their deputies would speak by phone."
)
BACKGROUND = (
    "The two countries have argued over the crossings for a decade, and earlier rounds of "
    "contact between their ministries ended without any written record at all."
)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("11/03/2025 | Rewritten in English from the Portuguese", date(2025, 3, 11)),
        ("Harbour Post · 5 March 2025 · Translated from Spanish", date(2025, 3, 5)),
        ("Harbour Post | 5 March 2025 | Adapted into English from the French", date(2025, 3, 5)),
        ("Harbour Post · 5 March 2025 · Translated from the Turkish original", date(2025, 3, 5)),
    ],
)
def test_a_note_of_translation_beside_the_date_is_part_of_the_byline(line: str, want: date) -> None:
    found = segmented_byline(line)
    assert found is not None
    assert (found.year, found.month, found.day) in {
        (want.year, want.month, want.day),
        (want.year, want.day, want.month),  # a numeric date keeps both readings
    }


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Post · 5 March 2025 · translated from the speech he gave",
        "5 March 2025 | rewritten from the portuguese",
        "Harbour Post · 5 March 2025 · Translated from Spanish · 7 March 2025",
    ],
)
def test_prose_a_lower_case_language_or_two_dates_is_no_byline(line: str) -> None:
    assert segmented_byline(line) is None


def _page(*paragraphs: str) -> str:
    return "\n\n".join(["Harbour Post", "World | Politics", "# Ministers meet", *paragraphs])


@pytest.mark.parametrize(
    "lead",
    [
        # passive, a clause with its verb before a place set off by commas, active
        "The foreign minister was received with full honours at the palace on March 4, 2025, "
        "when the two sides opened their first formal talks in a decade on the crossings.",
        "The prime minister hosted her counterpart for a working visit in Lyon, France, on "
        "March 4, 2025, and the two signed a memorandum on border crossings and on trade.",
        "On 4 March 2025 the two foreign ministers met in the port city and agreed to set up a "
        "working group on the border crossings, officials on both sides said afterwards.",
    ],
)
def test_an_undated_page_takes_the_day_its_lead_tells_as_past(lead: str) -> None:
    found = published_from_text(_page(lead, MORE), today=TODAY)
    assert found is not None
    assert found.date == date(2025, 3, 4)
    assert found.basis == "inferred"


@pytest.mark.parametrize(
    "paragraphs",
    [
        # told as coming
        (
            "The two foreign ministers will meet in the port city on March 4, 2025, to set up a "
            "working group on the border crossings, officials on both sides said on the record.",
            MORE,
        ),
        # a quoted date
        (
            'The minister told the assembly: "We met them in the port city on March 4, 2025, '
            'and we found them ready to talk about the crossings and about the railway."',
            MORE,
        ),
        # no year
        (
            "The two foreign ministers met in the port city on March 4 and agreed to set up a "
            "working group on the border crossings, officials on both sides said afterwards.",
            MORE,
        ),
        # the dated day only in the background after the lead
        (
            BACKGROUND,
            MORE,
            "The last such meeting took place in the capital on March 4, 2025, and ended with "
            "no statement from either side, to the frustration of the traders at the border.",
        ),
    ],
)
def test_no_day_from_a_lead_that_tells_none_as_past(paragraphs: tuple[str, ...]) -> None:
    assert published_from_text(_page(*paragraphs), today=TODAY) is None
