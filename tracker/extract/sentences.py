"""Split cleaned text into sentences with character offsets and paragraph numbers.

Every non-blank line is a paragraph (the seeds and most cleaned articles use one line per
paragraph; headings are their own lines). Inside a line a sentence ends at ``.``, ``!`` or
``?`` (plus any closing quotes or brackets) followed by whitespace and a capital letter, a
digit or an opening quote, unless the word before the full stop is an abbreviation
(``U.S.``, ``Oct.``, ``Gen.``, ``a.m.``, an initial). A sentence that ends inside closing
quotes keeps its quotes: ``He said, “No.”`` is one sentence.
"""

from __future__ import annotations

import re
from typing import Final

from tracker.domain.models import Sentence

# Never end a sentence: titles and the like always precede a name or a number.
_TITLES: Final = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "maj",
        "sen",
        "rep",
        "gov",
        "prof",
        "st",
        "mt",
        "rev",
        "fr",
        "hon",
        "pres",
        "amb",
        "sec",
        "vs",
        "v",
    ]
)
# May end a sentence, but only before a word that usually starts one.
_ENDERS_IF_NEXT_STARTS: Final = frozenset(
    [
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "a.m",
        "p.m",
        "inc",
        "corp",
        "ltd",
        "co",
        "jr",
        "sr",
        "etc",
        "i.e",
        "e.g",
        "approx",
        "dept",
        "no",
        "nos",
        "vol",
        "fig",
        "art",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)
_SENTENCE_STARTERS: Final = frozenset(
    [
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "this",
        "that",
        "these",
        "those",
        "but",
        "and",
        "however",
        "in",
        "on",
        "at",
        "after",
        "before",
        "when",
        "while",
        "as",
        "if",
        "for",
        "there",
        "his",
        "her",
        "their",
        "its",
        "our",
        "meanwhile",
        "still",
        "yet",
        "so",
    ]
)

_BOUNDARY: Final = re.compile(
    # A run of stops, tried once from its start (linear on "!?!?…"), or one ellipsis
    # character. The look-behinds stand after the first character, so that the search
    # skips in C to the characters a boundary begins with: (?<![.!?][.!?]) says the stop
    # just read does not go on a run.
    r"(?P<punct>[.!?\u2026](?:(?<=\u2026)|(?<=[.!?])(?<![.!?][.!?])[.!?]*))"
    r"(?P<close>[\"'\u201d\u2019)\]]*)(?P<space>\s+)"
    r"(?=[\"'\u201c\u2018(\[]?[A-Z0-9\u00c0-\u00de])"
)
_LAST_TOKEN: Final = re.compile(r"(\S+)$")
_NEXT_WORD: Final = re.compile(r"[\"'\u201c\u2018(\[]?([A-Za-z]+)")


def _is_abbreviation_stop(line: str, dot_at: int, next_word: str) -> bool:
    """Whether the full stop at ``line[dot_at]`` belongs to an abbreviation, not a sentence end."""
    # Look back a bounded window only: no abbreviation is longer, and scanning from the
    # line's start would make long one-line documents quadratic.
    match = _LAST_TOKEN.search(line, max(0, dot_at - 40), dot_at + 1)
    if not match:
        return False
    token = match.group(1).lstrip("\"'(\u201c\u2018[").rstrip(".").lower()
    if not token:
        return False
    if token in _TITLES:
        return True
    if len(token) == 1 and token.isalpha():  # an initial: "J. Smith", "the U. S."
        return True
    if token in _ENDERS_IF_NEXT_STARTS or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
        return next_word.lower() not in _SENTENCE_STARTERS
    return False


def _split_line(line: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) inside one line, before stripping."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(line):
        punct = match.group("punct")
        end = match.end("close")
        if punct == ".":
            nxt = _NEXT_WORD.match(line, match.end())
            next_word = nxt.group(1) if nxt else ""
            if _is_abbreviation_stop(line, match.start("punct"), next_word):
                continue
        spans.append((start, end))
        start = match.end()
    spans.append((start, len(line)))
    return spans


def sentence_spans(text: str) -> list[tuple[int, int, str, int]]:
    """``split_sentences`` as plain tuples: (start, end, text, paragraph) of each sentence."""
    out: list[tuple[int, int, str, int]] = []
    paragraph = -1
    offset = 0
    for raw_line in text.splitlines(keepends=True):
        line = raw_line.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        line_start = offset
        offset += len(raw_line)
        if not line.strip():
            continue
        paragraph += 1
        for start, end in _split_line(line):
            chunk = line[start:end]
            stripped = chunk.strip()
            if not stripped:
                continue
            lead = len(chunk) - len(chunk.lstrip())
            s = line_start + start + lead
            out.append((s, s + len(stripped), stripped, paragraph))
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order; ``text[s.start:s.end] == s.text`` (stripped).

    ``paragraph`` counts non-blank lines from 0, so a headline is paragraph 0.
    """
    return [
        Sentence(start=start, end=end, text=stripped, paragraph=paragraph)
        for start, end, stripped, paragraph in sentence_spans(text)
    ]
