"""Window state kept between runs (QSettings under the app's organisation and name)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from tracker.app_info import APP_NAME, ORG_NAME


def ui_settings() -> QSettings:
    """The app's settings, in the default format (native, or an INI file where tests and
    the screenshot script point ``QSettings.setPath`` at a folder of their own)."""
    return QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, ORG_NAME, APP_NAME)


def save_bytes(key: str, value: QByteArray) -> None:
    ui_settings().setValue(key, value)


def load_bytes(key: str) -> QByteArray | None:
    value = ui_settings().value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None
