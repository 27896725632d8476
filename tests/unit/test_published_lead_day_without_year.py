"""An undated page whose lead tells its news as past on a day printed without its year
("signed the accord in the capital on January 17"): the page is of that day when the page
itself gives the year (here its copyright line); a year only
guessed, a day told as coming, as an earlier time, as a range, quoted or in a caption
leaves the page undated. Pages invented."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.ingest.published import published_from_text

TODAY = date(2026, 12, 7)
MORE = (
    "Officials on both sides said the text would go to the two parliaments for approval "
    "and that expert teams would meet again to settle the remaining technical points."
)
COPYRIGHT = "© Harbour Post 2019-2025. All rights reserved."


def _page(lead: str, *, foot: str = COPYRIGHT) -> str:
    return "\n\n".join(
        ["Harbour Post", "World | Politics", "# Two presidents sign", lead, MORE, foot]
    )


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        # told as past in the active, the passive and by an arrival, the year by the copyright
        (
            "The presidents of the two countries signed a broad treaty of partnership in the "
            "northern capital on January 17, the state news agency of the host reported.",
            date(2025, 1, 17),
        ),
        (
            "A treaty of comprehensive partnership between the two neighbours was signed by "
            "their presidents in the old royal palace on 17 January, officials confirmed.",
            date(2025, 1, 17),
        ),
        (
            "The visiting president was received by the head of state at the palace after "
            "arriving in the country on Oct. 27, and the two spoke for nearly an hour.",
            date(2025, 10, 27),
        ),
    ],
)
def test_a_lead_day_told_as_past_dates_the_page_with_the_year_of_its_copyright(
    lead: str, want: date
) -> None:
    found = published_from_text(_page(lead), today=TODAY)
    assert found is not None
    assert found.date == want
    assert found.basis == "inferred"
    assert "lead tells its news as past" in found.note


@pytest.mark.parametrize(
    "lead",
    [
        # a day told as coming
        "The two presidents will sign a broad treaty of partnership in the northern capital "
        "on January 17, the state news agency of the host reported on its website.",
        # a plan put off (the day is the one undone, not the news)
        "The signing of the treaty, which had been scheduled for January 17 in the northern "
        "capital, was put off without a new date, the state news agency reported.",
        # an earlier time told as background
        "The two presidents previously met on August 15 in the northern capital, and agreed "
        "there to hold another round of talks once their ministers had consulted.",
        # a range: the page is of its last day or later
        "The summit on the future of the technology took place in the capital on February "
        "10-11, where nearly sixty countries signed a joint declaration of principles.",
        # quoted
        'The minister said: "We signed the treaty on January 17 and we will keep every word '
        'of it," adding that both parliaments would ratify the text within weeks.',
    ],
)
def test_a_day_ahead_undone_earlier_a_range_or_quoted_does_not_date_the_page(lead: str) -> None:
    assert published_from_text(_page(lead), today=TODAY) is None


def test_a_year_only_guessed_leaves_the_page_undated() -> None:
    lead = (
        "The presidents of the two countries signed a broad treaty of partnership in the "
        "northern capital on January 17, the state news agency of the host reported."
    )
    assert published_from_text(_page(lead, foot="Share this story"), today=TODAY) is None


def test_a_caption_day_does_not_date_the_page() -> None:
    caption = (
        "Photo: the two presidents at the joint press conference in the northern capital "
        "on January 17, shortly after the treaty was signed by both of them (Image: Agency)."
    )
    assert published_from_text(_page(caption), today=TODAY) is None
