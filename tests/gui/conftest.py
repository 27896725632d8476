"""GUI fixtures: settings kept out of the user's home and the real window built on a
temporary database. A Qt warning fails the test (pytest-qt's ``qt_log_level_fail``)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings


@pytest.fixture(scope="session", autouse=True)
def _private_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


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
