"""Where bundled data lives: a source checkout, an installed wheel or a frozen bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tracker.app_info import APP_ID, APP_NAME, ORG_NAME

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
    """The database used when no --db is given: ``$TRACKER_DB``, else ``user_db_path()``."""
    env = os.environ.get("TRACKER_DB")
    if env:
        return Path(env).expanduser()
    return user_db_path()


def user_db_path() -> Path:
    """``tracker.db`` in the user data folder (``~/.local/share/diplomatic-status-tracker``
    on Linux)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_ID, appauthor=False)) / "tracker.db"


def log_dir() -> Path:
    """Where the window writes its log (``tracker-gui.log``)."""
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_ID, appauthor=False))


def window_settings_file() -> Path:
    """Where Qt keeps the window's settings (``QSettings``, native format, user scope).

    On Linux an INI file under the configuration folder; on macOS a property list; on
    Windows a registry key, given here as its path.
    """
    if sys.platform == "win32":
        return Path(rf"HKEY_CURRENT_USER\Software\{ORG_NAME}\{APP_NAME}")
    if sys.platform == "darwin":  # Qt: com.<organisation>.<application>.plist
        return Path.home() / "Library" / "Preferences" / f"com.{ORG_NAME.lower()}.{APP_NAME}.plist"
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / ORG_NAME / f"{APP_NAME}.conf"
