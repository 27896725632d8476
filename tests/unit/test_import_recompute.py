"""An import recomputes only the tracks its new evidence touches; what it leaves is what a
full recomputation of every track gives: the same assessments, transitions (history), grades,
copies, dates, review queue and audit rows. Imports in two steps, on a database with the
three default tracks, then a full recomputation of a copy must change nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from tracker.services.assessments import refresh
from tracker.services.ingest import ingest_paths
from tracker.storage.db import IMPORT_CACHE_KIB, Store, backup, larger_cache, open_db

# Short articles in the vocabulary of the default tracks (several outlets, dated and not).
FIRST = {
    "a_hold.txt": (
        "Budapest summit put on hold\n\nBy Staff, Reuters\n\nBUDAPEST, Oct 21 (Reuters) - The "
        "planned summit between Trump and Putin in Budapest has been put on hold, two officials "
        "said on Tuesday.\n\nRubio and Lavrov spoke by phone on Monday about the meeting.\n"
    ),
    "b_coalition.txt": (
        "Coalition leaders gather\n\nThe Guardian\n\nLONDON, 24 October 2025 - Leaders of the "
        "coalition of the willing met in London on Friday to discuss support for Ukraine.\n\n"
        "They will meet again in Paris next month, Starmer said.\n"
    ),
    "c_talks.txt": (
        "Envoys hold talks\n\nTASS\n\nMOSCOW, October 20, 2025 - Rubio and Lavrov held talks "
        "in Geneva on Monday, the ministry said.\n"
    ),
}
SECOND = {
    # The hold again, in another outlet's words (a near-identical quote, another source).
    "d_hold_again.txt": (
        "Summit on hold\n\nKyiv Independent\n\nKYIV, Oct 22 - The planned summit between Trump "
        "and Putin in Budapest has been put on hold, two officials said on Tuesday.\n"
    ),
    "e_cancelled.txt": (
        "Trump calls off meeting\n\nBy Staff, Reuters\n\nWASHINGTON, Oct 23 (Reuters) - Trump "
        "said on Thursday that his meeting with Putin in Budapest had been cancelled.\n\n"
        "The Kremlin denied that the summit had been called off.\n"
    ),
    # No dateline: its date is inferred from the dated articles it shares quotes with.
    "f_undated.txt": (
        "Notes on the summit\n\nTrump said on Thursday that his meeting with Putin in Budapest "
        "had been cancelled. A face-to-face meeting between Rubio and Lavrov was called off.\n"
    ),
    "g_channel.txt": (
        "Ministers speak again\n\nTASS\n\nMOSCOW, October 27, 2025 - Rubio and Lavrov spoke by "
        "phone on Monday, the ministry said.\n"
    ),
}

_DERIVED = {
    "documents": "SELECT id, published, published_basis, published_note, duplicate_of "
    "FROM documents ORDER BY id",
    "excerpts": "SELECT id, track_id, signal, event_date, credibility, duplicate_of "
    "FROM excerpts ORDER BY id",
    "assessments": "SELECT * FROM assessments ORDER BY id",
    "transitions": "SELECT * FROM transitions ORDER BY id",
    "review_queue": "SELECT * FROM review_queue ORDER BY 1",
    # The recomputation's own bookkeeping aside: a full one marks the analysis pending while
    # it runs, and each change of that flag is sealed.
    "audit_log": "SELECT * FROM audit_log WHERE payload NOT LIKE "
    '\'{"entities":{"setting:analysis_pending":%}}\' ORDER BY 1',
    "analysis_queue": "SELECT * FROM analysis_queue ORDER BY 1, 2",
}


def _write(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(path)
    try:
        return {name: conn.execute(sql).fetchall() for name, sql in _DERIVED.items()}
    finally:
        conn.close()


def test_two_imports_leave_what_a_full_recomputation_gives(fresh_db: Store, tmp_path: Path) -> None:
    ingest_paths(fresh_db, [_write(tmp_path / "first", FIRST)], workers=1)
    ingest_paths(fresh_db, [_write(tmp_path / "second", SECOND)], workers=1)
    stepwise = backup(fresh_db, tmp_path / "stepwise.db")
    copy = backup(fresh_db, tmp_path / "full.db")
    full = open_db(copy)
    try:
        assert refresh(full, track_ids=None) == []  # no track's assessment changes
    finally:
        full.close()
    before, after = _rows(stepwise), _rows(copy)
    # Every default track holds evidence, the second import changed the summit's history,
    # and copies, dates and grades were worked out.
    tracks = {row[1] for row in before["excerpts"]}
    assert tracks == {"trump-putin-summit", "rubio-lavrov-channel", "coalition-of-the-willing"}
    assessed = [row[1] for row in before["assessments"]]
    assert set(assessed) == tracks and assessed.count("trump-putin-summit") >= 2
    assert any(row[5] is not None for row in before["excerpts"])
    assert any(row[2] == "inferred" for row in before["documents"])
    assert before == after


def test_the_import_cache_is_put_back(fresh_db: Store) -> None:
    size = fresh_db.conn.execute("PRAGMA cache_size").fetchone()[0]
    with larger_cache(fresh_db):
        assert fresh_db.conn.execute("PRAGMA cache_size").fetchone()[0] == -IMPORT_CACHE_KIB
    assert fresh_db.conn.execute("PRAGMA cache_size").fetchone()[0] == size


def _plan(store: Store, sql: str) -> str:
    return " ".join(str(row[3]) for row in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}"))


def test_the_recomputations_lookups_use_indexes(fresh_db: Store) -> None:
    """Schema 10: the undated documents and the repeats of an excerpt are found by index,
    not by a scan of every document or excerpt (deleting an excerpt looks up its repeats)."""
    undated = (
        "SELECT id FROM documents WHERE published_basis IN ('unknown', 'inferred') ORDER BY id"
    )
    assert "INDEX idx_documents_basis" in _plan(fresh_db, undated)
    firm = "SELECT count(*) FROM documents WHERE published IS NOT NULL AND published_basis = 'x'"
    assert "idx_documents_basis" in _plan(fresh_db, firm)
    copies = "SELECT id FROM excerpts WHERE duplicate_of IN (1, 2)"
    assert "idx_excerpts_duplicate" in _plan(fresh_db, copies)
    assert "idx_excerpts_duplicate" in _plan(fresh_db, "DELETE FROM excerpts WHERE id = 1")
