"""Start-up timing: milliseconds since the process started (Linux /proc), else since import."""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_IMPORTED = time.monotonic()


def _process_start_monotonic() -> float:
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 overall: starttime in clock ticks since boot
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        age = uptime - start_ticks / os.sysconf("SC_CLK_TCK")
        return time.monotonic() - max(age, 0.0)
    except (OSError, ValueError, IndexError):
        return _IMPORTED


_START = _process_start_monotonic()


def since_start_ms() -> float:
    return (time.monotonic() - _START) * 1000


class FirstPaint(QObject):
    """Notes when a widget is first painted (an event filter).

    Signals: ``painted()`` once, just after the first paint event was delivered."""

    painted = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ms: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.ms is None and event.type() == QEvent.Type.Paint:
            self.ms = since_start_ms()
            QTimer.singleShot(0, self.painted.emit)
        return False
