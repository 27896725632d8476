"""The benchmarks' shared options: ``--foreground`` raises the run's scheduling group and
puts it back, or says it could not; a report names the load the run met; a kept quality
database keeps its own witness."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench import common


def test_foreground_raises_the_group_and_puts_it_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    group = tmp_path / "autogroup"
    group.write_text("/autogroup-7 nice 3\n")
    niced: list[int] = []
    at_exit: list[tuple[Callable[..., object], tuple[object, ...]]] = []
    monkeypatch.setattr(common, "_AUTOGROUP", group)
    monkeypatch.setattr(common, "_FOREGROUND", {"on": False})
    monkeypatch.setattr(common.os, "nice", lambda step: niced.append(step) or 0)
    monkeypatch.setattr(common.atexit, "register", lambda f, *a: at_exit.append((f, a)))
    assert common.foreground(-15) is True
    assert group.read_text() == "-15"
    assert niced[-1] == -15
    assert common.machine()["foreground"] is True
    ((restore, args),) = at_exit
    restore(*args)
    assert group.read_text() == "3"


def test_foreground_without_the_right_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(common, "_AUTOGROUP", tmp_path / "missing" / "autogroup")
    monkeypatch.setattr(common, "_FOREGROUND", {"on": False})
    args = common.parser("x").parse_args(["--foreground", "--json"])
    assert args.json is True
    assert "not allowed here" in capsys.readouterr().out
    about = common.machine()
    assert about["foreground"] is False
    assert isinstance(about["load_average"], float)


def test_a_kept_quality_database_takes_its_own_head_witness(tmp_path: Path) -> None:
    from bench.quality import keep

    built = tmp_path / "work" / "quality.db"
    built.parent.mkdir()
    built.write_bytes(b"new database")
    (tmp_path / "work" / "quality.db.head").write_text("new head")
    target = tmp_path / "kept" / "mine.db"
    target.parent.mkdir()
    target.write_bytes(b"old database")
    (tmp_path / "kept" / "mine.db.head").write_text("stale head of an earlier run")
    keep(built, target)
    assert target.read_bytes() == b"new database"
    assert (tmp_path / "kept" / "mine.db.head").read_text() == "new head"
    assert not built.exists() and not (tmp_path / "work" / "quality.db.head").exists()
    # A build without a witness leaves none beside the copy, not an earlier run's.
    built.write_bytes(b"newer database")
    keep(built, target)
    assert not (tmp_path / "kept" / "mine.db.head").exists()
