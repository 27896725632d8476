"""Where bundled data lives: a source checkout, an installed wheel or a frozen bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    found: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        found.append(Path(frozen_root) / name)
    found.append(_PACKAGE_DIR / "_data" / name)  # installed wheel (force-include)
    found.append(_PACKAGE_DIR.parent / name)  # source checkout / editable install
    return found


def _locate(name: str) -> Path:
    for path in _candidates(name):
        if path.is_dir():
            return path
    raise FileNotFoundError(f"bundled folder {name!r} not found (looked in {_candidates(name)})")


def resources_dir() -> Path:
    """The folder holding the lexicon, default tracks, templates and icons."""
    return _locate("resources")


def seeds_dir() -> Path:
    """The folder holding the bundled seed articles."""
    return _locate("seeds")


def default_db_path() -> Path:
    """The database used when neither --db nor TRACKER_DB is given."""
    env = os.environ.get("TRACKER_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("diplomatic-status-tracker", appauthor=False)) / "tracker.db"
