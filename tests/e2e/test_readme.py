"""Every command block of the README runs, in order, on a fresh database.

The blocks are read from README.md (```sh fences); a block preceded by a
``<!-- not run by tests/e2e/test_readme.py: … -->`` comment is left out (it sets up the
checkout and runs this very suite). Each command runs in one bash session, as a user would
type them, with a private HOME (so the default database is new) and ``~/articles/`` holding
two articles; every command must exit 0.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

README = ROOT / "README.md"
SKIP = "<!-- not run by tests/e2e/test_readme.py"
ARTICLES = ROOT / "tests" / "corpus" / "articles"


def command_blocks(text: str) -> tuple[list[list[str]], int]:
    """The ```sh blocks as lists of commands (continuation lines joined), and how many
    were skipped by the marker comment."""
    blocks: list[list[str]] = []
    skipped = 0
    for m in re.finditer(r"(?P<before>[^\n]*)\n```sh\n(?P<body>.*?)```", text, re.S):
        if m["before"].startswith(SKIP):
            skipped += 1
            continue
        commands: list[str] = []
        pending = ""
        for line in m["body"].splitlines():
            if pending:
                line = pending + " " + line.strip()
                pending = ""
            if line.rstrip().endswith("\\"):
                pending = line.rstrip()[:-1].rstrip()
                continue
            if line.strip():
                commands.append(line)
        blocks.append(commands)
    return blocks, skipped


def test_the_readme_blocks_are_found() -> None:
    blocks, skipped = command_blocks(README.read_text(encoding="utf-8"))
    assert skipped == 1
    commands = [c for block in blocks for c in block]
    assert any(c.startswith("tracker override ") and "--review-by" in c for c in commands)
    assert sum(1 for c in commands if c.startswith("tracker ")) >= 20


def test_every_readme_command_runs_in_order_on_a_fresh_database(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "articles").mkdir(parents=True)
    for name in ("010-heraldtimes-budapest-summit-to-sanctions.txt",):
        shutil.copy(ARTICLES / name, home / "articles" / name)
    work = tmp_path / "work"
    work.mkdir()
    blocks, _ = command_blocks(README.read_text(encoding="utf-8"))
    commands = [c for block in blocks for c in block]
    # Each command's exit code goes to fd 3, so the output stays as the user would see it.
    script = "\n".join(f"{c}\necho $? >&3" for c in commands) + "\n"
    codes_file = tmp_path / "codes"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TRACKER_", "XDG_"))}
    env |= {
        "HOME": str(home),
        "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        ["bash", "-c", f"exec 3>{codes_file}\n{script}"],
        capture_output=True,
        text=True,
        cwd=work,
        env=env,
        timeout=600,
    )
    codes = [int(line) for line in codes_file.read_text().split()]
    failed = [(c, code) for c, code in zip(commands, codes, strict=True) if code != 0]
    assert not failed, f"{failed}\n--- stderr\n{result.stderr[-3000:]}"
    database = home / ".local" / "share" / "diplomatic-status-tracker" / "tracker.db"
    assert database.is_file()
    assert f"tracker: created a new database at {database}" in result.stderr
    assert (work / "briefing.pdf").read_bytes().startswith(b"%PDF")
    assert list(home.glob("briefing-*.md"))
    assert (home / "tracker-backup.db").is_file()
    assert (
        (home / ".local/share/bash-completion/completions/tracker")
        .read_text()
        .startswith("# bash completion for tracker")
    )
