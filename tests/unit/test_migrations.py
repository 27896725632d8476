"""Databases written by earlier schema versions migrate, with a backup first."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tracker.extract.rulenames import SET_BY_ANALYST
from tracker.services.database import open_database
from tracker.services.overrides import active_override
from tracker.services.readings import judged_excerpt
from tracker.services.teach import reextract_all
from tracker.services.verify import verify
from tracker.storage import SCHEMA_VERSION, audit, open_db
from tracker.storage import excerpts as excerpt_rows
from tracker.storage.migrations import migrations

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.glob("schema-v*.db")))
def test_old_database_migrates_with_backup(tmp_path: Path, fixture: str) -> None:
    db = tmp_path / "old.db"
    shutil.copy(FIXTURES / fixture, db)
    old_version = sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0]
    assert old_version < SCHEMA_VERSION
    before_docs = sqlite3.connect(db).execute("SELECT count(*) FROM documents").fetchone()[0]

    store = open_db(db)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert migrations.pending(store.db) == []
    assert store.conn.execute("SELECT count(*) FROM documents").fetchone()[0] == before_docs
    assert audit.verify_chain(store).ok
    override = active_override(store, "trump-putin-summit")
    assert override is not None and override.analyst == "fixture"
    store.close()

    backups = list(tmp_path.glob("old.db.backup-*"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == old_version
    assert copy.execute("SELECT count(*) FROM documents").fetchone()[0] == before_docs
    copy.close()


def test_up_to_date_database_is_not_backed_up(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    open_db(db).close()
    open_db(db).close()
    assert list(tmp_path.glob("t.db.backup-*")) == []


def _schema_10(tmp_path: Path) -> Path:
    """The schema 10 fixture (seeds, an override, a signal an analyst corrected) with its
    head witness beside it."""
    db = tmp_path / "v10.db"
    shutil.copy(FIXTURES / "schema-v10.db", db)
    shutil.copy(FIXTURES / "schema-v10.db.head", tmp_path / "v10.db.head")
    return db


def test_excerpts_of_schema_10_gain_a_rule_column_and_read_back_without_one(
    tmp_path: Path,
) -> None:
    db = _schema_10(tmp_path)
    old = sqlite3.connect(db)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 10
    assert "rule" not in {r[1] for r in old.execute("PRAGMA table_info(excerpts)")}
    old.close()
    store = open_database(db)
    try:
        assert "rule" in {r[1] for r in store.conn.execute("PRAGMA table_info(excerpts)")}
        evidence = excerpt_rows.evidence_for(store, "trump-putin-summit")
        assert evidence and all(e.rule is None for e in evidence)
        # the excerpt an analyst corrected names the analyst's hand, the machine's rule kept
        corrected = judged_excerpt(store, 23)
        assert corrected is not None and corrected.signal == "cancelled"
        assert corrected.rule == SET_BY_ANALYST
        assert corrected.machine.get("rule", "absent") is None
    finally:
        store.close()


def test_a_sealed_schema_10_database_does_not_read_as_tampered_after_the_new_column(
    tmp_path: Path,
) -> None:
    db = _schema_10(tmp_path)
    store = open_database(db)
    try:
        report = verify(store)
        assert report.ok, report.lines
        assert not [f for f in report.findings if f.area == "state"]
        # read again: every excerpt with a signal names its rule, and the new seals hold
        reextract_all(store)
        named = [
            e
            for e in excerpt_rows.evidence_for(store, "trump-putin-summit")
            if e.signal is not None
        ]
        assert named and all(e.rule for e in named)
        assert verify(store).ok
        # a rule changed behind the tracker's back is named as a changed excerpt
        store.conn.execute("UPDATE excerpts SET rule = 'edited' WHERE id = ?", [named[0].id])
        store.conn.commit()
        keys = {f.key for f in verify(store).findings}
        assert f"excerpt:{named[0].id}" in " ".join(keys)
    finally:
        store.close()
