"""Sentence splitting: offsets, paragraphs, abbreviations, quotations."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract.sentences import _BOUNDARY, split_sentences

from .linear import LINEAR_GROWTH, growth


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


# The boundary pattern as first written, with its look-behind in front: the search tried it
# at every position. The one in use finds the same boundaries with the same groups.
_BOUNDARY_AS_WRITTEN = re.compile(
    r"(?P<punct>(?<![.!?])[.!?]+|\u2026)(?P<close>[\"'\u201d\u2019)\]]*)(?P<space>\s+)"
    r"(?=[\"'\u201c\u2018(\[]?[A-Z0-9\u00c0-\u00de])"
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=".!?\u2026\"'\u201d\u2019)]([ \t\u00a0Aa1\u201c\u2018\u00c0x", max_size=40))
def test_the_boundary_pattern_finds_what_it_found_with_its_look_behind_in_front(
    text: str,
) -> None:
    def found(pattern: re.Pattern[str]) -> list[object]:
        return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]

    assert found(_BOUNDARY) == found(_BOUNDARY_AS_WRITTEN)


@pytest.mark.parametrize("unit", ["!?", ".", "…", ". ", "?! a", "…."])
def test_runs_of_stops_are_split_in_linear_time(unit: str) -> None:
    ratio = growth(split_sentences, lambda chars: "A" + unit * (chars // len(unit)), 50_000)
    assert ratio < LINEAR_GROWTH, f"{unit!r}: one piece cost {ratio:.1f}x four quarters"
