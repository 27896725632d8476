"""Markdown and HTML from the Jinja2 templates in ``resources/templates``.

The HTML environment autoescapes everything; the Markdown one escapes article text with
the ``md`` filter. The PDF renders the HTML template with ``qt=True`` (a plainer stylesheet
that Qt's rich-text engine reads).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any
from urllib.parse import quote

import jinja2

from tracker.app_info import APP_NAME, VERSION
from tracker.briefing.language import fmt_date, fmt_time, outlet_or_title, quoted, sentence
from tracker.briefing.model import Briefing, Quote, Source, TrackBriefing
from tracker.domain.vocabulary import CREDIBILITY, FAMILY, RELIABILITY
from tracker.paths import resources_dir

GENERATOR = f"{APP_NAME} {VERSION}"
HTML_TEMPLATE = "briefing.html.j2"
MD_TEMPLATE = "briefing.md.j2"

# Characters Markdown (CommonMark + GFM tables/strikethrough) may read as formatting.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_MD_LINE_START = re.compile(r"^([#+\-=]|\d+[.)])")
_DATE_BASIS = {
    "stated": "stated in the article",
    "inferred": "inferred",
    "analyst": "set by an analyst",
    "unknown": "date unknown",
}


def templates_dir() -> str:
    return str(resources_dir() / "templates")


def md_escape(value: object) -> str:
    """Escape Markdown formatting characters; whitespace (line breaks too) is collapsed so a
    value never starts a new block."""
    text = " ".join(str(value).split())
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _MD_LINE_START.sub(r"\\\1", text)


def md_url(url: str) -> str:
    """A URL as a Markdown autolink; characters that would end the link are percent-encoded."""
    cleaned = quote(url.strip(), safe="/:?#[]@!$&'()*+,;=%-._~")
    return f"<{cleaned}>" if is_web_link(cleaned) else md_escape(url)


def is_web_link(url: str) -> bool:
    return url.lower().startswith(("http://", "https://"))


def grade_words(reliability: str, credibility: int) -> str:
    """``source usually reliable, information probably true`` for B2."""
    rel = RELIABILITY.get(reliability, RELIABILITY["F"])
    if credibility in CREDIBILITY and credibility != 6:
        cred = f"information {CREDIBILITY[credibility]}"
    else:
        cred = "truth of the information cannot be judged"
    return f"source {rel}, {cred}"


def attribution(q: Quote) -> str:
    """``— Sergei Ryabkov, TASS, published 22 Oct 2025. Grade B2 (…).`` as sentences."""
    who = q.speaker or "unattributed"
    where = outlet_or_title(q.outlet, q.document_title)
    parts = [f"— {who}, {where}, published {fmt_date(q.published)}"]
    if q.event_date and q.event_date != q.published:
        parts.append(f"event {fmt_date(q.event_date)}")
    text = "; ".join(parts) + "."
    judged = f" {q.judgement}" if q.judgement else ""
    return f"{text} Grade {q.grade} ({grade_words(q.reliability, q.credibility)}).{judged}"


def published(s: Source) -> str:
    when = fmt_date(s.published)
    basis = _DATE_BASIS.get(s.date_basis, s.date_basis)
    if s.published is None:
        return "undated"
    if s.date_basis == "inferred" and s.date_note:
        return f"{when} (inferred: {' '.join(s.date_note.split()).rstrip('.')})"
    return f"{when} ({basis})"


def flags(t: TrackBriefing) -> str:
    marks = []
    if t.contested:
        marks.append("contested")
    if t.needs_review:
        marks.append("needs review")
    return ", ".join(marks) if marks else "—"


def family(status: str | None) -> str:
    return FAMILY.get(status or "", "none")


def also(item: Quote | Source) -> str:
    """``Also in: TASS, 22 Oct 2025; and 14 more.``: the other places that carried the
    same words, as many as the briefing names, and how many more there are."""
    names = list(item.also_in)
    if item.also_more:
        names.append(f"and {item.also_more:,} more")
    return f"Also in: {'; '.join(names)}."


def md_cell(q: Quote | None) -> str:
    if q is None:
        return ""
    text = f"{md_escape(quoted(q.text))} {md_escape(attribution(q))}"
    if q.also_in:
        text += " " + md_escape(also(q))
    return text


def _filters() -> dict[str, Any]:
    return {
        "when": fmt_time,
        "day": fmt_date,
        "sentence": lambda v: sentence(str(v)),
        "attribution": attribution,
        "also": also,
        "quoted": quoted,
        "published": published,
        "flags": flags,
        "family": family,
        "safe_link": is_web_link,
        "md": md_escape,
        "md_url": md_url,
        "cell": md_cell,
        "nobreak": lambda v: str(v).replace(" ", "\u00a0"),
    }


@cache
def _environment(kind: str) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir()),
        autoescape=kind == "html",
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=False,
        keep_trailing_newline=True,
    )
    env.filters.update(_filters())
    return env


def render_html(briefing: Briefing, *, qt: bool = False) -> str:
    """The briefing as one self-contained HTML page (inline CSS, no external assets)."""
    template = _environment("html").get_template(HTML_TEMPLATE)
    return template.render(b=briefing, qt=qt, generator=GENERATOR)


def render_markdown(briefing: Briefing) -> str:
    template = _environment("md").get_template(MD_TEMPLATE)
    text = template.render(b=briefing, generator=GENERATOR)
    # Collapse runs of blank lines the template's blocks leave behind.
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
