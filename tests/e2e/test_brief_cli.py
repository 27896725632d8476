"""``tracker brief`` from the command line, every format, on the seed database."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import run_cli

QUOTE = "An in-person meeting is not necessary"


@pytest.mark.parametrize("fmt", ["pdf", "docx", "md", "html"])
def test_brief_every_format(seed_db_path: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"b.{fmt}"
    result = run_cli("brief", "--format", fmt, "--out", str(out), "--json", db=seed_db_path)
    assert result.returncode == 0, result.stderr
    assert Path(json.loads(result.stdout)["path"]) == out and out.stat().st_size > 0
    if fmt == "pdf":
        assert out.read_bytes().startswith(b"%PDF")
        if shutil.which("pdftotext") is None:
            pytest.skip("pdftotext is not installed")
        text = subprocess.run(
            ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
    elif fmt == "docx":
        import docx

        document = docx.Document(str(out))
        text = "\n".join(p.text for p in document.paragraphs)
        text += "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    else:
        text = out.read_text(encoding="utf-8")
    flat = " ".join(text.split())
    assert "Trump–Putin summit in Budapest" in flat
    assert "on hold" in flat.lower()
    assert QUOTE in flat and "Atlantic Council" in flat


def test_brief_refuses_unknown_track(seed_db_path: Path, tmp_path: Path) -> None:
    result = run_cli(
        "brief",
        "--format",
        "md",
        "--out",
        str(tmp_path / "b.md"),
        "--tracks",
        "nope",
        db=seed_db_path,
    )
    assert result.returncode == 1 and "no track" in result.stderr
    assert not (tmp_path / "b.md").exists()


def test_brief_new_since_takes_a_time_and_since_takes_a_date(
    seed_db_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "b.md"
    ok = run_cli(
        "brief",
        "--format",
        "md",
        "--out",
        str(out),
        "--new-since",
        "2099-01-01T00:00:00Z",
        db=seed_db_path,
    )
    assert ok.returncode == 0, ok.stderr
    assert "1 Jan 2099" in out.read_text(encoding="utf-8")
    bad = run_cli(
        "brief", "--format", "md", "--out", str(out), "--new-since", "2025-13-99T", db=seed_db_path
    )
    assert bad.returncode == 2 and "ISO 8601" in bad.stderr
    a_time = run_cli(
        "brief", "--format", "md", "--out", str(out), "--since", "2025-10-20T10:00:00Z",
        db=seed_db_path,
    )  # fmt: skip
    assert a_time.returncode == 2 and "--since takes a date" in a_time.stderr


def test_brief_into_a_missing_folder_is_refused(seed_db_path: Path, tmp_path: Path) -> None:
    for out in (tmp_path / "missing" / "b.md", f"{tmp_path / 'missing'}/"):
        result = run_cli("brief", "--format", "md", "--out", str(out), db=seed_db_path)
        assert result.returncode == 1
        assert "does not exist" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "missing").exists()


def test_first_briefing_says_it_counts_and_the_next_covers_since_the_last(
    seed_db_path: Path, tmp_path: Path
) -> None:
    first = run_cli("brief", "--format", "md", "--out", str(tmp_path), db=seed_db_path)
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines()[1] == (
        "changes covered: everything on record (the first briefing: new evidence is counted, "
        "not listed)"
    )
    second = run_cli(
        "brief", "--format", "md", "--out", str(tmp_path / "two.md"), "--json", db=seed_db_path
    )
    data = json.loads(second.stdout)
    assert data["first"] is False and data["new_since"] and data["since"] is None
    events = run_cli(
        "brief", "--format", "md", "--out", str(tmp_path / "three.md"), "--since", "2025-10-21",
        "--json", db=seed_db_path,
    )  # fmt: skip
    data = json.loads(events.stdout)
    assert (data["since"], data["new_since"]) == ("2025-10-21", None)
    text = (tmp_path / "three.md").read_text(encoding="utf-8")
    assert "Changes covered: events since 21 Oct 2025." in text
