"""docs/cli.md is generated from the parser and matches what ``tracker --help`` prints."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tracker.cli import COMMANDS, build_parser
from tracker.clitools.reference import generated_part, render, subcommands

DOC = ROOT / "docs" / "cli.md"


def _help(*args: str) -> str:
    env = {**os.environ, "COLUMNS": "100"}
    result = subprocess.run(
        [sys.executable, "-m", "tracker.cli", *args, "--help"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    return result.stdout.rstrip()


def test_the_reference_is_current() -> None:
    assert generated_part(DOC) == render(build_parser(), COMMANDS), (
        "docs/cli.md is out of date: run python scripts/cli_docs.py"
    )


def test_the_reference_holds_tracker_help_as_printed() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert f"```text\n{_help()}\n```" in text


@pytest.mark.parametrize("name", list(subcommands(build_parser())))
def test_each_command_help_is_in_the_reference(name: str) -> None:
    text = DOC.read_text(encoding="utf-8")
    assert f"### `tracker {name}`\n\n```text\n{_help(name)}\n```" in text


@pytest.mark.parametrize("name", list(subcommands(build_parser())))
def test_each_command_has_a_valid_example_and_json_shape(name: str) -> None:
    info = COMMANDS[name]
    words = shlex.split(info.example)
    if ">" in words:  # a shell redirection: the command is what comes before it
        words = words[: words.index(">")]
    assert words[:2] == ["tracker", name]
    args = build_parser().parse_args(words[1:])
    assert args.command == name
    model = info.output.resolve()
    assert model.model_fields, f"{info.output.model} has no fields"


def test_a_command_without_a_declared_shape_cannot_be_documented() -> None:
    from tracker.clitools.reference import Shape

    with pytest.raises((AttributeError, TypeError)):
        Shape("tracker.domain.models:NoSuchModel").resolve()
    with pytest.raises(TypeError):
        Shape("tracker.domain.errors:ExitCode").resolve()


def test_the_page_tells_the_database_path_and_exit_codes() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert "~/.local/share/diplomatic-status-tracker/tracker.db" in text
    for code in ("| 0 |", "| 1 |", "| 2 |"):
        assert code in text


def test_project_scripts_run_from_a_python_without_the_dependencies(tmp_path: Path) -> None:
    """A bare Python (no sqlite-utils, no pydantic) re-runs the script with .venv's."""
    bare = tmp_path / "bare"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(bare)], check=True)
    python = bare / "bin" / "python"
    probe = subprocess.run([python, "-c", "import pydantic"], capture_output=True)
    assert probe.returncode != 0, "the bare venv should not see the project's packages"
    result = subprocess.run(
        [python, "scripts/cli_docs.py", "--check"], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    # Before, the crash test's CLI subprocesses ran under this bare Python and failed.
    crash = subprocess.run(
        [python, "scripts/crash_test.py", "--kills", "1", "--docs", "4"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert crash.returncode == 0, crash.stderr
    for script in ("render_icons.py", "screenshots.py"):
        helped = subprocess.run(
            [python, f"scripts/{script}", "--help"], capture_output=True, text=True, cwd=ROOT
        )
        assert helped.returncode == 0, f"{script}: {helped.stderr}"
        assert "usage:" in helped.stdout
