"""A second window on a database in use opens it read-only, and says so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.gui.conftest import SUMMIT, wait_idle
from tracker.services.window_lock import lock_window, window_holder


def test_a_held_database_opens_read_only_and_refuses_changes(
    make_window: Any, seed_db_path: Path, qtbot: Any
) -> None:
    held = lock_window(seed_db_path)
    assert held is not None
    assert lock_window(seed_db_path) is None  # another window would find it taken
    parts = make_window(seed_db_path, readonly=True)
    parts.window.show_read_only(window_holder(seed_db_path))
    assert parts.window.windowTitle().endswith("read-only")
    assert SUMMIT in parts.controller.snapshot.order
    with qtbot.waitSignal(parts.controller.failed, timeout=20_000) as failure:
        parts.controller.apply_override(SUMMIT, "cancelled", reason="Briefed by the desk")
    wait_idle(qtbot, parts)
    assert "read-only" in failure.args[0]
    assert parts.controller.snapshot.detail(SUMMIT).status.source == "inferred"
    held.release()
