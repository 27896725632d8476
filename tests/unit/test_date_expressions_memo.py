"""A sentence's date expressions are found once per text (``dates._date_expressions``:
which patterns match where, each one's role and the direction its words tell);
only their resolution against the article's date is done for each date. A sentence read
again under another date, or in the other direction, gives what reading it afresh gives.
The bundled gazetteer's place is looked for once (``gazetteer._bundled_path``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from unittest.mock import patch

import pytest

from tracker.extract import dates, gazetteer
from tracker.extract.dates import DateMention, find_date_mentions
from tracker.extract.gazetteer import load_gazetteer
from tracker.paths import resources_dir

TUESDAY = date(2026, 3, 10)  # a Tuesday
SATURDAY = date(2026, 3, 14)
NEW_YEAR = date(2027, 1, 2)
UNDATED = None

# Sentences of our own, one construction each: a weekday told in a report's clause (counts
# from the report's day), an offset from a named day, a month-day without a year (ahead
# only with a finite verb), a dateline, a dated ISO day, a plan's day, a period, "ago",
# a span across a month's end, "tomorrow" in a sentence telling an earlier day.
SENTENCES = (
    "The ministry said on Monday that the envoys would meet on Friday.",
    "The foreign ministers met on March 2 and talks resumed two days later.",
    "The summit will be held on April 20 in Geneva.",
    "The round set for April 20 went ahead without the delegation.",
    "GENEVA, March 9 (Reuters) - Talks between the two sides stalled.",
    "A ceasefire was signed on 2025-11-04 after months of mediation.",
    "Talks are scheduled for next week, the spokesman said.",
    "Three days ago the embassy was reopened.",
    "Negotiators will meet from February 27 to March 2 in Doha.",
    "The president arrived on Thursday evening ahead of the summit tomorrow.",
    "Officials met Tuesday and will meet again on Saturday.",
    "No date was given for the next round.",
)


def _afresh(text: str, published: date | None, future: bool) -> list[DateMention]:
    """The text's mentions with nothing remembered: its expressions found anew."""
    with patch.object(dates, "_date_expressions", dates._date_expressions.__wrapped__):
        return dates._find_date_mentions(text, published, future=future)


@pytest.fixture(autouse=True)
def _empty_memories() -> None:
    dates._date_expressions.cache_clear()
    dates._date_mentions.cache_clear()


@pytest.mark.parametrize("text", SENTENCES)
def test_a_sentence_read_under_several_dates_and_directions_reads_as_afresh(text: str) -> None:
    for published in (TUESDAY, SATURDAY, NEW_YEAR, UNDATED):
        for future in (False, True):
            assert find_date_mentions(text, published, future=future) == _afresh(
                text, published, future
            )


def test_the_resolution_is_done_again_for_another_date() -> None:
    text = "Officials met Tuesday and will meet again on Saturday."
    first = find_date_mentions(text, TUESDAY)
    second = find_date_mentions(text, NEW_YEAR)
    assert [m.date for m in first] != [m.date for m in second]
    assert second == _afresh(text, NEW_YEAR, False)


def test_the_asked_direction_is_taken_where_the_words_do_not_tell() -> None:
    # "on Friday" without a verb of tense in its clause takes the direction asked for: a
    # memory that kept the first direction asked would hand the first reading to the second
    text = "Talks on Friday, officials said."
    back = find_date_mentions(text, TUESDAY, future=False)
    ahead = find_date_mentions(text, TUESDAY, future=True)
    assert [m.date for m in back] == [date(2026, 3, 6)]
    assert [m.date for m in ahead] == [date(2026, 3, 13)]


def test_a_weekday_counts_from_the_report_day_found_under_the_same_date() -> None:
    text = "The ministry said on Monday that the envoys would meet on Friday."
    for published in (TUESDAY, SATURDAY):
        said, meet = find_date_mentions(text, published)
        assert said.role == "speech"
        assert meet.date > said.date  # counted from the report's Monday, ahead of it


def test_a_sentence_met_again_is_not_searched_again() -> None:
    text = "The foreign ministers met on March 2 and talks resumed two days later."
    find_date_mentions(text, TUESDAY)
    find_date_mentions(text, SATURDAY)
    find_date_mentions(text, UNDATED)
    find_date_mentions(text, TUESDAY, future=True)  # the other direction: the same expressions
    info = dates._date_expressions.cache_info()
    assert (info.misses, info.hits) == (1, 3)


def test_the_expression_memory_is_bounded() -> None:
    cap = dates._date_expressions.cache_info().maxsize
    assert cap is not None
    for n in range(cap + 50):
        find_date_mentions(f"Envoy {n} arrived on Monday.", TUESDAY)
    assert dates._date_expressions.cache_info().currsize == cap


def test_the_lists_handed_out_are_new() -> None:
    text = "The summit will be held on April 20 in Geneva."
    first = find_date_mentions(text, TUESDAY)
    first.clear()
    assert find_date_mentions(text, TUESDAY) == _afresh(text, TUESDAY, False) != []


def test_the_bundled_gazetteer_is_looked_for_once(monkeypatch: pytest.MonkeyPatch) -> None:
    looked: list[int] = []
    real = resources_dir

    def counting() -> Path:
        looked.append(1)
        return real()

    gazetteer._bundled_path.cache_clear()
    monkeypatch.setattr(gazetteer, "resources_dir", counting)
    first = load_gazetteer()
    for _ in range(20):
        assert load_gazetteer() is first
    assert len(looked) == 1
    assert load_gazetteer(real() / "gazetteer.json") is first
    gazetteer._bundled_path.cache_clear()
