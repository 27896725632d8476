"""The frozen bundle (scripts/build_dist.sh) run as an analyst would: the same checks as
scripts/smoke_frozen.sh, plus what the bundle must and must not contain.

Skipped when there is no bundle; ``TRACKER_BUNDLE`` points at one elsewhere.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("TRACKER_BUNDLE", ROOT / "dist" / "tracker"))
SEED_TRACKS = ["trump-putin-summit", "rubio-lavrov-channel", "coalition-of-the-willing"]
MAX_BUNDLE_MB = 170

if not (BUNDLE / "tracker-gui").is_file() or not (BUNDLE / "tracker").is_file():
    pytest.skip(
        f"no frozen bundle at {BUNDLE}; build it with scripts/build_dist.sh",
        allow_module_level=True,
    )
if not sys.platform.startswith("linux"):
    pytest.skip("the frozen smoke test runs on Linux builds", allow_module_level=True)


def run_frozen(
    program: str, *args: str, tmp_path: Path, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    """Run a bundle program in a sandbox: temporary HOME and working folder, offscreen Qt,
    no TRACKER_DB or PYTHONPATH from the environment."""
    home = tmp_path / "home"
    cwd = tmp_path / "cwd"
    home.mkdir(exist_ok=True)
    cwd.mkdir(exist_ok=True)
    env = {
        k: v for k, v in os.environ.items() if k not in {"TRACKER_DB", "PYTHONPATH", "PYTHONHOME"}
    }
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        QT_QPA_PLATFORM="offscreen",
    )
    return subprocess.run(
        [str(BUNDLE / program), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )


def test_gui_self_test_on_a_fresh_database(tmp_path: Path) -> None:
    db = tmp_path / "gui.db"
    result = run_frozen("tracker-gui", "--db", str(db), "--self-test", tmp_path=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test ok" in result.stdout + result.stderr
    # The seeds came from inside the bundle (the sandbox has no checkout to fall back on).
    docs = run_frozen("tracker", "--db", str(db), "docs", "--json", tmp_path=tmp_path)
    assert docs.returncode == 0, docs.stderr
    assert len(json.loads(docs.stdout)) == 5


def test_cli_status_json_lists_the_seed_tracks(tmp_path: Path) -> None:
    result = run_frozen(
        "tracker", "--db", str(tmp_path / "cli.db"), "status", "--json", tmp_path=tmp_path
    )
    assert result.returncode == 0, result.stderr
    rows = {row["track"]: row for row in json.loads(result.stdout)}
    assert set(SEED_TRACKS) <= set(rows)
    for track in SEED_TRACKS:
        assert rows[track]["status"], track
        assert rows[track]["evidence_count"] > 0, track


def test_cli_without_seeds(tmp_path: Path) -> None:
    db = str(tmp_path / "empty.db")
    assert run_frozen("tracker", "--db", db, "init", "--empty", tmp_path=tmp_path).returncode == 0
    result = run_frozen("tracker", "--db", db, "tracks", "--json", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [t["id"] for t in json.loads(result.stdout)] == SEED_TRACKS
    docs = run_frozen("tracker", "--db", db, "docs", "--json", tmp_path=tmp_path)
    assert json.loads(docs.stdout) == []


def test_cli_imports_a_folder_through_its_worker_processes(tmp_path: Path) -> None:
    # Twelve files or more are read by worker processes: the frozen program must start them.
    folder = tmp_path / "articles"
    folder.mkdir()
    articles = sorted((ROOT / "tests" / "corpus" / "articles").glob("0*.txt"))[:14]
    for path in articles:
        (folder / path.name).write_bytes(path.read_bytes())
    db = str(tmp_path / "many.db")
    result = run_frozen(
        "tracker", "--db", db, "ingest", str(folder), "--json", tmp_path=tmp_path, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["new"] == len(articles) >= 12


# A Moscow agency's story from Santiago stamped 06:30 Moscow time (03:30 UTC): in Santiago's
# winter (UTC-4) still the day before, in its summer (UTC-3) already the stamp's day.
SANTIAGO_STORY = (
    "World\n\nTrump says Budapest summit being prepared, Kremlin says\n\n14 {mon}, 06:30\n\n"
    "SANTIAGO, {month} 14. /TASS/. Donald Trump said his summit with Vladimir Putin in "
    "Budapest was being prepared.\n\n(c) TASS 1999-2026\n"
)


def test_cli_reads_a_time_stamp_in_a_zone_with_summer_time(tmp_path: Path) -> None:
    # The zone data travels in the bundle (tzdata): the analyst's machine may have none.
    folder = tmp_path / "stamped"
    folder.mkdir()
    for mon, month in (("JUL", "July"), ("JAN", "January")):
        story = SANTIAGO_STORY.format(mon=mon, month=month)
        (folder / f"{month.lower()}.txt").write_text(story, encoding="utf-8")
    db = str(tmp_path / "zones.db")
    assert run_frozen("tracker", "--db", db, "init", "--empty", tmp_path=tmp_path).returncode == 0
    imported = run_frozen("tracker", "--db", db, "ingest", str(folder), tmp_path=tmp_path)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    shown = run_frozen(
        "tracker", "--db", db, "evidence", SEED_TRACKS[0], "--json", tmp_path=tmp_path
    )
    assert shown.returncode == 0, shown.stderr
    days = {row["event_date"] for row in json.loads(shown.stdout)}
    assert days == {"2026-07-13", "2026-01-14"}, days


def test_cli_writes_a_pdf_briefing(tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    result = run_frozen(
        "tracker",
        "--db",
        str(tmp_path / "b.db"),
        "brief",
        "--format",
        "pdf",
        "--out",
        str(out),
        tmp_path=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:5] == b"%PDF-"


def test_version_matches_the_package(tmp_path: Path) -> None:
    from tracker.app_info import __version__

    result = run_frozen("tracker", "--version", tmp_path=tmp_path)
    assert result.stdout.split() == ["tracker", __version__]


def _bundle_files() -> list[Path]:
    return [p for p in BUNDLE.rglob("*") if p.is_file() or p.is_symlink()]


def test_bundle_holds_data_and_only_the_qt_it_needs() -> None:
    internal = BUNDLE / "_internal"
    assert (internal / "resources" / "tracks.json").is_file()
    assert len(list((internal / "seeds").glob("*.txt"))) == 5
    names = {p.name for p in _bundle_files()}
    # QtNetwork: the window hands files to the one already open (a local socket)
    for wanted in (
        "libqoffscreen.so",
        "libqxcb.so",
        "libqwayland.so",
        "libqsvg.so",
        "libQt6Network.so.6",
    ):
        assert wanted in names, wanted
    unwanted = [
        n
        for n in names
        if n.startswith(("libQt6Qml", "libQt6Quick", "libQt6WebEngine"))
        or n.startswith(("libQt6Pdf", "libQt6Multimedia", "libQt6VirtualKeyboard", "libQt63D"))
        or n.endswith(".qm")
    ]
    assert unwanted == []
    dangling = [str(p) for p in _bundle_files() if p.is_symlink() and not p.exists()]
    assert dangling == []


def test_bundle_size_is_within_budget() -> None:
    size = sum(p.stat().st_size for p in _bundle_files() if not p.is_symlink())
    assert size / 1_048_576 <= MAX_BUNDLE_MB


def test_install_writes_bash_completion_and_uninstall_removes_it(tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    env = {**os.environ, "HOME": str(tmp_path / "home")}
    install = subprocess.run(
        ["bash", str(ROOT / "scripts" / "install.sh"), "--prefix", str(prefix), str(BUNDLE)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr
    completion = prefix / "share" / "bash-completion" / "completions" / "tracker"
    assert completion.read_text().startswith("# bash completion for tracker")
    uninstall = subprocess.run(
        ["bash", str(ROOT / "scripts" / "uninstall.sh"), "--prefix", str(prefix)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert uninstall.returncode == 0, uninstall.stderr
    assert not completion.exists()


# What a stored excerpt says, without where the program keeps its files.
READING_FIELDS = (
    "document", "start", "end", "quote", "status", "signal", "cue", "modality", "speaker",
    "event_date", "date_precision", "date_basis", "context", "duplicate_of", "home_track",
)  # fmt: skip


def _read_corpus(run: Callable[..., subprocess.CompletedProcess[str]], db: str) -> Any:
    """The corpus's tracks added, its articles imported, every track's evidence."""
    from bench.labels import load
    from bench.quality import _add_args

    tracks = load().tracks
    assert run("--db", db, "init", "--empty").returncode == 0
    for track in tracks.values():
        if not track.default:
            added = run("--db", db, *_add_args(track.add, track.id))
            assert added.returncode == 0, added.stderr
    folder = ROOT / "tests" / "corpus" / "articles"
    imported = run("--db", db, "ingest", str(folder), "--json")
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["new"] == len(list(folder.iterdir()))
    found = {}
    for track in sorted(tracks):
        shown = run("--db", db, "evidence", track, "--json")
        assert shown.returncode == 0, shown.stderr
        found[track] = [{k: row[k] for k in READING_FIELDS} for row in json.loads(shown.stdout)]
    return found


def test_bundle_reads_the_corpus_as_the_checkout_does(tmp_path: Path) -> None:
    """The bundle's reading engine is compiled (scripts/build_compiled.py): imported by the
    frozen program, the corpus gives the same evidence, excerpt for excerpt, as the checkout's
    pure Python (which tests/unit/test_extraction_golden.py holds to the golden findings)."""
    if os.environ.get("TRACKER_COMPILED") != "0":  # a pure bundle was asked for
        compiled = sorted(
            p.name.split(".")[0]
            for p in (BUNDLE / "_internal" / "tracker" / "extract").glob("*.so")
        )
        assert {"matching", "signals", "document", "dates"} <= set(compiled), compiled
        assert list((BUNDLE / "_internal").glob("*__mypyc*")), "mypyc's runtime is missing"

    def frozen(*args: str) -> subprocess.CompletedProcess[str]:
        return run_frozen("tracker", *args, tmp_path=tmp_path, timeout=600)

    def checkout(*args: str) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k not in {"TRACKER_DB", "PYTHONHOME"}}
        env.update(PYTHONPATH=str(ROOT), HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
        return subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from tracker.cli import main; sys.exit(main())",
                *args,
            ],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=600,
            check=False,
        )

    (tmp_path / "home").mkdir(exist_ok=True)
    bundle = _read_corpus(frozen, str(tmp_path / "frozen.db"))
    source = _read_corpus(checkout, str(tmp_path / "source.db"))
    assert sum(map(len, source.values())) > 500
    for track in source:
        assert bundle[track] == source[track], track
