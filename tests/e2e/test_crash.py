"""Crash safety: SIGKILLed imports leave a consistent database (CI-sized run)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from crash_test import check_database


def test_killed_imports_lose_nothing() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/crash_test.py", "--kills", "6", "--docs", "30", "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    report = json.loads(result.stdout)
    assert report["ok"], report["problems"]
    assert report["kills"] == 6 and result.returncode == 0


def test_checker_sees_a_half_written_document(seed_db_path: Path) -> None:
    import sqlite3

    assert check_database(seed_db_path) == []
    conn = sqlite3.connect(seed_db_path)
    conn.execute("DELETE FROM excerpts WHERE document_id = (SELECT min(id) FROM documents)")
    conn.commit()
    conn.close()
    problems = check_database(seed_db_path)
    assert any("stored excerpts" in p and "expected" in p for p in problems)
    assert any(p.startswith("does not verify") and "excerpt" in p for p in problems)
