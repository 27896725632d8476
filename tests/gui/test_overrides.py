"""Override, revoke, undo and the needs-review flag, driven through the real window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from tests.gui.conftest import DISAGREEING_ARTICLE, SUMMIT, wait_idle
from tests.gui.helpers import click_ok, flags_cell, status_cell


def _override(qtbot: Any, parts: Any, status: str, reason: str) -> None:
    window = parts.window
    assert window.track_list.select_track(SUMMIT)
    dialog = window.open_override_dialog()
    assert dialog is not None
    ok = dialog.ok
    assert not ok.isEnabled(), "OK must wait for a reason"
    assert dialog.reason_hint.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.reason_edit, "   ")
    assert not ok.isEnabled(), "a blank reason is no reason"
    dialog.reason_edit.clear()
    qtbot.keyClicks(dialog.reason_edit, reason)
    assert ok.isEnabled()
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(status))
    dialog.likelihood_combo.setCurrentIndex(dialog.likelihood_combo.findData("very likely"))
    dialog.confidence_combo.setCurrentIndex(dialog.confidence_combo.findData("moderate"))
    dialog.evidence_list.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(parts.controller.override_applied, timeout=20_000):
        click_ok(qtbot, dialog.buttons)
    wait_idle(qtbot, parts)


def test_override_statuses_are_the_kind_s(seed_window: Any) -> None:
    window = seed_window.window
    window.track_list.select_track("rubio-lavrov-channel")
    dialog = window.open_override_dialog()
    offered = [dialog.status_combo.itemData(i) for i in range(dialog.status_combo.count())]
    assert offered == ["active", "stalled", "suspended", "closed"]
    dialog.reject()


def test_override_revoke_undo(qtbot: Any, seed_window: Any) -> None:
    parts = seed_window
    window = parts.window
    assert status_cell(window, SUMMIT) == "On hold"

    _override(qtbot, parts, "postponed", "Both sides talk of a later date.")
    assert status_cell(window, SUMMIT) == "Postponed"
    assert "analyst override" in flags_cell(window, SUMMIT)
    assert "analyst override" in window.detail.status_text.full_text()
    assert "Both sides talk of a later date." in window.detail.override_text.full_text()
    assert window.detail.revoke_button.isEnabled()

    dialog = window.open_revoke_dialog()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "Premature; wait for the next call.")
    with qtbot.waitSignal(parts.controller.override_revoked, timeout=20_000):
        click_ok(qtbot, dialog.buttons)
    wait_idle(qtbot, parts)
    assert status_cell(window, SUMMIT) == "On hold"
    assert "analyst override" not in flags_cell(window, SUMMIT)

    # Ctrl+Z undoes the revocation: the override is back
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.track_list.table.setFocus()
    assert window.act_undo.isEnabled()
    with qtbot.waitSignal(parts.controller.action_undone, timeout=20_000):
        qtbot.keyClick(window.track_list.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, parts)
    assert status_cell(window, SUMMIT) == "Postponed"

    history = window.detail.history
    assert history.history_model.rowCount() > 0
    whats = [history.audit_model.index(r, 3).data() for r in range(history.audit_model.rowCount())]
    assert "Undo" in whats and "Revoke" in whats


def test_undo_takes_an_override_away(qtbot: Any, seed_window: Any) -> None:
    parts = seed_window
    window = parts.window
    _override(qtbot, parts, "postponed", "Both sides talk of a later date.")
    assert status_cell(window, SUMMIT) == "Postponed"
    assert (
        window.act_undo.text()
        == "&Undo the override to Postponed on Trump–Putin summit in Budapest"
    )
    assert "override." not in window.act_undo.text() and "track:" not in window.act_undo.text()
    with qtbot.waitSignal(parts.controller.action_undone, timeout=20_000):
        window.detail.history.undo_button.click()
    wait_idle(qtbot, parts)
    assert status_cell(window, SUMMIT) == "On hold"
    assert "analyst override" not in flags_cell(window, SUMMIT)
    assert window.statusBar().currentMessage() == (
        "Undone: the override to Postponed on Trump–Putin summit in Budapest."
    )
    assert "1 active override" not in window.counts_label.text()
    # and Redo brings it back
    assert window.act_redo.isEnabled()
    with qtbot.waitSignal(parts.controller.action_redone, timeout=20_000):
        window.act_redo.trigger()
    wait_idle(qtbot, parts)
    assert status_cell(window, SUMMIT) == "Postponed"
    assert window.counts_label.text().endswith("· 1 active override")


def test_newer_disagreeing_evidence_flags_review(
    qtbot: Any, seed_window: Any, tmp_path: Path
) -> None:
    parts = seed_window
    window = parts.window
    _override(qtbot, parts, "cancelled", "The Kremlin walked away from Budapest.")
    assert status_cell(window, SUMMIT) == "Cancelled"
    assert "needs review" not in flags_cell(window, SUMMIT)
    assert not window.act_ack.isEnabled()

    article = tmp_path / "2025-10-30-summit-back-on.txt"
    article.write_text(DISAGREEING_ARTICLE, encoding="utf-8")
    with qtbot.waitSignal(parts.controller.import_finished, timeout=30_000) as blocker:
        parts.controller.import_paths([article])
    assert blocker.args[0].count("new") == 1
    wait_idle(qtbot, parts)
    assert status_cell(window, SUMMIT) == "Cancelled"  # the analyst's word stands
    assert "needs review" in flags_cell(window, SUMMIT)
    assert window.detail.review_banner.isVisibleTo(window)
    banner = window.detail.review_text.full_text()
    assert "Needs review: newer evidence" in banner and "not Cancelled as overridden" in banner
    assert "excerpt 8" not in banner  # no bare ids: outlet, date and quote
    # the banner leads to the evidence it names
    flag = window.detail.detail.status.review
    assert window.detail.review_show.isVisibleTo(window)
    window.detail.review_show.click()
    qtbot.waitUntil(
        lambda: (
            (e := window.detail.evidence.selected_excerpt()) is not None and e.id == flag.excerpt_id
        ),
        timeout=10_000,
    )

    dialog = window.open_acknowledge_dialog()
    qtbot.keyClicks(dialog.reason_edit, "A White House claim; Moscow has not confirmed.")
    with qtbot.waitSignal(parts.controller.review_acknowledged, timeout=20_000):
        click_ok(qtbot, dialog.buttons)
    wait_idle(qtbot, parts)
    assert "needs review" not in flags_cell(window, SUMMIT)
