"""Dating an undated document: its own dateline first, then only a distinctive shared quote."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.dates import (
    DocDateCache,
    DocDateInput,
    fragment_groups,
    infer_document_dates,
)

DAY = date(2025, 10, 22)
TODAY = date(2026, 12, 5)


def _anchor(text: str, doc_id: int = 1, day: date = DAY) -> DocDateInput:
    return DocDateInput(doc_id, text, day, "stated")


@pytest.mark.parametrize(
    ("anchor_text", "undated_text", "dated"),
    [
        # stock phrases are no evidence, however quoted
        (
            "Leaders of the “coalition of the willing” met in London.",
            "Allies of the “coalition of the willing” spoke again.",
            False,
        ),
        (
            "Both sides want “a just and lasting peace” in Ukraine.",
            "The statement called for “a just and lasting peace” again.",
            False,
        ),
        (
            "He called the talks “very productive” on Friday.",
            "It was “very productive”, he said.",
            False,
        ),
        # one person's words, six words or more, shared by the two
        (
            "Peskov said “we cannot postpone what has not been finalized” on Tuesday.",
            "The Kremlin said “we cannot postpone what has not been finalized” today.",
            True,
        ),
        # near-identical wording of the same long quote
        (
            "“I guess the Russians wanted too much and it became evident for the Americans "
            "that there will be no deal,” the source said.",
            "“I guess the Russians wanted too much and it became clear to the Americans that "
            "there will be no deal,” one source said.",
            True,
        ),
        # fragments of one sentence all taken from one long quote of the other
        (
            "There are now “no plans for President Trump to meet President Putin in the "
            "immediate future,” an official said.",
            "The White House said there were “no plans” for a meeting “in the immediate future.”",
            True,
        ),
        # a single short fragment is not enough
        (
            "There are now “no plans for President Trump to meet President Putin in the "
            "immediate future,” an official said.",
            "A meeting is not expected “in the immediate future,” a diplomat said.",
            False,
        ),
    ],
)
def test_distinctive_quotes(anchor_text: str, undated_text: str, dated: bool) -> None:
    out = infer_document_dates([_anchor(anchor_text), DocDateInput(2, undated_text)], today=TODAY)
    assert (2 in out) is dated
    if dated:
        assert out[2] == (DAY, "shares 1 quote with document 1 dated 2025-10-22")


def test_a_quote_many_documents_carry_is_not_rare() -> None:
    quote = "“we will never accept the occupation of our sovereign territory”"
    anchors = [_anchor(f"Story {i}: the minister said {quote} again.", i) for i in range(1, 8)]
    undated = DocDateInput(99, f"A column repeats that {quote} as ever.")
    assert infer_document_dates([*anchors, undated], today=TODAY) == {}


def test_most_shared_anchor_wins_and_ties_go_to_the_first() -> None:
    q1 = "“we cannot postpone what has not been finalized”"
    q2 = "“there is a general understanding that there is no need to put anything off”"
    first = _anchor(f"Peskov said {q1}.", 1, date(2025, 10, 21))
    second = _anchor(f"Peskov said {q1} and {q2}.", 2, date(2025, 10, 23))
    undated = DocDateInput(3, f"He said {q1} and {q2}.")
    out = infer_document_dates([first, second, undated], today=TODAY)
    assert out[3] == (date(2025, 10, 23), "shares 2 quotes with document 2 dated 2025-10-23")
    only_one = DocDateInput(4, f"He said {q1}.")
    out = infer_document_dates([first, second, only_one], today=TODAY)
    assert out[4][0] == date(2025, 10, 21)


def test_own_dateline_comes_before_quotes() -> None:
    quote = "“we cannot postpone what has not been finalized”"
    undated = DocDateInput(
        2,
        "Kremlin says summit may happen within two weeks\n\nBaku, October 17, AZERTAC\n\n"
        f"On Friday the Kremlin said {quote}, officials told reporters at the daily briefing.",
    )
    out = infer_document_dates([_anchor(f"Peskov said {quote}."), undated], today=TODAY)
    assert out[2][0] == date(2025, 10, 17)
    assert out[2][1].startswith('the dateline "Baku, October 17, AZERTAC"; year 2025')


def test_a_date_read_from_the_document_itself_is_kept() -> None:
    note = 'the dateline "Budapest, Oct 23 (IANS)"; year 2025 from the copyright line "© 2025"'
    doc = DocDateInput(5, "text without its footer", date(2025, 10, 23), "inferred", note)
    assert infer_document_dates([doc], today=TODAY) == {5: (date(2025, 10, 23), note)}


def test_a_date_inferred_from_another_document_is_reconsidered() -> None:
    doc = DocDateInput(5, "no quotes here", DAY, "inferred", "shares 1 quote with document 1")
    assert infer_document_dates([doc], today=TODAY) == {}


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        (
            "There are “no plans” for a meeting “in the immediate future,” he said.",
            [("no plans", "in the immediate future")],
        ),
        ("Only “one” fragment “here”.", []),  # fewer than five words in all
        ("“no plans” for now.\n“in the immediate future”, later.", []),  # two paragraphs
    ],
)
def test_fragment_groups(text: str, groups: list[tuple[str, ...]]) -> None:
    assert fragment_groups(text) == groups


def test_a_cache_shared_across_calls_reads_alike_and_rereads_an_edited_text() -> None:
    quote = "“we cannot postpone what has not been finalized”"
    anchor = _anchor(f"Peskov said {quote} on Tuesday.")
    first = DocDateInput(2, f"The Kremlin said {quote} today.")
    second = DocDateInput(3, "An unrelated note about the weather in Geneva.")
    cache = DocDateCache()
    for undated in (first, second, first):
        assert infer_document_dates([anchor, undated], today=TODAY, cache=cache) == (
            infer_document_dates([anchor, undated], today=TODAY)
        )
    # the anchor's text changed under the same id: its quotes are read again
    edited = _anchor("Peskov said nothing of note on Tuesday.")
    assert infer_document_dates([edited, first], today=TODAY, cache=cache) == {}
