"""Small text helpers shared by the extraction modules (pure, no I/O)."""

from __future__ import annotations

import re
from typing import Final

# One-for-one replacements, so offsets into the normalised text are offsets into the original.
_SAME_LENGTH: Final = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
    }
)

OPEN_QUOTES: Final = "\u201c\u2018\u00ab\u201e"
CLOSE_QUOTES: Final = "\u201d\u2019\u00bb"

_WORD: Final = re.compile(r"[A-Za-z0-9\u00c0-\u024f]+(?:['\u2019][A-Za-z]+)?")


# The same replacements as pairs of one character each: a plain character is never one to
# replace, so replacing them one after the other is the one-for-one translation.
_SAME_LENGTH_PAIRS: Final = tuple((chr(odd), str(plain)) for odd, plain in _SAME_LENGTH.items())


def normalize_same_length(text: str) -> str:
    """Straighten quotes and odd spaces without changing the length of ``text``: what
    ``text.translate(_SAME_LENGTH)`` gives. An ASCII text holds none of them; otherwise each
    is looked for by a substring search and replaced where present (``str.translate`` with a
    mapping looked every character up, some 60 µs a kilobyte)."""
    if text.isascii():
        return text
    for odd, plain in _SAME_LENGTH_PAIRS:
        if odd in text:
            text = text.replace(odd, plain)
    return text


def normalize_for_compare(text: str) -> str:
    """Lower-case words only (letters and digits, inner apostrophes kept and straightened),
    single spaces: the form dupes and quote matching compare."""
    return " ".join(_WORD.findall(text.lower())).replace("\u2019", "'")


def shorten(text: str, limit: int = 90) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"
