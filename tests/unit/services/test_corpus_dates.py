"""Dates that depend on other documents: a dateline without a year, a date borrowed from a
shared quote."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tracker.services.ingest import ingest_paths
from tracker.storage import documents
from tracker.storage.db import Store


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_dateline_without_a_year_takes_the_year_of_the_archive(
    fresh_db: Store, tmp_path: Path
) -> None:
    # Three articles printed in full in October 2025 and one wire story whose dateline gives
    # no year: the archive is last year's, so is the wire story (today is later than 2025).
    for day in (20, 21, 22):
        _write(
            tmp_path,
            f"dated-{day}.txt",
            f"Talks in Geneva go on\n\nOctober {day}, 2025\n\nDiplomats met again in Geneva "
            f"on day {day} of the month to discuss the ceasefire and its monitoring.\n",
        )
    _write(
        tmp_path,
        "wire.txt",
        "Kremlin sees no need for a quick summit\n\nMOSCOW, November 2. /TASS/. There is no "
        "need for a quick meeting between the two presidents, the Kremlin spokesman said.\n",
    )
    report = ingest_paths(fresh_db, [tmp_path])
    wire = next(i for i in report.items if i.path.endswith("wire.txt"))
    doc = documents.get(fresh_db, wire.document_id or 0)
    assert doc is not None and doc.published == date(2025, 11, 2)
    assert doc.published_basis == "inferred"
    assert doc.published_note and "year 2025" in doc.published_note


def test_a_date_borrowed_from_a_quote_survives_a_later_import(
    fresh_db: Store, tmp_path: Path
) -> None:
    quote = "“We cannot postpone what has not been agreed upon at any level,” the envoy said."
    _write(tmp_path, "a.txt", f"Envoy rules out delay\n\nOctober 22, 2025\n\n{quote}\n")
    _write(tmp_path, "b.txt", f"Envoy speaks\n\nIn a statement, the envoy spoke. {quote}\n")
    ingest_paths(fresh_db, [tmp_path])
    by_name = {Path(s.source_path or "").name: s for s in documents.summaries(fresh_db)}
    assert by_name["b.txt"].published == date(2025, 10, 22)
    later = tmp_path / "later"
    later.mkdir()
    _write(later, "c.txt", "Another story\n\nOctober 25, 2025\n\nNothing to do with the rest.\n")
    ingest_paths(fresh_db, [later])
    by_name = {Path(s.source_path or "").name: s for s in documents.summaries(fresh_db)}
    assert by_name["b.txt"].published == date(2025, 10, 22)
