"""The local day of a wire story whose time stamp is in its agency's home time."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.invented import SUMMIT, TRACKS
from tracker.extract import extract_document
from tracker.ingest.timezones import city_offset, local_day_behind

# Invented stories in the shape of a Moscow agency's page: a stamp line, then the dateline.
EVENING_IN_WASHINGTON = (
    "World\n\n"
    "No Peruvian delegation at the Lisbon summit, Quispe says\n\n"
    "14 MAR, 03:40\n\n"
    "WASHINGTON, March 14. /TASS/. Peru will send nobody to the Lisbon summit with "
    "Ghana, President Rosa Quispe posted on social media.\n"
)


def test_a_moscow_stamp_of_the_small_hours_is_the_day_before_in_washington() -> None:
    assert local_day_behind(EVENING_IN_WASHINGTON, date(2026, 3, 14)) == date(2026, 3, 13)


def test_a_stamp_naming_its_zone_is_read_in_it() -> None:
    text = EVENING_IN_WASHINGTON.replace("14 MAR, 03:40", "02:10 GMT 14.03.2026")
    assert local_day_behind(text, date(2026, 3, 14)) == date(2026, 3, 13)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the afternoon in Moscow is still the same day in Washington
        (EVENING_IN_WASHINGTON.replace("03:40", "15:40"), date(2026, 3, 14)),
        # a Moscow dateline is the stamp's own zone
        (EVENING_IN_WASHINGTON.replace("WASHINGTON", "MOSCOW"), date(2026, 3, 14)),
        # a stamp of another day than the article's says nothing of it
        (EVENING_IN_WASHINGTON, date(2026, 3, 15)),
        # no agency named: the stamp's zone is unknown
        (EVENING_IN_WASHINGTON.replace(" /TASS/.", " -"), date(2026, 3, 14)),
        # 09:40 GMT is the morning in Washington
        (
            EVENING_IN_WASHINGTON.replace("14 MAR, 03:40", "09:40 GMT 14.03.2026"),
            date(2026, 3, 14),
        ),
    ],
)
def test_no_other_day_without_the_whole_construction(text: str, published: date) -> None:
    assert local_day_behind(text, published) is None


def test_north_american_summer_time() -> None:
    assert city_offset("WASHINGTON", date(2026, 1, 10)) == -5
    assert city_offset("Washington", date(2026, 7, 10)) == -4
    assert city_offset("Lima", date(2026, 7, 10)) == -5
    assert city_offset("Paris", date(2026, 7, 10)) is None


def test_summer_time_south_of_the_equator_and_where_it_was_given_up() -> None:
    # Chile keeps summer time from September to April; Argentina and Mexico gave it up
    assert city_offset("Santiago", date(2026, 1, 10)) == -3
    assert city_offset("Santiago", date(2026, 7, 10)) == -4
    assert city_offset("Buenos Aires", date(2026, 1, 10)) == -3
    assert city_offset("Mexico City", date(2026, 7, 10)) == -6
    assert city_offset("Havana", date(2026, 7, 10)) == -4  # Cuba keeps summer time


# 06:30 in Moscow is 03:30 UTC: 23:30 the day before in Santiago's winter (UTC-4), but
# already 00:30 the same day in its summer (UTC-3).
DAWN_IN_MOSCOW = (
    "World\n\n"
    "Quispe to attend the Lisbon summit, her office says\n\n"
    "{stamp}, 06:30\n\n"
    "SANTIAGO, {day}. /TASS/. Rosa Quispe will travel to the Lisbon summit with Ghana, her "
    "office said.\n"
)


def test_a_southern_city_in_summer_time_is_an_hour_nearer_utc() -> None:
    winter = DAWN_IN_MOSCOW.format(stamp="14 JUL", day="July 14")
    summer = DAWN_IN_MOSCOW.format(stamp="14 JAN", day="January 14")
    assert local_day_behind(winter, date(2026, 7, 14)) == date(2026, 7, 13)
    assert local_day_behind(summer, date(2026, 1, 14)) is None


def test_claims_dated_by_their_article_take_the_dateline_citys_day() -> None:
    found = [
        f
        for f in extract_document(EVENING_IN_WASHINGTON, date(2026, 3, 14), TRACKS)
        if f.track_id == SUMMIT.id
    ]
    assert found
    assert {f.event_date for f in found} == {date(2026, 3, 13)}
