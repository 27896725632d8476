"""Article metadata from the text itself: title, outlet, byline, published date."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from tracker.ingest.datestamps import parse_date_value
from tracker.ingest.published import choose_published
from tracker.paths import resources_dir

_BYLINE = re.compile(
    r"^(?:by|post(?:ed)? by|written by|author|reporting by)\s*:?\s*(?P<name>[^\d].{1,80})$",
    re.IGNORECASE,
)
_DASHES = r"\s+[–—|-]\s+"


@dataclass(frozen=True)
class Outlet:
    name: str
    aliases: tuple[str, ...]
    reliability: str


@lru_cache(maxsize=1)
def known_outlets() -> tuple[Outlet, ...]:
    """Outlets listed in ``resources/outlets.json`` with their default reliability."""
    data = json.loads((resources_dir() / "outlets.json").read_text(encoding="utf-8"))
    return tuple(
        Outlet(o["name"], tuple(o.get("aliases", [])), o.get("reliability", "F"))
        for o in data["outlets"]
    )


def match_outlet(name: str) -> Outlet | None:
    norm = name.strip().lower()
    for outlet in known_outlets():
        if norm == outlet.name.lower() or norm in (a.lower() for a in outlet.aliases):
            return outlet
    return None


@dataclass
class Metadata:
    title: str
    outlet: str | None = None
    byline: str | None = None
    url: str | None = None
    published: date | None = None
    published_basis: str = "unknown"
    published_note: str | None = None
    outlet_basis: str = "unknown"
    byline_lines: tuple[str, ...] = ()


def _looks_like_title(line: str) -> bool:
    words = line.split()
    return len(words) >= 4 and not line.endswith((".", ":")) and len(line) <= 250


def extract_metadata(
    lines: list[str],
    stamps: list[str],
    meta: dict[str, str],
    *,
    dropped: Sequence[tuple[str, str]] = (),
    today: date | None = None,
) -> Metadata:
    """Derive metadata from cleaned lines, date-stamp lines and HTML/Markdown ``meta``.

    The published date is the page's metadata, else the dateline, else a date stamp (see
    ``tracker.ingest.published``); the lines cleaning ``dropped`` (a copyright footer) may
    lend it a year; ``today`` bounds it (default: the system date).

    Header lines (before the first long paragraph) are searched for a byline and a known
    outlet; a title's " – Outlet" suffix names the outlet too.
    """
    header = _header(lines)
    title = meta.get("og:title") or meta.get("title") or ""
    if not title:
        title = next(
            (line for line in header if _looks_like_title(line)), lines[0] if lines else ""
        )
    result = Metadata(title=title.strip()[:500] or "Untitled")

    site = meta.get("og:site_name") or meta.get("application-name")
    if site:
        result.outlet, result.outlet_basis = site.strip(), "stated"
    result.byline_lines = tuple(_read_header(result, header))
    _outlet_from_title(result)
    author = meta.get("author") or meta.get("article:author")
    if author and result.byline is None:
        result.byline = author.strip()
    result.url = meta.get("og:url") or meta.get("canonical") or meta.get("url")
    found = choose_published(
        lines,
        stamps,
        meta,
        dropped=[line for line, _ in dropped],
        captions=[line for line, why in dropped if why == "caption"],
        today=today,
    )
    if found is not None:
        result.published, result.published_basis = found.date, found.basis
        result.published_note = found.note
    return result


def _read_header(result: Metadata, header: list[str]) -> list[str]:
    """Byline and outlet from the header lines; returns the lines that were a byline."""
    byline_lines: list[str] = []
    for line in header:
        m = _BYLINE.match(line)
        if m and result.byline is None:
            result.byline = m.group("name").strip()
            byline_lines.append(line)
            continue
        parts = re.split(_DASHES, line)
        if len(parts) == 2 and len(line) <= 80 and line != result.title:
            outlet = match_outlet(parts[1])
            if outlet is not None:
                result.byline = result.byline or parts[0].strip()
                result.outlet, result.outlet_basis = result.outlet or outlet.name, "stated"
                byline_lines.append(line)
                continue
        known = match_outlet(line) if result.outlet is None else None
        if known is not None:
            result.outlet, result.outlet_basis = known.name, "stated"
    return byline_lines


def _outlet_from_title(result: Metadata) -> None:
    """A title's " – Outlet" suffix names the outlet; it is cut from the title."""
    parts = re.split(_DASHES, result.title)
    if len(parts) < 2:
        return
    tail = parts[-1].strip()
    known = match_outlet(tail)
    if known is not None or (len(tail.split()) <= 4 and tail[:1].isupper() and len(parts[0]) > 20):
        if result.outlet is None:
            result.outlet = known.name if known else tail
            result.outlet_basis = "stated"
        result.title = " – ".join(p.strip() for p in parts[:-1])


def _header(lines: list[str]) -> list[str]:
    """Lines before the first paragraph of prose (at most the first 12)."""
    out: list[str] = []
    for line in lines[:12]:
        if len(line) > 160 and line.endswith((".", "”", '"', "’")):
            break
        out.append(line)
    return out


def apply_manifest(result: Metadata, manifest: dict[str, Any]) -> dict[str, Any]:
    """Overlay what the user stated in a sidecar manifest; returns the extra fields."""
    extra: dict[str, Any] = {}
    if manifest.get("title"):
        result.title = str(manifest["title"]).strip()
    if manifest.get("outlet"):
        result.outlet, result.outlet_basis = str(manifest["outlet"]).strip(), "analyst"
    if manifest.get("byline"):
        result.byline = str(manifest["byline"]).strip()
    if manifest.get("url"):
        result.url = str(manifest["url"]).strip()
    if manifest.get("published"):
        when = parse_date_value(str(manifest["published"]))
        if when is None:
            raise ValueError(f"manifest date {manifest['published']!r} is not a date (YYYY-MM-DD)")
        result.published, result.published_basis = when, "analyst"
        result.published_note = "given in the sidecar manifest"
    if manifest.get("reliability"):
        extra["reliability"] = str(manifest["reliability"])
    return extra
