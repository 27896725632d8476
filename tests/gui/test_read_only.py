"""One window writes a database: a second opens it read-only, says so, offers no change,
and can take over once the first has closed; files given to a second ``tracker-gui`` are
handed to the first."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from tests.gui.conftest import DISAGREEING_ARTICLE, SUMMIT, wait_idle
from tracker.ui.window_lock import HandOffServer, WindowLock

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from tracker.ui.window_lock import WindowLock
    app = QCoreApplication([])
    lock = WindowLock(Path(sys.argv[1]))
    print("held" if lock.try_lock() else "taken", flush=True)
    sys.stdin.readline()
    """
)


def _holder(db: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_a_second_window_reads_only_and_can_take_over(
    qtbot: Any, make_window: Any, seed_db_path: Path
) -> None:
    holder = _holder(seed_db_path)
    try:
        lock = WindowLock(seed_db_path)
        assert not lock.try_lock()
        assert lock.holder() == holder.pid
        parts = make_window(seed_db_path, readonly=True)
        window = parts.window
        window.show_read_only(lock.holder(), lock)
        parts.controller.refresh()
        wait_idle(qtbot, parts)
        # it says so, and keeps saying so after every reload
        assert window.windowTitle().endswith("— read-only")
        assert f"another window (process {holder.pid})" in window.readonly_label.text()
        for action in (
            window.act_override,
            window.act_import,
            window.act_paste,
            window.act_undo,
            window.act_new_track,
            window.act_recompute,
        ):
            assert not action.isEnabled(), action.text()
        assert not window.detail.override_button.isEnabled()
        assert window.open_override_dialog() is None
        assert "read-only" in window.statusBar().currentMessage()
        assert not window.import_paths([seed_db_path])
        assert "read-only because another window is writing" in window.statusBar().currentMessage()
        assert SUMMIT in parts.controller.snapshot.order  # it still reads everything
        # the other window closes: this one may take over
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=10)
        window._on_lock_retry()
        assert window.take_over_button.isVisibleTo(window)
        window.take_over_button.click()
        wait_idle(qtbot, parts)
        assert not window.readonly and not window.windowTitle().endswith("read-only")
        assert window.act_override.isEnabled()
        with qtbot.waitSignal(parts.controller.override_applied, timeout=20_000):
            parts.controller.apply_override(SUMMIT, "cancelled", reason="Desk")
        wait_idle(qtbot, parts)
        assert parts.controller.snapshot.detail(SUMMIT).status.source == "override"
        lock.release()
    finally:
        holder.kill()
        holder.wait()


def test_a_dead_holder_leaves_no_lock(seed_db_path: Path) -> None:
    holder = _holder(seed_db_path)
    holder.kill()
    holder.wait()
    lock = WindowLock(seed_db_path)
    assert lock.try_lock()  # stale: its process is gone
    lock.release()


def test_files_are_handed_to_the_writing_window(
    qtbot: Any, make_window: Any, seed_db_path: Path, tmp_path: Path
) -> None:
    parts = make_window(seed_db_path)
    window = parts.window
    lock = WindowLock(seed_db_path)
    assert lock.try_lock()
    window.hold_lock(lock)
    server = HandOffServer(seed_db_path, window)
    assert server.listening
    server.files_received.connect(lambda paths: window.import_paths([Path(p) for p in paths]))
    article = tmp_path / "2025-10-30-back-on.txt"
    article.write_text(DISAGREEING_ARTICLE, encoding="utf-8")
    second = subprocess.Popen(
        [sys.executable, "-m", "tracker.ui.app", "--db", str(seed_db_path), str(article)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    with qtbot.waitSignal(parts.controller.import_finished, timeout=60_000) as done:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)
    out, err = second.communicate()
    assert second.returncode == 0, err
    assert out.strip() == f"tracker-gui: handed 1 path to the window open on {seed_db_path}"
    assert done.args[0].count("new") == 1
    wait_idle(qtbot, parts)
    lock.release()
