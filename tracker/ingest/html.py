"""HTML to text through the standard library's HTML parser (tolerant, non-recursive).

Page furniture is left out while parsing: scripts and styles, navigation, asides, footers,
figure captions, and any element whose class or id names furniture (caption, credit,
related, share, newsletter, breadcrumb, tags, ticker, menu, sidebar …); so is a list right
after a "Related" / "Read more" / "Latest" heading. Each block element becomes its own
paragraph (a blank line between blocks). The page's ``<title>`` is kept as the first line
when it is a headline of its own, not the ``<h1>`` again.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

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
# A heading whose list below it is links to other stories.
_LIST_HEADING = re.compile(
    r"^(?:related(?: \w+)?|read (?:also|more|next)|also read|see also|latest(?: \w+)?|"
    r"more (?:\w+ ){0,2}(?:news|stories|articles|headlines)|more (?:from|on|about) .{1,40}|"
    r"most (?:read|popular|viewed|shared)|trending(?: now| news)?|you may also like|"
    r"recommended(?: for you)?|top stories|editor'?s picks|in other news|"
    r"what to read next)\W*$",
    re.IGNORECASE,
)
_LISTS = frozenset({"ul", "ol", "dl"})
_CONTAINERS = frozenset({"html", "body", "main", "article"})  # never furniture by class
_TITLE_SPLIT = re.compile(r"\s+[|–—-]\s+|\s+[|•·]\s*")
_WORD = re.compile(r"\w+")


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []  # the text, furniture classes included
        self.soft: list[tuple[int, int, bool]] = []  # furniture-class text: (from, to, has h1)
        self.stack: list[str] = []
        self.open_count: dict[str, int] = {}
        self.skip_at: int | None = None  # stack depth of the skipped element (tag rule)
        self.soft_at: int | None = None  # stack depth of the skipped element (class rule)
        self.soft_from = 0  # where the skipped element's text starts in ``parts``
        self.soft_h1 = False  # the skipped element holds the page's headline
        self.list_heading = False  # a related-links heading ended; a list may follow
        self.h1_parts: list[str] = []
        self.h1_at: int | None = None
        self.title_parts: list[str] = []
        self.in_title = False
        self.meta: dict[str, str] = {}

    def _emit(self, text: str) -> None:
        if self.skip_at is not None:
            return
        self.parts.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
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
        if self.skip_at is None and (
            tag in _SKIP or (tag in _LISTS and self.list_heading and self.soft_at is None)
        ):
            self.skip_at = depth
        elif (
            self.skip_at is None
            and self.soft_at is None
            and tag not in _CONTAINERS
            and _is_furniture(attrs)
        ):
            self.soft_at, self.soft_from, self.soft_h1 = depth, len(self.parts), False
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
            self.soft.append((self.soft_from, len(self.parts), self.soft_h1))
        if self.h1_at is not None and depth <= self.h1_at:
            self.h1_at = None

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip_at is not None:
            return
        if data.strip():
            self.list_heading = bool(_LIST_HEADING.match(" ".join(data.split())))
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


def _visible(parser: _Extractor) -> str:
    """The text without what furniture classes held, unless what one held is the article
    after all: the page's ``<h1>``, or more paragraphs of prose than all the rest."""
    if not parser.soft:
        return "".join(parser.parts)
    kept: list[str] = []
    held: list[tuple[str, bool]] = []
    at = 0
    for start, end, has_h1 in parser.soft:
        kept.append("".join(parser.parts[at:start]))
        held.append(("".join(parser.parts[start:end]), has_h1))
        at = end
    kept.append("".join(parser.parts[at:]))
    rest = sum(_prose_count(chunk) for chunk in kept)
    out = [kept[0]]
    for (chunk, has_h1), after in zip(held, kept[1:], strict=True):
        if has_h1 or _prose_count(chunk) > max(rest, 1):
            out.append(chunk)  # a class name said furniture; the text says article
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
    ``article:published_time``, ``author``, ``og:url``, ``canonical`` …).
    """
    parser = _Extractor()
    parser.feed(markup)
    parser.close()
    if parser.soft_at is not None:  # a furniture element left open at the end of the page
        parser.soft.append((parser.soft_from, len(parser.parts), parser.soft_h1))
    lines = _paragraphs(_visible(parser))
    if not lines:
        # Every word was inside a "furniture" class: the page names its article oddly.
        lines = _paragraphs("".join(parser.parts))
    meta = dict(parser.meta)
    title = " ".join("".join(parser.title_parts).split())
    if title:
        meta["title"] = title
        h1 = " ".join("".join(parser.h1_parts).split())
        if _headline_of_title(title, h1, lines):
            lines = [title, "", *lines]
    return "\n".join(lines), meta
