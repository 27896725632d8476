"""Databases written by earlier schema versions migrate, with a backup first."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tracker.services.overrides import active_override
from tracker.storage import SCHEMA_VERSION, audit, open_db
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
