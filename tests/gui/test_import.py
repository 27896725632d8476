"""Imports run on the background worker; the window keeps answering; cancel is clean."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent

from tests.gui.conftest import DISAGREEING_ARTICLE, wait_idle


def _articles(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"article-{i:03}.txt"
        path.write_text(
            DISAGREEING_ARTICLE.replace("20 November", f"{i % 27 + 1} November")
            + f"\nReport number {i}.\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


class Heartbeat:
    """A 10 ms timer on the UI thread; the longest gap between beats is the worst stall."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._beat)
        self.last = time.monotonic()
        self.longest = 0.0

    def _beat(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = time.monotonic()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.longest * 1000


def test_import_through_worker_keeps_window_responsive(
    qtbot: Any, make_window: Any, fresh_db: Any, tmp_path: Path
) -> None:
    path = fresh_db.path
    fresh_db.close()
    parts = make_window(path)
    window = parts.window
    assert parts.controller.snapshot.counts["documents"] == 0
    files = _articles(tmp_path / "in", 12)
    beat = Heartbeat()
    beat.start()
    with qtbot.waitSignal(parts.controller.import_finished, timeout=60_000) as blocker:
        parts.controller.import_paths([tmp_path / "in"])
    stall = beat.stop()
    report = blocker.args[0]
    assert report.count("new") == len(files)
    wait_idle(qtbot, parts)
    assert parts.controller.snapshot.counts["documents"] == len(files)
    assert "12 documents" in window.counts_label.text()
    print(f"longest UI stall during a {len(files)}-article import: {stall:.0f} ms")
    assert stall < 500


def test_cancelled_import_leaves_database_consistent(
    qtbot: Any, make_window: Any, fresh_db: Any, tmp_path: Path
) -> None:
    path = fresh_db.path
    fresh_db.close()
    parts = make_window(path)
    files = _articles(tmp_path / "in", 8)
    with qtbot.waitSignal(parts.controller.import_finished, timeout=30_000) as blocker:
        job = parts.controller.import_paths([tmp_path / "in"])
        job.cancel()  # the analyst pressed Cancel; the worker may have begun a document
    report = blocker.args[0]
    assert report.cancelled
    assert report.count("new") < len(files)
    wait_idle(qtbot, parts)
    # what was finished is kept, whole; nothing half-written
    assert parts.controller.snapshot.counts["documents"] == report.count("new")
    model = parts.window.documents_view.model
    qtbot.waitUntil(lambda: model.total == report.count("new"), timeout=10_000)
    for row in range(model.rowCount()):
        assert model.row_at(row).chars > 0


def test_pasted_article_and_dropped_files(
    qtbot: Any, make_window: Any, fresh_db: Any, tmp_path: Path
) -> None:
    path = fresh_db.path
    fresh_db.close()
    parts = make_window(path)
    window = parts.window
    dialog = window.open_paste_dialog()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.title_edit.setText("Summit back on")
    dialog.outlet_edit.setText("Wire")
    dialog.date_edit.setText("2025-10-30")
    dialog.text_edit.setPlainText(DISAGREEING_ARTICLE)
    with qtbot.waitSignal(parts.controller.import_finished, timeout=30_000):
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    wait_idle(qtbot, parts)
    assert parts.controller.snapshot.counts["documents"] == 1
    model = window.documents_view.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
    assert model.row_at(0).outlet == "Wire"

    files = _articles(tmp_path / "drop", 2)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in files])
    drop = QDropEvent(
        QPointF(100, 100),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(parts.controller.import_finished, timeout=30_000):
        window.dropEvent(drop)
    wait_idle(qtbot, parts)
    assert parts.controller.snapshot.counts["documents"] == 3
