"""Shared fixtures: temporary databases, the seed folder, a CLI runner."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seeds_path() -> Path:
    return SEEDS


@pytest.fixture
def fresh_db(tmp_path: Path) -> Iterator[object]:
    """A new database with the default tracks and no documents."""
    from tracker.services.setup import initialise
    from tracker.storage import open_db

    store = open_db(tmp_path / "fresh.db")
    initialise(store, with_seeds=False)
    yield store
    store.close()


@pytest.fixture(scope="session")
def _seed_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tracker.services.setup import initialise
    from tracker.storage import open_db

    path = tmp_path_factory.mktemp("seedtpl") / "seeds.db"
    store = open_db(path)
    initialise(store, with_seeds=True)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path


@pytest.fixture
def seed_db_path(_seed_template: Path, tmp_path: Path) -> Path:
    """A private copy of a database made from the five seeds."""
    target = tmp_path / "seeds.db"
    shutil.copy(_seed_template, target)
    return target


@pytest.fixture
def seed_db(seed_db_path: Path) -> Iterator[object]:
    from tracker.storage import open_db

    store = open_db(seed_db_path)
    yield store
    store.close()


def run_cli(
    *args: str,
    db: Path | None = None,
    input_text: str | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the real ``tracker`` CLI in a subprocess."""
    cmd = [sys.executable, "-m", "tracker.cli"]
    if db is not None:
        cmd += ["--db", str(db)]
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        cmd + list(args),
        capture_output=True,
        text=True,
        input=input_text,
        env=full_env,
        timeout=120,
        cwd=ROOT,
    )
