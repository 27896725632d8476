"""The Qt binding keeps Python's reference counts straight.

PySide6 6.12.0 on Python 3.11 dropped one reference to ``None`` on every call of a Qt method
returning nothing (``show()``, ``setText()``, ``processEvents()``); after some twenty
thousand calls ``None`` was freed and the app aborted ("none_dealloc"). The pinned version
must not do that, whatever the upgrade.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_void_qt_calls_keep_none_alive(qapp: QApplication) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2_000):
        label.setText("x")
        label.show()
        qapp.processEvents()
    label.close()
    # A few references may come and go with garbage collection; thousands may not.
    assert sys.getrefcount(None) - before > -100
