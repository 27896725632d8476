"""Sentence splitting: offsets, paragraphs, abbreviations, quotations."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_offsets_point_into_the_text_and_are_stripped() -> None:
    text = "  Headline here\n\nFirst one.  Second one!\nThird?  \n"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["Headline here", "First one.", "Second one!", "Third?"]
    for s in sentences:
        assert text[s.start : s.end] == s.text
    assert [s.paragraph for s in sentences] == [0, 1, 1, 2]


def test_single_newlines_separate_paragraphs() -> None:
    sentences = split_sentences("Title\nPara one. Still one.\nPara two.")
    assert [s.paragraph for s in sentences] == [0, 1, 1, 2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. President spoke. He left.", ["The U.S. President spoke.", "He left."]),
        (
            "Talks end on Oct. 22 in Paris. Then more.",
            ["Talks end on Oct. 22 in Paris.", "Then more."],
        ),
        ("Gen. Smith met Dr. Jones and Mr. Brown.", ["Gen. Smith met Dr. Jones and Mr. Brown."]),
        (
            "It was 9 a.m. on Monday. Later it rained.",
            ["It was 9 a.m. on Monday.", "Later it rained."],
        ),
        ("It ended at 5 p.m. The talks resume.", ["It ended at 5 p.m.", "The talks resume."]),
        ("J. R. Smith wrote it.", ["J. R. Smith wrote it."]),
        ("Sanctions hit the U.S. economy hard.", ["Sanctions hit the U.S. economy hard."]),
    ],
)
def test_abbreviations(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_sentence_ending_inside_closing_quotes_stays_whole() -> None:
    text = "He said, “It is over.” Then he left. “Yes,” she said. “Really?” he asked."
    assert _texts(text) == [
        "He said, “It is over.”",
        "Then he left.",
        "“Yes,” she said.",
        "“Really?” he asked.",
    ]


def test_quote_with_comma_does_not_split() -> None:
    text = "“We cannot postpone what has not been agreed upon,” Ryabkov told TASS on Tuesday."
    assert _texts(text) == [text]


def test_crlf_and_blank_text() -> None:
    text = "One.\r\nTwo.\r\n"
    sentences = split_sentences(text)
    assert [text[s.start : s.end] for s in sentences] == ["One.", "Two."]
    assert split_sentences("") == []
    assert split_sentences(" \n \n") == []


ALPHABET = "abcXYZ .,!?;“”\"'’\n\r\t-0123456789U.S.Oct.Mr."


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=300))
def test_offsets_hold_for_any_text(text: str) -> None:
    previous_end = 0
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert s.start >= previous_end
        previous_end = s.end
