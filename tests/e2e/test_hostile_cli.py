"""The real CLI against hostile input and broken databases: one line, the documented exit
code, nothing lost, nothing obeyed."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import run_cli


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", "summit", "--limit", "9" * 30], "--limit must be from 1 to 100000"),
        (["audit", "--limit", "9" * 30], "--limit must be from 1 to"),
        (["doc", "9" * 30], "document id must be from 1 to"),
        (
            ["track", "add", "--title", "X talks", "--kind", "talks", "--min-actors", "9" * 30],
            "--min-actors must be from 1 to 20",
        ),
        (["ingest", "x.txt", "--max-mb", "nan"], "--max-mb must be a number above 0"),
        (["ingest", "x.txt", "--max-mb", "inf"], "--max-mb must be a number above 0"),
        (["status", "--as-of", "2025-10-21garbage"], "not a date"),
        (["brief", "--format", "md", "--out", "x.md", "--since", "soon-ish"], "--since"),
        (["brief", "--format", "md", "--out", "x.md", "--since", "2025-10-21Tsoon"], "--since"),
        (["verify", "--head", "zz"], "--head"),
    ],
)
def test_bad_numbers_and_dates_are_one_line(
    seed_db_path: Path, args: list[str], message: str
) -> None:
    result = run_cli(*args, db=seed_db_path)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    if args[0] == "brief":
        assert "--as-of" not in result.stderr and "--known-at" not in result.stderr
    assert "Traceback" not in result.stderr


def test_a_foreign_database_is_refused_unless_init_is_asked(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.commit()
    conn.close()
    result = run_cli("status", db=other)
    assert (
        result.returncode == 1
        and "another application's database (tables: invoices)" in result.stderr
    )
    tables = {r[0] for r in sqlite3.connect(other).execute("SELECT name FROM sqlite_master")}
    assert tables == {"invoices"}
    assert run_cli("init", "--empty", db=other).returncode == 0


def test_a_damaged_database_is_one_line_and_verify_does_not_crash(
    tmp_path: Path, seed_db_path: Path
) -> None:
    data = bytearray(seed_db_path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 2000] = b"\x17" * 2000  # scribble over a page
    broken = tmp_path / "broken.db"
    broken.write_bytes(bytes(data))
    result = run_cli("verify", db=broken)
    assert result.returncode in (1, 4)
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) <= 1


def test_a_read_only_folder_is_not_called_a_foreign_file(tmp_path: Path) -> None:
    result = run_cli("status", db=Path("/proc/no-such-folder/t.db"))
    assert result.returncode == 1
    assert "is not a tracker database" not in result.stderr and "Traceback" not in result.stderr


def test_backup_to_a_folder(seed_db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    result = run_cli("backup", str(folder), db=seed_db_path)
    assert result.returncode == 0, result.stderr
    assert len([p for p in folder.iterdir() if p.suffix == ".db"]) == 1


def test_escape_codes_and_bidi_are_shown_not_obeyed(seed_db_path: Path, tmp_path: Path) -> None:
    art = tmp_path / "a.txt"
    art.write_text(
        "Summit talks in Budapest on hold\n\nThe summit was put on hold, officials said.\n"
    )
    (tmp_path / "a.txt.meta.json").write_text(
        json.dumps({"title": "\x1b[2J\x1b[31mgnp\u202e.exe", "outlet": "Evil\x9b31m"})
    )
    assert run_cli("ingest", str(art), db=seed_db_path).returncode == 0
    shown = run_cli("docs", db=seed_db_path).stdout
    assert "\x1b" not in shown and "\u202e" not in shown and "\x9b" not in shown
    assert "␛[2J" in shown and "<RLO>" in shown
    raw = run_cli("docs", "--json", db=seed_db_path).stdout
    assert "\u202e" not in raw and "\\u202e" in raw
    assert any("\u202e" in d["title"] for d in json.loads(raw))  # the data itself is kept


def test_two_processes_creating_one_database_create_it_once(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    cmd = [sys.executable, "-m", "tracker.cli", "--db", str(db), "init", "--empty"]
    procs = [
        subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    results = [(*p.communicate(timeout=120), p.returncode) for p in procs]
    assert [r[2] for r in results] == [0, 0, 0, 0], [r[1] for r in results]
    tracks = json.loads(run_cli("tracks", "--json", db=db).stdout)
    assert len(tracks) == len({t["id"] for t in tracks}) == 3
    assert run_cli("verify", db=db).returncode == 0


def test_a_broken_chain_warns_and_refuses_writes_until_acknowledged(seed_db_path: Path) -> None:
    conn = sqlite3.connect(seed_db_path)
    conn.execute("UPDATE tracks SET title = 'Forged' WHERE id = 'rubio-lavrov-channel'")
    conn.commit()
    conn.close()
    status = run_cli("status", db=seed_db_path)
    assert status.returncode == 0 and "WARNING" in status.stderr and "read-only" in status.stderr
    write = run_cli("override", "trump-putin-summit", "cancelled", "--reason", "x", db=seed_db_path)
    assert write.returncode == 4 and "tracker verify --acknowledge" in write.stderr
    assert run_cli("verify", db=seed_db_path).returncode == 1
    ack = run_cli("verify", "--acknowledge", "--analyst", "bob", db=seed_db_path)
    assert ack.returncode == 0 and "1 findings acknowledged" in ack.stdout
    write = run_cli("override", "trump-putin-summit", "cancelled", "--reason", "x", db=seed_db_path)
    assert write.returncode == 0, write.stderr


def test_status_says_when_an_interrupted_import_left_analysis_unfinished(
    seed_db_path: Path,
) -> None:
    from tracker.services.assessments import analysis_pending, pending_tracks
    from tracker.services.database import open_database
    from tracker.storage import corpus

    store = open_database(seed_db_path)
    with store.write():  # what a kill between a document and its recomputation leaves
        analysis_pending(store, True)
        corpus.enqueue(store, "track", ["trump-putin-summit"])
    store.close()
    status = run_cli("status", db=seed_db_path)
    assert status.returncode == 0
    assert "an interrupted import left the analysis unfinished" in status.stderr
    assert "the next `tracker ingest` finishes it" in status.stderr
    assert run_cli("ingest", str(seed_db_path.parent / "missing.txt"), db=seed_db_path)
    status = run_cli("status", db=seed_db_path)
    assert "unfinished" not in status.stderr
    store = open_database(seed_db_path)
    assert pending_tracks(store) == [] and not analysis_pending(store)
    store.close()


def _make_read_only(path: Path) -> Callable[[], None]:
    """Make ``path`` unwritable even for root (``chattr +i``), or by its mode for anyone
    else; returns what undoes it."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        return lambda: path.chmod(0o644)
    if shutil.which("chattr") is None:
        pytest.skip("root without chattr: a read-only file cannot be made here")
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("this file system cannot make a file immutable")
    return lambda: subprocess.run(["chattr", "-i", str(path)], check=True)


def test_a_read_only_database_file_is_one_line(seed_db_path: Path) -> None:
    undo = _make_read_only(seed_db_path)
    try:
        result = run_cli(
            "override", "trump-putin-summit", "cancelled", "--reason", "x", db=seed_db_path
        )
    finally:
        undo()
    assert result.returncode == 1
    assert "is read-only: check the permissions" in result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


def test_acknowledging_prints_what_was_acknowledged_as_json(seed_db_path: Path) -> None:
    conn = sqlite3.connect(seed_db_path)
    conn.execute("UPDATE tracks SET title = 'Forged' WHERE id = 'rubio-lavrov-channel'")
    conn.commit()
    conn.close()
    ack = run_cli("verify", "--acknowledge", "--analyst", "bob", "--json", db=seed_db_path)
    assert ack.returncode == 0, ack.stderr
    found = json.loads(ack.stdout)["acknowledged"]
    assert [(f["key"], f["area"]) for f in found] == [
        ("state:track:rubio-lavrov-channel:changed", "state")
    ]
    again = run_cli("verify", "--acknowledge", db=seed_db_path)
    assert again.returncode == 2 and "nothing to acknowledge" in again.stderr
    assert run_cli("verify", db=seed_db_path).returncode == 0
