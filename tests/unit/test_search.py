"""Search: whatever a user types is safe and finds what it should."""

from __future__ import annotations

import pytest

from tracker.services.ingest import ingest_text
from tracker.services.search import fts_query, search

HOSTILE = [
    '"on hold',
    '"',
    "(",
    ")",
    "NEAR",
    "NEAR(a b)",
    "*",
    "-",
    "'",
    "a OR",
    "AND",
    "summit*",
    "-summit",
    '""""',
    "col:summit",
    "^summit",
    "{a b}",
    "\\",
    "%",
    "\x00",
    "summit\u200f",
    "🙂",
    "x" * 5000,
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_queries_never_fail(fresh_db, text: str) -> None:  # type: ignore[no-untyped-def]
    search(fresh_db, text)


def test_query_quotes_every_word() -> None:
    assert fts_query('"on hold') == '"on" "hold"'
    assert fts_query("NEAR(") == '"NEAR"'
    assert fts_query('"" ( *') is None


def test_finds_documents_and_snippets(fresh_db) -> None:  # type: ignore[no-untyped-def]
    ingest_text(
        fresh_db,
        "Budapest talks paused\n\nThe Budapest summit was put on hold on Tuesday.",
        title="Budapest talks paused",
    )
    hits = search(fresh_db, '"on hold')
    assert any(h.kind == "document" and "[on hold]" in h.snippet for h in hits)
    assert search(fresh_db, "Greenland") == []
