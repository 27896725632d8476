"""Plain-text formatting of domain values for the window (no Qt here)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from tracker.domain.times import short_date, short_time
from tracker.domain.vocabulary import label

if TYPE_CHECKING:
    from tracker.domain.models import Evidence

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


BASIS_WORDS = {
    "stated": "stated in the article",
    "inferred": "inferred",
    "analyst": "set by an analyst",
    "unknown": "unknown",
}


def citation(e: Evidence) -> str:
    """A quote ready to paste into a note: the quote, who said it, where and when, and the
    article's address. ``“…” — Dmitry Peskov, in Atlantic Council, “Title”, 22 Oct 2025.
    https://…``"""
    quote = one_line(e.exact)
    if not (quote[:1] in "“\"'‘«" and quote[-1:] in "”\"'’»"):
        quote = f"“{quote}”"
    who = [e.speaker] if e.speaker else []
    where = f"in {e.outlet}" if e.outlet else ""
    title = f"“{one_line(e.document_title)}”" if e.document_title else ""
    when = fmt_date(e.published) if e.published else ""
    source = ", ".join(b for b in (*who, where, title, when) if b)
    text = f"{quote} — {source}." if source else quote
    if e.url:
        text += f" {e.url}"
    return text
