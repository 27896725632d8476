"""A thing done or going on is never dated after the article that tells it, and a day without
its year is never read ten months ahead on a word of the future the day's own clause does not
hold. Sentences and articles invented for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.invented import kenya_portugal_talks
from tracker.domain.models import Finding
from tracker.extract import extract_document
from tracker.extract.dates import find_date_mentions

JANUARY = date(2026, 1, 7)  # a Wednesday
DECEMBER = date(2025, 12, 10)


def _day(sentence: str, text: str, published: date, *, future: bool = False) -> date | None:
    found = [
        m for m in find_date_mentions(sentence, published, future=future) if m.text.startswith(text)
    ]
    assert len(found) == 1, found
    return found[0].date


@pytest.mark.parametrize(
    ("sentence", "text", "published", "want"),
    [
        # told as done, in every form: the year before the one the nearest year gives
        (
            "The first round of talks was held in Muscat on May 13.",
            "May 13",
            JANUARY,
            date(2025, 5, 13),
        ),
        (
            "The two envoys met in Nairobi on 20 February.",
            "20 February",
            JANUARY,
            date(2025, 2, 20),
        ),
        (
            "The summit, which ended on 2 April, left the dispute open.",
            "2 April",
            JANUARY,
            date(2025, 4, 2),
        ),
        ("On 15 March the negotiators signed a framework.", "15 March", JANUARY, date(2025, 3, 15)),
        (
            "The ministry said on June 3 that the talks had stalled.",
            "June 3",
            JANUARY,
            date(2025, 6, 3),
        ),
        # across the year's end: a January told as done in a December paper is this year's
        ("The envoys met in Lisbon on 28 January.", "28 January", DECEMBER, date(2025, 1, 28)),
        # and a late December told as done in a January paper stays last December's
        ("The envoys met in Lisbon on 28 December.", "28 December", JANUARY, date(2025, 12, 28)),
    ],
)
def test_a_day_told_as_done_is_not_after_its_article(
    sentence: str, text: str, published: date, want: date
) -> None:
    assert _day(sentence, text, published) == want


@pytest.mark.parametrize(
    ("sentence", "text", "published", "want"),
    [
        # told ahead: the day ahead
        ("The talks will resume in Muscat on May 13.", "May 13", JANUARY, date(2026, 5, 13)),
        (
            "The envoys are due to meet in Lisbon on 28 January.",
            "28 January",
            DECEMBER,
            date(2026, 1, 28),
        ),
        # a word of the future the tense reading would pass over
        (
            "Otieno will travel for an unprecedented second visit from May 13 to 15.",
            "May 13",
            JANUARY,
            date(2026, 5, 13),
        ),
        # an act ahead brought in by a verb told in the past
        (
            "Rossi has accepted the invitation to make a visit from Tuesday 12th May.",
            "12th May",
            JANUARY,
            date(2026, 5, 12),
        ),
        ("The two sides agreed to meet in Lisbon on May 13.", "May 13", JANUARY, date(2026, 5, 13)),
        # an event named after the verb told in the past: the day is that event's
        ("Rossi proposed a meeting in Lisbon on May 13.", "May 13", JANUARY, date(2026, 5, 13)),
        ("Otieno invited Rossi for talks on May 13.", "May 13", JANUARY, date(2026, 5, 13)),
        # a plan told in the past, and the new day of one moved: their day may lie ahead
        ("The round was due to open in Muscat on May 13.", "May 13", JANUARY, date(2026, 5, 13)),
        ("The round was postponed to May 13.", "May 13", JANUARY, date(2026, 5, 13)),
        ("The round set for May 13 went ahead.", "May 13", JANUARY, date(2026, 5, 13)),
        # a day a writer's clock puts just after the article: left to the finding's own check
        (
            "The ministry said on 8 January that the talks had stalled.",
            "8 January",
            JANUARY,
            date(2026, 1, 8),
        ),
        # a past event with its written year keeps it
        ("The envoys met in Lisbon on May 13, 2026.", "May 13", JANUARY, date(2026, 5, 13)),
    ],
)
def test_a_day_not_told_as_done_keeps_its_reading(
    sentence: str, text: str, published: date, want: date
) -> None:
    assert _day(sentence, text, published) == want


def test_a_month_read_ahead_on_the_sentence_s_future_alone_is_not_ten_months_out() -> None:
    # no verb of its own: the cue's future put "February" eleven months ahead of a March paper
    march = date(2026, 3, 10)
    assert _day("Talks in Muscat in February.", "in February", march, future=True) == date(
        2026, 2, 1
    )
    # its own clause tells it ahead: next February, as written
    assert _day("The talks will resume in February.", "in February", march) == date(2027, 2, 1)
    # within ten months it stays ahead
    assert _day("Talks in Muscat in December.", "in December", march, future=True) == date(
        2026, 12, 1
    )


TALKS = kenya_portugal_talks("otieno-rossi-talks", "maritime")


def _found(text: str, opening: str) -> Finding:
    found = [
        f
        for f in extract_document(text, JANUARY, [TALKS])
        if f.track_id == TALKS.id and f.exact.startswith(opening)
    ]
    assert len(found) == 1, (opening, found)
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # no verb of tense: the nearest year put the day ahead of a thing done
        ("Kenya–Portugal maritime talks: suspension on 13 May", date(2025, 5, 13)),
        # a headline in the present
        ("Kenya–Portugal maritime talks collapse in Lisbon on 13 May", date(2025, 5, 13)),
        # a clause of its own without a verb of tense
        (
            "The Kenya–Portugal maritime talks, under way in Lisbon on 13 May, are stalled.",
            date(2025, 5, 13),
        ),
    ],
)
def test_a_thing_done_dated_ahead_takes_the_other_year_and_says_so(
    sentence: str, want: date
) -> None:
    f = _found(sentence, sentence[:20])
    assert f.signal in ("suspended", "stalled")
    assert f.event_date == want
    assert f.rule is not None and "date read again" in f.rule


@pytest.mark.parametrize(
    "sentence",
    [
        # told ahead: a plan
        "The Kenya–Portugal maritime talks will resume in Lisbon on 13 May.",
        # an encounter told in the present: a schedule, read ahead
        "Otieno meets Luca Rossi for the maritime talks in Lisbon on 13 May.",
        # a day that says its own time ahead
        "The Kenya–Portugal maritime talks stalled, and resume next week.",
        # a meeting told done a day after its article: the writer's clock, not a year off
        "Otieno met Luca Rossi for the maritime talks on 8 January.",
    ],
)
def test_a_plan_or_a_schedule_is_not_read_again(sentence: str) -> None:
    f = _found(sentence, sentence[:20])
    assert f.rule is None or "date read again" not in f.rule
    if f.event_date is not None and "13 May" in sentence:
        assert f.event_date == date(2026, 5, 13)
    if "8 January" in sentence:
        assert f.event_date is not None and f.event_date.year == 2026
