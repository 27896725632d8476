"""Judging excerpts in the real window: each action from the Evidence menu (and its
shortcut or context menu), its dialog, what the window shows after it, and its undo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QDialogButtonBox

from tests.gui.conftest import SUMMIT, wait_idle
from tests.gui.helpers import click_ok, wait_evidence
from tracker.services.evidence import evidence_for
from tracker.storage import open_db
from tracker.ui.models.evidence import EvidenceTableModel
from tracker.ui.views.source import utf16_offset

CHANNEL = "rubio-lavrov-channel"
BACK_ON = """Budapest summit back on, officials say

Published 30 October 2025

President Trump and President Putin will meet in Budapest on 20 November, the White House said on Thursday. The summit has been scheduled after weeks of uncertainty, officials confirmed.
"""


def _reading(window: Any, excerpt_id: int, track: str = SUMMIT) -> Any:
    """The excerpt as the track's judged evidence holds it now (read from the database the
    window works on), or ``None``."""
    store = open_db(window.snapshot.db_path, readonly=True)
    try:
        rows = evidence_for(store, track, include_rejected=True)
    finally:
        store.close()
    return next((e for e in rows if e.id == excerpt_id), None)


def _summit_rows(qtbot: Any, window: Any) -> list[Any]:
    return list(wait_evidence(qtbot, window, SUMMIT).rows)


def _decisive(window: Any) -> list[int]:
    return list(window.snapshot.detail(SUMMIT).status.unreviewed_ids)


def _select(window: Any, excerpt_id: int, track: str = SUMMIT) -> None:
    assert window.track_list.select_track(track)
    assert window.detail.select_excerpt(excerpt_id)
    window.detail.evidence.table.setFocus()


def _marker(window: Any, excerpt_id: int) -> str:
    model = window.detail.evidence.model
    row = model.row_of_key(excerpt_id)
    return str(model.index(row, EvidenceTableModel.JUDGED).data())


def _undo(qtbot: Any, parts: Any) -> None:
    with qtbot.waitSignal(parts.controller.action_undone, timeout=30_000):
        parts.window.act_undo.trigger()
    wait_idle(qtbot, parts)


def _judged(qtbot: Any, parts: Any, run: Any) -> None:
    with qtbot.waitSignal(parts.controller.excerpt_judged, timeout=30_000):
        run()
    wait_idle(qtbot, parts)


def test_confirm_by_shortcut_marks_the_row_and_empties_the_queue_slot(
    qtbot: Any, seed_window: Any
) -> None:
    parts = seed_window
    window = parts.window
    first = _decisive(window)[0]
    review_tab = window.left_tabs.tabText(window.judging.tab_index)
    _select(window, first)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.detail.evidence.table.setFocus()
    assert window.judging.actions["confirm"].isEnabled()
    _judged(
        qtbot,
        parts,
        lambda: qtbot.keyClick(
            window.detail.evidence.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        ),
    )
    assert _reading(window, first).reading == "confirmed"
    assert _marker(window, first) == "✓"
    tip = window.detail.evidence.model.index(
        window.detail.evidence.model.row_of_key(first), EvidenceTableModel.JUDGED
    ).data(Qt.ItemDataRole.ToolTipRole)
    assert "Confirmed\xa0by" in tip
    assert window.left_tabs.tabText(window.judging.tab_index) != review_tab
    _undo(qtbot, parts)
    assert _reading(window, first).reading == "machine"
    assert _marker(window, first) == ""
    assert window.left_tabs.tabText(window.judging.tab_index) == review_tab


def test_rejecting_the_decisive_excerpts_moves_the_status_line_and_undo_restores_it(
    qtbot: Any, seed_window: Any
) -> None:
    parts = seed_window
    window = parts.window
    assert window.track_list.select_track(SUMMIT)
    before = window.detail.status_text.text()
    assert "On hold since 21 Oct 2025" in before and "rests on unreviewed readings" in before
    decisive = _decisive(window)
    for excerpt_id in decisive:
        _select(window, excerpt_id)
        dialog = window.judging.reject()
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled(), "a rejection waits for a reason"
        dialog.choices["not_evidence"].setChecked(True)
        qtbot.keyClicks(dialog.note, "a policy line, not news")
        _judged(qtbot, parts, lambda d=dialog: click_ok(qtbot, d.buttons))
        assert _marker(window, excerpt_id) == "✗"
    after = window.detail.status_text.text()
    assert "On hold since 22 Oct 2025" in after
    assert "Left out by analysts: 4 excerpts rejected" in window.detail.why.text()
    rejected = _reading(window, decisive[0])
    assert (rejected.reading, rejected.reject_reason) == ("rejected", "not_evidence")
    font = window.detail.evidence.model.index(
        window.detail.evidence.model.row_of_key(decisive[0]), EvidenceTableModel.QUOTE
    ).data(Qt.ItemDataRole.FontRole)
    assert font.strikeOut()
    for _ in decisive:
        _undo(qtbot, parts)
    assert window.detail.status_text.text() == before


def test_change_signal_modality_date_note_and_undo(qtbot: Any, seed_window: Any) -> None:
    parts = seed_window
    window = parts.window
    target = _decisive(window)[0]
    _select(window, target)

    dialog = window.judging.change_signal()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled(), "the current signal is no change"
    dialog.combo.setCurrentIndex(dialog.combo.findData("cancelled"))
    _judged(qtbot, parts, lambda: click_ok(qtbot, dialog.buttons))
    assert (_reading(window, target).signal, _marker(window, target)) == ("cancelled", "✎")

    _select(window, target)
    dialog = window.judging.change_modality()
    dialog.combo.setCurrentIndex(dialog.combo.findData("asserted"))
    _judged(qtbot, parts, lambda: click_ok(qtbot, dialog.buttons))
    assert _reading(window, target).modality == "asserted"

    _select(window, target)
    dialog = window.judging.change_date()
    dialog.picker.date_edit.setDate(dialog.picker.date_edit.date().addDays(5))
    dialog.picker.precision.setCurrentIndex(dialog.picker.precision.findData("week"))
    _judged(qtbot, parts, lambda: click_ok(qtbot, dialog.buttons))
    redated = _reading(window, target)
    assert (redated.date_precision, redated.date_basis) == ("week", "analyst")
    assert redated.event_date.weekday() == 0

    _select(window, target)
    dialog = window.judging.add_note()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    qtbot.keyClicks(dialog.edit, "Ask the Moscow desk")
    _judged(qtbot, parts, lambda: click_ok(qtbot, dialog.buttons))
    assert _reading(window, target).notes == ["Ask the Moscow desk"]

    for _ in range(4):
        _undo(qtbot, parts)
    back = _reading(window, target)
    assert (back.reading, back.signal, back.notes) == ("machine", "on_hold", [])


def test_move_to_another_track_or_keep_it_on_both(qtbot: Any, seed_window: Any) -> None:
    parts = seed_window
    window = parts.window
    target = _decisive(window)[0]
    _select(window, target)
    dialog = window.judging.move()
    offered = [dialog.combo.itemData(i) for i in range(dialog.combo.count())]
    assert SUMMIT not in offered and CHANNEL in offered
    dialog.combo.setCurrentIndex(dialog.combo.findData(CHANNEL))
    _judged(qtbot, parts, lambda: click_ok(qtbot, dialog.buttons))
    assert _marker(window, target) == "→"
    moved = _reading(window, target, CHANNEL)
    assert (moved.track_id, moved.home_track) == (CHANNEL, SUMMIT)

    _select(window, target)
    dialog = window.judging.move()
    dialog.combo.setCurrentIndex(dialog.combo.findData(CHANNEL))
    assert dialog.combo.findData(CHANNEL) == -1  # it is there already
    dialog.reject()

    _undo(qtbot, parts)
    _select(window, target)
    dialog = window.judging.move()
    dialog.combo.setCurrentIndex(dialog.combo.findData(CHANNEL))
    dialog.keep.setChecked(True)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Add to track"
    _judged(qtbot, parts, lambda: click_ok(qtbot, dialog.buttons))
    assert _reading(window, target).judged_tracks == [SUMMIT, CHANNEL]
    assert _reading(window, target, CHANNEL) is not None
    _undo(qtbot, parts)
    assert _reading(window, target, CHANNEL) is None


def test_copy_quote_with_citation_and_show_in_source(qtbot: Any, seed_window: Any) -> None:
    window = seed_window.window
    target = _decisive(window)[0]
    _select(window, target)
    window.judging.actions["copy"].trigger()
    copied = QGuiApplication.clipboard().text()
    e = _reading(window, target)
    assert copied.startswith("“") and e.outlet in copied and "22 Oct 2025" in copied
    assert "#" not in copied  # a citation for a note: no internal ids
    window.judging.actions["show"].trigger()
    qtbot.waitUntil(lambda: window.source.document_id == e.document_id, timeout=20_000)
    assert " ".join(e.exact.split()) in [
        " ".join(t.split()) for t in window.source.highlighted_text()
    ]


def test_context_menu_on_an_evidence_row(qtbot: Any, seed_window: Any) -> None:
    parts = seed_window
    window = parts.window
    target = _decisive(window)[0]
    _select(window, target)
    table = window.detail.evidence.table
    rect = table.visualRect(table.currentIndex())
    window.judging._on_evidence_menu(rect.center())
    menu = window.judging.last_menu
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "Show in the source",
        "Copy with citation",
        "Open the original article",
        "&Confirm",
        "&Reject…",
        "Change &signal…",
        "Change &modality…",
        "Change &date…",
        "Mo&ve to track…",
        "&Note…",
        "&Teach a rule…",
    ]
    shortcuts = {a.text(): a.shortcut().toString() for a in menu.actions() if not a.isSeparator()}
    assert shortcuts["&Confirm"] == "Ctrl+Return"
    assert shortcuts["&Reject…"] == "Ctrl+Del"
    confirm = next(a for a in menu.actions() if a.text() == "&Confirm")
    _judged(qtbot, parts, confirm.trigger)
    assert _reading(window, target).reading == "confirmed"
    menu.hide()


def test_add_evidence_from_a_selection_in_the_source(qtbot: Any, seed_window: Any) -> None:
    parts = seed_window
    window = parts.window
    e = next(x for x in _summit_rows(qtbot, window) if "did not want to have a" in x.exact)
    _select(window, e.id)
    qtbot.waitUntil(lambda: window.source.document_id == e.document_id, timeout=20_000)
    text = window.source._view.document.text
    words = "The U.S. had proposed freezing the battle lines at their current positions"
    start = text.index(words)
    cursor = window.source.text.textCursor()
    cursor.setPosition(utf16_offset(text, start))
    cursor.setPosition(utf16_offset(text, start + len(words)), QTextCursor.MoveMode.KeepAnchor)
    window.source.text.setTextCursor(cursor)
    window.judging._update()
    assert window.judging.actions["add"].isEnabled()
    with qtbot.waitSignal(parts.controller.suggestion_ready, timeout=20_000) as blocker:
        window.judging.actions["add"].trigger()
    suggestion = blocker.args[0]
    assert (suggestion.quote, suggestion.track) == (words, SUMMIT)
    qtbot.waitUntil(lambda: bool(window.judging._dialogs), timeout=5000)
    dialog = window.judging._dialogs[-1]
    assert dialog.quote.toPlainText() == words
    dialog.signal.setCurrentIndex(dialog.signal.findData("preparing"))
    with qtbot.waitSignal(parts.controller.evidence_added, timeout=30_000) as added:
        click_ok(qtbot, dialog.buttons)
    wait_idle(qtbot, parts)
    new_id = added.args[0]
    row = _reading(window, new_id)
    assert (row.reading, row.signal, row.exact) == ("added", "preparing", words)
    assert _marker(window, new_id) == "+"
    _undo(qtbot, parts)
    assert _reading(window, new_id) is None


def test_the_source_viewer_offers_the_actions_on_a_highlighted_excerpt(
    qtbot: Any, seed_window: Any
) -> None:
    window = seed_window.window
    target = _decisive(window)[0]
    _select(window, target)
    e = _reading(window, target)
    qtbot.waitUntil(lambda: window.source.document_id == e.document_id, timeout=20_000)
    text = window.source._view.document.text
    inside = text.index(e.exact) + 5
    cursor = window.source.text.textCursor()
    cursor.setPosition(utf16_offset(text, inside))
    window.source.text.setTextCursor(cursor)
    point = window.source.text.cursorRect(cursor).center()
    window.judging._on_source_menu(point)
    menu = window.judging.last_menu
    sub = next(a.menu() for a in menu.actions() if a.menu() is not None)
    assert sub.title() == f"Excerpt #{target}"
    assert "&Confirm" in [a.text() for a in sub.actions()]
    assert window.judging.target().excerpt_id == target
    menu.hide()


def test_review_tab_confirm_and_reject(qtbot: Any, seed_window: Any) -> None:
    parts = seed_window
    window = parts.window
    review = window.judging.review
    window.judging.show_review()
    count = review.count()
    assert count > 0 and window.left_tabs.tabText(window.judging.tab_index) == (f"Review ({count})")
    review.table.selectRow(0)
    item = review.current_item()
    assert item is not None and review.confirm_button.isEnabled()
    with qtbot.waitSignal(parts.controller.excerpt_judged, timeout=30_000):
        qtbot.mouseClick(review.confirm_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, parts)
    assert review.count() < count or item.excerpt not in [
        i.excerpt for i in window.snapshot.review.items
    ]
    review.table.selectRow(0)
    review.table.setFocus()
    nxt = review.current_item()
    qtbot.mouseClick(review.reject_button, Qt.MouseButton.LeftButton)
    dialog = window.judging._dialogs[-1]
    assert dialog.excerpt.excerpt_id == nxt.excerpt
    dialog.choices["boilerplate"].setChecked(True)
    _judged(qtbot, parts, lambda: click_ok(qtbot, dialog.buttons))
    assert nxt.excerpt not in [i.excerpt for i in window.snapshot.review.items]
    _undo(qtbot, parts)
    assert nxt.excerpt in [i.excerpt for i in window.snapshot.review.items]


def test_hold_for_review_is_a_track_setting(qtbot: Any, seed_window: Any) -> None:
    parts = seed_window
    window = parts.window
    assert window.track_list.select_track(SUMMIT)
    hold = window.judging.hold
    assert hold.isEnabled() and not hold.isChecked()
    with qtbot.waitSignal(parts.controller.review_mode_changed, timeout=30_000):
        hold.trigger()
    wait_idle(qtbot, parts)
    assert window.snapshot.detail(SUMMIT).status.review_mode == "hold"
    assert hold.isChecked()
    with qtbot.waitSignal(parts.controller.import_finished, timeout=60_000):
        parts.controller.import_text(BACK_ON)
    wait_idle(qtbot, parts)
    status = window.snapshot.detail(SUMMIT).status
    assert (status.status, len(status.held_ids)) == ("on_hold", 2)
    assert "2 new readings held for review" in window.detail.status_text.full_text()
    assert _marker(window, status.held_ids[0]) == "‖"
    held = [i for i in window.snapshot.review.items if i.held]
    assert [i.excerpt for i in held] == status.held_ids
    _undo(qtbot, parts)
    assert window.snapshot.detail(SUMMIT).status.review_mode == "apply"
    assert not hold.isChecked()


def test_teach_a_rule_from_an_excerpt_and_see_it_in_preferences(
    qtbot: Any, seed_window: Any
) -> None:
    parts = seed_window
    window = parts.window
    e = next(x for x in _summit_rows(qtbot, window) if "did not want to have a" in x.exact)
    _select(window, e.id)
    dialog = window.judging.teach()
    assert dialog.source.text().startswith(f"From excerpt #{e.id}")
    dialog.phrase.setText("wasted meeting")
    dialog.signal.setCurrentIndex(dialog.signal.findData("on_hold"))
    assert dialog.kinds["summit"].isChecked()
    assert dialog.summary.text() == "“wasted meeting” → on_hold on summit tracks."
    with qtbot.waitSignal(parts.controller.rules_changed, timeout=60_000):
        click_ok(qtbot, dialog.buttons)
    wait_idle(qtbot, parts)
    assert [r.phrase for r in window.snapshot.rules] == ["wasted meeting"]
    with qtbot.waitSignal(parts.controller.preferences_loaded, timeout=20_000):
        window.act_prefs.trigger()
    prefs = next(d for d in window._dialogs if d.objectName() == "PreferencesDialog")
    panel = prefs.rules_panel
    assert panel.model.rowCount() == 1
    panel.table.selectRow(0)
    with qtbot.waitSignal(parts.controller.rules_changed, timeout=60_000):
        qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, parts)
    assert panel.model.rowCount() == 0
    prefs.reject()
    _undo(qtbot, parts)
    assert [r.phrase for r in window.snapshot.rules] == ["wasted meeting"]


def test_actions_wait_for_an_excerpt(seed_window: Any) -> None:
    window = seed_window.window
    window.detail.evidence.table.clearSelection()
    window.detail.evidence.table.setCurrentIndex(window.detail.evidence.model.index(-1, -1))
    window.judging._update()
    assert not window.judging.actions["confirm"].isEnabled()
    assert not window.judging.actions["add"].isEnabled()
    assert window.judging.reject() is None
    assert QPoint  # the context-menu positions above are QPoints
