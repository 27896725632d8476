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


def citation(e: Evidence) -> str:
    """A quote ready to paste into a note: the quote, who said it, where and when, and the
    article's address. ``“…” — Dmitry Peskov, in Atlantic Council, “Title”, 22 Oct 2025.
    https://…``"""
    return cite(
        e.exact,
        speaker=e.speaker,
        outlet=e.outlet,
        title=e.document_title,
        published=e.published,
        url=e.url,
    )


def cite(
    quote: str,
    *,
    speaker: str | None,
    outlet: str | None,
    title: str | None,
    published: date | None,
    url: str | None = None,
) -> str:
    """The citation of ``citation`` from its parts (any may be missing)."""
    text = one_line(quote)
    if not (text[:1] in "“\"'‘«" and text[-1:] in "”\"'’»"):
        text = f"“{text}”"
    who = [speaker] if speaker else []
    where = f"in {outlet}" if outlet else ""
    named = f"“{one_line(title)}”" if title else ""
    when = fmt_date(published) if published else ""
    source = ", ".join(b for b in (*who, where, named, when) if b)
    out = f"{text} — {source}." if source else text
    if url:
        out += f" {url}"
    return out
