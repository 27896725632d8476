"""The date of a page that prints none where the engine looked before: its address in more
layouts, a date glued to the lead of a press review, and the latest day a page tells when
its lead's weekday falls on it. Every case is written in our own words; each refusal is a
layout that only looks like one of these (an ID, a reading two ways, a weekday that does
not fit, a day told as coming)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.ingest.pipeline import address_date, prepare_bytes
from tracker.ingest.published import published_from_text

TODAY = date(2026, 1, 15)


# ------------------------------------------------------------------ addresses


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # the month by its name
        ("https://daily.example.com/world/2024/aug/23/leaders-meet-in-kyiv", date(2024, 8, 23)),
        ("https://daily.example.com/politics/2023/Sept/5/summit-opens", date(2023, 9, 5)),
        # a segment opening with the date and the time of day, then the page's serial
        (
            "https://mag.example.es/en/politics/leader-visits/20240423170027199252.html",
            date(2024, 4, 23),
        ),
        ("https://mag.example.es/en/politics/x/20250130235959001.html", date(2025, 1, 30)),
        # a segment written day first that cannot be read month first
        ("https://tv.example.net/english/middleeast/iraq/22042024", date(2024, 4, 22)),
        ("https://tv.example.net/english/middleeast/iraq/22042024-amp", date(2024, 4, 22)),
        ("https://tv.example.net/english/world/05052024", date(2024, 5, 5)),
        # the date as a token of the page's name
        ("https://news.example.org/world/putin-visit-20240823-abc.html", date(2024, 8, 23)),
        ("https://news.example.org/world/talks_resume_20250302.html", date(2025, 3, 2)),
        ("https://news.example.org/world/20251104-ministers-meet", date(2025, 11, 4)),
        ("https://news.example.org/world/ministers-meet-2025-11-04", date(2025, 11, 4)),
        # refusals: a day-first segment that reads two ways, a longer run of digits (an ID),
        # digits glued to letters, two dates in one name, an impossible time, a date to come
        ("https://tv.example.net/english/world/03042024", None),
        ("https://news.example.org/world/story-2024082312-x", None),
        ("https://news.example.org/world/article-ID20240823123", None),
        ("https://news.example.org/world/story-20240823-and-20240901", None),
        ("https://mag.example.es/en/politics/x/2024042325000099999.html", None),
        ("https://news.example.org/world/story-20991231-x", None),
        ("https://news.example.org/world/2024/sep/31/x", None),
    ],
)
def test_more_layouts_of_a_date_in_an_address(url: str, expected: date | None) -> None:
    assert address_date(url, today=TODAY) == expected


def test_a_saved_page_whose_og_url_carries_a_stamp_is_dated_by_it() -> None:
    html = (
        "<html><head><title>Leader visits the capital | Mag</title>"
        '<meta property="og:url" content="https://mag.example.es/en/politics/'
        'leader-visits-the-capital/20240423170027199252.html">'
        "</head><body><article><h1>Leader visits the capital</h1>"
        "<p>The president was in the capital on Monday on his first state visit in more than "
        "ten years, with water and security at the heart of the talks.</p>"
        "<p>The prime minister welcomed him at the airport with a lavish ceremony.</p>"
        "</article></body></html>"
    )
    doc = prepare_bytes(html.encode(), name="saved.html").document
    assert doc.published == date(2024, 4, 23)
    assert doc.published_basis == "inferred"


# ------------------------------------------------------------------ a date glued to the lead


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        (
            "August 18, 2024_ The prime minister has recently wrapped up her first official "
            "visit to the country, where she met the president and other leaders.",
            date(2024, 8, 18),
        ),
        (
            "18 August 2024_ The prime minister has recently wrapped up her first official "
            "visit to the country, where she met the president and other leaders.",
            date(2024, 8, 18),
        ),
        (
            "Aug 18, 2024 | The two foreign ministers agreed in a call to meet again in the "
            "autumn, their ministries said in statements after the call.",
            date(2024, 8, 18),
        ),
    ],
)
def test_a_press_reviews_date_glued_to_its_lead(lead: str, want: date) -> None:
    found = published_from_text(_page("Press review", "Leader ends visit", lead), today=TODAY)
    assert found is not None and found.date == want and found.basis == "stated"


def test_a_dated_line_of_a_sidebar_below_the_story_is_not_its_date() -> None:
    page = _page(
        "Press review",
        "Leader ends visit",
        "The prime minister has recently wrapped up her first official visit to the country, "
        "where she met the president and other leaders of the government.",
        "Both sides stressed the role of trade and signed an action plan for three years.",
        "More reviews",
        "Aug 18, 2024 | The two foreign ministers agreed in a call to meet again in autumn.",
    )
    assert published_from_text(page, today=TODAY) is None


# ------------------------------------------------------------------ the latest day and the lead's weekday


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        # a caption's day, a Tuesday, and the lead's "on Tuesday" told in the present
        (
            (
                "In a pool picture, the two presidents walk past an honour guard at the welcome "
                "in the capital on September 3, 2024.",
                "Seen on its own, the president's visit to the country on Tuesday is ordinary: "
                "he is due to meet his host and attend a gala reception.",
            ),
            date(2024, 9, 3),
        ),
        # the lead's weekday told as past, the day in an embedded post below it
        (
            (
                "The prime minister received the visiting president in the capital on Monday, "
                "opening a visit that is to cover many topics and several agreements.",
                "The visit comes at a critical time for the region. - The Regional President "
                "(@regionpresident) April 22, 2024",
            ),
            date(2024, 4, 22),
        ),
        # a caption with its credit, the lead's weekday in a noun phrase
        (
            (
                "Monday's talks between the two delegations ended without a statement, and "
                "both sides went home to consult their governments on the text.",
                "Neither side would say when the next round might take place, and the mediators "
                "kept their own counsel about the gaps that remain.",
                "Photo: the delegations at the table in the city on November 3, 2025 (Reuters)",
            ),
            date(2025, 11, 3),
        ),
    ],
)
def test_the_latest_day_a_page_tells_dates_it_when_the_leads_weekday_falls_on_it(
    lines: tuple[str, ...], want: date
) -> None:
    found = published_from_text(_page("Leader in the capital", *lines), today=TODAY)
    assert found is not None and found.date == want and found.basis == "inferred"
    assert "its lead names" in found.note


@pytest.mark.parametrize(
    "lines",
    [
        # the weekday does not fit the latest day (3 September 2024 was a Tuesday)
        (
            "In a pool picture, the two presidents walk past an honour guard at the welcome "
            "in the capital on September 3, 2024.",
            "Seen on its own, the president's visit to the country on Friday is ordinary: he "
            "is due to meet his host and attend a gala reception.",
        ),
        # the lead tells its weekday as coming
        (
            "In a pool picture, the two presidents walk past an honour guard at the welcome "
            "in the capital on September 3, 2024.",
            "The president will travel to the country on Tuesday for talks with his host and "
            "a gala reception, the presidency said in a short statement.",
        ),
        # a file picture's day
        (
            "File photo: the two presidents walk past an honour guard at the welcome in the "
            "capital on September 3, 2019.",
            "Seen on its own, the president's visit to the country on Tuesday is ordinary: he "
            "is due to meet his host and attend a gala reception.",
        ),
        # the only full date is told as coming
        (
            "The president arrived in the country on Monday, and the two leaders will sign "
            "the treaty on September 3, 2024, the ministry said in a statement.",
        ),
        # a day of the body alone: an earlier event's as often as the news's
        (
            "Monday's talks between the two delegations ended without a statement, and both "
            "sides went home to consult their governments on the text.",
            "Neither side would say when the next round might take place, and the mediators "
            "kept their own counsel about the gaps that remain.",
            "The delegations had first met in the city on November 3, 2025, the ministry said "
            "in a short note to the press.",
        ),
        # the body tells a later day than the caption's
        (
            "In a pool picture, the two presidents walk past an honour guard at the welcome "
            "in the capital on September 3, 2024.",
            "Seen on its own, the president's visit to the country on Tuesday is ordinary: he "
            "is due to meet his host and attend a gala reception.",
            "Neither side would say what the talks might yield, and the mediators kept their "
            "own counsel about the gaps that remain between them.",
            "The court repeated its demand for his arrest on September 12, 2024, its "
            "spokesman said in a statement.",
        ),
        # no weekday in the lead: a bound alone settles no day
        (
            "In a pool picture, the two presidents walk past an honour guard at the welcome "
            "in the capital on September 3, 2024.",
            "Seen on its own, the president's visit to the country is ordinary: he is due to "
            "meet his host and attend a gala reception in the evening.",
        ),
    ],
)
def test_a_latest_day_the_leads_weekday_does_not_settle_dates_nothing(
    lines: tuple[str, ...],
) -> None:
    assert published_from_text(_page("Leader in the capital", *lines), today=TODAY) is None


def test_a_wire_caption_cleaned_away_still_tells_the_day_the_leads_weekday_settles() -> None:
    text = _page(
        "Home | World | Politics",
        "Leader's trip tests the court's warrant",
        "In a pool photograph distributed by the state agency, the two presidents walk past "
        "an honour guard at the welcome in the capital on September 3, 2024.\n"
        "Jane Roe | Afp | Getty Images",
        "Seen on its own, the president's visit to the country on Tuesday is ordinary: he is "
        "due to meet his host, hold talks on bilateral ties and attend a gala reception.",
        "What is unusual is that the host, a member of the court, was expected to arrest "
        "him as soon as he set foot on its soil on Monday evening.",
    )
    prepared = prepare_bytes(text.encode(), name="page.txt")
    assert "honour guard" not in prepared.document.text  # the caption is furniture
    assert prepared.document.published == date(2024, 9, 3)
    assert prepared.document.published_basis == "inferred"
