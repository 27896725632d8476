"""Plain-text formatting of domain values for the window (no Qt here)."""

from __future__ import annotations

from datetime import date

from tracker.domain.times import short_date, short_time
from tracker.domain.vocabulary import label

DASH = "—"


def fmt_date(value: date | str | None) -> str:
    """``2025-10-21`` -> ``21 Oct 2025``; ``None`` -> an em dash."""
    if value is None or value == "":
        return DASH
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return str(value)
    return short_date(value)


def fmt_time(stamp: str | None) -> str:
    """A stored UTC record time as ``21 Oct 2025 14:03 UTC``."""
    if not stamp:
        return DASH
    try:
        return short_time(stamp)
    except ValueError:
        return stamp


def status_label(status: str | None) -> str:
    return label(status) if status else "Unknown"


def one_line(text: str | None, limit: int = 0) -> str:
    """Collapse whitespace; cut with an ellipsis past ``limit`` characters (0: no cut)."""
    flat = " ".join((text or "").split())
    if limit and len(flat) > limit:
        return flat[: limit - 1] + "…"
    return flat


def quoted(text: str, limit: int = 0) -> str:
    """``text`` in curly quotes, unless it already is a quotation."""
    flat = one_line(text, limit)
    if flat[:1] in "“\"'‘«" and flat[-1:] in "”\"'’»…":
        return flat
    return f"“{flat}”"


BASIS_WORDS = {
    "stated": "stated in the article",
    "inferred": "inferred",
    "analyst": "set by an analyst",
    "unknown": "unknown",
}
