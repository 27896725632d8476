"""Date expressions resolved against the published date (Wed 22 Oct 2025)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.dates import (
    DocDateInput,
    find_date_mentions,
    infer_document_dates,
    resolve_dates,
)

PUB = date(2025, 10, 22)  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "expected", "precision"),
    [
        ("Lavrov spoke on Tuesday.", date(2025, 10, 21), "day"),
        ("The two spoke again on Monday.", date(2025, 10, 20), "day"),
        ("After a phone call last Thursday, Trump said so.", date(2025, 10, 16), "day"),
        ("Last week, Trump had announced a summit.", date(2025, 10, 13), "week"),
        ("Another call is expected as soon as this week.", date(2025, 10, 20), "week"),
        ("They met in Anchorage, Alaska, in August.", date(2025, 8, 1), "month"),
        ("A meeting is scheduled for October 24th in London.", date(2025, 10, 24), "day"),
        ("Talks were held on Oct. 22.", date(2025, 10, 22), "day"),
        ("Oct. 22, 2025 10:21 a.m.", date(2025, 10, 22), "day"),
        ("It happened yesterday.", date(2025, 10, 21), "day"),
        ("That was three days ago.", date(2025, 10, 19), "day"),
        ("Sanctions came last month.", date(2025, 9, 1), "month"),
        ("They meet next week.", date(2025, 10, 27), "week"),
        ("It was signed on 2025-09-30.", date(2025, 9, 30), "day"),
        ("It was signed on 3 September.", date(2025, 9, 3), "day"),
    ],
)
def test_expressions(sentence: str, expected: date, precision: str) -> None:
    got = resolve_dates(sentence, PUB)
    assert (got.date, got.precision, got.basis) == (expected, precision, "stated")


def test_weekday_in_the_future() -> None:
    got = resolve_dates("Trump will meet him on Friday.", PUB, future=True)
    assert got.date == date(2025, 10, 24)


def test_weekday_equal_to_publication_day_is_that_day() -> None:
    assert resolve_dates("He spoke on Wednesday.", PUB).date == PUB


def test_no_expression_present_tense_is_publication_date_inferred() -> None:
    got = resolve_dates("The summit has been put on hold.", PUB)
    assert (got.date, got.precision, got.basis) == (PUB, "day", "inferred")


def test_no_expression_earlier_time_is_undated() -> None:
    got = resolve_dates("The comment came days after Trump announced a summit.", PUB)
    assert (got.date, got.basis) == (None, "unknown")


def test_same_day_phrase_takes_the_anchor() -> None:
    got = resolve_dates(
        "Earlier in the day, an official confirmed it.", PUB, anchor=date(2025, 10, 21)
    )
    assert (got.date, got.basis) == (date(2025, 10, 21), "stated")


def test_without_published_date_only_full_dates_resolve() -> None:
    assert resolve_dates("He spoke on Tuesday.", None).basis == "unknown"
    assert resolve_dates("He spoke on Oct. 21, 2025.", None).date == date(2025, 10, 21)


def test_nearest_expression_to_the_cue_wins() -> None:
    sentence = "On Monday they spoke, and on Thursday the summit was cancelled."
    got = resolve_dates(sentence, PUB, near=sentence.index("cancelled"))
    assert got.date == date(2025, 10, 16)


def test_mentions_have_offsets() -> None:
    text = "Met on Tuesday, again on Oct. 22."
    mentions = find_date_mentions(text, PUB)
    assert [text[m.start : m.end] for m in mentions] == ["Tuesday", "Oct. 22"]


def test_infer_document_dates_from_shared_quotes() -> None:
    dated = DocDateInput(
        2,
        "Officials said there are “no plans for the leaders to meet in the immediate future.” "
        "Peskov said “we cannot postpone what has not been finalized.”",
        date(2025, 10, 22),
        "stated",
    )
    undated = DocDateInput(
        5, "A source said there were “no plans for the leaders to meet in the immediate future.”"
    )
    unrelated = DocDateInput(7, "A story about “something else entirely different here.”")
    out = infer_document_dates([dated, undated, unrelated])
    assert out == {5: (date(2025, 10, 22), "shares 1 quote with document 2 dated 2025-10-22")}
