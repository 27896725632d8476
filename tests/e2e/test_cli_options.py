"""Global options anywhere, ``--json`` on every command (in its documented shape), exit
codes by one rule, ``tracker where``, shell completion, what opening a database says."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, run_cli
from tracker.cli import COMMANDS, build_parser

build_parser()  # declares the commands into COMMANDS

SUMMIT = "trump-putin-summit"


def tracker(*args: str, cwd: Path, home: Path) -> subprocess.CompletedProcess[str]:
    """The CLI with no --db: a private HOME holds the default database."""
    env = {k: v for k, v in os.environ.items() if k not in ("TRACKER_DB", "XDG_DATA_HOME")}
    env |= {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
    env |= {"XDG_STATE_HOME": str(home / ".local" / "state")}
    return subprocess.run(
        [sys.executable, "-m", "tracker.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
    )


@pytest.mark.parametrize(
    "line",
    [
        ["--db", "{db}", "--json", "status"],
        ["status", "--db", "{db}", "--json"],
        ["--json", "status", "--db", "{db}"],
        ["status", "--json", "--as-of", "2025-10-22", "--db", "{db}"],
    ],
)
def test_global_options_work_before_and_after_the_command(
    seed_db_path: Path, line: list[str]
) -> None:
    args = [a.replace("{db}", str(seed_db_path)) for a in line]
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    assert {s["track"] for s in json.loads(result.stdout)} == {
        SUMMIT,
        "rubio-lavrov-channel",
        "coalition-of-the-willing",
    }


def test_explain_takes_json(seed_db_path: Path) -> None:
    result = run_cli("explain", SUMMIT, "--json", db=seed_db_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["track"] == SUMMIT and data["status"] == "on_hold"
    assert [e["id"] for e in data["contested_by"]] == data["contested_ids"]


def _validate(name: str, data: Any) -> None:
    shape = COMMANDS[name].output
    model = shape.resolve()
    items = data if shape.many else [data]
    assert isinstance(items, list)
    for item in items:
        model.model_validate(item)


# Every command's own example, in an order where each one's preconditions hold.
ORDER = [
    "init",
    "ingest",
    "docs",
    "doc",
    "tracks",
    "search",
    "status",
    "evidence",
    "explain",
    "history",
    "verify",
    "override",
    "ack",
    "revoke",
    "undo",
    "redo",
    "track",
    "excerpt",
    "review",
    "lexicon",
    "reextract",
    "audit",
    "changes",
    "brief",
    "backup",
    "where",
    "completion",
]


def test_every_command_prints_json_in_its_documented_shape(tmp_path: Path) -> None:
    assert sorted(ORDER) == sorted(COMMANDS), "a command is missing from ORDER"
    home = tmp_path / "home"
    (home / "articles").mkdir(parents=True)
    article = (
        ROOT / "tests" / "corpus" / "articles" / "010-heraldtimes-budapest-summit-to-sanctions.txt"
    )
    shutil.copy(article, home / "articles")
    work = tmp_path / "work"
    work.mkdir()
    tracker("status", cwd=work, home=home)  # the default database, with the seeds
    for name in ORDER:
        words = shlex.split(COMMANDS[name].example)
        if ">" in words:
            words = words[: words.index(">")]
        words = [os.path.expanduser(w).replace(str(Path.home()), str(home)) for w in words]
        result = tracker(*words[1:], "--json", cwd=work, home=home)
        assert result.returncode == 0, f"{name}: {result.stderr}"
        _validate(name, json.loads(result.stdout))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["override", SUMMIT, "active", "--reason", "x"], "not a summit status"),
        (["override", SUMMIT, "cancelled", "--reason", "   "], "needs a reason"),
        (["override", SUMMIT, "cancelled", "--reason", "x", "--likelihood", "maybe"], "likelihood"),
        (["override", SUMMIT, "cancelled", "--reason", "x", "--confidence", "huge"], "confidence"),
        (
            ["override", SUMMIT, "cancelled", "--reason", "x", "--review-by", "soonish"],
            "not a date",
        ),
        (["doc", "1", "--set-published", "someday"], "not a date"),
        (["doc", "1", "--set-reliability", "Z"], "reliability"),
        (["track", "add", "--title", "X", "--kind", "picnic"], "kind"),
        (["search", "summit", "--limit", "many"], "--limit must be a whole number, not 'many'"),
        (["brief", "--format", "pdf"], "--out"),
        (["status", "--as-of", "2025-10-22", "--known-at", "2025-10-22T10:00:00Z"], "either"),
    ],
)
def test_a_bad_value_is_a_usage_error(seed_db_path: Path, args: list[str], message: str) -> None:
    result = run_cli(*args, db=seed_db_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert message in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["explain", "no-such-track"], "no track"),
        (["doc", "999"], "no document 999"),
        (["ack", SUMMIT, "--note", "x"], "no active override"),
        (["undo"], "nothing to undo"),
    ],
)
def test_a_refusal_is_exit_1(seed_db_path: Path, args: list[str], message: str) -> None:
    result = run_cli(*args, db=seed_db_path)
    assert result.returncode == 1 and message in result.stderr


def test_where_names_the_default_database_and_creates_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = tracker("where", "--json", cwd=tmp_path, home=home)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    default = home / ".local" / "share" / "diplomatic-status-tracker" / "tracker.db"
    assert data["database"] == data["default_database"] == str(default)
    assert data["database_from"] == "default" and data["database_exists"] is False
    assert data["window_settings"] == str(
        home / ".config" / "DiplomaticStatusTracker" / "Diplomatic Status Tracker.conf"
    )
    assert data["logs"].startswith(str(home))
    assert not default.exists()
    text = tracker("where", "--db", "mine.db", cwd=tmp_path, home=home).stdout
    assert f"{tmp_path / 'mine.db'} (not created yet) — from --db" in text


def test_creating_a_database_is_said_and_init_does_not_call_the_seeds_present(
    tmp_path: Path,
) -> None:
    db = tmp_path / "new.db"
    first = run_cli("init", db=db)
    assert first.returncode == 0
    assert f"tracker: created a new database at {db}" in first.stderr
    assert "already present" not in first.stdout
    assert f"database created: {db}" in first.stdout
    again = run_cli("init", db=db)
    assert again.stderr == ""
    assert "seeds: all already present" in again.stdout
    assert run_cli("status", db=db).stderr == ""


def test_opening_an_old_schema_says_it_was_upgraded(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    shutil.copy(ROOT / "tests" / "fixtures" / "schema-v1.db", db)
    result = run_cli("status", db=db)
    assert result.returncode == 0, result.stderr
    assert f"tracker: upgraded {db} from schema 1 (a copy of the old file: " in result.stderr


def _bash_complete(script: str, words: list[str], path: Path) -> list[str]:
    program = (
        f"source {shlex.quote(script)}\n"
        f"COMP_WORDS=({' '.join(shlex.quote(w) for w in words)})\n"
        "COMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n"
        "_tracker\n"
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    env = {**os.environ, "PATH": f"{path}:{os.environ['PATH']}"}
    out = subprocess.run(["bash", "-c", program], capture_output=True, text=True, env=env)
    return out.stdout.split()


def test_bash_completion_completes_commands_options_values_and_track_ids(
    seed_db_path: Path, tmp_path: Path
) -> None:
    script = tmp_path / "tracker.bash"
    result = run_cli("completion", "bash")
    assert result.returncode == 0
    script.write_text(result.stdout)
    bin_dir = Path(sys.executable).parent  # where the tracker entry point is installed
    assert _bash_complete(str(script), ["tracker", "ev"], bin_dir) == ["evidence"]
    assert _bash_complete(str(script), ["tracker", "brief", "--format", ""], bin_dir) == [
        "pdf",
        "docx",
        "md",
        "html",
    ]
    assert "--as-of" in _bash_complete(str(script), ["tracker", "status", "--"], bin_dir)
    assert "--json" in _bash_complete(str(script), ["tracker", "status", "--"], bin_dir)
    ids = _bash_complete(
        str(script), ["tracker", "explain", "--db", str(seed_db_path), ""], bin_dir
    )
    assert ids == [SUMMIT, "rubio-lavrov-channel", "coalition-of-the-willing"]
    statuses = _bash_complete(str(script), ["tracker", "override", SUMMIT, "c"], bin_dir)
    assert statuses == ["cancelled", "closed", "concluded"]


@pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh is not installed")
def test_zsh_completion_loads_and_registers(tmp_path: Path) -> None:
    script = tmp_path / "_tracker"
    script.write_text(run_cli("completion", "zsh").stdout)
    assert subprocess.run(["zsh", "-n", str(script)]).returncode == 0
    program = f"autoload -U compinit && compinit -u -D; source {script}; print $_comps[tracker]"
    out = subprocess.run(["zsh", "-f", "-c", program], capture_output=True, text=True)
    assert out.stdout.strip() == "_tracker", out.stderr


def test_zsh_script_lists_every_command() -> None:
    text = run_cli("completion", "zsh").stdout
    for name in COMMANDS:
        assert f"    '{name}:" in text
    assert "'--format[" in text and ":(pdf docx md html)'" in text


def test_setting_a_date_confirms_the_change_instead_of_printing_the_article(
    seed_db_path: Path,
) -> None:
    result = run_cli("doc", "3", "--set-published", "2025-10-21", db=seed_db_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("document 3: Budapest summit postponed")
    assert lines[1] == "  published: 2025-10-21 (analyst), was 2025-10-22 (inferred)"
    assert lines[2].endswith("of its excerpts moved; the statuses were recomputed")
    assert len(lines) == 3  # not the article's text
    data = json.loads(
        run_cli("doc", "3", "--set-reliability", "a", "--json", db=seed_db_path).stdout
    )
    assert data["changed"] == ["reliability"] and data["reliability"] == "A"
    assert "raw_text" not in data


def test_known_at_before_the_first_record_says_so(seed_db_path: Path) -> None:
    result = run_cli("status", "--known-at", "2000-01-01T00:00:00Z", db=seed_db_path)
    assert result.returncode == 0
    assert result.stdout.startswith(
        "Nothing was on record at 1 Jan 2000 00:00 UTC: no track existed yet; its first "
        "record is from "
    )
    as_json = run_cli("status", "--known-at", "2000-01-01T00:00:00Z", "--json", db=seed_db_path)
    assert json.loads(as_json.stdout) == []


def test_a_review_date_already_past_is_a_usage_error_and_relative_dates_work(
    seed_db_path: Path,
) -> None:
    past = run_cli(
        "override", SUMMIT, "cancelled", "--reason", "x", "--review-by", "2025-11-15",
        db=seed_db_path,
    )  # fmt: skip
    assert past.returncode == 2 and "review-by 2025-11-15 is already past" in past.stderr
    ahead = run_cli(
        "override", SUMMIT, "cancelled", "--reason", "x", "--review-by", "+2w", "--json",
        db=seed_db_path,
    )  # fmt: skip
    assert ahead.returncode == 0, ahead.stderr
    status = json.loads(run_cli("status", "--json", db=seed_db_path).stdout)
    assert not next(s for s in status if s["track"] == SUMMIT)["needs_review"]


def test_search_with_nothing_to_look_for_is_a_usage_error(seed_db_path: Path) -> None:
    only_out = run_cli("search", "--", "-summit", db=seed_db_path)
    assert only_out.returncode == 2 and "needs something to look for" in only_out.stderr
    nothing = run_cli("search", "* ( )", db=seed_db_path)
    assert nothing.returncode == 2 and "nothing to search for" in nothing.stderr


@pytest.mark.parametrize(
    "args", [["evidence", SUMMIT], ["docs"], ["audit"], ["history", SUMMIT], ["status"]]
)
def test_tables_fit_100_columns_and_wide_shows_them_whole(
    seed_db_path: Path, args: list[str]
) -> None:
    narrow = run_cli(*args, db=seed_db_path).stdout.splitlines()
    assert max(len(line) for line in narrow) <= 100
    wide = run_cli(*args, "--wide", db=seed_db_path).stdout.splitlines()
    if args[0] in ("evidence", "audit"):  # their quotes and payloads are longer than 100
        assert max(len(line) for line in wide) > 100
        assert not any("…" in line for line in wide[2:])


def test_audit_json_gives_each_payload_as_an_object(seed_db_path: Path) -> None:
    rows = json.loads(run_cli("audit", "--limit", "3", "--json", db=seed_db_path).stdout)
    assert len(rows) == 3
    assert all(isinstance(r["payload"], dict) for r in rows)
    assert rows[-1]["payload"]["sha256"]  # an ingest row: its payload's fields, not a string


def test_an_import_of_only_refused_files_exits_1(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Summit news. " * 2000, encoding="utf-8")
    result = run_cli("ingest", str(big), "--max-mb", "0.01", "--json", db=tmp_path / "t.db")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert (report["new"], report["refused"]) == (0, 1)
    assert "MB is over the" in report["items"][0]["reason"]
