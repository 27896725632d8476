"""Markdown to plain text: keep the words, drop the markup.

Images go with their alt text, and so does a photo's caption: a line set wholly in
emphasis right under an image (``![…](…)`` then ``*Caption (Photo: Agency)*``), the way
Markdown pages print captions; a byline with its date in emphasis under the picture stays
("*The Ledger · World · 5 March 2025*"). Everything else keeps its words; the page furniture the
words carry (menus, "Read also" lists, tags) is left to the line cleaner.
"""

from __future__ import annotations

import re

from tracker.ingest.published import first_published_date, segmented_byline

# Link text holds no bracket and a target no parenthesis, so a run of "[" or "[a](" is
# passed over in linear time.
_IMAGE = re.compile(r"!\[([^\[\]]*)\](?:\([^()]*\)|\[[^\[\]]*\])")
_LINK = re.compile(r"\[([^\[\]]*)\]\([^()]*\)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
# Emphasis spans at most 400 characters: an unclosed "*" costs bounded work, not a scan
# to the end of the line.
_EMPHASIS = re.compile(r"(\*\*|__)(.{1,400}?)\1|(?<![\w*])\*(?!\s)(.{1,400}?)(?<!\s)\*(?![\w*])")
_EMPHASIS_LINE = re.compile(r"^\s*(\*\*|\*|__|_)(?![\s*_])[^*_\n]{1,300}(?<![\s*_])\1\s*$")
_CODE = re.compile(r"`([^`]*)`")
_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_QUOTE = re.compile(r"^\s*>\s?")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")


def _caption(line: str) -> bool:
    """Whether a line under an image is its caption: set wholly in emphasis, and not the
    page's byline with its date ("*The Ledger · World · 5 March 2025*" under the lead
    photo, the way blogs and Markdown exports print the byline after the picture)."""
    if not _EMPHASIS_LINE.match(line):
        return False
    return segmented_byline(line) is None and first_published_date(line) is None


def markdown_to_text(source: str) -> tuple[str, dict[str, str]]:
    """Return the text of a Markdown article and ``{"title": first heading}`` if any."""
    meta: dict[str, str] = {}
    out: list[str] = []
    in_fence = False
    under_image = False  # the last non-blank line was nothing but images
    for line in source.splitlines():
        if line.strip().startswith("```"):
            in_fence = not in_fence
            continue
        if not in_fence:
            if _RULE.match(line):
                out.append("")
                under_image = False
                continue
            if under_image and line.strip():
                under_image = False
                if _caption(_QUOTE.sub("", line)):
                    out.append("")  # the caption of the image above
                    continue
            heading = _HEADING.match(line)
            if heading:
                line = heading.group(1)
                meta.setdefault("title", line.strip())
            line = _QUOTE.sub("", line)
            line = _LIST.sub("", line)
            if "![" in line:
                line = _IMAGE.sub("", line)
                under_image = not _LINK.sub("", line).strip()
            line = _LINK.sub(r"\1", line)
            line = _EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or "", line)
            line = _CODE.sub(r"\1", line)
        out.append(line)
    return "\n".join(out), meta
