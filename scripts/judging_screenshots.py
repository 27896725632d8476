"""Render the analyst's judging tools offscreen on the seed database into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/judging_screenshots.py [--out DIR]

On the seeds, an analyst rejects one decisive excerpt, confirms the other, adds a
sentence the machine missed, and holds the summit's new readings for review before one
more article arrives. Writes evidence-context-menu.png (the menu on an evidence row, the
judged rows marked), review-tab.png (the "To review" tab with held readings) and
add-evidence-dialog.png (Add as evidence on words selected in the source).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SUMMIT = "trump-putin-summit"
MISSED = "The U.S. had proposed freezing the battle lines at their current positions"
BACK_ON = """Budapest summit back on, officials say

Published 30 October 2025

President Trump and President Putin will meet in Budapest on 20 November, the White House said on Thursday. The summit has been scheduled after weeks of uncertainty, officials confirmed.
"""


def prepare(folder: Path) -> Path:
    """A seed database with a few judgements and a held reading."""
    from tracker.services import judgements
    from tracker.services.evidence import evidence_for
    from tracker.services.ingest import ingest_paths
    from tracker.services.review import set_review_mode
    from tracker.services.settings import set_analyst_name
    from tracker.services.setup import open_or_create
    from tracker.services.status import track_status

    db = folder / "judging.db"
    store = open_or_create(db, with_seeds=True)
    set_analyst_name(store, "Ana Ruiz")
    rejected, confirmed = track_status(store, SUMMIT).unreviewed_ids[:2]
    judgements.judge_excerpt(
        store, rejected, reject=True, reason="not evidence", note="A policy line, not news"
    )
    judgements.judge_excerpt(store, confirmed, confirm=True)
    doc = next(e for e in evidence_for(store, SUMMIT) if "did not want to have a" in e.exact)
    judgements.add_evidence(store, doc.document_id, MISSED, track=SUMMIT, signal="preparing")
    set_review_mode(store, SUMMIT, "hold")
    article = folder / "back-on.txt"
    article.write_text(BACK_ON, encoding="utf-8")
    ingest_paths(store, [article])
    store.close()
    return db


def _settle(parts: object) -> None:
    from PySide6.QtWidgets import QApplication

    from tracker.ui.selftest import wait_until

    wait_until(lambda: parts.controller.snapshot is not None, what="the database")
    wait_until(lambda: not parts.runner.busy, what="background jobs")
    for _ in range(10):
        QApplication.processEvents()


def _over(window: object, popup: object, where: object, path: Path, *, title: bool = False) -> None:
    """The window with ``popup`` (a menu or dialog) painted where it shows; a dialog gets
    a plain title bar and frame (offscreen windows have no decorations)."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()
    shot = window.grab()
    painter = QPainter(shot)
    body = popup.grab()
    if title:
        bar = 28
        frame = QRect(where.x() - 1, where.y() - bar - 1, body.width() + 2, body.height() + bar + 2)
        painter.fillRect(frame, QColor("#5a6270"))
        painter.fillRect(QRect(where.x(), where.y() - bar, body.width(), bar), QColor("#dfe3ea"))
        painter.setPen(QColor("#1f2329"))
        painter.drawText(
            QRect(where.x(), where.y() - bar, body.width(), bar),
            Qt.AlignmentFlag.AlignCenter,
            popup.windowTitle(),
        )
    painter.drawPixmap(where, body)
    painter.end()
    if not shot.save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path} ({shot.width()}x{shot.height()})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CONFIG_HOME"] = tmp
        db = prepare(Path(tmp))
        from PySide6.QtCore import QPoint
        from PySide6.QtGui import QTextCursor

        from tracker.ui.app import build_window, create_application
        from tracker.ui.selftest import wait_until
        from tracker.ui.views.source import utf16_offset

        create_application()
        parts = build_window(db)
        window = parts.window
        window.resize(1280, 800)
        window.show()
        _settle(parts)
        window.set_default_sizes()
        window.track_list.select_track(SUMMIT)
        _settle(parts)
        judging = window.judging

        # the context menu on a judged evidence row
        wait_until(lambda: bool(window.evidence_rows(SUMMIT)), what="the summit's evidence")
        rows = window.evidence_rows(SUMMIT)
        confirmed = next(e for e in rows if e.reading == "confirmed")
        window.detail.select_excerpt(confirmed.id)
        _settle(parts)
        table = window.detail.evidence.table
        table.scrollTo(table.currentIndex(), table.ScrollHint.PositionAtTop)
        _settle(parts)
        rect = table.visualRect(table.currentIndex())
        at = QPoint(rect.left() + 120, rect.center().y())
        judging._on_evidence_menu(at)
        menu = judging.last_menu
        menu.adjustSize()
        where = window.mapFromGlobal(table.viewport().mapToGlobal(at))
        # as Qt places a menu that would run off the screen: above the pointer
        if where.y() + menu.height() > window.height():
            where.setY(where.y() - menu.height())
        _over(window, menu, where, args.out / "evidence-context-menu.png")
        menu.hide()

        # the review tab
        judging.show_review()
        judging.review.table.selectRow(0)
        _settle(parts)
        _over(window, window, QPoint(0, 0), args.out / "review-tab.png")
        window.left_tabs.setCurrentIndex(0)

        # Add as evidence on a selection in the source
        holder = next(e for e in rows if "did not want to have a" in e.exact)
        window.detail.select_excerpt(holder.id)
        _settle(parts)
        text = window.source._view.document.text
        words = "No Point in a Wasted Meeting"
        start = text.index(words)
        end = start + len(words)
        cursor = window.source.text.textCursor()
        cursor.setPosition(utf16_offset(text, start))
        cursor.setPosition(utf16_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
        window.source.text.setTextCursor(cursor)
        judging.actions["add"].trigger()
        wait_until(lambda: bool(judging._dialogs), what="the Add as evidence dialog")
        _settle(parts)
        dialog = judging._dialogs[-1]
        dialog.signal.setCurrentIndex(dialog.signal.findData("on_hold"))
        dialog.note.setText("The subheading says what Trump told reporters")
        dialog.adjustSize()
        place = QPoint((window.width() - dialog.width()) // 2, 150)
        _over(window, dialog, place, args.out / "add-evidence-dialog.png", title=True)
        dialog.reject()
        window.close()
        parts.runner.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
