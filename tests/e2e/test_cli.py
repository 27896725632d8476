"""The real CLI in a subprocess against temporary databases."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import SEEDS, run_cli

BOILERPLATE = ("Read More", "Share This Article", "Post a Comment", "SCROLL FOR NEXT", "Sponsored")


def test_ingest_seeds_then_again_reports_duplicates(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    first = run_cli("ingest", str(SEEDS), "--json", db=db)
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert (report["new"], report["duplicate"], report["refused"]) == (5, 0, 0)
    second = json.loads(run_cli("ingest", str(SEEDS), "--json", db=db).stdout)
    assert (second["new"], second["duplicate"]) == (0, 5)

    docs = json.loads(run_cli("docs", "--json", db=db).stdout)
    assert len(docs) == 5
    by_file = {Path(d["source_path"]).name[:3]: d for d in docs}
    assert by_file["001"]["published"] == "2025-10-22"
    for d in docs:
        text = json.loads(run_cli("doc", str(d["id"]), "--json", db=db).stdout)["text"]
        for phrase in BOILERPLATE:
            assert phrase not in text
        if d is by_file["001"]:
            assert "Greenland" not in text and "Feb. 3, 2026" not in text
        if d is by_file["003"]:
            assert "from 2026 onward" in text

    assert run_cli("search", '"on hold', db=db).returncode == 0
    tracks = json.loads(run_cli("tracks", "--json", db=db).stdout)
    assert [t["id"] for t in tracks] == [
        "trump-putin-summit",
        "rubio-lavrov-channel",
        "coalition-of-the-willing",
    ]


def test_ingest_on_new_db_holds_only_what_was_ingested(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    art = tmp_path / "one.txt"
    art.write_text(
        "A short headline about Budapest\n\nThe summit talks were paused.", encoding="utf-8"
    )
    assert run_cli("ingest", str(art), db=db).returncode == 0
    assert len(json.loads(run_cli("docs", "--json", db=db).stdout)) == 1


def test_first_use_embeds_the_seeds(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    result = run_cli("status", "--json", db=db)
    assert result.returncode == 0, result.stderr
    assert {s["track"] for s in json.loads(result.stdout)} == {
        "trump-putin-summit",
        "rubio-lavrov-channel",
        "coalition-of-the-willing",
    }
    assert len(json.loads(run_cli("docs", "--json", db=db).stdout)) == 5


def test_init_empty_is_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    assert run_cli("init", "--empty", db=db).returncode == 0
    assert run_cli("init", "--empty", db=db).returncode == 0
    assert json.loads(run_cli("docs", "--json", db=db).stdout) == []
    assert len(json.loads(run_cli("tracks", "--json", db=db).stdout)) == 3


def test_track_add_takes_parties_places_and_the_analysts_kinds(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    assert run_cli("init", "--empty", db=db).returncode == 0
    args = ["track", "add", "--title", "Iran–US nuclear talks", "--kind", "talks"]
    args += ["--actor", "Steve Witkoff|Witkoff", "--party", "Iran,United States"]
    args += ["--place", "Muscat", "--place", "Oman", "--keyword", "talks", "--json"]
    result = run_cli(*args, db=db)
    assert result.returncode == 0, result.stderr
    track = json.loads(result.stdout)
    assert track["kind"] == "talks"
    assert track["parties"] == ["Iran", "United States"]
    assert track["places"] == ["Muscat", "Oman"]
    listed = {t["id"]: t for t in json.loads(run_cli("tracks", "--json", db=db).stdout)}
    assert listed[track["id"]]["places"] == ["Muscat", "Oman"]
    conf = run_cli("track", "add", "--title", "G20 summit", "--kind", "conference", db=db)
    assert conf.returncode == 0, conf.stderr
    bad = run_cli("track", "add", "--title", "X", "--kind", "picnic", db=db)
    assert bad.returncode != 0 and "kind" in bad.stderr and "Traceback" not in bad.stderr
    visit = run_cli("track", "add", "--title", "Visit", "--kind", "State visit", "--json", db=db)
    assert visit.returncode == 0, visit.stderr
    assert json.loads(visit.stdout)["kind"] == "visit"
    assert "visit" in bad.stderr and "Value error" not in bad.stderr


def test_bad_files_are_refused_with_reasons(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "scan.txt").write_bytes(b"%PDF-1.4 ...")
    (folder / "good.md").write_text("# Summit on hold in Budapest\n\nThe summit is on hold.")
    (folder / "image.png").write_bytes(b"\x89PNG")
    result = run_cli("ingest", str(folder), str(tmp_path / "missing.txt"), "--json", db=db)
    assert result.returncode == 1  # something was refused; what was new is still imported
    assert result.stderr.endswith("tracker: 3 of the entries were refused\n")
    report = json.loads(result.stdout)
    assert (report["new"], report["refused"], report["skipped"]) == (1, 3, 1)
    reasons = {
        Path(i["path"]).name: i["reason"] for i in report["items"] if i["outcome"] == "refused"
    }
    assert "NUL" in reasons["binary.txt"] and "PDF" in reasons["scan.txt"]
    assert "no such file" in reasons["missing.txt"]
    skipped = [i for i in report["items"] if i["outcome"] == "skipped"]
    assert [(Path(i["path"]).name, i["reason"]) for i in skipped] == [
        ("image.png", "not an article file (.png); the tracker reads .txt, .md and .html")
    ]
    assert len(json.loads(run_cli("docs", "--json", db=db).stdout)) == 1


def test_ingest_text_report_lists_every_entry_and_ends_with_a_summary(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    folder = tmp_path / "in"
    (folder / ".git").mkdir(parents=True)
    (folder / "a.md").write_text("# Summit on hold in Budapest\n\nThe summit is on hold.")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    (folder / ".DS_Store").write_bytes(b"\0")
    (folder / "manifest.json").write_text("{}")
    result = run_cli("ingest", str(folder), db=db)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "1 new, 0 duplicate, 0 refused, 3 skipped (of 4 entries)"
    assert f"skipped    {folder / '.git'}: a hidden folder: not searched" in lines
    assert any(
        line.startswith(f"skipped    {folder / 'scan.pdf'}: not an article") for line in lines
    )
    assert not any("manifest.json" in line for line in lines)
    every_refused = run_cli("ingest", str(tmp_path / "nope.txt"), db=db)
    assert every_refused.returncode == 1
    assert every_refused.stdout.splitlines()[-1] == "0 new, 0 duplicate, 1 refused (of 1 entry)"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["nonsense"], 2, "invalid choice"),
        (["doc", "abc"], 2, "whole number"),
        (["doc", "999"], 1, "no document 999"),
        (["evidence", "no-such-track"], 1, "no track"),
        (["status", "--as-of", "yesterday-ish"], 2, "not a date"),
        (["status", "--known-at", "soon"], 2, "ISO 8601"),
        (["override", "trump-putin-summit", "cancelled", "--reason", "   "], 2, "needs a reason"),
        (["override", "trump-putin-summit", "active", "--reason", "x"], 2, "proposed, preparing"),
        (["revoke", "trump-putin-summit", "--reason", "x"], 1, "no active override"),
        (["undo"], 1, "nothing to undo"),
    ],
)
def test_user_mistakes_are_one_line_messages(
    seed_db_path: Path, args: list[str], code: int, message: str
) -> None:
    result = run_cli(*args, db=seed_db_path)
    assert result.returncode == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_newer_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "future.db"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    result = run_cli("status", db=db)
    assert result.returncode == 1 and "newer version" in result.stderr


def test_backup_opens(seed_db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "backup.db"
    assert run_cli("backup", str(target), db=seed_db_path).returncode == 0
    result = run_cli("status", "--json", db=target)
    assert result.returncode == 0 and len(json.loads(result.stdout)) == 3
