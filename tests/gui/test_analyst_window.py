"""The analyst's window: focus order, copy with citation, the evidence filter, "since you
last looked", the board, the timeline's markers, shortcuts, contrast and fitting a
1280×720 screen — on the real window over the seed database."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.gui.conftest import DISAGREEING_ARTICLE, SUMMIT, wait_idle
from tests.gui.helpers import wait_evidence
from tracker.ui.models.evidence import signal_words
from tracker.ui.theme import contrast_ratio, muted_text, status_color

CHANNEL = "rubio-lavrov-channel"


def _inside(widget: QWidget | None, container: QWidget) -> bool:
    while widget is not None:
        if widget is container:
            return True
        widget = widget.parentWidget()
    return False


def _active(qtbot: Any, window: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


# ---------------------------------------------------------------- keyboard


def test_tab_goes_list_detail_evidence_source_and_never_changes_track(
    qtbot: Any, seed_window: Any
) -> None:
    window = seed_window.window
    wait_evidence(qtbot, window, SUMMIT)
    _active(qtbot, window)
    window.track_list.table.setFocus()
    assert window.track_list.current_track() == SUMMIT
    visited: list[QWidget] = []
    for _ in range(30):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        visited.append(focus)
        if focus is window.source.text:
            break
    assert window.track_list.current_track() == SUMMIT  # Tab left the list, it did not walk it
    areas = []
    for widget in visited:
        area = (
            "evidence"
            if _inside(widget, window.detail.evidence)
            else "detail"
            if _inside(widget, window.detail)
            else "source"
            if _inside(widget, window.source)
            else "other"
        )
        if not areas or areas[-1] != area:
            areas.append(area)
    assert areas == ["detail", "evidence", "source"], [
        (type(w).__name__, w.objectName() or w.accessibleName()) for w in visited
    ]
    assert window.detail.evidence.table in visited  # one stop for the whole table
    # Ctrl+M now overrides the track in view, the one still chosen
    assert window.current_detail().track.id == SUMMIT


def test_arrow_keys_move_inside_the_list_and_the_table(qtbot: Any, seed_window: Any) -> None:
    window = seed_window.window
    _active(qtbot, window)
    window.track_list.table.setFocus()
    qtbot.keyClick(window.track_list.table, Qt.Key.Key_Down)
    assert window.track_list.current_track() == CHANNEL
    qtbot.waitUntil(lambda: CHANNEL in window._evidence, timeout=20_000)
    table = window.detail.evidence.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 1))
    first = window.detail.evidence.selected_excerpt()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    second = window.detail.evidence.selected_excerpt()
    assert first is not None and second is not None and first.id != second.id


def test_no_two_actions_share_a_shortcut(seed_window: Any) -> None:
    """A shortcut held by two window-wide actions does nothing in Qt (it is ambiguous)."""
    from PySide6.QtGui import QAction

    window = seed_window.window
    seen: dict[str, set[str]] = {}
    actions = {*window.findChildren(QAction), *window.actions()}
    for action in actions:
        if action.shortcutContext() != Qt.ShortcutContext.WindowShortcut:
            continue
        for key in action.shortcuts():
            seen.setdefault(key.toString(), set()).add(action.text())
    shared = {k: sorted(v) for k, v in seen.items() if len(v) > 1 and k}
    assert shared == {}


def test_every_action_has_a_shortcut_listed_in_help(qtbot: Any, seed_window: Any) -> None:
    window = seed_window.window
    missing = []
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if not action.isSeparator() and not action.shortcut().toString():
                missing.append(action.text())
    assert missing == []
    dialog = window.open_shortcuts_dialog()
    rows = dialog.rows()
    assert ("Track", "Ctrl+M", "Override status…") in rows
    assert ("Edit", "Ctrl+Shift+Z, Ctrl+Y", "Redo") in [(a, b, c[:4]) for a, b, c in rows]
    assert any(r[0] == "Evidence" and r[1] == "Ctrl+C" for r in rows)
    assert len(rows) > 35
    dialog.reject()


# ---------------------------------------------------------------- evidence


def test_ctrl_c_copies_the_quote_with_its_citation(qtbot: Any, seed_window: Any) -> None:
    window = seed_window.window
    evidence = wait_evidence(qtbot, window, SUMMIT)
    chosen = next(e for e in evidence.rows if e.speaker and e.outlet and e.published)
    view = window.detail.evidence
    assert view.select_excerpt(chosen.id)
    _active(qtbot, window)
    view.table.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    quote = " ".join(chosen.exact.split())
    assert text.startswith(("“" + quote[:20], quote[:20]))
    published = chosen.published.strftime("%-d %b %Y")
    assert (
        f" — {chosen.speaker}, in {chosen.outlet}, “{chosen.document_title}”, {published}." in text
    )
    assert "\n" not in text and "#" not in text  # one paragraph, no internal ids
    # the strip under the table shows the whole quote
    assert view.quote_label.text() == f"“{quote}”"


def test_the_strip_names_the_rule_that_read_the_chosen_excerpt(
    qtbot: Any, seed_window: Any
) -> None:
    window = seed_window.window
    evidence = wait_evidence(qtbot, window, SUMMIT)
    view = window.detail.evidence
    read = next(e for e in evidence.rows if e.signal and e.rule)
    assert view.select_excerpt(read.id)
    assert view.rule_label.isVisibleTo(view)
    assert view.rule_label.text() == f"Read by: {read.rule}"
    # the Signal column's tip names it too
    assert f"rule: {read.rule}" in (signal_words(read) or "")
    # an excerpt no rule read (context, no signal) shows no such line
    quiet = next(e for e in evidence.rows if not e.rule)
    assert view.select_excerpt(quiet.id)
    assert not view.rule_label.isVisibleTo(view)
    assert view.rule_label.text() == ""


def test_the_evidence_filter_by_text_signal_outlet_and_date(qtbot: Any, seed_window: Any) -> None:
    window = seed_window.window
    evidence = wait_evidence(qtbot, window, SUMMIT)
    view = window.detail.evidence
    model = view.model
    held = len(evidence.rows)
    assert model.rowCount() == held
    qtbot.keyClicks(view.filter_edit, "Peskov")
    assert 0 < model.rowCount() < held
    assert all("peskov" in (e.exact + (e.speaker or "")).casefold() for e in model.rows())
    assert "match the filter" in view.count_label.text()
    view.filter_edit.clear()
    view.signal_combo.setCurrentIndex(view.signal_combo.findData("Postponed (denied)"))
    view._apply_filter()
    assert model.rowCount() >= 1 and all(e.modality == "denied" for e in model.rows())
    view.signal_combo.setCurrentIndex(0)
    view.outlet_combo.setCurrentIndex(view.outlet_combo.findData("Atlantic Council"))
    view._apply_filter()
    assert model.rowCount() >= 1 and {e.outlet for e in model.rows()} == {"Atlantic Council"}
    view.outlet_combo.setCurrentIndex(0)
    view.set_date_range(date(2025, 10, 22), date(2025, 10, 22))
    assert model.rowCount() >= 1 and {e.event_date for e in model.rows()} == {date(2025, 10, 22)}
    assert view.dates_button.text() == "22 Oct 2025 – 22 Oct 2025"
    # choosing an excerpt the filter hides clears the filter
    hidden = next(e for e in evidence.rows if e.event_date != date(2025, 10, 22))
    assert view.select_excerpt(hidden.id)
    assert model.rowCount() == held


def test_columns_are_chosen_and_remembered(
    qtbot: Any, make_window: Any, seed_db_path: Path
) -> None:
    window = make_window(seed_db_path).window
    view = window.detail.evidence
    assert view.hidden_columns() == ["Modality", "Speaker", "Copy of", "Judged"]
    view.set_column_shown("Speaker", True)
    view.set_column_shown("Outlet", False)
    again = make_window(seed_db_path).window
    assert again.detail.evidence.hidden_columns() == ["Modality", "Outlet", "Copy of", "Judged"]
    again.detail.evidence.set_column_shown("Speaker", False)
    again.detail.evidence.set_column_shown("Outlet", True)


def test_it_fits_1280_by_720_with_readable_quotes(qtbot: Any, seed_window: Any) -> None:
    window = seed_window.window
    window.resize(1280, 720)
    window.set_default_sizes()
    wait_evidence(qtbot, window, SUMMIT)
    qtbot.wait(50)
    table = window.detail.evidence.table
    header = table.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) <= table.viewport().width() + 1
    assert header.sectionSize(1) >= 180  # the quote takes the spare width
    assert table.verticalHeader().defaultSectionSize() >= 2 * table.fontMetrics().lineSpacing()
    bar = window.statusBar()
    assert bar.geometry().bottom() <= window.height()
    w, h = window.default_size()
    screen = window.screen().availableGeometry()
    assert w <= screen.width() and h <= screen.height()


# ---------------------------------------------------------------- since you last looked


def test_since_you_last_looked(qtbot: Any, seed_window: Any, tmp_path: Path) -> None:
    parts = seed_window
    window = parts.window
    window._seen.dwell_ms = 0
    assert window.changes_view.total() == 0  # the first look: nothing new
    assert window.left_tabs.tabText(3) == "Changes"
    article = tmp_path / "2025-10-30-summit-back-on.txt"
    article.write_text(DISAGREEING_ARTICLE, encoding="utf-8")
    with qtbot.waitSignal(parts.controller.import_finished, timeout=30_000):
        window.import_paths([article])
    wait_idle(qtbot, parts)
    report = window.changes_view.report
    assert report is not None and report.new_documents == 1
    summit = report.for_track(SUMMIT)
    assert summit is not None and summit.new_evidence >= 1
    # what arrived is shown: the Changes tab, the card's badge, bold evidence and document
    assert window.left_tabs.currentIndex() == 3
    assert window.left_tabs.tabText(3) == f"Changes ({report.total})"
    assert window.track_list.model.count_of(SUMMIT) == summit.count
    tree = window.changes_view.tree
    assert tree.topLevelItem(0).text(0) == "Trump–Putin summit in Budapest"
    assert "new excerpt" in tree.topLevelItem(0).child(0).text(0)
    evidence = wait_evidence(qtbot, window, SUMMIT)
    view = window.detail.evidence
    assert view.model.new_count == summit.new_evidence
    new_row = next(e for e in evidence.rows if view.model.is_new(e))
    index = view.model.index(view.model.row_of_key(new_row.id), 1)
    assert index.data(Qt.ItemDataRole.FontRole).bold()
    assert window.documents_view.model._new_after is not None
    # clicking a new excerpt in the panel shows it
    child = tree.topLevelItem(0).child(1)
    window.changes_view._on_activated(child)
    qtbot.waitUntil(
        lambda: (e := view.selected_excerpt()) is not None and view.model.is_new(e), timeout=10_000
    )
    # leaving the track marks it seen (up to what was shown), not the documents
    with qtbot.waitSignal(parts.controller.changes_updated, timeout=20_000):
        window.track_list.select_track(CHANNEL)
    assert window.changes_view.report.for_track(SUMMIT) is None
    assert window.track_list.model.count_of(SUMMIT) == 0
    assert window.changes_view.report.new_documents == 1
    with qtbot.waitSignal(parts.controller.changes_updated, timeout=20_000):
        window.act_mark_all_seen.trigger()
    assert window.changes_view.total() == 0
    assert window.left_tabs.tabText(3) == "Changes"


# ---------------------------------------------------------------- the board


def test_the_board_shows_every_track_on_one_axis(qtbot: Any, seed_window: Any) -> None:
    window = seed_window.window
    window.act_board.trigger()
    assert window.pages.currentWidget() is window.board_page()
    board = window.board_page().board
    assert [r.status.track for r in board.rows()] == window.snapshot.order
    before = board.pixels_per_day
    window.act_zoom_in.trigger()
    assert board.pixels_per_day == pytest.approx(before * 1.5)
    window.act_zoom_fit.trigger()
    assert board.pixels_per_day == pytest.approx(before)
    # a click on a lane chooses its track
    qtbot.mouseClick(
        board.viewport(),
        Qt.MouseButton.LeftButton,
        pos=board.viewport().rect().topLeft() + _lane_point(1),
    )
    assert window.track_list.current_track() == CHANNEL
    # Enter opens it
    board.setFocus()
    qtbot.keyClick(board, Qt.Key.Key_Return)
    assert window.pages.currentIndex() == 0 and not window.act_board.isChecked()
    # a marker opens what it stands for: the evidence of that change
    window.show_board(True)
    board.viewport().repaint()
    rect, entries = next((r, e) for r, t, e in board._hits if t == SUMMIT and e)
    assert entries[0].origin == "inferred"
    qtbot.mouseClick(board.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert window.pages.currentIndex() == 0
    evidence = wait_evidence(qtbot, window, SUMMIT)
    qtbot.waitUntil(
        lambda: (
            (e := window.detail.evidence.selected_excerpt()) is not None
            and e.id in entries[0].evidence_ids
        ),
        timeout=10_000,
    )
    assert evidence.rows


def _lane_point(row: int) -> Any:
    from PySide6.QtCore import QPoint

    from tracker.ui.views.board import AXIS_H, LABEL_W, ROW_H

    return QPoint(LABEL_W // 2, AXIS_H + row * ROW_H + ROW_H // 2)


# ---------------------------------------------------------------- timeline


def test_same_day_actions_are_separate_markers_and_undone_ones_unlabelled(
    qtbot: Any, seed_window: Any
) -> None:
    parts = seed_window
    window = parts.window
    for status in ("postponed", "cancelled"):
        with qtbot.waitSignal(parts.controller.override_applied, timeout=20_000):
            parts.controller.apply_override(SUMMIT, status, reason=f"to {status}")
        wait_idle(qtbot, parts)
    with qtbot.waitSignal(parts.controller.action_undone, timeout=20_000):
        parts.controller.undo()
    wait_idle(qtbot, parts)
    timeline = window.detail.timeline
    timeline.repaint()
    manual = [m for m in timeline.markers() if m.shape != "circle"]
    centers = {(m.center.x(), m.center.y()) for m in manual}
    assert len(manual) >= 3 and len(centers) == len(manual)  # never on top of each other
    undone = [m for m in manual if m.undone]
    assert [m.entries[0].status for m in undone] == ["cancelled"]
    live = [m for m in manual if not m.undone and m.shape == "diamond"]
    assert live and live[-1].status == "postponed"
    # clicking a marker tells which entries it stands for
    with qtbot.waitSignal(timeline.markers_chosen, timeout=5000) as chosen:
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=live[-1].center.toPoint())
    assert chosen.args[0][0].status == "postponed"
    assert window.detail.tabs.currentWidget() is window.detail.history
    # the summary agrees: postponed since today, the explanation is the evidence's
    s = window.detail.detail.status
    assert s.status == "postponed" and s.since == date.today()
    assert "The analyst's judgement: Postponed" in window.detail.why.text()
    assert "What the evidence alone says: On hold" in window.detail.why.text()


# ---------------------------------------------------------------- contrast and colour


@pytest.mark.parametrize("dark", [False, True])
def test_quiet_text_reads_at_4_5_to_1(dark: bool) -> None:
    pal = QPalette()
    if dark:
        from scripts.screenshots import dark_palette

        pal = dark_palette()
    else:
        pal.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        pal.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f7f7"))
        pal.setColor(QPalette.ColorRole.Window, QColor("#efefef"))
        pal.setColor(QPalette.ColorRole.Text, QColor("#000000"))
        pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#bebebe"))
    muted = muted_text(pal)
    for role in (
        QPalette.ColorRole.Base,
        QPalette.ColorRole.AlternateBase,
        QPalette.ColorRole.Window,
    ):
        assert contrast_ratio(muted, pal.color(role)) >= 4.5


def test_negated_evidence_is_not_tinted_as_its_signal(qtbot: Any, seed_window: Any) -> None:
    window = seed_window.window
    evidence = wait_evidence(qtbot, window, SUMMIT)
    denied = next(e for e in evidence.rows if e.modality in ("denied", "negated") and e.signal)
    assert evidence.claims[denied.id] is None
    window.detail.select_excerpt(
        next(
            e.id for e in evidence.rows if e.document_id == denied.document_id and e.id != denied.id
        )
    )
    qtbot.waitUntil(lambda: window.source.document_id == denied.document_id, timeout=10_000)
    grey = QColor(status_color(None, window.source.text.palette()))
    grey.setAlpha(60)
    colours = {
        s.cursor.selectedText(): s.format.background().color().name(QColor.NameFormat.HexArgb)
        for s in window.source.text.extraSelections()
    }
    assert colours[denied.exact] == grey.name(QColor.NameFormat.HexArgb)


# ---------------------------------------------------------------- telling the analyst


def test_a_briefing_with_no_application_to_open_it_is_told(
    qtbot: Any, seed_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    window = seed_window.window
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    window._on_briefing_exported("/tmp/briefing.pdf")
    box = next(w for w in window._dialogs if isinstance(w, QMessageBox))
    assert "/tmp/briefing.pdf" in box.text()
    assert "No application to open it" in box.informativeText()
    box.reject()


def test_jargon_free_status_messages_and_counts(qtbot: Any, seed_window: Any) -> None:
    parts = seed_window
    window = parts.window
    with qtbot.waitSignal(parts.controller.override_applied, timeout=20_000):
        parts.controller.apply_override(SUMMIT, "postponed", reason="Desk")
    wait_idle(qtbot, parts)
    assert (
        window.statusBar().currentMessage()
        == "Override recorded on “Trump–Putin summit in Budapest”."
    )
    assert window.counts_label.text().endswith("· 1 active override")
    audit = window.detail.history.audit_model
    ons = {audit.index(r, 5).data() for r in range(audit.rowCount())}
    assert "track trump-putin-summit" in ons and not any(o.startswith("track:") for o in ons)
    with qtbot.waitSignal(parts.controller.action_undone, timeout=20_000):
        window.act_undo.trigger()
    wait_idle(qtbot, parts)
    assert "active override" not in window.counts_label.text()
    assert "override.apply" not in window.statusBar().currentMessage()
