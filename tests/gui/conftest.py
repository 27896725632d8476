"""GUI fixtures: settings kept out of the user's home, a failing test on any unexpected Qt
warning, and the real window built on a temporary database."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QtMsgType, qInstallMessageHandler

# Noise of the headless platform plugin, not of our code.
HARMLESS = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
    "This plugin does not support grabbing the keyboard",
    "QSocketNotifier: Can only be used with threads started with QThread",
)


@pytest.fixture(scope="session", autouse=True)
def _private_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(autouse=True)
def fail_on_qt_warning(request: pytest.FixtureRequest) -> Iterator[list[str]]:
    """Fail the test when Qt warns (or worse) unless the test expects it
    (``@pytest.mark.qt_warnings_ok``... not needed so far: append to the yielded list)."""
    seen: list[str] = []
    allowed: list[str] = []

    def handler(kind: QtMsgType, context: Any, message: str) -> None:
        if kind == QtMsgType.QtDebugMsg or kind == QtMsgType.QtInfoMsg:
            return
        if any(message.startswith(h) for h in HARMLESS):
            return
        if any(a in message for a in allowed):
            return
        seen.append(f"{kind.name}: {message}")

    previous = qInstallMessageHandler(handler)
    try:
        yield allowed
    finally:
        qInstallMessageHandler(previous)
    if seen:
        pytest.fail("unexpected Qt warnings:\n" + "\n".join(seen), pytrace=False)


@pytest.fixture
def app(qapp: Any) -> Any:
    from tracker.ui.app import create_application

    return create_application()


@pytest.fixture
def make_window(app: Any, qtbot: Any) -> Iterator[Callable[..., Any]]:
    """``make_window(db_path)`` -> the app's parts, shown and loaded."""
    built: list[Any] = []

    def make(db_path: Path, **kwargs: Any) -> Any:
        from tracker.ui.app import build_window

        parts = build_window(db_path, **kwargs)
        built.append(parts)
        qtbot.addWidget(parts.window)
        parts.window.resize(1280, 800)
        parts.window.show()
        qtbot.waitUntil(lambda: parts.controller.snapshot is not None, timeout=60_000)
        wait_idle(qtbot, parts)
        return parts

    yield make
    for parts in built:
        parts.window.close()
        parts.runner.shutdown()


def wait_idle(qtbot: Any, parts: Any, timeout: int = 30_000) -> None:
    qtbot.waitUntil(lambda: not parts.runner.busy, timeout=timeout)


@pytest.fixture
def seed_window(make_window: Callable[..., Any], seed_db_path: Path) -> Any:
    return make_window(seed_db_path)


SUMMIT = "trump-putin-summit"

DISAGREEING_ARTICLE = """Budapest summit back on, officials say

Published 30 October 2025

President Trump and President Putin will meet in Budapest on 20 November, the White House said on Thursday. The summit has been scheduled after weeks of uncertainty, officials confirmed.
"""
