"""Two tracker processes on one database: writers never interleave, a second window is told."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tracker.domain.errors import DatabaseError
from tracker.storage import audit, open_db
from tracker.storage.lock import acquire_instance_lock, holder_pid

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


def test_second_window_lock_and_read_only(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    open_db(db).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys,time; from pathlib import Path; from tracker.storage.lock import acquire_instance_lock;"
            "l = acquire_instance_lock(Path(sys.argv[1])); print('held', flush=True); time.sleep(30)",
            str(db),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert acquire_instance_lock(db) is None
        assert holder_pid(db) == holder.pid
        ro = open_db(db, readonly=True)
        assert ro.conn.execute("SELECT count(*) FROM tracks").fetchone()[0] == 0
        with pytest.raises(DatabaseError, match="read-only"), ro.write():
            pass
        ro.close()
    finally:
        holder.kill()
        holder.wait()
    lock = acquire_instance_lock(db)
    assert lock is not None
    lock.release()
