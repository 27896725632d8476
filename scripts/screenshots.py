"""Render the window offscreen into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out DIR]

On the seed database, after the analyst's first look, a newer article is imported and the
summit is overridden (so "what changed" has something to show). Writes, for each of
1280×720, 1600×1000, 2× scale (1280×720 logical) and a dark palette (1280×720):
``main-*.png`` (the summit chosen, its latest development highlighted in its article),
``board-*.png`` (every track on one time axis) and ``changes-*.png`` (the Changes panel);
and ``override-dialog.png``, ``main-empty.png`` (default tracks, no articles).

The 2× set is rendered by a second run of this script with ``QT_SCALE_FACTOR=2`` (Qt
reads it at start-up only).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.project_python import ensure_project_python  # noqa: E402

ensure_project_python(__file__, needs=("PySide6", "sqlite_utils", "pydantic", "jinja2"))

SUMMIT = "trump-putin-summit"

NEWER = """Budapest summit back on, officials say

Published 30 October 2025

President Trump and President Putin will meet in Budapest on 20 November, the White House said on Thursday. The summit has been scheduled after weeks of uncertainty, officials confirmed.

The Kremlin said no date had been agreed. "There is still no agreed date," a spokesman told reporters in Moscow.
"""


def _settle(parts: Any) -> None:
    from PySide6.QtWidgets import QApplication

    from tracker.ui.selftest import wait_until

    wait_until(lambda: parts.controller.snapshot is not None, what="the database")
    wait_until(lambda: not parts.runner.busy, what="background jobs")
    for _ in range(5):
        QApplication.processEvents()
    wait_until(lambda: not parts.runner.busy, what="background jobs")
    for _ in range(5):
        QApplication.processEvents()


def _shoot(widget: Any, path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    widget.repaint()
    pixmap = widget.grab()
    if not pixmap.save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path} ({pixmap.width()}x{pixmap.height()} pixels)")


def dark_palette() -> Any:
    from PySide6.QtGui import QColor, QPalette

    pal = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2d31"),
        (roles.WindowText, "#e6e6e6"),
        (roles.Base, "#1f2023"),
        (roles.AlternateBase, "#27292d"),
        (roles.Text, "#e6e6e6"),
        (roles.Button, "#33363b"),
        (roles.ButtonText, "#e6e6e6"),
        (roles.Highlight, "#3d7bd9"),
        (roles.HighlightedText, "#ffffff"),
        (roles.ToolTipBase, "#33363b"),
        (roles.ToolTipText, "#e6e6e6"),
        (roles.PlaceholderText, "#8a8f98"),
        (roles.Mid, "#4a4d52"),
        (roles.Light, "#4a4d52"),
        (roles.Dark, "#1a1b1e"),
    ):
        pal.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7f88"))
    return pal


def _prepare_database(path: Path) -> None:
    """Seeds, the analyst's first look, then a newer article and an override."""
    from tracker.services.changes import changes_since_seen
    from tracker.services.ingest import ingest_text
    from tracker.services.overrides import apply_override
    from tracker.services.settings import set_analyst_name
    from tracker.services.setup import initialise
    from tracker.storage import open_db

    store = open_db(path)
    initialise(store, with_seeds=True)
    set_analyst_name(store, "Ana")
    changes_since_seen(store)
    time.sleep(0.01)
    apply_override(
        store,
        SUMMIT,
        "postponed",
        reason="Both sides speak of a later date; no date agreed.",
        likelihood="likely",
        confidence="moderate",
        review_by="+2w",
    )
    ingest_text(store, NEWER, title="Budapest summit back on, officials say", outlet="Wire")
    store.close()


def _window(db: Path, width: int, height: int) -> Any:
    from tracker.ui.app import build_window

    parts = build_window(db)
    parts.window.resize(width, height)
    parts.window.show()
    _settle(parts)
    parts.window.set_default_sizes()
    parts.window.track_list.select_track(SUMMIT)
    _settle(parts)
    return parts


def _set(parts: Any, out: Path, tag: str) -> None:
    window = parts.window
    window.show_left_tab(0)
    _settle(parts)
    _shoot(window, out / f"main-{tag}.png")
    window.show_board(True)
    _settle(parts)
    _shoot(window, out / f"board-{tag}.png")
    window.show_board(False)
    window.show_left_tab(3)
    _settle(parts)
    _shoot(window, out / f"changes-{tag}.png")
    window.show_left_tab(0)


def _override_dialog(parts: Any, out: Path) -> None:
    from PySide6.QtCore import Qt

    dialog = parts.window.open_override_dialog()
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("postponed"))
    dialog.reason_edit.setPlainText(
        "Both sides now speak of a later date rather than no meeting; the Kremlin denies "
        "any postponement only because no date was agreed."
    )
    dialog.likelihood_combo.setCurrentIndex(dialog.likelihood_combo.findData("likely"))
    dialog.confidence_combo.setCurrentIndex(dialog.confidence_combo.findData("moderate"))
    dialog.review_check.setChecked(True)
    if dialog.evidence_list.count():
        dialog.evidence_list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.resize(680, 620)
    _shoot(dialog, out / "override-dialog.png")
    dialog.reject()


def _empty(work: Path, out: Path) -> None:
    from tracker.services.setup import ensure_default_tracks
    from tracker.storage import open_db

    store = open_db(work / "empty.db")
    ensure_default_tracks(store)
    store.close()
    parts = _window(work / "empty.db", 1280, 720)
    _shoot(parts.window, out / "main-empty.png")
    parts.window.close()
    parts.runner.shutdown()


def run(out: Path, scaled: bool) -> None:
    from PySide6.QtCore import QSettings

    work = Path(tempfile.mkdtemp(prefix="tracker-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))

    from PySide6.QtGui import QFont

    from tracker.ui.app import create_application

    app = create_application()
    app.setFont(QFont("DejaVu Sans", 10))
    db = work / "seeds.db"
    _prepare_database(db)
    if scaled:
        parts = _window(db, 1280, 720)
        _set(parts, out, "2x")
        parts.window.close()
        parts.runner.shutdown()
        return
    for width, height in ((1280, 720), (1600, 1000)):
        parts = _window(db, width, height)
        _set(parts, out, f"{width}x{height}")
        if width == 1280:
            _override_dialog(parts, out)
        parts.window.close()
        parts.runner.shutdown()
    app.setPalette(dark_palette())
    parts = _window(db, 1280, 720)
    _set(parts, out, "dark-1280x720")
    parts.window.close()
    parts.runner.shutdown()
    app.setPalette(app.style().standardPalette())
    _empty(work, out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--scaled", action="store_true", help="(internal) the 2× run")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.scaled:
        run(args.out, scaled=True)
        return 0
    run(args.out, scaled=False)
    env = {**os.environ, "QT_SCALE_FACTOR": "2"}
    return subprocess.call([sys.executable, __file__, "--out", str(args.out), "--scaled"], env=env)


if __name__ == "__main__":
    sys.exit(main())
