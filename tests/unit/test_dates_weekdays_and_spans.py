"""Weekdays counted from the article's day, and spans ahead read at their own precision.

Sentences are written for these tests; each keeps a construction counted on stored reports
(docs/lexicon.md, "Weekdays and spans ahead").
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.dates import find_date_mentions, resolve_dates

FRI = date(2025, 10, 17)
SUN = date(2025, 8, 17)


@pytest.mark.parametrize(
    ("published", "sentence", "expected"),
    [
        # said later in the week than the day named: the latest such day, not the week before
        (FRI, "The ministers met last Tuesday in Geneva.", date(2025, 10, 14)),
        (FRI, "Last Monday's round produced no commitments.", date(2025, 10, 13)),
        (SUN, "The two presidents sat down in Anchorage last Friday.", date(2025, 8, 15)),
        (SUN, "The envoy landed in the capital last Saturday.", date(2025, 8, 16)),
        # the same weekday as the article's: a week back
        (FRI, "The ministers met last Friday in Geneva.", date(2025, 10, 10)),
        # a weekday later in the week than the article's: the week before, as before
        (date(2025, 10, 21), "The president had announced last Thursday that they would meet.",
         date(2025, 10, 16)),
        (date(2017, 4, 10), "The two leaders held their first summit in Florida last Thursday.",
         date(2017, 4, 6)),
    ],
)  # fmt: skip
def test_last_weekday_is_the_latest_such_day_before_the_article(
    published: date, sentence: str, expected: date
) -> None:
    got = resolve_dates(sentence, published)
    assert (got.date, got.precision, got.basis) == (expected, "day", "stated")


def test_last_weekday_after_since_still_names_that_day() -> None:
    text = "The six delegations have argued over the draft since last Saturday."
    (mention,) = find_date_mentions(text, date(2005, 8, 3))
    assert (mention.date, mention.role) == (date(2005, 7, 30), "since")


@pytest.mark.parametrize(
    ("published", "sentence", "cue", "future", "expected"),
    [
        (date(2000, 7, 27), "The two negotiating teams plan to meet Sunday to pick up the talks.",
         "meet", True, date(2000, 7, 30)),
        (date(2000, 7, 27), "The retreat summit broke up on Tuesday without a deal.",
         "broke", False, date(2000, 7, 25)),
        (date(2014, 4, 14), "The negotiators are due to sit down again on Tuesday evening.",
         "sit down", True, date(2014, 4, 15)),
        (date(2022, 3, 15), "The fourth round opened on Monday by video link.",
         "round", False, date(2022, 3, 14)),
        (date(2015, 2, 8), "The four leaders will hold a summit in the Belarusian capital Wednesday.",
         "summit", True, date(2015, 2, 11)),
        (date(2008, 6, 16), "The prime minister meets the French president on Thursday.",
         "meets", True, date(2008, 6, 19)),
        (date(2025, 3, 2), "The quarrel in the Oval Office on Friday shook the allies.",
         "quarrel", False, date(2025, 2, 28)),
        (SUN, "The European leaders will attend Monday's meeting at the White House.",
         "meeting", True, date(2025, 8, 18)),
        (FRI, "The two foreign ministers will meet on Tuesday in Vienna.",
         "meet", True, date(2025, 10, 21)),
    ],
)  # fmt: skip
def test_a_bare_weekday_is_the_nearest_one_in_its_clause_direction(
    published: date, sentence: str, cue: str, future: bool, expected: date
) -> None:
    got = resolve_dates(sentence, published, near=sentence.index(cue), future=future)
    assert got.date == expected


THU = date(2025, 12, 18)


@pytest.mark.parametrize(
    ("sentence", "future", "expected"),
    [
        ("The ceremony, first set for next Saturday (20), was put off.", True, date(2025, 12, 20)),
        ("The delay was confirmed this Thursday (18) by the ministry.", False, THU),
        ("The ministers met on Tuesday (16) in the capital.", False, date(2025, 12, 16)),
        ("Last Saturday (13) the two leaders spoke by phone.", False, date(2025, 12, 13)),
        ("The minister will receive the envoy on Monday, the 22nd, at the palace.", True,
         date(2025, 12, 22)),
    ],
)  # fmt: skip
def test_a_weekday_printed_with_its_day_of_the_month_is_that_day(
    sentence: str, future: bool, expected: date
) -> None:
    got = resolve_dates(sentence, THU, future=future)
    assert (got.date, got.precision) == (expected, "day")


def test_a_figure_after_a_weekday_that_is_no_day_of_the_month_is_left_alone() -> None:
    got = resolve_dates("On Monday, 22 people were hurt in the clashes.", THU)
    assert got.date == date(2025, 12, 15)


@pytest.mark.parametrize(
    ("sentence", "future", "expected", "precision"),
    [
        ("The president will attend the summit in Malaysia later this year.", True,
         date(2025, 1, 1), "year"),
        ("The premier said he would visit China this year.", True, date(2025, 1, 1), "year"),
        ("A new round should open by the end of the month.", True, date(2025, 2, 28), "month"),
        ("The accord is to be signed before the end of the year.", True,
         date(2025, 12, 31), "month"),
        ("The sides hope to finish by the end of next week.", True, date(2025, 2, 17), "week"),
    ],
)  # fmt: skip
def test_a_span_ahead_keeps_the_precision_its_words_allow(
    sentence: str, future: bool, expected: date, precision: str
) -> None:
    got = resolve_dates(sentence, date(2025, 2, 12), future=future)
    assert (got.date, got.precision, got.basis) == (expected, precision, "stated")


@pytest.mark.parametrize(
    "sentence",
    [
        "The coalition has met three times this year.",  # a past clause: the article's day
        "The leaders are expected to meet this fall.",  # a season: not read (no page checked)
        "The talks will go on in the coming days.",  # no day, week or month of its own
        "A deal is expected within weeks.",
    ],
)
def test_words_that_name_no_period_ahead_leave_the_article_day(sentence: str) -> None:
    got = resolve_dates(sentence, FRI, future="will" in sentence or "expected" in sentence)
    assert (got.date, got.precision, got.basis) == (FRI, "day", "inferred")


@pytest.mark.parametrize(
    ("published", "sentence", "cue", "future", "expected"),
    [
        # the event's day wins over the day it was told (convention 2)
        (date(2022, 3, 15), "The delegations will go on with the talks on Wednesday, a negotiator "
         "said on Tuesday.", "talks", True, date(2022, 3, 16)),
        (date(2000, 7, 27), "The negotiating teams plan to meet Sunday, officials on both sides "
         "said Thursday.", "meet", True, date(2000, 7, 30)),
        (date(2022, 3, 13), "The talks would resume by video link on Monday, an adviser said late "
         "Sunday.", "resume", True, date(2022, 3, 14)),
        (date(2015, 2, 8), "A summit on the crisis will be held in Minsk on Wednesday, reports said "
         "on Sunday.", "summit", True, date(2015, 2, 11)),
        (date(2025, 10, 22), "A productive call between the top diplomats on Monday has been "
         "followed by no plans for a summit, an official said on Tuesday.", "call", False,
         date(2025, 10, 20)),
        (date(2013, 6, 26), "The talks on Tuesday ended without agreement on the dates, a deputy "
         "minister said on Wednesday.", "talks", False, date(2013, 6, 25)),
        (date(2025, 5, 17), "The two delegations ended their meeting in Istanbul on Friday, the "
         "host minister said on Saturday.", "meeting", False, date(2025, 5, 16)),
        # without a day of the event, the day it was told
        (date(2019, 5, 9), "The talks will continue in the coming days, spokesmen for both sides "
         "said on Wednesday.", "talks", True, date(2019, 5, 8)),
        # a change of plan is dated by the change, not by the plans it moves from or to
        # (convention 9)
        (date(2020, 5, 31), "The president said on Saturday that the summit of leaders would be "
         "postponed until September.", "postponed", False, date(2020, 5, 30)),
        (date(2021, 4, 20), "The conference set for April 24 has been postponed until mid-May, the "
         "minister told a broadcaster on Tuesday.", "postponed", False, date(2021, 4, 20)),
        (date(2023, 11, 8), "Late on Tuesday the ministry said that the meeting, which had been set "
         "for the weekend, would be postponed.", "postponed", False, date(2023, 11, 7)),
        (date(2017, 1, 27), "The Geneva round has been postponed from February 8 until the end of "
         "the month.", "postponed", False, date(2017, 1, 27)),
        (date(2025, 10, 24), "The Kremlin said on Thursday that the round would now be held on "
         "Monday.", "held", True, date(2025, 10, 27)),
    ],
)  # fmt: skip
def test_the_event_day_and_the_day_it_was_told(
    published: date, sentence: str, cue: str, future: bool, expected: date
) -> None:
    got = resolve_dates(sentence, published, near=sentence.index(cue), future=future)
    assert got.date == expected
