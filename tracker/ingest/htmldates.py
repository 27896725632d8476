"""Publication dates a web page states outside its ``<meta>`` tags.

* JSON-LD: ``datePublished`` of the page's article object (also inside ``@graph`` lists);
* microdata: an element with ``itemprop="datePublished"`` (its ``content`` or
  ``datetime`` attribute, else its text);
* the first ``<time datetime>`` inside the page's ``<article>``, else ``<main>``, else
  ``<header>`` (never one of a sidebar or footer: those lie outside them).

Returned as ``meta`` keys ``jsonld:datepublished``, ``itemprop:datepublished`` and
``time:datetime`` (values as the page prints them). A scan with bounded patterns, linear in
the size of the page; nothing here decides which text is kept.
"""

from __future__ import annotations

import html
import json
import re
from collections import deque
from typing import Any

_LD_JSON = re.compile(
    r"<script\b[^>]{0,300}?\btype\s*=\s*[\"']?application/ld\+json[\"']?[^>]{0,300}>(.*?)</script\s*>",
    re.IGNORECASE | re.DOTALL,
)
_ITEMPROP_VALUE = re.compile(r"\s*=\s*[\"']?datepublished\b")
_ATTR = re.compile(
    r"\b(?P<name>content|datetime)\s*=\s*(?:\"(?P<dq>[^\"]{0,80})\"|'(?P<sq>[^']{0,80})'|(?P<bare>[^\s>]{1,80}))",
    re.IGNORECASE,
)
_TIME = re.compile(r"<time\b(?P<attrs>[^>]{0,600}?)>", re.IGNORECASE)
_ARTICLE_TYPES = frozenset(
    {
        "newsarticle",
        "article",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "blogposting",
        "liveblogposting",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "report",
        "pressrelease",
        "webpage",
    }
)
_MAX_JSON = 500_000
_MAX_NODES = 5_000


def page_dates(markup: str) -> dict[str, str]:
    """The publication dates ``markup`` states in JSON-LD, microdata and ``<time>``."""
    out: dict[str, str] = {}
    low = markup.lower()
    ld = _jsonld_date(markup) if "ld+json" in low else None
    if ld:
        out["jsonld:datepublished"] = ld
    item = _itemprop_date(markup, low) if "datepublished" in low else None
    if item:
        out["itemprop:datepublished"] = item
    stamp = _time_in_article(markup, low) if "<time" in low else None
    if stamp:
        out["time:datetime"] = stamp
    return out


def _jsonld_date(markup: str) -> str | None:
    fallback: str | None = None
    for m in _LD_JSON.finditer(markup):
        body = m.group(1).strip()
        if not body or len(body) > _MAX_JSON:
            continue
        try:
            data = json.loads(html.unescape(body) if body.startswith("&") else body)
        except ValueError:
            continue
        best, other = _walk(data)
        if best:
            return best
        fallback = fallback or other
    return fallback


def _walk(data: Any) -> tuple[str | None, str | None]:
    """``datePublished`` of an article-typed object (first), or of any object (second)."""
    stack: deque[Any] = deque([data])
    seen = 0
    other: str | None = None
    while stack and seen < _MAX_NODES:
        node = stack.popleft()
        seen += 1
        if isinstance(node, list):
            stack.extend(node)
            continue
        if not isinstance(node, dict):
            continue
        value = node.get("datePublished")
        if isinstance(value, str) and value.strip():
            kinds = node.get("@type")
            names = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in names):
                return value.strip(), other
            other = other or value.strip()
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            child = node.get(key)
            if isinstance(child, (list, dict)):
                stack.append(child)
    return None, other


def _attr(attrs: str, name: str) -> str | None:
    for m in _ATTR.finditer(attrs):
        if m["name"].lower() == name:
            value = (
                m["dq"] if m["dq"] is not None else m["sq"] if m["sq"] is not None else m["bare"]
            )
            if value and value.strip():
                return html.unescape(value.strip())
    return None


def _itemprop_date(markup: str, low: str) -> str | None:
    at = low.find("itemprop")
    while at >= 0:
        if _ITEMPROP_VALUE.match(low, at + 8, at + 40):
            start = low.rfind("<", max(0, at - 600), at)
            end = low.find(">", at, at + 600)
            if start >= 0 and end >= 0:
                attrs = markup[start:end]
                value = _attr(attrs, "content") or _attr(attrs, "datetime")
                if value:
                    return value
                text = markup[end + 1 : end + 200].split("<", 1)[0]
                text = " ".join(html.unescape(text).split())
                return text or None
        at = low.find("itemprop", at + 8)
    return None


def _time_in_article(markup: str, low: str) -> str | None:
    for container in ("article", "main", "header"):
        start = _open_tag(low, container)
        if start < 0:
            continue
        end = low.find(f"</{container}", start)
        region = markup[start : end if end >= 0 else len(markup)]
        for m in _TIME.finditer(region):
            value = _attr(m["attrs"], "datetime")
            if value:
                return value
    return None


def _open_tag(low: str, name: str) -> int:
    """Where the first ``<name>`` or ``<name …>`` tag opens in lower-cased markup, or -1."""
    at = low.find(f"<{name}")
    while at >= 0:
        nxt = low[at + len(name) + 1 : at + len(name) + 2]
        if nxt in (">", " ", "\t", "\n", "\r", "/"):
            return at
        at = low.find(f"<{name}", at + 1)
    return -1
