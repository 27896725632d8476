"""The article's own date: stamps, datelines, page metadata, years not printed, site clocks."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.ingest import prepare_bytes
from tracker.ingest.datestamps import (
    copyright_years,
    find_dates,
    is_stamp_line,
    parse_date_value,
    parse_dateline,
    parse_stamp,
    parse_stamp_parts,
)
from tracker.ingest.htmldates import page_dates
from tracker.ingest.metadata import extract_metadata
from tracker.ingest.published import choose_published, published_from_text

from .linear import LINEAR_GROWTH, growth

TODAY = date(2026, 12, 5)
LEAD = (
    "The Kremlin confirmed that Russian President Vladimir Putin and US President Donald "
    "Trump could meet in Hungary within the next two weeks, officials told reporters."
)

# ------------------------------------------------------------------ stamp lines


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("• Saturday, 17 May 2025", date(2025, 5, 17)),
        ("22.10.2025", date(2025, 10, 22)),
        ("10/19/2025", date(2025, 10, 19)),
        ("JAN 07, 2026 - 12:14 AM GMT+3", date(2026, 1, 7)),
        ("2025-08-09 01:05:59", date(2025, 8, 9)),
        ("• 2025-08-19 11:28 AM", date(2025, 8, 19)),
        ("Published 24.02.2026", date(2026, 2, 24)),
        ("Published : Oct. 14, 2025", date(2025, 10, 14)),
        ("Published Mar 13, 2026 07:28 pm", date(2026, 3, 13)),
        ("Last Updated: 23 Feb 2026 11:40 AM IST", date(2026, 2, 23)),
        ("4:40PM, December 27, 2025", date(2025, 12, 27)),
        ("8 August 2025 11:26 (UTC+04:00)", date(2025, 8, 8)),
        ("(Xinhua) 15:14, October 29, 2025", date(2025, 10, 29)),
        ("MONDAY, NOVEMBER 10, 2025", date(2025, 11, 10)),
        ("7 May, 2025", date(2025, 5, 7)),
        ("July 30 2025", date(2025, 7, 30)),
        ("13 de octubre, 2025", date(2025, 10, 13)),
        ("18:18 GMT 16.10.2025", date(2025, 10, 16)),
        # the minutes of a time before the date are not its day ("47 September")
        ("All Headlines 09:12 March 4, 2026", None),
        ("09:12 March 4, 2026", date(2026, 3, 4)),
        # the site's age of the page beside its date
        ("4 Mar, 2026 09:12 / Updated 2 years ago", date(2026, 3, 4)),
        ("March 4, 2026 / 9:12 AM / 3 months ago", date(2026, 3, 4)),
        # a date that reads two ways, or lacks its year, is not a stamp line
        ("06-01-2026", None),
        ("Published: 01.04.26, 18:32", None),
        ("2 NOV, 14:20", None),
        ("7:00 PM on Thursday, September 18", None),
        # prose and headlines are not stamps
        ("Xi to meet Trump in ROK on Oct. 30", None),
        ("Daily News 27-12-2025", None),
        ("31.02.2025", None),
    ],
)
def test_stamp_lines(line: str, expected: date | None) -> None:
    assert parse_stamp(line) == expected


@pytest.mark.parametrize(
    ("line", "year", "month", "day", "weekday", "other"),
    [
        ("2 NOV, 14:20", None, 11, 2, None, None),
        ("SEP 18, 10:25", None, 9, 18, None, None),
        ("7:00 PM on Thursday, September 18", None, 9, 18, 3, None),
        ("06-01-2026", 2026, 1, 6, None, (6, 1)),  # "-" reads day first until told otherwise
        ("Published on 06/09/2025 - 11:48 GMT+2", 2025, 6, 9, None, (9, 6)),  # "/" month first
        ("Published: 01.04.26, 18:32", 2026, 4, 1, None, (1, 4)),
    ],
)
def test_stamp_parts(
    line: str,
    year: int | None,
    month: int,
    day: int,
    weekday: int | None,
    other: tuple[int, int] | None,
) -> None:
    parts = parse_stamp_parts(line)
    assert parts is not None
    assert (parts.year, parts.month, parts.day, parts.weekday, parts.other) == (
        year,
        month,
        day,
        weekday,
        other,
    )
    assert is_stamp_line(line)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-10-21T18:12:50Z", date(2025, 10, 21)),
        ("2025-08-08T15:27:41-08:00", date(2025, 8, 8)),  # the local date, as printed
        ("20251022T101500Z", date(2025, 10, 22)),
        ("Oct. 22, 2025", date(2025, 10, 22)),
        ("not a date", None),
    ],
)
def test_metadata_values(value: str, expected: date | None) -> None:
    assert parse_date_value(value) == expected


def test_dates_in_a_header_line() -> None:
    line = "by The Kyiv Independent news desk · November 11, 2025 5:03 PM · 2 min read"
    assert [(d.year, d.month, d.day) for d in find_dates(line)] == [(2025, 11, 11)]


# ------------------------------------------------------------------ datelines


@pytest.mark.parametrize(
    ("line", "text", "year", "month", "day"),
    [
        ("WASHINGTON, Nov. 3, 2025 — The president", "WASHINGTON, Nov. 3, 2025 —", 2025, 11, 3),
        ("MOSCOW, October 21 (Reuters) - Russia", "MOSCOW, October 21 (Reuters)", None, 10, 21),
        ("ISTANBUL, May 16. /TASS/. Russia and", "ISTANBUL, May 16. /TASS/.", None, 5, 16),
        ("Baku, October 17, AZERTAC", "Baku, October 17, AZERTAC", None, 10, 17),
        ("Budapest, Oct 23 (IANS) Preparations", "Budapest, Oct 23 (IANS)", None, 10, 23),
        ("DOHA, Oct 19 (KUNA) -- Qatar's", "DOHA, Oct 19 (KUNA)", None, 10, 19),
        (
            "MUSCAT, Oman, June 15, 2025 (BSS/AFP) - Oman",
            "MUSCAT, Oman, June 15, 2025 (BSS/AFP)",
            2025,
            6,
            15,
        ),
        (
            "Doha / Information Office / March 11",
            "Doha / Information Office / March 11",
            None,
            3,
            11,
        ),
        (
            "(MENAFN- Kuwait News Agency (KUNA)) DOHA, Oct 19 (KUNA) -- Qatar's",
            "(MENAFN- Kuwait News Agency (KUNA)) DOHA, Oct 19 (KUNA)",
            None,
            10,
            19,
        ),
        ("WANA (Oct 08) – Iran's Foreign Minister", "WANA (Oct 08) –", None, 10, 8),
        (
            "PUTRAJAYA, Malaysia, July 28 (TNA) – A",
            "PUTRAJAYA, Malaysia, July 28 (TNA)",
            None,
            7,
            28,
        ),
        (
            "MOSCOW (UrduPoint News / Sputnik - 16th January, 2023) Talks between",
            "MOSCOW (UrduPoint News / Sputnik - 16th January, 2023)",
            2023,
            1,
            16,
        ),
        (
            # A comma after the place, the agency and the date in brackets (APP copy on
            # UrduPoint), with a space before the closing bracket in older pages.
            "KARACHI, (APP - UrduPoint / Pakistan Point News - 2nd Mar, 2025) Port officials",
            "KARACHI, (APP - UrduPoint / Pakistan Point News - 2nd Mar, 2025)",
            2025,
            3,
            2,
        ),
        (
            "LAHORE, (UrduPoint / Pakistan Point News - 9th Nov, 2021 ) :The board met",
            "LAHORE, (UrduPoint / Pakistan Point News - 9th Nov, 2021 ) :",
            2021,
            11,
            9,
        ),
        (
            "Washington, DC – October 22, 2025 – The State Department",
            "Washington, DC – October 22, 2025 –",
            2025,
            10,
            22,
        ),
        ("Yerevan, October 22 /ARKA/. Armenia", "Yerevan, October 22 /ARKA/.", None, 10, 22),
        ("Tehran, Oct 22, IRNA – Iran's", "Tehran, Oct 22, IRNA", None, 10, 22),
        (
            "UNITED NATIONS, December 19. /TASS/. In",
            "UNITED NATIONS, December 19. /TASS/.",
            None,
            12,
            19,
        ),
        # a numeric date with a two-digit year between the place and the agency
        ("Baku/04.03.26/Turan: On Wednesday", "Baku/04.03.26/Turan:", 2026, 3, 4),
        ("Baku/03/04/26/Turan: On Wednesday", "Baku/03/04/26/Turan:", 2026, 3, 4),
        # a place, a comma and a numeric date with the year in full
        ("Valletta, 14/03/2026", "Valletta, 14/03/2026", 2026, 3, 14),
        ("Valletta, 14.03.2026 – The ministers met", "Valletta, 14.03.2026 –", 2026, 3, 14),
        # the date first, the place or agency in capitals in brackets
        ("Mar 4, 2026 (JUBA) — South Sudan's", "Mar 4, 2026 (JUBA) —", 2026, 3, 4),
        ("Mar. 4, 2026 (EIRNS)—The envoy", "Mar. 4, 2026 (EIRNS)—", 2026, 3, 4),
    ],
)
def test_datelines(line: str, text: str, year: int | None, month: int, day: int) -> None:
    found = parse_dateline(line)
    assert found is not None
    assert (found.text, found.parts.year, found.parts.month, found.parts.day) == (
        text,
        year,
        month,
        day,
    )


@pytest.mark.parametrize(
    "line",
    [
        "WASHINGTON (AP) — After a phone call with Chinese leader Xi Jinping",
        "In Paris, October 12 was a quiet day for the delegations.",
        "Trump and Putin met on August 15 in Alaska.",
        "ERBIL, Kurdistan Region - In a joint statement on Tuesday",
        "Baku/Tbilisi/Yerevan: a quiet day for the delegations.",
        "Mar 4, 2026 (Juba) was a quiet day for the delegations.",
        "Delegates met in Rome, (as on 4 May) with no agenda.",
        "The envoy flew to Doha, (see the 4th May, 2025 report) and waited.",
    ],
)
def test_not_datelines(line: str) -> None:
    assert parse_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("© TASS 1999-2025. All rights reserved.", [1999, 2025]),
        ("Copyright © 2025 Sun Media Corporation Sdn. Bhd.", [2025]),
        ("Rudaw Media Network © 2026", [2026]),
        ("© Ramil Sitdikov/POOL/TASS", []),
        ("The 2026 G20 will be held in Miami.", []),
    ],
)
def test_copyright_years(line: str, years: list[int]) -> None:
    assert copyright_years(line) == years


# ------------------------------------------------------------------ which date is the article's


def _pick(
    lines: list[str],
    stamps: list[str] | None = None,
    meta: dict[str, str] | None = None,
    dropped: list[str] | None = None,
) -> tuple[date | None, str | None]:
    found = choose_published(lines, stamps or [], meta, dropped=dropped or [], today=TODAY)
    return (found.date, found.basis) if found else (None, None)


@pytest.mark.parametrize(
    ("lines", "stamps", "meta", "expected", "basis"),
    [
        # page metadata first, over a dateline; but a wire story put online the day after
        # its dateline is of the dateline's day (its "yesterday" counts from it)
        (
            ["Headline of the story here", "MOSCOW, October 21 (Reuters) - " + LEAD],
            [],
            {"article:published_time": "2025-10-22T08:00:00Z"},
            date(2025, 10, 21),
            "stated",
        ),
        (
            ["Headline of the story here", "MOSCOW, October 12 (Reuters) - " + LEAD],
            [],
            {"article:published_time": "2025-10-22T08:00:00Z"},
            date(2025, 10, 22),
            "stated",
        ),
        (
            ["Headline of the story here"],
            [],
            {"jsonld:datepublished": "2025-10-21"},
            date(2025, 10, 21),
            "stated",
        ),
        (
            ["Headline of the story here"],
            [],
            {"time:datetime": "2025-10-20T10:00:00+03:00"},
            date(2025, 10, 20),
            "stated",
        ),
        # a metadata date after today is not the article's
        (
            ["Headline of the story here"],
            ["Oct. 22, 2025"],
            {"date": "2031-01-01"},
            date(2025, 10, 22),
            "stated",
        ),
        # a dateline with its year
        (
            ["Headline of the story here", "WASHINGTON, Nov. 3, 2025 — " + LEAD],
            [],
            None,
            date(2025, 11, 3),
            "stated",
        ),
        # a dateline over a stamp; the stamp of the next day lends its year: stated
        (
            ["Headline of the story here", "ISTANBUL, May 16. /TASS/. " + LEAD],
            ["• Saturday, 17 May 2025"],
            None,
            date(2025, 5, 16),
            "stated",
        ),
        # a yearless dateline: the year from the copyright line (inferred)
        (
            [
                "Headline of the story here",
                "MOSCOW, November 2. /TASS/. " + LEAD,
                "© TASS 1999-2025. All rights reserved.",
            ],
            [],
            None,
            date(2025, 11, 2),
            "inferred",
        ),
        # … from the weekday the lead names for that day (17 Oct 2025 was a Friday)
        (
            ["Headline of the story here", "Baku, October 17, AZERTAC", "On Friday " + LEAD],
            [],
            None,
            date(2025, 10, 17),
            "inferred",
        ),
        # … else the latest such day not after today
        (
            ["Headline of the story here", "Budapest, Oct 23 (IANS) " + LEAD],
            [],
            None,
            date(2026, 10, 23),
            "inferred",
        ),
        # a yearless stamp line takes the weekday it prints (18 Sep 2025 was a Thursday)
        (
            ["Headline of the story here", "7:00 PM on Thursday, September 18", LEAD],
            [],
            None,
            date(2025, 9, 18),
            "inferred",
        ),
        # a header line with a date (a byline)
        (
            [
                "Headline of the story here",
                "by The Kyiv Independent news desk · November 11, 2025 5:03 PM · 2 min read",
                LEAD,
            ],
            [],
            None,
            date(2025, 11, 11),
            "stated",
        ),
        # a caption's date is not the article's
        (
            [
                "Headline of the story here",
                "Photo caption: The minister at the palace in Istanbul on May 16, 2025.",
                LEAD,
            ],
            [],
            None,
            None,
            None,
        ),
        # a photo caption written like a dateline is not one
        (
            [
                "Headline of the story here",
                "WASHINGTON, DC - OCTOBER 17: President Trump meets Zelensky in the Cabinet "
                "Room. (Photo by Name Surname/Getty Images)",
                LEAD,
            ],
            [],
            None,
            None,
            None,
        ),
        # nothing dated: no date
        (["Headline of the story here", LEAD], [], None, None, None),
    ],
)
def test_published_choice(
    lines: list[str],
    stamps: list[str],
    meta: dict[str, str] | None,
    expected: date | None,
    basis: str | None,
) -> None:
    assert _pick(lines, stamps, meta) == (expected, basis)


def test_site_clock_is_not_the_article_date() -> None:
    lines = [
        "Trump Unveils Alaska Meeting with Putin",
        "Trump said on Friday that he will meet Putin in Alaska on August 15, 2025, and that "
        "more details would follow very shortly, according to his post.",
    ]
    stamps = ["Tuesday, 02 January 2024 12:17 GMT", "2025-08-09 01:05:59"]
    assert _pick(lines, stamps) == (date(2025, 8, 9), "stated")


def test_published_stamp_beats_updated_stamp() -> None:
    lines = ["Headline of the story here", LEAD]
    stamps = ["Updated: 23 Oct 2025 09:00", "Published: 22 Oct 2025 18:00"]
    assert _pick(lines, stamps) == (date(2025, 10, 22), "stated")


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("7:00 PM on Thursday, September 18", (date(2025, 9, 18), "inferred")),
        ("06-01-2026", (date(2026, 1, 6), "inferred")),
    ],
)
def test_stamps_without_a_year_or_read_two_ways_may_come_as_stamp_lines(
    stamp: str, expected: tuple[date, str]
) -> None:
    assert _pick(["Headline of the story here", LEAD], [stamp]) == expected


def test_stamp_agreeing_with_the_dateline_wins() -> None:
    lines = ["Headline of the story here", "DOHA, Oct 19 (KUNA) -- " + LEAD]
    assert _pick(lines, ["10/19/2025"]) == (date(2025, 10, 19), "stated")


def test_copyright_from_the_dropped_lines_lends_a_year() -> None:
    lines = ["Headline of the story here", "BEIRUT, September 18. /TASS/. " + LEAD]
    assert _pick(lines, dropped=["© TASS 2025. All rights reserved."]) == (
        date(2025, 9, 18),
        "inferred",
    )


@pytest.mark.parametrize(
    ("stamp", "lead", "expected"),
    [
        # a time zone east of Greenwich reads day first
        ("Published on 06/09/2025 - 11:48 GMT+2", LEAD, date(2025, 9, 6)),
        # the weekday the head implies: "tomorrow" beside "Monday" is a Sunday (4 Jan 2026)
        (
            "Published: 01.04.26, 18:32",
            "Talks will resume tomorrow in Paris, and the delegations are set to resume "
            "Monday in Paris, an Israeli official confirmed to reporters.",
            date(2026, 1, 4),
        ),
        # no evidence: "-" and "." read day first
        ("06-01-2026", LEAD, date(2026, 1, 6)),
    ],
)
def test_ambiguous_numeric_dates(stamp: str, lead: str, expected: date) -> None:
    assert _pick(["Headline of the story here", stamp, lead]) == (expected, "inferred")


def test_published_note_says_how() -> None:
    found = choose_published(
        ["Headline of the story here", "Baku, October 17, AZERTAC", "On Friday " + LEAD],
        today=TODAY,
    )
    assert found is not None
    assert found.note == (
        'the dateline "Baku, October 17, AZERTAC"; year 2025: October 17 was a Friday '
        'that year, the day the lead names ("Friday")'
    )


def test_published_from_the_stored_text_alone() -> None:
    text = "Headline of the story here\n\nBaku, October 17, AZERTAC\n\nOn Friday " + LEAD
    found = published_from_text(text, today=TODAY)
    assert found is not None and (found.date, found.basis) == (date(2025, 10, 17), "inferred")


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "The ministers met in Valletta on Thursday morning, March 12, and agreed to "
            "meet again soon, officials of both delegations told the press afterwards.",
            date(2026, 3, 12),
        ),
        (
            "Talks wrapped up late on Sunday, 9 August, in the island capital, where both "
            "delegations promised a further round before the autumn was out.",
            date(2026, 8, 9),
        ),
        # or the day its narration names relative to its own
        (
            "Aide: The preparations are nearly done. The talks begin tomorrow, May 20, "
            "at ten in the morning, and the delegations will then dine together.",
            date(2026, 5, 19),
        ),
        (
            "The envoys arrived in the capital today, 3 June, for what both sides "
            "called a decisive round of consultations on the border question.",
            date(2026, 6, 3),
        ),
    ],
)
def test_an_undated_article_takes_the_day_its_lead_dates(lead: str, expected: date) -> None:
    found = published_from_text(f"Island talks end\n\n{lead}\n", today=TODAY)
    assert found is not None
    assert (found.date, found.basis) == (expected, "inferred")


@pytest.mark.parametrize(
    "lead",
    [
        # a day the lead gives a plan, coming or changed, is not the day of the report
        "The third round of island talks, initially scheduled for Tuesday, 17 March, in "
        "Valletta, has been put off because of a clash with another meeting, sources said.",
        "Delegations of both sides will meet on Thursday, March 12, in Valletta for what both "
        "called a decisive round of consultations on the border question.",
        "The ministers' meeting set for Wednesday, 11 March, was called off late at night, "
        "officials of both delegations told the press.",
    ],
)
def test_a_lead_weekday_and_date_of_a_plan_do_not_date_the_article(lead: str) -> None:
    assert published_from_text(f"Island talks put off\n\n{lead}\n", today=TODAY) is None


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # a dateline of two or three places, as agencies date a story told from both
        ("VALLETTA/TUNIS, March 12 (Reuters) - The two foreign ministers met on Thursday.", "x"),
        ("Valletta/Tunis, Mar 12: The two foreign ministers met on Thursday in the port.", "x"),
        # a header line's date with the time of a same-day update after it
        ("Island Desk | Mar 12, 2026, updated 1:05 PM IST", "s"),
        # a release's full date first, set off by a dash
        ("12 March 2026 – Malta and Tunisia convened their first round of border talks.", "s"),
        ("March 12, 2026 - Malta and Tunisia convened their first round of border talks.", "s"),
    ],
)
def test_more_layouts_of_the_articles_day(head: str, expected: str) -> None:
    text = (
        f"Island talks end\n\n{head}\n\nThe ministers met in Valletta on Thursday and agreed "
        "to meet again soon, officials of both delegations told the press afterwards.\n\n"
        "© 2026 Island News\n"
    )
    found = published_from_text(text, today=TODAY)
    assert found is not None and found.date == date(2026, 3, 12)
    assert found.basis == ("stated" if expected == "s" else "inferred")


def test_a_lead_weekday_with_its_date_in_brackets_takes_the_copyright_year() -> None:
    # "on Friday (May 19)" over "Copyright 2017 …": the Friday of that year, not the latest
    lead = (
        "The ministers of both countries held their first consultation on the island "
        "dispute on Thursday (March 12) and agreed to meet again within six months."
    )
    text = f"Island talks open\n\n{lead}\n\nCopyright 2015 Island News\n"
    found = published_from_text(text, today=TODAY)
    assert found is not None and (found.date, found.basis) == (date(2015, 3, 12), "inferred")


def test_a_lead_weekday_without_its_day_of_the_month_dates_nothing() -> None:
    lead = (
        "The ministers met in Valletta on Thursday morning and agreed to meet again soon, "
        "officials of both delegations told the press afterwards."
    )
    assert published_from_text(f"Island talks end\n\n{lead}\n", today=TODAY) is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a day told as past, and the next as coming: written on the former
        (
            [
                "Envoys of both sides will gather in Geneva on March 9, 2026, hoping to "
                "agree a first exchange of prisoners and a line for a later truce.",
                "In a short statement on March 8, the foreign minister said that he had "
                "chosen the members of the delegation and that they had left already.",
            ],
            date(2026, 3, 8),
        ),
        (
            [
                "In the port city the accord was signed by both prime ministers on "
                "October 14, 2026, and the first joint patrols are due to begin on October 15, "
                "officials of both countries said.",
            ],
            date(2026, 10, 14),
        ),
    ],
)
def test_an_undated_article_written_between_a_past_day_and_a_coming_one(
    body: list[str], expected: date
) -> None:
    lines = "\n\n".join(body)
    found = published_from_text(f"Talks near\n\n{lines}\n", today=TODAY)
    assert found is not None
    assert (found.date, found.basis) == (expected, "inferred")


@pytest.mark.parametrize(
    "body",
    [
        # both days told as coming: nothing dates the article
        "The envoys are expected to arrive on March 8 and the talks will open on March 9, "
        "officials of both delegations said on the condition of anonymity.",
        # a past day and a coming one a week apart: the article lies anywhere between
        "The accord was signed by the two prime ministers in the port city on October 4, "
        "and the first joint patrols are due to begin on October 15, officials said.",
        # a date of the past day of a proposal is the proposed event's, not a past one
        "The minister proposed a meeting of both delegations in the capital on May 14, and "
        "the talks are scheduled to begin on May 15, according to his spokesperson.",
    ],
)
def test_told_days_that_do_not_bracket_the_article_date_nothing(body: str) -> None:
    assert published_from_text(f"Talks near\n\n{body}\n", today=TODAY) is None


def test_a_quoted_tomorrow_is_the_speakers_day_not_the_articles() -> None:
    body = (
        'The minister told reporters: "We expect a full truce from tomorrow, May 12, and '
        'we are ready to meet," and left without taking questions from the press corps.'
    )
    assert published_from_text(f"Island talks near\n\n{body}\n", today=TODAY) is None


def test_extract_metadata_records_basis_and_note() -> None:
    info = extract_metadata(
        ["Headline of the story here", "MOSCOW, October 21 (Reuters) - " + LEAD],
        [],
        {},
        dropped=[("© 2025 Reuters", "credit")],
        today=TODAY,
    )
    assert (info.published, info.published_basis) == (date(2025, 10, 21), "inferred")
    assert info.published_note == (
        'the dateline "MOSCOW, October 21 (Reuters)"; year 2025 from the copyright line '
        '"© 2025 Reuters"'
    )


# ------------------------------------------------------------------ HTML


HTML = """<!DOCTYPE html><html><head><title>Talks resume - Site</title>
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Site"},
  {"@type": "NewsArticle", "headline": "Talks resume", "datePublished": "2025-10-21T09:00:00Z"}
]}</script></head>
<body><header><div class="clock"><time datetime="2024-01-02">Tuesday, 2 January 2024</time></div></header>
<main><article><h1>Talks resume in Doha</h1>
<span itemprop="datePublished" content="2025-10-21">21 Oct</span>
<time datetime="2025-10-21T10:00:00+03:00">October 21, 2025</time>
<p>Delegations met again in Doha on Tuesday and agreed to continue the talks next week,
officials said after the session ended late in the evening.</p></article>
<aside><time datetime="2025-10-01">1 Oct</time></aside></main></body></html>"""


def test_page_dates() -> None:
    assert page_dates(HTML) == {
        "jsonld:datepublished": "2025-10-21T09:00:00Z",
        "itemprop:datepublished": "2025-10-21",
        "time:datetime": "2025-10-21T10:00:00+03:00",
    }


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            '<script type="application/ld+json">{"@type": "Article", '
            '"datePublished": "2025-05-15"}</script>',
            {"jsonld:datepublished": "2025-05-15"},
        ),
        (
            '<script type="application/ld+json">[{"@type": "BreadcrumbList"}, '
            '{"@type": ["NewsArticle"], "datePublished": "2025-05-16"}]</script>',
            {"jsonld:datepublished": "2025-05-16"},
        ),
        ('<script type="application/ld+json">{not json</script>', {}),
        (
            '<p><time itemprop="datePublished" datetime="2025-06-01">1 June</time></p>',
            {"itemprop:datepublished": "2025-06-01"},
        ),
        (
            '<p><span itemprop="datePublished">June 2, 2025</span></p>',
            {"itemprop:datepublished": "June 2, 2025"},
        ),
        # a <time> of a sidebar outside <article>/<main>/<header> is not the article's
        ('<aside><time datetime="2025-01-01">x</time></aside><p>text</p>', {}),
        (
            '<article><p>x</p><time datetime="2025-07-01">1 July</time></article>',
            {"time:datetime": "2025-07-01"},
        ),
    ],
)
def test_page_dates_forms(markup: str, expected: dict[str, str]) -> None:
    assert page_dates(markup) == expected


def test_html_jsonld_dates_the_document() -> None:
    doc = prepare_bytes(HTML.encode(), name="talks.html").document
    assert (doc.published, doc.published_basis) == (date(2025, 10, 21), "stated")
    assert doc.published_note == "stated in the page metadata (JSON-LD datePublished)"


def test_text_file_with_a_dateline_is_dated() -> None:
    raw = "\n\n".join(
        [
            "Kremlin says summit may happen within two weeks",
            "Baku, October 17, AZERTAC",
            "On Friday " + LEAD,
        ]
    )
    doc = prepare_bytes(raw.encode(), name="azertac.txt").document
    assert doc.published_basis == "inferred"
    assert doc.published is not None and (doc.published.month, doc.published.day) == (10, 17)


@pytest.mark.parametrize(
    "header",
    [
        # a byline in emphasis with its date after a bar, which cleaning drops as a menu
        "**By Jo Roe** | 14.03.2026",
        # a numeric dateline opening the lead
        "Baku/14.03.26/Turan:",
        # a wire's header: a time of day before the date
        "All Headlines 09:12 March 14, 2026",
        # a date-first dateline
        "Mar 14, 2026 (JUBA) —",
    ],
)
def test_text_files_with_the_date_layouts_of_regional_and_wire_pages(header: str) -> None:
    lead = "On Friday " + LEAD
    raw = "\n\n".join(["Envoys agree to meet again", header + " " + lead])
    if header.startswith(("**", "All")):
        raw = "\n\n".join(["Envoys agree to meet again", header, lead])
    doc = prepare_bytes(raw.encode(), name="envoys.txt").document
    assert (doc.published, doc.published_basis) == (date(2026, 3, 14), "stated")


def test_a_time_before_a_date_leaves_the_date_whole() -> None:
    found = find_dates("All Headlines 09:12 March 4, 2026")
    assert [(d.year, d.month, d.day) for d in found] == [(2026, 3, 4)]


# ------------------------------------------------------------------ linear time


def _read_line(line: str) -> None:
    parse_stamp(line)
    parse_dateline(line)
    find_dates(line)
    copyright_years(line)
    choose_published([line, line[:5000]], [line[:90]], {}, dropped=[line], today=TODAY)
    page_dates(line)


@pytest.mark.parametrize("unit", ["1", "Oct ", "(", "A, ", "© 2025 ", "12.12."])
def test_a_two_megabyte_line_is_read_in_linear_time(unit: str) -> None:
    # One 2 MB line costs about what four of 500 KB do (linear), not four times as much
    # (quadratic): processor time within one run, under a hang watchdog.
    ratio = growth(_read_line, lambda chars: unit * (chars // len(unit)), 500_000)
    assert ratio < LINEAR_GROWTH, f"{unit!r}: one line cost {ratio:.1f}x four quarters"


@pytest.mark.parametrize(
    ("dropped", "expected"),
    [
        # a desk's byline with the date and the time of day, taken out with a list above it
        (["Trending:", "Harbour talks stall", "Metro Desk March 3, 2026, 21:15:07 IST"], 3),
        (["Popular now", "By J. Roe and Staff 3 March 2026 9:40 am"], 3),
        # a date without a time of day, a long line or a dated sentence: not a byline
        (["Trending:", "Metro Desk March 3, 2026"], None),
        (["Ferry resumes after the storm of March 1, 2026, 06:00"], None),
        (["Read also: 2 ministers met on March 3, 2026, 10:00 GMT"], None),
        # teasers, each under its outlet and time: a list, not the page's byline
        (
            ["Port reopens", "Daily Herald 3 Mar 2026 11:29 am", "Coast Post 2 Mar 2026 8:12 am"],
            None,
        ),
    ],
)
def test_a_byline_with_date_and_time_dropped_with_the_head_dates_the_page(
    dropped: list[str], expected: int | None
) -> None:
    lines = ["Harbour talks stall", LEAD]
    want = (date(2026, 3, expected), "stated") if expected else (None, None)
    assert _pick(lines, dropped=dropped) == want


def test_a_dropped_byline_yields_to_a_date_the_page_prints() -> None:
    lines = ["Harbour talks stall", "March 4, 2026", LEAD]
    dropped = ["Trending:", "Metro Desk March 3, 2026, 21:15:07 IST"]
    assert _pick(lines, dropped=dropped) == (date(2026, 3, 4), "stated")


@pytest.mark.parametrize(
    ("dropped", "expected"),
    [
        # a byline and its date set apart by a bar, bullet or dash, either way round
        (["Home » World", "March 3, 2026 | Harbour Reporter"], 3),
        (["3 March 2026 | Staff Writer"], 3),
        (["By Jo Roe | 3 Mar 2026"], 3),
        (["By Jo Roe | 3 Mar 2026 | 4 min read"], 3),
        (["Par Jean Roe · 3 mars 2026"], 3),
        (["3 Mar 2026 - 09:40 | Jo Roe"], 3),
        # in Markdown or text emphasis, with a numeric date
        (["**By Jo Roe** | 03.03.2026"], 3),
        (["_Jo Roe_ · 3 Mar 2026"], 3),
        # a sentence or a headline with its date is no byline
        (["Read also: ferry resumes after the storm | March 1, 2026"], None),
        # teasers, each with its date: a list, not the page's byline
        (["Port Reopens | 3 Mar 2026", "Coast Road Closed | 2 Mar 2026"], None),
    ],
)
def test_a_byline_and_its_date_set_apart_by_a_bar_date_the_page(
    dropped: list[str], expected: int | None
) -> None:
    lines = ["Harbour talks stall", LEAD]
    want = (date(2026, 3, expected), "stated") if expected else (None, None)
    assert _pick(lines, dropped=dropped) == want


@pytest.mark.parametrize(
    ("dropped", "expected"),
    [
        # a desk, an agency and a city before the date, in emphasis or not
        (["Home | World", "Harbour Desk · Wire · Valletta · 3 March 2026"], 3),
        (["*Harbour Desk · Wire · Valletta · 3 March 2026*"], 3),
        (["_Island International Desk · 3 March 2026_"], 3),
        # a numbered series, a reading time, labelled fields, a breadcrumb
        (["Brief 7 · 3 March 2026"], 3),
        (["By Jo Roe · Wire · 4 min read · 3 March 2026"], 3),
        (["publish: 3 March 2026 • time: 9:40 am • category: Politics"], 3),
        (["World News | Island Post | 3 March 2026"], 3),
        # an outlet after a numeric date that reads two ways: its default reading, month first
        (["03/04/2026 | Island Post"], 4),
        # segments in lower case, or two dates, are a menu or a list, not a byline
        (["news · sport · 3 March 2026"], None),
        (["Island Post · 2 March 2026 · 3 March 2026"], None),
    ],
)
def test_a_byline_in_segments_dates_the_page(dropped: list[str], expected: int | None) -> None:
    lines = ["Harbour talks stall", LEAD]
    found = _pick(lines, dropped=dropped)
    assert found[0] == (date(2026, 3, expected) if expected else None)


def test_a_numeric_dateline_under_a_bulletins_date_dates_the_statement() -> None:
    text = (
        "Island Bulletin\n\nDaily news 16/03/2026\n\nHarbour talks resume\n\n"
        "Valletta, 15/03/2026\n\nThe two ministers met in Valletta today and agreed to meet "
        "again next month, officials of both delegations told the press afterwards.\n"
    )
    found = published_from_text(text, today=TODAY)
    assert found is not None and found.date == date(2026, 3, 15)


@pytest.mark.parametrize(
    ("dropped", "expected"),
    [
        # a numeric date that reads two ways takes the way the page prints its others
        (["04/03/2026 | Island Post", "Related: Port reopens | 24/02/2026"], date(2026, 3, 4)),
        (["03/04/2026 | Island Post", "Related: Port reopens | 02/24/2026"], date(2026, 3, 4)),
        # a segment naming the kind of page, as the EU institutions print it
        (["04/03/2026 19:46 | Press release |", "Related | 24/02/2026"], date(2026, 3, 4)),
        (["14/03/2026 00:31 | Statements and remarks |"], date(2026, 3, 14)),
    ],
)
def test_a_numeric_byline_date_takes_the_pages_own_convention(
    dropped: list[str], expected: date
) -> None:
    lines = ["Harbour talks stall", LEAD]
    assert _pick(lines, dropped=dropped)[0] == expected


def test_a_byline_in_segments_kept_in_the_head_dates_the_page() -> None:
    text = (
        "Harbour talks stall\n\nNote 12 · 3 March 2026\n\nThe ministers met in Valletta on "
        "Tuesday and agreed to meet again soon, officials of both delegations told the press.\n"
    )
    found = published_from_text(text, today=TODAY)
    assert found is not None and found.date == date(2026, 3, 3)


@pytest.mark.parametrize(
    "stamps",
    [
        ["Updated: 23/10/2025 09:10 | Published: 22/10/2025 18:00"],
        ["Mis à jour le 23 octobre 2025", "Publié le 22 octobre 2025"],
        ["Actualizado el 23 de octubre, 2025 | Publicado el 22 de octubre, 2025"],
    ],
)
def test_the_first_publication_is_the_articles_day_in_any_order_or_language(
    stamps: list[str],
) -> None:
    lines = ["Headline of the story here", LEAD]
    assert _pick(lines, stamps) == (date(2025, 10, 22), "stated")


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # the lead tells the next day's news as past: the article is of that day
        (
            "WASHINGTON (AP) — After a phone call with the Chilean president on Wednesday, "
            "U.S. President Donald Trump said the two would meet in Lima next month.",
            (date(2026, 3, 4), "inferred"),
        ),
        # a coming day, or the stamp's own day, leaves the stamp's date
        (
            "WASHINGTON (AP) — U.S. President Donald Trump will speak with the Chilean "
            "president on Wednesday about a meeting in Lima next month, officials said.",
            (date(2026, 3, 3), "stated"),
        ),
        (
            "WASHINGTON (AP) — After a phone call with the Chilean president on Tuesday, "
            "U.S. President Donald Trump said the two would meet in Lima next month.",
            (date(2026, 3, 3), "stated"),
        ),
    ],
)
def test_a_stamp_of_the_evening_before_the_leads_news_day_gives_way_to_it(
    lead: str, expected: tuple[date, str]
) -> None:
    lines = [
        "Trump and Chile's president to meet in Lima",
        "7:00 PM on Tuesday, March 3, 2026",
        lead,
    ]
    assert _pick(lines) == expected


def test_a_stamp_of_the_morning_keeps_its_day_whatever_the_lead() -> None:
    lead = (
        "WASHINGTON (AP) — After a phone call with the Chilean president on Wednesday, "
        "U.S. President Donald Trump said the two would meet in Lima next month."
    )
    lines = [
        "Trump and Chile's president to meet in Lima",
        "9:10 AM on Tuesday, March 3, 2026",
        lead,
    ]
    assert _pick(lines) == (date(2026, 3, 3), "stated")


@pytest.mark.parametrize(
    ("dropped", "expected"),
    [
        (["News Desk | Updated: 15-03-2026 02:32 IST | Created: 14-03-2026 22:10 IST"], 14),
        (["PTI | Lisbon | Updated: 14-03-2026 14:01 IST | Created: 14-03-2026 13:54 IST"], 14),
        # a date that reads two ways needs a day-first time zone beside it
        (["News Desk | Updated: 04-03-2026 02:32 | Created: 04-03-2026 02:32"], None),
        # a menu with a date is no byline
        (["Home | World news | Updated: 14-03-2026"], None),
    ],
)
def test_the_creation_date_of_a_byline_between_bars_dates_the_page(
    dropped: list[str], expected: int | None
) -> None:
    lines = ["Harbour talks stall", LEAD]
    want = (date(2026, 3, expected), "stated") if expected else (None, None)
    assert _pick(lines, dropped=dropped) == want
