"""Suggest keywords… in the track editor: asked off the window's thread, ticked, added."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from tests.gui.conftest import SUMMIT, wait_idle
from tracker.ui.dialogs.suggest_keywords import EMPTY, SuggestKeywordsDialog


def _open(qtbot: Any, parts: Any, track_id: str) -> Any:
    window = parts.window
    assert window.track_list.select_track(track_id)
    qtbot.waitUntil(lambda: window.current_detail() is not None, timeout=10_000)
    editor = window.open_edit_track_dialog()
    assert editor is not None and editor.suggest_button.isVisible()
    return editor


ARTICLE = """Envoys sketch a {n} step on Ukraine

Published {day} November 2025

The summit between Trump and Putin in Budapest remains on hold, the Kremlin said.
Aides drafted a prisoner swap framework over the weekend.
A prisoner swap framework of this kind took months to agree in the past.
"""


def test_ticked_suggestions_join_the_keywords(
    qtbot: Any, make_window: Any, seed_db_path: Path, tmp_path: Path
) -> None:
    from tracker.cli import main

    for n, day in (("first", 3), ("second", 5), ("third", 7)):
        path = tmp_path / f"{n}.txt"
        path.write_text(ARTICLE.format(n=n, day=day), encoding="utf-8")
        assert main(["--db", str(seed_db_path), "ingest", str(path)]) == 0
    seed_window = make_window(seed_db_path)
    editor = _open(qtbot, seed_window, SUMMIT)
    before = editor.keywords_edit.text()
    dialog = editor.open_suggestions()
    assert isinstance(dialog, SuggestKeywordsDialog)
    assert "Reading" in dialog.status.text()
    wait_idle(qtbot, seed_window)
    qtbot.waitUntil(lambda: "Reading" not in dialog.status.text(), timeout=10_000)
    items = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    first = next(i for i in items if i is not None and i.text(0) == "prisoner swap framework")
    assert int(first.text(1)) >= 3 and first.text(2).startswith("“")
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    first.setCheckState(0, Qt.CheckState.Checked)
    assert ok.isEnabled()
    ok.click()
    assert editor.keywords_edit.text() == f"{before}, {first.text(0)}"
    editor.reject()


def test_an_empty_database_says_to_import_first(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    from tracker.cli import main

    db = tmp_path / "empty.db"
    assert main(["--db", str(db), "init", "--empty"]) == 0
    args = ["--db", str(db), "track", "add", "--title", "Harbour talks", "--kind", "talks"]
    assert main([*args, "--party", "Norland"]) == 0
    parts = make_window(db)
    dialog = _open(qtbot, parts, "harbour-talks").open_suggestions()
    wait_idle(qtbot, parts)
    qtbot.waitUntil(lambda: dialog.status.text() == EMPTY, timeout=10_000)
    assert dialog.tree.isHidden()
