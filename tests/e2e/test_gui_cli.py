"""``tracker-gui`` from the command line: files given are imported, a missing one is a
usage error, and with no display it says why in one line and exits 3."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.gui.conftest import DISAGREEING_ARTICLE

GUI = [sys.executable, "-m", "tracker.ui.app"]


def _env(**changes: str | None) -> dict[str, str]:
    env = dict(os.environ)
    for key, value in changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


@pytest.mark.parametrize(
    ("display", "says"),
    [
        (
            None,
            "tracker-gui: no display to open a window on (DISPLAY is not set): run it in a desktop session, or with xvfb-run",
        ),
        (
            ":97",
            "tracker-gui: cannot connect to the X display ':97' (is the display server running?)",
        ),
    ],
)
def test_no_display_is_one_clear_line_and_status_3(
    tmp_path: Path, display: str | None, says: str
) -> None:
    env = _env(QT_QPA_PLATFORM=None, DISPLAY=display, WAYLAND_DISPLAY=None)
    result = subprocess.run(
        [*GUI, "--db", str(tmp_path / "t.db")], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 3
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith(says)
    assert "xcb-cursor" not in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "t.db").exists()  # nothing was created


def test_files_on_the_command_line_are_imported(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    assert run_cli("init", "--empty", db=db).returncode == 0
    article = tmp_path / "2025-10-30-back-on.txt"
    article.write_text(DISAGREEING_ARTICLE, encoding="utf-8")
    env = _env(QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [*GUI, "--db", str(db), "--self-test", str(article)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    docs = json.loads(run_cli("docs", "--json", db=db).stdout)
    assert [d["title"] for d in docs] == ["Budapest summit back on, officials say"]


def test_a_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    env = _env(QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [*GUI, "--db", str(tmp_path / "t.db"), str(tmp_path / "nope.txt")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.strip() == f"tracker-gui: no such file or folder: {tmp_path / 'nope.txt'}"


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and ") Z " in stat.read_text())  # a zombie has ended


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers fork on Linux")
def test_the_window_starts_the_reading_workers_and_leaves_none_behind(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    assert run_cli("init", "--empty", db=db).returncode == 0
    env = _env(QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [*GUI, "--db", str(db), "--self-test", "-v"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    if (os.cpu_count() or 1) < 2:
        pytest.skip("one core: imports read in process")
    said = [line for line in result.stderr.splitlines() if "fork server running" in line]
    assert len(said) == 1, result.stderr
    pid = int(said[0].rsplit("process ", 1)[1].rstrip(")"))
    deadline = time.monotonic() + 10
    while _running(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _running(pid)
