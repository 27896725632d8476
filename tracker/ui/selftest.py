"""``tracker-gui --self-test``: load every view and dialog once, render it, report."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from tracker.ui.timing import FirstPaint, since_start_ms

TIMEOUT_MS = 120_000


class SelfTestError(RuntimeError):
    pass


def wait_until(predicate: Callable[[], bool], timeout_ms: int = TIMEOUT_MS, what: str = "") -> None:
    """Run the event loop until ``predicate()`` holds."""
    deadline = time.monotonic() + timeout_ms / 1000
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(
        lambda: loop.quit() if predicate() or time.monotonic() > deadline else None
    )
    timer.start()
    if not predicate():
        loop.exec()
    timer.stop()
    if not predicate():
        raise SelfTestError(f"timed out waiting for {what or 'the window'}")


def render(widget: QWidget, name: str, shots: list[str]) -> None:
    widget.repaint()
    pixmap = widget.grab()
    if pixmap.isNull() or pixmap.width() == 0:
        raise SelfTestError(f"{name} did not render")
    shots.append(name)


def _render_track(window: Any, runner: Any, track_id: str, shots: list[str]) -> None:
    """Show one track: its detail, every tab, and the source of its first excerpt."""
    window.track_list.set_show_archived(True)
    window.track_list.select_track(track_id)
    wait_until(lambda: not runner.busy and track_id in window._evidence, what=f"track {track_id}")
    render(window.detail, f"track {track_id}", shots)
    for index in range(window.detail.tabs.count()):
        window.detail.tabs.setCurrentIndex(index)
        render(window.detail.tabs.currentWidget(), f"{track_id} tab {index}", shots)
    window.detail.tabs.setCurrentIndex(0)
    evidence = window._evidence.get(track_id)
    if evidence is not None and evidence.rows:
        window.detail.select_excerpt(evidence.rows[0].id)
        wait_until(
            lambda: not runner.busy and window.source.document_id is not None,
            what="a source document",
        )
        render(window.source, f"source of {track_id}", shots)


def _render_dialogs(
    app: QApplication, window: Any, controller: Any, runner: Any, shots: list[str]
) -> None:
    """Open, render and close every dialog, the preferences too."""
    openers = [
        window.open_shortcuts_dialog,
        window.open_override_dialog,
        window.open_import_dialog,
        window.open_export_dialog,
        window.open_new_track_dialog,
        window.open_edit_track_dialog,
        window.open_about_dialog,
        # the judging dialogs, on the excerpt selected last
        window.judging.reject,
        window.judging.change_signal,
        window.judging.change_modality,
        window.judging.change_date,
        window.judging.move,
        window.judging.add_note,
        window.judging.teach,
    ]
    for opener in openers:
        dialog = opener()
        if dialog is not None:
            render(dialog, type(dialog).__name__, shots)
            dialog.reject()
    controller.load_preferences()
    wait_until(lambda: not runner.busy, what="preferences")
    app.processEvents()
    for widget in app.topLevelWidgets():
        if widget.isVisible() and type(widget).__name__ == "PreferencesDialog":
            render(widget, "PreferencesDialog", shots)
            widget.reject()  # type: ignore[attr-defined]  # a QDialog, found by name


def run_self_test(app: QApplication, parts: Any, first_paint: FirstPaint) -> int:
    window, controller, runner = parts.window, parts.controller, parts.runner
    failures: list[str] = []
    controller.failed.connect(
        lambda message, details: failures.append(message + ("\n" + details if details else ""))
    )
    shots: list[str] = []
    try:
        wait_until(lambda: controller.snapshot is not None or bool(failures), what="the database")
        if failures:
            raise SelfTestError(failures[0])
        wait_until(lambda: not runner.busy, what="start-up jobs")
        ready_ms = since_start_ms()
        wait_until(lambda: first_paint.ms is not None, 5000, "the first paint")
        snapshot = controller.snapshot
        render(window, "main window", shots)
        for track_id in snapshot.order:
            _render_track(window, runner, track_id, shots)
        window.track_list.set_show_archived(window.act_archived.isChecked())
        window.show_board(True)
        render(window.board_page(), "board", shots)
        window.show_board(False)
        controller.search("summit Budapest")
        wait_until(lambda: not runner.busy, what="a search")
        for index in range(window.left_tabs.count()):
            window.left_tabs.setCurrentIndex(index)
            render(window.left_tabs.currentWidget(), f"left tab {index}", shots)
        window.left_tabs.setCurrentIndex(0)
        _render_dialogs(app, window, controller, runner, shots)
        if failures:
            raise SelfTestError(failures[0])
    except SelfTestError as exc:
        print(f"self-test FAILED: {exc}", file=sys.stderr)
        return 1
    counts = controller.snapshot.counts
    print(
        f"self-test ok: {len(shots)} views rendered; {counts['tracks']} tracks, "
        f"{counts['documents']} documents, {counts['excerpts']} excerpts; "
        f"first paint {first_paint.ms:.0f} ms, data shown {ready_ms:.0f} ms after start"
    )
    window.close()
    return 0
