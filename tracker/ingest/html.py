"""HTML to text through the standard library's HTML parser (tolerant, non-recursive).

Page furniture is left out while parsing: scripts and styles, navigation, asides, footers,
figures and their captions, and any element whose class or id names furniture (caption,
credit, related, share, newsletter, breadcrumb, tags, ticker, menu, sidebar …); so is a list
right after a "Related" / "Read more" / "Latest" heading. What a figure or a furniture class
held comes back when it is the article after all (the ``<h1>``, or most of the prose). Each
block element becomes its own paragraph (a blank line between blocks). The page's
``<title>`` is kept as the first line when it is a headline of its own, not the ``<h1>``
again.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from tracker.ingest.clean import RELATED_HEADING
from tracker.ingest.htmldates import page_dates

_SKIP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "iframe",
        "template",
        "svg",
        "canvas",
        "object",
        "embed",
        "nav",
        "footer",
        "aside",
        "figcaption",
        "form",
        "button",
        "select",
        "head",
    }
)
_BLOCK = frozenset(
    {
        "p",
        "div",
        "br",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "section",
        "article",
        "header",
        "blockquote",
        "pre",
        "tr",
        "table",
        "figure",
        "figcaption",
        "hr",
        "main",
        "dd",
        "dt",
        "dl",
        "address",
        "time",
    }
)
_VOID = frozenset(
    {
        "br",
        "hr",
        "img",
        "meta",
        "link",
        "input",
        "area",
        "base",
        "col",
        "source",
        "wbr",
        "embed",
        "param",
        "track",
    }
)
# A class or id word that names page furniture; words are split on spaces, "-" and "_".
_FURNITURE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:"
    r"caption|credits?|photo-?credit|image-?credit|related|share|sharing|social|"
    r"newsletter|subscribe|subscription|signup|breadcrumbs?|crumbs?|tags?|tag-?list|"
    r"keywords|ticker|rates|quotes-bar|market-?bar|menu|nav|navbar|navigation|gnb|"
    r"sidebar|trending|most-?(?:read|viewed|popular|shared)|mostread|mostviewed|"
    r"more-(?:news|from|stories|on)|also-?read|read-?(?:more|also|next)|latest|"
    r"footer|ads?|advert[a-z0-9]*|promo|sponsored|outbrain|taboola|lang-switch|"
    r"listen(?:-live)?|audio-note|comments?|cookies?|cookie-[a-z0-9]+|consent|"
    r"video-(?:embed|title|player|caption)|gallery"
    r")(?=$|[\s_-])",
    re.IGNORECASE,
)
_LISTS = frozenset({"ul", "ol", "dl"})
_CONTAINERS = frozenset({"html", "body", "main", "article"})  # never furniture by class
# Starts only where a run of spaces starts ((?<!\s)): linear on long runs of spaces.
_TITLE_SPLIT = re.compile(r"(?<!\s)\s+[|–—-]\s+|(?<!\s)\s+[|•·]\s*")
_WORD = re.compile(r"\w+")


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []  # the text, furniture classes included
        # Text held back: (from, to, holds the <h1>, a related list rather than a class).
        self.soft: list[tuple[int, int, bool, bool]] = []
        self.stack: list[str] = []
        self.open_count: dict[str, int] = {}
        self.skip_at: int | None = None  # stack depth of the skipped element (tag rule)
        self.soft_at: int | None = None  # stack depth of the skipped element (class rule)
        self.soft_from = 0  # where the skipped element's text starts in ``parts``
        self.soft_h1 = False  # the skipped element holds the page's headline
        self.soft_list = False  # the skipped element is the list under a related heading
        self.list_heading = False  # a related-links heading ended; a list may follow
        self.heading_from = 0  # where that heading's text starts in ``parts``
        self.h1_parts: list[str] = []
        self.h1_at: int | None = None
        self.title_parts: list[str] = []
        self.in_title = False
        self.meta: dict[str, str] = {}

    def _emit(self, text: str) -> None:
        if self.skip_at is not None:
            return
        self.parts.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:  # noqa: C901 - a chain of reading rules, split when they settle
        tag = tag.lower()
        if tag == "meta":
            values = {k.lower(): (v or "") for k, v in attrs}
            key = values.get("property") or values.get("name") or values.get("itemprop")
            if key and values.get("content"):
                self.meta.setdefault(key.lower(), values["content"].strip())
            return
        if tag == "link":
            values = {k.lower(): (v or "") for k, v in attrs}
            if values.get("rel", "").lower() == "canonical" and values.get("href"):
                self.meta.setdefault("canonical", values["href"].strip())
            return
        if tag == "title":
            self.in_title = True
        if tag in _VOID:
            if tag in _BLOCK:
                self._emit("\n")
            return
        depth = len(self.stack)
        self.stack.append(tag)
        self.open_count[tag] = self.open_count.get(tag, 0) + 1
        if self.skip_at is None and tag in _SKIP:
            self.skip_at = depth
        elif self.skip_at is None and self.soft_at is None and tag not in _CONTAINERS:
            # A figure's words are its caption and credit, whatever their tags.
            listed = tag in _LISTS and self.list_heading
            if listed or tag == "figure" or _is_furniture(attrs):
                # A related list goes with its heading (and comes back with it).
                self.soft_at = depth
                after = self.soft[-1][1] if self.soft else 0  # ranges never overlap
                self.soft_from = max(self.heading_from, after) if listed else len(self.parts)
                self.soft_h1, self.soft_list = False, listed
        if tag in _LISTS:
            self.list_heading = False
        if tag == "h1":
            self.soft_h1 = self.soft_h1 or self.soft_at is not None
            if self.h1_at is None and not self.h1_parts:
                self.h1_at = depth
        if tag in _BLOCK:
            self._emit("\n\n")

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag == "title":
            self.in_title = False
        if tag in _VOID or not self.open_count.get(tag):
            return
        # Close up to the matching open tag (tolerates unclosed children).
        while self.stack:
            top = self.stack.pop()
            self.open_count[top] -= 1
            if top == tag:
                break
        depth = len(self.stack)
        if tag in _BLOCK:
            self._emit("\n\n")
        if self.skip_at is not None and depth <= self.skip_at:
            self.skip_at = None
        if self.soft_at is not None and depth <= self.soft_at:
            self.soft_at = None
            self.soft.append((self.soft_from, len(self.parts), self.soft_h1, self.soft_list))
        if self.h1_at is not None and depth <= self.h1_at:
            self.h1_at = None

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip_at is not None:
            return
        if data.strip():
            heading = " ".join(data.split())
            self.list_heading = len(heading) <= 80 and bool(RELATED_HEADING.match(heading))
            self.heading_from = len(self.parts)
        if self.h1_at is not None:
            self.h1_parts.append(data)
        self._emit(data)


def _is_furniture(attrs: list[tuple[str, str | None]]) -> bool:
    for key, value in attrs:
        if value and key.lower() in ("class", "id") and _FURNITURE_CLASS.search(value[:300]):
            return True
    return False


def _prose_count(text: str) -> int:
    """Paragraphs of prose: twelve words or more, closing with a full stop."""
    count = 0
    for line in text.split("\n"):
        words = line.split()
        if len(words) >= 12 and words[-1][-1:] in '.!?"”’':
            count += 1
    return count


def _has_sentence(text: str) -> bool:
    """A list item that is a sentence (eight words or more, a full stop): a point of the
    article, where links to other stories are headlines."""
    for line in text.split("\n"):
        words = line.split()
        if len(words) >= 8 and words[-1][-1:] in '.!?"”’':
            return True
    return False


def _visible(parser: _Extractor) -> str:
    """The text without what figures, furniture classes and related lists held, unless what
    one held is the article after all: the page's ``<h1>``, more paragraphs of prose than
    all the rest, or (under a related heading) sentences rather than headlines."""
    if not parser.soft:
        return "".join(parser.parts)
    kept: list[str] = []
    held: list[tuple[str, bool, bool]] = []
    at = 0
    for start, end, has_h1, listed in parser.soft:
        kept.append("".join(parser.parts[at:start]))
        held.append(("".join(parser.parts[start:end]), has_h1, listed))
        at = end
    kept.append("".join(parser.parts[at:]))
    rest = sum(_prose_count(chunk) for chunk in kept)
    out = [kept[0]]
    for (chunk, has_h1, listed), after in zip(held, kept[1:], strict=True):
        article = _has_sentence(chunk) if listed else _prose_count(chunk) > max(rest, 1)
        if has_h1 or article:
            out.append(chunk)  # the text says article, whatever its place or class
        out.append(after)
    return "".join(out)


def _paragraphs(raw: str) -> list[str]:
    """Lines with single spaces; one blank line between blocks, none at either end."""
    out: list[str] = []
    for line in raw.split("\n"):
        line = " ".join(line.split())
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def _headline_of_title(title: str, h1: str, lines: list[str]) -> bool:
    """Whether the ``<title>`` says something the page's text does not: not the ``<h1>``
    (with or without the site's name after a dash or bar), not a line of the text, not a
    bare site name."""
    if len(title.split()) < 4 or title in lines:
        return False
    norm_title, norm_h1 = _words(title), _words(h1)
    if norm_h1 and (norm_title == norm_h1 or norm_title.startswith(norm_h1 + " ")):
        return False
    first = _TITLE_SPLIT.split(title, maxsplit=1)[0]
    return len(first.split()) >= 4 and first not in lines


def html_to_text(markup: str) -> tuple[str, dict[str, str]]:
    """Return the visible text of ``markup`` (one paragraph a line) and its metadata.

    Metadata keys: ``title`` and the ``<meta>`` names/properties (``og:site_name``,
    ``article:published_time``, ``author``, ``og:url``, ``canonical`` …), and the dates of
    ``tracker.ingest.htmldates.page_dates`` (``jsonld:datepublished`` …).
    """
    parser = _Extractor()
    parser.feed(markup)
    parser.close()
    if parser.soft_at is not None:  # a furniture element left open at the end of the page
        parser.soft.append((parser.soft_from, len(parser.parts), parser.soft_h1, parser.soft_list))
    lines = _paragraphs(_visible(parser))
    if not lines:
        # Every word was inside a "furniture" class: the page names its article oddly.
        lines = _paragraphs("".join(parser.parts))
    meta = dict(parser.meta)
    for key, value in page_dates(markup).items():  # JSON-LD, microdata, <time> dates
        meta.setdefault(key, value)
    title = " ".join("".join(parser.title_parts).split())
    if title:
        meta["title"] = title
        h1 = " ".join("".join(parser.h1_parts).split())
        if _headline_of_title(title, h1, lines):
            lines = [title, "", *lines]
    return "\n".join(lines), meta
