"""The search field's syntax help, and the query language typed into the window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tracker.domain.search import SYNTAX
from tracker.ui.views.search_help import PLACEHOLDER, SearchHelpPopup


def test_the_help_lists_every_form_as_plain_text(qtbot: Any) -> None:
    popup = SearchHelpPopup()
    qtbot.addWidget(popup)
    shown = [(typed.text(), told.text()) for typed, told in popup.rows]
    assert shown == list(SYNTAX)
    for typed, told in popup.rows:
        assert typed.textFormat() == told.textFormat() == Qt.TextFormat.PlainText


def test_question_button_and_f1_open_the_syntax_under_the_field(
    qtbot: Any, seed_window: Any
) -> None:
    window = seed_window.window
    help_ = window.search_help
    assert window.search_edit.placeholderText() == PLACEHOLDER
    help_.action.trigger()
    qtbot.waitUntil(help_.popup.isVisible, timeout=5_000)
    assert help_.popup.rows[1][0].text() == '"on hold"'
    popup_top = help_.popup.mapToGlobal(help_.popup.rect().topLeft()).y()
    field_bottom = window.search_edit.mapToGlobal(window.search_edit.rect().bottomLeft()).y()
    assert popup_top >= field_bottom
    help_.popup.close()
    window.search_edit.setFocus()
    qtbot.keyClick(window.search_edit, Qt.Key.Key_F1)
    qtbot.waitUntil(help_.popup.isVisible, timeout=5_000)
    help_.popup.close()


def test_a_quoted_phrase_typed_in_the_window_is_matched_as_a_phrase(
    qtbot: Any, seed_window: Any
) -> None:
    window = seed_window.window
    window.search_edit.clear()
    qtbot.keyClicks(window.search_edit, '"on hold" outlet:"egypt daily"')
    with qtbot.waitSignal(seed_window.controller.search_finished, timeout=10_000) as blocker:
        qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    hits = blocker.args[1]
    assert hits, "the phrase is in the Egypt Daily News article"
    assert {h.document_id for h in hits} == {1}
    assert all("[on hold]" in h.snippet.lower() for h in hits)
