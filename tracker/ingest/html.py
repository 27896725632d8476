"""HTML to text through the standard library's HTML parser (tolerant, non-recursive)."""

from __future__ import annotations

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


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.stack: list[str] = []
        self.title_parts: list[str] = []
        self.in_title = False
        self.meta: dict[str, str] = {}

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
                self.parts.append("\n")
            return
        if self.skip_depth or tag in _SKIP:
            self.skip_depth += 1
            self.stack.append(tag)
            return
        self.stack.append(tag)
        if tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag == "title":
            self.in_title = False
        if tag in _VOID or tag not in self.stack:
            return
        # Close up to the matching open tag (tolerates unclosed children).
        while self.stack:
            top = self.stack.pop()
            if self.skip_depth:
                self.skip_depth -= 1
            if top == tag:
                break
        if not self.skip_depth and tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip_depth:
            return
        self.parts.append(data)


def html_to_text(markup: str) -> tuple[str, dict[str, str]]:
    """Return the visible text of ``markup`` (one paragraph a line) and its metadata.

    Metadata keys: ``title`` and the ``<meta>`` names/properties (``og:site_name``,
    ``article:published_time``, ``author``, ``og:url``, ``canonical`` …).
    """
    parser = _Extractor()
    parser.feed(markup)
    parser.close()
    raw = "".join(parser.parts)
    lines = [" ".join(line.split()) for line in raw.split("\n")]
    text = "\n".join(line for line in lines if line)
    meta = dict(parser.meta)
    title = " ".join("".join(parser.title_parts).split())
    if title:
        meta["title"] = title
    return text, meta
