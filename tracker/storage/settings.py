"""The ``settings`` table: preferences kept in the database, as text."""

from __future__ import annotations

from tracker.storage.db import Store


def get(store: Store, key: str) -> str | None:
    for row in store.db.query("SELECT value FROM settings WHERE key = ?", [key]):
        return str(row["value"])
    return None


def put(store: Store, key: str, value: str) -> None:
    store.db.table("settings").upsert({"key": key, "value": value}, pk="key")
