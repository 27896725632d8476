"""Two tracker processes on one database: writers never interleave; a read-only store never writes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tracker.domain.errors import DatabaseError
from tracker.storage import audit, open_db

WRITER = textwrap.dedent(
    """
    import sys
    from tracker.storage import open_db, audit
    store = open_db(sys.argv[1])
    for i in range(int(sys.argv[3])):
        with store.write():
            audit.append(store, actor=sys.argv[2], action="test", entity=f"x:{i}", payload={"i": i})
            store.conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (f"{sys.argv[2]}-{i}", "v"))
    store.close()
    """
)


def test_two_writers_serialise_and_chain_holds(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    open_db(db).close()
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(db), name, "60"])
        for name in ("alice", "bob")
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    store = open_db(db)
    assert store.conn.execute("SELECT count(*) FROM settings").fetchone()[0] == 120
    report = audit.verify_chain(store)
    actions = dict(
        store.conn.execute("SELECT action, count(*) FROM audit_log GROUP BY action").fetchall()
    )
    # each write sealed the settings row it wrote; the new database sealed its baseline
    assert report.ok and actions == {"test": 120, "state.seal": 121}
    store.close()


def test_a_read_only_store_refuses_every_write(tmp_path: Path) -> None:
    """What a second window opens (its lock: tests/gui/test_read_only.py)."""
    db = tmp_path / "t.db"
    open_db(db).close()
    ro = open_db(db, readonly=True)
    assert ro.conn.execute("SELECT count(*) FROM tracks").fetchone()[0] == 0
    with pytest.raises(DatabaseError, match="read-only"), ro.write():
        pass
    ro.close()
