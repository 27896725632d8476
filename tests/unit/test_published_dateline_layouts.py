"""Datelines and stamp lines in the layouts wire copy and small outlets print: the place with
its country before a bracketed date ("BONN, GERMANY (June 26, 2025) —"), the date first and
the place after it, in capitals or in brackets ("August 7, 2024 NAIROBI -", "18th June 2024
– (Pyongyang)"), a place in capitals and a yearless date closed by a full stop ("ASTANA,
Kazakhstan, July 4."), a masthead's hyphenated date ("| 23-Sep-2024"), and a stamp whose
time is followed by the city of its time zone ("1:52 pm - Jerusalem Time"). A weekday the
lead names fixes the year of a yearless dateline even when the day fell on it neither this
year nor last. Prose that merely starts with a place and a date, or a time zone word with no
clock, is no dateline or stamp. Lines invented."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.ingest.datestamps import parse_dateline, parse_stamp_parts
from tracker.ingest.published import YEAR_ASSUMED, published_from_text

TODAY = date(2026, 12, 7)
MORE = (
    "Officials on both sides said the delegations would report back to their capitals "
    "and that expert teams would meet again to settle the remaining technical points."
)


@pytest.mark.parametrize(
    ("line", "want", "year"),
    [
        # the place with its country (or state) before a bracketed date with its year
        ("BONN, GERMANY (June 26, 2025) — The climate talks wrapped up today.", "06-26", 2025),
        ("GENEVA, Switzerland (3 March 2024) – Delegates agreed on an agenda.", "03-03", 2024),
        ("AUSTIN, Texas, USA (Oct. 2, 2023) - The talks were held.", "10-02", 2023),
        # the date first, the place after it in capitals, with or without brackets
        ("August 7, 2024 NAIROBI - The talks have not died, the minister said.", "08-07", 2024),
        ("Jan. 12, 2022 ADDIS ABABA — Envoys met in the capital.", "01-12", 2022),
        ("Dec 9, 2006 (KHARTOUM) — Talks resumed.", "12-09", 2006),
        # the date first, an ordinal, the place after the dash in brackets
        ("18th June 2024 – (Pyongyang) The leader greeted his guest.", "06-18", 2024),
        ("3rd May 2023 - (Hong Kong) Delegations met at the harbour.", "05-03", 2023),
        ("21 April 2022 – (Dili) The president received the envoy.", "04-21", 2022),
        # a place in capitals and a yearless date closed by a full stop
        ("ASTANA, Kazakhstan, July 4. A ceremony to sign the documents was held.", "07-04", None),
        ("BAKU, Dec. 2. The two ministers met in the capital.", "12-02", None),
        ("TASHKENT, Uzbekistan, 14 May. Talks opened at the palace.", "05-14", None),
    ],
)
def test_dateline_layouts(line: str, want: str, year: int | None) -> None:
    found = parse_dateline(line)
    assert found is not None
    assert f"{found.parts.month:02d}-{found.parts.day:02d}" == want
    assert found.parts.year == year


@pytest.mark.parametrize(
    "line",
    [
        # prose that opens with a place or a weekday and a date
        "In Washington, Nov. 3. The talks were held there.",
        "On Monday, May 9. The ministers met.",
        "Washington, Nov. 3. the talks were held.",
        # a date first followed by words that are no place in capitals
        "August 7, 2024 was a hot day - the minister said.",
        "June 26, 2025 THE talks ended.",
        "18th June 2024 – a day the two capitals will remember.",
        "18th June 2024 – (photo) The leader greeted his guest.",
        # a bracketed date after a place inside a sentence
        "The meeting in BONN, GERMANY (June 26, 2025) was the last.",
    ],
)
def test_not_datelines(line: str) -> None:
    assert parse_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "want", "weekday"),
    [
        ("Wed 20 Sep 2023 1:52 pm - Jerusalem Time", date(2023, 9, 20), 2),
        ("20 September 2023, 10:05 (Beijing time)", date(2023, 9, 20), None),
        ("June 3, 2024 14:00 Moscow Time", date(2024, 6, 3), None),
        ("Fri 12 Apr 2024 09:15 am | Mecca Time", date(2024, 4, 12), 4),
        ("23-Sep-2024", date(2024, 9, 23), None),
        ("Posted: 7-Nov-2023 11:20", date(2023, 11, 7), None),
    ],
)
def test_stamp_lines_with_a_city_time_or_a_hyphenated_date(
    line: str, want: date, weekday: int | None
) -> None:
    parts = parse_stamp_parts(line)
    assert parts is not None
    assert parts.value() == want
    assert parts.weekday == weekday


@pytest.mark.parametrize(
    "line",
    [
        "20 September 2023 Prime Time",  # a programme's name: no clock before it
        "June 3 Summit Time",
        "20 September 2023, 10:05 Question Time in the Commons",
        "Talks resume on 23-Sep-2024 in Geneva, officials said",
        "23-Sep-24",  # a two-digit year is not read in this layout
    ],
)
def test_not_stamp_lines(line: str) -> None:
    parts = parse_stamp_parts(line)
    assert parts is None or parts.year is None or parts.year < 100


def _page(*lines: str) -> str:
    return "\n\n".join([*lines, MORE])


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (
            _page(
                "Medical News | International | 23-Sep-2024",
                "Members edge closer to an agreement at Geneva talks",
                "GENEVA: The eleventh meeting of the negotiating body was held in Geneva.",
            ),
            date(2024, 9, 23),
        ),
        (
            _page(
                "Al-Quds English | Arab World",
                "Wed 20 Sep 2023 1:52 pm - Jerusalem Time",
                "Officials call their talks in Riyadh serious and positive",
                "The delegation flew back to the capital on Tuesday evening.",
            ),
            date(2023, 9, 20),
        ),
        (
            _page(
                "Bonn talks leave hard questions",
                "BONN, GERMANY (June 26, 2025) — The climate talks wrapped up today in Bonn "
                "after a difficult start.",
            ),
            date(2025, 6, 26),
        ),
        (
            _page(
                "The Juba Mirror | News",
                "Peace talks still alive, minister says",
                "August 7, 2024 NAIROBI - The talks have not died, the information minister "
                "said on Wednesday.",
            ),
            date(2024, 8, 7),
        ),
        (
            _page(
                "Dim Sum Daily",
                "Leader greets his guest in the capital",
                "18th June 2024 – (Pyongyang) The leader greeted the visiting president at "
                "the airport, the state news agency reported.",
            ),
            date(2024, 6, 18),
        ),
    ],
)
def test_pages_dated_by_these_layouts(page: str, want: date) -> None:
    found = published_from_text(page, today=TODAY)
    assert found is not None
    assert found.date == want
    assert found.basis == "stated"


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        # 19 June fell on a Wednesday in 2024, not in 2025 or 2026
        (
            "Seoul, June 19 (IANS) The two leaders signed a partnership treaty as they held "
            "a summit in the capital on Wednesday.",
            date(2024, 6, 19),
        ),
        (
            "SEOUL, June 19 (Yonhap) -- The two leaders met on Wednesday in the capital.",
            date(2024, 6, 19),
        ),
        # 4 July fell on a Thursday in 2024
        (
            "ASTANA, July 4 (Reuters) - Leaders signed the declaration on Thursday.",
            date(2024, 7, 4),
        ),
    ],
)
def test_a_lead_weekday_fixes_a_year_further_back(lead: str, want: date) -> None:
    found = published_from_text(_page("Treaty signed", lead), today=TODAY)
    assert found is not None
    assert found.date == want
    assert YEAR_ASSUMED not in found.note
    assert "the day the lead names" in found.note


@pytest.mark.parametrize(
    "lead",
    [
        # no weekday, a weekday of another day, a weekday told as last or next week
        "Seoul, June 19 (IANS) The two leaders signed a partnership treaty in the capital.",
        "Seoul, June 19 (IANS) The two leaders will sign a partnership treaty next Wednesday.",
        "Seoul, June 19 (IANS) The two leaders signed the treaty they agreed last Wednesday.",
    ],
)
def test_without_the_lead_weekday_the_year_stays_assumed(lead: str) -> None:
    found = published_from_text(_page("Treaty signed", lead), today=TODAY)
    assert found is not None
    assert YEAR_ASSUMED in found.note
    assert found.date in (date(2026, 6, 19), date(2025, 6, 19))
