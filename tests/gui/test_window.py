"""The window as an analyst meets it: sources, search, untrusted text, tracks, settings."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from tests.gui.conftest import SUMMIT, wait_idle
from tests.gui.helpers import click_ok, visible_tracks, wait_evidence
from tracker.ui.models.base import ROW_ROLE

HOSTILE = [
    '"',
    "(",
    "NEAR",
    "*",
    "'",
    '"unbalanced',
    "summit)",
    "NEAR(summit budapest, 2)",
    "summit* OR -",
    "AND",
    "\\",
    "%",
    "_",
]


def test_choosing_an_excerpt_highlights_its_quote(qtbot: Any, seed_window: Any) -> None:
    parts = seed_window
    window = parts.window
    window.track_list.select_track(SUMMIT)
    evidence = wait_evidence(qtbot, window, SUMMIT).rows
    chosen = next(e for e in evidence if e.signal and not e.context)
    assert window.detail.select_excerpt(chosen.id)
    qtbot.waitUntil(lambda: window.source.document_id == chosen.document_id, timeout=10_000)
    wait_idle(qtbot, parts)
    highlighted = window.source.highlighted_text()
    assert highlighted[-1] == chosen.exact  # the chosen one is drawn last, strongest
    cursor = window.source.text.textCursor()
    assert cursor.selectedText() == chosen.exact
    view_rect = window.source.text.viewport().rect()
    assert view_rect.contains(window.source.text.cursorRect(cursor).center())


def test_hostile_search_input_is_safe(qtbot: Any, seed_window: Any) -> None:
    parts = seed_window
    window = parts.window
    failures: list[str] = []
    parts.controller.failed.connect(lambda m, d: failures.append(m))
    for text in HOSTILE:
        window.search_edit.clear()
        qtbot.keyClicks(window.search_edit, text)
        with qtbot.waitSignal(parts.controller.search_finished, timeout=10_000) as blocker:
            qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
        assert blocker.args[0] == text
        assert (
            "for" in window.search_view.summary.text()
            or "Type" in window.search_view.summary.text()
        )
    assert failures == []
    # and a real query finds the summit's evidence and jumps to its source
    window.search_edit.clear()
    qtbot.keyClicks(window.search_edit, "Budapest")
    with qtbot.waitSignal(parts.controller.search_finished, timeout=10_000):
        qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    model = window.search_view.model
    assert model.rowCount() > 0
    hit = model.index(0, 0).data(ROW_ROLE)
    window.search_view.hit_chosen.emit(hit)
    qtbot.waitUntil(lambda: window.source.document_id == hit.document_id, timeout=10_000)


def test_markup_in_a_title_is_shown_literally(qtbot: Any, make_window: Any, fresh_db: Any) -> None:
    from tracker.services.ingest import ingest_text

    title = "<img src=x><b>bold</b>"
    body = "<script>alert(1)</script> Trump and Putin may meet in Budapest, <i>officials</i> said."
    ingest_text(fresh_db, f"{title}\n\n{body}\n", title=title, outlet="<b>Outlet</b>")
    path = fresh_db.path
    fresh_db.close()
    parts = make_window(path)
    window = parts.window
    docs = window.documents_view
    assert docs.model.index(0, 1).data() == title
    assert docs.model.index(0, 2).data() == "<b>Outlet</b>"
    tip = docs.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) or ""
    assert "<b>Outlet" not in tip and "&lt;b&gt;Outlet" in tip  # tooltips are escaped
    window.left_tabs.setCurrentWidget(docs)
    docs.document_chosen.emit(1)
    qtbot.waitUntil(lambda: window.source.document_id == 1, timeout=10_000)
    assert window.source.title.text() == title
    assert window.source.title.textFormat() == Qt.TextFormat.PlainText
    assert window.source.outlet.text() == "<b>Outlet</b>"
    assert "<script>alert(1)</script>" in window.source.text.toPlainText()
    for label in window.findChildren(QLabel):
        if label.text() and ("<b>" in label.text() or "<img" in label.text()):
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_track_editor_add_archive_and_show_archived(qtbot: Any, seed_window: Any) -> None:
    parts = seed_window
    window = parts.window
    dialog = window.open_new_track_dialog()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.title_edit, "Witkoff-Dmitriev channel")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("channel"))
    dialog.actors_edit.setPlainText("Steve Witkoff | Witkoff\nKirill Dmitriev | Dmitriev")
    dialog.keywords_edit.setText("talks, met, meeting")
    with qtbot.waitSignal(parts.controller.track_saved, timeout=20_000) as blocker:
        click_ok(qtbot, dialog.buttons)
    wait_idle(qtbot, parts)
    new_id = blocker.args[0]
    assert new_id == "witkoff-dmitriev-channel"
    assert new_id in visible_tracks(window)
    assert window.track_list.current_track() == new_id

    window._on_archive_clicked()
    box = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )
    with qtbot.waitSignal(parts.controller.track_saved, timeout=20_000):
        box.button(QMessageBox.StandardButton.Yes).click()
    wait_idle(qtbot, parts)
    assert new_id not in visible_tracks(window)
    window.act_archived.setChecked(True)
    assert new_id in visible_tracks(window)


def test_document_metadata_edit_and_preferences(qtbot: Any, seed_window: Any) -> None:
    parts = seed_window
    window = parts.window
    window.documents_view.document_chosen.emit(1)
    qtbot.waitUntil(lambda: window.source.document_id == 1, timeout=10_000)
    source = window.source
    assert not source.save_button.isEnabled()
    source.reliability.setCurrentIndex(source.reliability.findData("A"))
    source._on_field_edited()
    assert source.save_button.isEnabled()
    with qtbot.waitSignal(parts.controller.document_edited, timeout=20_000):
        source.save_button.click()
    wait_idle(qtbot, parts)
    model = window.documents_view.model
    qtbot.waitUntil(
        lambda: model.row_of_key(1) >= 0 and model.row_at(model.row_of_key(1)).reliability == "A",
        timeout=10_000,
    )

    with qtbot.waitSignal(parts.controller.preferences_loaded, timeout=10_000):
        window.act_prefs.trigger()
    dialog = next(
        w
        for w in QApplication.topLevelWidgets()
        if type(w).__name__ == "PreferencesDialog" and w.isVisible()
    )
    dialog.analyst_edit.setText("A. Analyst")
    with qtbot.waitSignal(parts.controller.preferences_saved, timeout=20_000):
        click_ok(qtbot, dialog.buttons)
    wait_idle(qtbot, parts)
    assert parts.controller.snapshot.analyst == "A. Analyst"


def test_export_briefing_opens_the_result(
    qtbot: Any, seed_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("tracker.briefing")
    opened: list[str] = []
    monkeypatch.setattr(
        "tracker.ui.main_window.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()) or True,
    )
    parts = seed_window
    dialog = parts.window.open_export_dialog()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("md"))
    dialog.path_edit.setText(str(tmp_path / "brief.md"))
    with qtbot.waitSignal(parts.controller.briefing_exported, timeout=30_000) as blocker:
        click_ok(qtbot, dialog.buttons)
    wait_idle(qtbot, parts)
    assert Path(blocker.args[0]).is_file()
    assert opened == [blocker.args[0]]


def test_uncaught_exception_shows_a_dialog(qtbot: Any, seed_window: Any) -> None:
    from tracker.ui import errors

    errors.install_excepthook()
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    qtbot.waitUntil(
        lambda: any(
            w.objectName() == "problemBox" and w.isVisible() for w in QApplication.topLevelWidgets()
        ),
        timeout=5000,
    )
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "problemBox")
    assert "boom in a slot" in box.informativeText()
    assert "Traceback" in box.detailedText()
    box.close()


@pytest.mark.parametrize("which", ["seed", "new"])
def test_self_test_entry_point(which: str, seed_db_path: Path, tmp_path: Path) -> None:
    db = seed_db_path if which == "seed" else tmp_path / "new" / "tracker.db"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from tracker.ui.app import main; sys.exit(main())",
            "--db",
            str(db),
            "--self-test",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "self-test ok" in result.stdout
    assert db.exists()


def test_a_large_record_shows_its_newest_evidence_only(
    qtbot: Any, make_window: Any, seed_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tracker.ui.snapshot as snapshot

    monkeypatch.setattr(snapshot, "EVIDENCE_ROWS", 5)
    parts = make_window(seed_db_path)
    window = parts.window
    window.track_list.select_track(SUMMIT)
    evidence = wait_evidence(qtbot, window, SUMMIT)
    assert len(evidence.rows) == 5 and evidence.total > 5 and evidence.capped
    dates = [e.event_date for e in evidence.rows if e.event_date]
    assert dates == sorted(dates)
    assert window.detail.tabs.tabText(0) == f"Evidence ({evidence.total:,})"
    assert f"the newest 5 of {evidence.total:,} held are listed" in (
        window.detail.evidence.count_label.text()
    )
