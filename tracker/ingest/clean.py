"""Web boilerplate removal, line by line, keeping what was dropped and why.

The cleaned text is the article's paragraphs, one per line, separated by a blank line; it is
what every excerpt's offsets point into. The raw text is kept beside it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from tracker.ingest.datestamps import parse_stamp

_EXACT = frozenset(
    {
        "share",
        "share this",
        "share this article",
        "share this story",
        "share on facebook",
        "share on twitter",
        "share on x",
        "read more",
        "read more:",
        "sponsored",
        "sponsored content",
        "trending",
        "trending news",
        "trending now",
        "tags",
        "tags:",
        "post a comment",
        "leave a comment",
        "leave a reply",
        "add a comment",
        "comments",
        "scroll for next",
        "scroll to continue",
        "advertisement",
        "advertisement:",
        "ad",
        "related",
        "related articles",
        "related stories",
        "related news",
        "related posts",
        "you may also like",
        "recommended",
        "recommended for you",
        "most read",
        "most popular",
        "subscribe",
        "subscribe now",
        "sign up",
        "follow us",
        "newsletter",
        "print",
        "email",
        "copy link",
        "copied",
        "listen to this article",
        "skip to content",
        "back to top",
        "next article",
        "previous article",
        "continue reading",
        "see also",
        "more from",
        "click here",
        "load more",
        "show comments",
        "hide comments",
        "also read",
    }
)
_PATTERNS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^\d+\s+comments?$",
        r"^(?:post a )?comments?\s*\(\d+\)$",
        r"^post a comment\s*\(\d+\)$",
        r"^\d+/related/\w+$",
        r"^\d+\s+min(?:ute)?s?\s+read$",
        r"^[\d.,]+[km]?$",  # a lone number: view, share or comment counters
        r"^(?:#[\w-]+\s*)+$",  # a line of hashtags
        r"^#[\w-]+(?:\s+[\w-]+){0,3}$",  # a section tag such as "#Global News"
        r"^(?:share|follow) (?:on|us on) \w+$",
        r"^(?:photo|image|picture|credit|source)s?\s*[:/].{0,80}$",
        r"^advertisement\b.{0,40}$",
        r"^(?:also read|read also|read more|see also)\s*[:|-].*$",
        r"^(?:facebook|twitter|x|linkedin|whatsapp|telegram|email|reddit)(?:\s*[|·•]\s*\w+)+$",
    )
)
_READ_MORE = re.compile(r"^(?:read more|read full story|continue reading)\W*$", re.IGNORECASE)


@dataclass
class CleanResult:
    text: str
    lines: list[str]
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (line, reason)
    stamps: list[str] = field(default_factory=list)  # date-stamp lines outside related blocks


def is_boilerplate(line: str) -> bool:
    """Whether a whole line is web furniture (share buttons, counters, tags, ...)."""
    norm = " ".join(line.split()).strip().lower()
    if not norm:
        return True
    if norm in _EXACT or norm.rstrip(":") in _EXACT:
        return True
    return any(p.match(norm) for p in _PATTERNS)


def _related_blocks(lines: list[str]) -> list[tuple[int, int]]:
    """Spans ``[start, end)`` of related-article link lists: items ending in "Read More".

    Two or more "Read More" lines make a block; the item length (lines between two of them)
    tells where the first item starts. Tag and stamp lines just above it belong to it too.
    """
    marks = [i for i, line in enumerate(lines) if _READ_MORE.match(line.strip())]
    if len(marks) < 2:
        return []
    blocks: list[tuple[int, int]] = []
    group = [marks[0]]
    for mark in marks[1:]:
        if mark - group[-1] <= 6:
            group.append(mark)
        else:
            if len(group) >= 2:
                blocks.append(_block_span(lines, group))
            group = [mark]
    if len(group) >= 2:
        blocks.append(_block_span(lines, group))
    return blocks


def _block_span(lines: list[str], group: list[int]) -> tuple[int, int]:
    gaps = sorted(b - a for a, b in itertools.pairwise(group))
    item = gaps[len(gaps) // 2]
    start = max(0, group[0] - item + 1)
    while start > 0:
        above = lines[start - 1].strip()
        if not above or is_boilerplate(above) or parse_stamp(above) is not None:
            start -= 1
            continue
        break
    return start, group[-1] + 1


def clean_text(raw: str) -> CleanResult:
    """Split ``raw`` into lines, drop boilerplate, return the cleaned text and what went."""
    lines = [
        " ".join(line.split()) for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    ]
    dropped: list[tuple[str, str]] = []
    stamps: list[str] = []
    in_block = [False] * len(lines)
    for start, end in _related_blocks(lines):
        for i in range(start, end):
            in_block[i] = True
    # A stamp at the head of a related block, directly under the article, is the article's
    # own date (e.g. "Oct. 22, 2025 10:21 a.m. 563"); stamps among the items are not.
    kept: list[str] = []
    for i, line in enumerate(lines):
        if not line:
            continue
        if parse_stamp(line) is not None:
            if not _inside_items(lines, in_block, i):
                stamps.append(line)
            dropped.append((line, "date stamp"))
            continue
        if in_block[i]:
            dropped.append((line, "related-links block"))
            continue
        if is_boilerplate(line):
            dropped.append((line, "boilerplate"))
            continue
        kept.append(line)
    kept = _drop_repeats(kept, dropped)
    return CleanResult(text="\n\n".join(kept), lines=kept, dropped=dropped, stamps=stamps)


def _inside_items(lines: list[str], in_block: list[bool], index: int) -> bool:
    """A stamp is inside the item list when an item title precedes it within the block."""
    j = index - 1
    while j >= 0 and in_block[j]:
        if lines[j] and parse_stamp(lines[j]) is None and not is_boilerplate(lines[j]):
            return True
        j -= 1
    return False


def _drop_repeats(lines: list[str], dropped: list[tuple[str, str]]) -> list[str]:
    """Collapse a line repeated right after itself: a headline keeps one copy; a short
    caption under a photo ("Dmitry Peskov" / "Dmitry Peskov") goes entirely."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and lines[j + 1] == lines[i]:
            j += 1
        if j > i:
            if len(lines[i].split()) >= 5:
                out.append(lines[i])
                dropped.extend((lines[i], "repeated line") for _ in range(j - i))
            else:
                dropped.extend((lines[i], "repeated caption") for _ in range(j - i + 1))
        else:
            out.append(lines[i])
        i = j + 1
    return out
