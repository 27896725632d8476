"""Render the main window offscreen on the seed database into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out DIR]

Writes main-1280x800.png and main-1920x1080.png (the summit selected, its latest excerpt
highlighted in its article), override-dialog.png, and main-empty.png (a database with the
default tracks and no articles) and main-dark-1280x800.png (a dark palette).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.project_python import ensure_project_python  # noqa: E402

ensure_project_python(__file__, needs=("PySide6", "sqlite_utils", "pydantic", "jinja2"))

SUMMIT = "trump-putin-summit"


def _settle(parts: object) -> None:
    from tracker.ui.selftest import wait_until

    wait_until(lambda: parts.controller.snapshot is not None, what="the database")
    wait_until(lambda: not parts.runner.busy, what="background jobs")
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()


def _shoot(widget: object, path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    widget.repaint()
    pixmap = widget.grab()
    if not pixmap.save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path} ({pixmap.width()}x{pixmap.height()})")


def dark_palette() -> object:
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QSettings

    work = Path(tempfile.mkdtemp(prefix="tracker-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))

    from tracker.ui.app import build_window, create_application

    app = create_application()
    from PySide6.QtGui import QFont

    app.setFont(QFont("DejaVu Sans", 10))

    # the seed database, created the way a first run does (seeds behind a progress dialog)
    parts = build_window(work / "seeds.db")
    window = parts.window
    for width, height in ((1280, 800), (1920, 1080)):
        window.resize(width, height)
        window.set_default_sizes()
        window.show()
        _settle(parts)
        window.track_list.select_track(SUMMIT)
        _settle(parts)
        _shoot(window, args.out / f"main-{width}x{height}.png")

    window.resize(1280, 800)
    dialog = window.open_override_dialog()
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("postponed"))
    dialog.reason_edit.setPlainText(
        "Both sides now speak of a later date rather than no meeting; the Kremlin denies "
        "any postponement only because no date was agreed."
    )
    dialog.likelihood_combo.setCurrentIndex(dialog.likelihood_combo.findData("likely"))
    dialog.confidence_combo.setCurrentIndex(dialog.confidence_combo.findData("moderate"))
    dialog.review_check.setChecked(True)
    if dialog.evidence_list.count():
        from PySide6.QtCore import Qt

        dialog.evidence_list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.resize(680, 620)
    _shoot(dialog, args.out / "override-dialog.png")
    dialog.reject()
    # the same window in a dark palette (as a dark desktop theme gives it)
    app.setPalette(dark_palette())
    window.resize(1280, 800)
    _settle(parts)
    _shoot(window, args.out / "main-dark-1280x800.png")
    app.setPalette(app.style().standardPalette())
    window.close()
    parts.runner.shutdown()

    # an empty database: default tracks, no articles
    from tracker.services.setup import ensure_default_tracks
    from tracker.storage import open_db

    store = open_db(work / "empty.db")
    ensure_default_tracks(store)
    store.close()
    empty = build_window(work / "empty.db")
    empty.window.resize(1280, 800)
    empty.window.set_default_sizes()
    empty.window.show()
    _settle(empty)
    _shoot(empty.window, args.out / "main-empty.png")
    empty.window.close()
    empty.runner.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
