"""Re-anchoring an excerpt in a document's text, the way Web Annotation clients do."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

Placement = Literal["exact", "moved", "fuzzy", "orphan"]

# A quote shorter than this is too common to be placed by a fuzzy match.
MIN_FUZZY_CHARS = 12


@dataclass(frozen=True)
class Anchor:
    placement: Placement
    start: int | None
    end: int | None


def _best_occurrence(text: str, exact: str, prefix: str, suffix: str, start: int) -> int | None:
    """The occurrence of ``exact`` whose surroundings match ``prefix``/``suffix`` best
    (nearest the stored ``start`` on a tie)."""
    best: tuple[float, int] | None = None
    pos = text.find(exact)
    while pos != -1:
        before = text[max(0, pos - len(prefix)) : pos]
        after = text[pos + len(exact) : pos + len(exact) + len(suffix)]
        score = fuzz.ratio(before, prefix) + fuzz.ratio(after, suffix) - abs(pos - start) / 1e6
        if best is None or score > best[0]:
            best = (score, pos)
        pos = text.find(exact, pos + 1)
    return None if best is None else best[1]


def reanchor(text: str, exact: str, prefix: str, suffix: str, start: int, end: int) -> Anchor:
    """Place a quote in ``text``: the stored position, then the quote found by search (the
    occurrence whose context matches best), then a fuzzy match; else an orphan."""
    if 0 <= start <= end <= len(text) and text[start:end] == exact:
        return Anchor("exact", start, end)
    if not exact:
        return Anchor("orphan", None, None)
    pos = _best_occurrence(text, exact, prefix, suffix, start)
    if pos is not None:
        return Anchor("moved", pos, pos + len(exact))
    if len(exact) >= MIN_FUZZY_CHARS:
        match = fuzz.partial_ratio_alignment(exact, text, score_cutoff=90)
        if match is not None:
            return Anchor("fuzzy", match.dest_start, match.dest_end)
    return Anchor("orphan", None, None)
