"""Fuzzing: hostile bytes, text, HTML, search strings and CLI values never crash.

Every rejection is a ``UserError`` with a one-line message. The CI profile runs a few
hundred cases; ``HYPOTHESIS_PROFILE=long`` runs the long campaign (10,000+ inputs).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.domain.errors import UserError
from tracker.domain.vocabulary import check_status, statuses_for
from tracker.extract import extract_document
from tracker.ingest import prepare_bytes
from tracker.services.search import search
from tracker.services.tracks import default_tracks

settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "long",
    max_examples=2500,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

TRACKS = default_tracks()
SPICE = [
    "\u200f",
    "\u202e",
    "\u200b",
    "\x00",
    "🙂",
    "👨‍👩‍👧",
    "“",
    "”",
    "’",
    "\ufeff",
    "\r\n",
    "\t",
    "Trump",
    "Putin",
    "summit",
    "Budapest",
    "on hold",
    "postponed",
    "Lavrov",
    "Rubio",
    "coalition of the willing",
    "U.S.",
    "Oct. 22, 2025",
    "said on Tuesday",
    ". ",
    "\n\n",
    "Read More",
    "<b>",
    "&amp;",
    "Mr.",
    "a.m.",
]
spiced_text = st.lists(st.one_of(st.text(max_size=40), st.sampled_from(SPICE)), max_size=60).map(
    "".join
)


def _one_line(message: str) -> bool:
    return bool(message) and "\n" not in message and "Traceback" not in message


def _prepare_and_extract(data: bytes, name: str) -> None:
    try:
        prepared = prepare_bytes(data, name=name)
    except UserError as exc:
        assert _one_line(str(exc))
        return
    doc = prepared.document
    assert doc.text and doc.chars == len(doc.text)
    for finding in extract_document(doc.text, date(2025, 10, 22), TRACKS):
        assert doc.text[finding.start : finding.end] == finding.exact


@given(st.binary(max_size=4000))
def test_random_bytes(data: bytes) -> None:
    _prepare_and_extract(data, "x.txt")


@given(spiced_text)
def test_random_unicode_text(text: str) -> None:
    _prepare_and_extract(text.encode("utf-8"), "x.txt")


TAGS = [
    "div",
    "p",
    "span",
    "script",
    "style",
    "iframe",
    "b",
    "a",
    "table",
    "td",
    "li",
    "br",
    "noscript",
    "svg",
    "title",
    "head",
    "body",
    "h1",
    "img",
]


@st.composite
def html_documents(draw: st.DrawFn) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 40))):
        choice = draw(st.integers(0, 3))
        tag = draw(st.sampled_from(TAGS))
        if choice == 0:
            parts.append(f'<{tag} class="{draw(st.text(max_size=5))}">')
        elif choice == 1:
            parts.append(f"</{tag}>")
        elif choice == 2:
            parts.append(draw(spiced_text))
        else:
            parts.append(
                draw(
                    st.sampled_from(
                        [
                            "<!--",
                            "-->",
                            "<![CDATA[",
                            "<",
                            ">",
                            "&",
                            "&#0;",
                            "&#x110000;",
                            "<script>alert(1)</script>",
                            "<style>p{}</style>",
                        ]
                    )
                )
            )
    return "<html><body>" + "".join(parts)


@given(html_documents())
def test_random_html(markup: str) -> None:
    _prepare_and_extract(markup.encode("utf-8"), "x.html")


@given(st.integers(1, 3000), st.sampled_from(["div", "span", "p", "b"]))
def test_deeply_nested_html(depth: int, tag: str) -> None:
    markup = f"<{tag}>" * depth + "The summit in Budapest is on hold." + f"</{tag}>" * depth
    _prepare_and_extract(markup.encode(), "deep.html")


@given(st.text(max_size=200))
def test_search_strings(fresh_db, text: str) -> None:  # type: ignore[no-untyped-def]
    search(fresh_db, text)


@given(st.text(max_size=40))
def test_cli_dates(value: str) -> None:
    from tracker.ingest.pipeline import parse_user_date

    try:
        parse_user_date(value)
    except ValueError as exc:
        assert _one_line(str(exc))


@given(
    st.sampled_from(["summit", "channel", "coalition", "initiative", "meeting"]),
    st.text(max_size=30),
)
def test_cli_statuses(kind: str, status: str) -> None:
    try:
        assert check_status(kind, status) in statuses_for(kind)
    except UserError as exc:
        assert _one_line(str(exc))


@given(st.text(max_size=60))
def test_cli_track_names(fresh_db, name: str) -> None:  # type: ignore[no-untyped-def]
    from tracker.services.tracks import get_track

    try:
        get_track(fresh_db, name)
    except UserError as exc:
        assert _one_line(str(exc))


def test_fifty_megabyte_single_line_is_refused_quickly(tmp_path: Path) -> None:
    from tracker.ingest.pipeline import prepare_file

    big = tmp_path / "line.txt"
    with big.open("wb") as fh:
        for _ in range(50):
            fh.write(b"summit " * 149_797 + b"x")
    with pytest.raises(UserError, match="limit"):
        prepare_file(big)


def test_large_single_line_within_limit_is_ingested(fresh_db) -> None:  # type: ignore[no-untyped-def]
    from tracker.services.ingest import ingest_text

    text = "Trump and Putin summit on hold in Budapest, Peskov said. " * 4000
    item = ingest_text(fresh_db, text, title="Long line")
    assert item.outcome == "new"


@given(spiced_text)
def test_ingest_into_a_database_keeps_it_consistent(fresh_db, text: str) -> None:  # type: ignore[no-untyped-def]
    from tracker.services.ingest import ingest_text
    from tracker.services.verify import verify

    try:
        ingest_text(fresh_db, text)
    except UserError as exc:
        assert _one_line(str(exc))
    report = verify(fresh_db)
    assert report.ok, report.lines
