"""A database changed behind the tracker's back opens read-only with a banner that names
what was found; Acknowledge records the analyst's acknowledgement and allows changes."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import SUMMIT, wait_idle


def _tamper(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE tracks SET title = 'Forged\u202egnp.exe' WHERE id = ?", (SUMMIT,))
    conn.commit()
    conn.close()


def test_a_database_that_does_not_verify_is_flagged_until_acknowledged(
    make_window: Any, seed_db_path: Path, qtbot: Any
) -> None:
    _tamper(seed_db_path)
    parts = make_window(seed_db_path)
    window = parts.window
    banner = window.integrity_banner
    assert window.integrity_dock.isVisible() and banner.isVisible()
    assert "does not match its audit log (1 finding)" in banner.title.text()
    assert banner.details.text() == (
        f"• track {SUMMIT} was changed outside the tracker (it differs from what the audit "
        "log sealed)"
    )
    assert "read-only" in window.windowTitle()
    assert not window.act_import.isEnabled() and not window.act_override.isEnabled()
    window.track_list.select_track(SUMMIT)
    assert not window.detail.override_button.isEnabled()  # the track pane's buttons too
    assert window.open_override_dialog() is None  # nothing typed only to be refused
    assert "acknowledge the findings" in window.statusBar().currentMessage()

    qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)
    box = window.findChild(QMessageBox, "acknowledgeFindingsDialog")
    assert box is not None and box.isVisible()
    with qtbot.waitSignal(parts.controller.findings_acknowledged, timeout=30_000) as done:
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, parts)
    assert done.args == [1]
    assert not window.integrity_dock.isVisible()
    assert "read-only" not in window.windowTitle()
    assert window.act_import.isEnabled()
    assert any(e.action == "verify.acknowledge" for e in parts.controller.snapshot.audit)

    # and the database can be changed again
    with qtbot.waitSignal(parts.controller.override_applied, timeout=30_000):
        parts.controller.apply_override(SUMMIT, "cancelled", reason="Briefed by the desk")
    wait_idle(qtbot, parts)
    assert parts.controller.snapshot.detail(SUMMIT).status.source == "override"


def test_cancel_leaves_the_database_flagged(
    make_window: Any, seed_db_path: Path, qtbot: Any
) -> None:
    _tamper(seed_db_path)
    parts = make_window(seed_db_path)
    box = parts.window.confirm_acknowledge_findings()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, parts)
    assert parts.window.integrity_dock.isVisible()
    assert parts.controller.snapshot.flagged


def test_bidi_and_control_characters_in_titles_are_shown_not_obeyed(
    make_window: Any, seed_db_path: Path, qtbot: Any
) -> None:
    """A right-to-left override turns "gnp.exe" into "exe.png" on screen when obeyed."""
    from tracker.services.database import open_database
    from tracker.services.ingest import ingest_text

    store = open_database(seed_db_path)
    item = ingest_text(
        store,
        "Budapest talks\n\nThe summit between the two presidents is on hold, officials said.\n",
        title="Report \u202egnp.exe\x1b[2J",
    )
    store.close()
    parts = make_window(seed_db_path)
    window = parts.window
    model = window.documents_view.model
    shown = [
        str(model.data(model.index(row, column)))
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]
    assert "Report <RLO>gnp.exe␛[2J" in shown
    assert not any("\u202e" in text or "\x1b" in text for text in shown)
    assert item.document_id is not None
    with qtbot.waitSignal(parts.controller.document_loaded, timeout=30_000):
        window._on_document_chosen(item.document_id)
    assert window.source.title.text() == "Report <RLO>gnp.exe␛[2J"


def test_the_judging_actions_are_off_and_refused_while_flagged(
    make_window: Any, seed_db_path: Path, qtbot: Any
) -> None:
    _tamper(seed_db_path)
    parts = make_window(seed_db_path)
    window = parts.window
    judging = window.judging
    decisive = window.snapshot.detail(SUMMIT).status.unreviewed_ids[0]
    assert window.track_list.select_track(SUMMIT)
    assert window.detail.select_excerpt(decisive)
    window.detail.evidence.table.setFocus()
    judging._update()
    for key in ("confirm", "reject", "signal", "note", "teach", "add"):
        assert not judging.actions[key].isEnabled(), key
    assert judging.actions["copy"].isEnabled()  # reading is still allowed
    assert not judging.hold.isEnabled()
    with qtbot.assertNotEmitted(parts.controller.excerpt_judged, wait=500):
        judging._run(judging.confirm, changes=True)  # a shortcut that got through anyway
    wait_idle(qtbot, parts)
    assert "acknowledge the findings" in window.statusBar().currentMessage()
    assert next(e for e in window.evidence_rows(SUMMIT) if e.id == decisive).reading == "machine"
