"""The ``settings`` table: preferences kept in the database, as text."""

from __future__ import annotations

from tracker.storage.db import Store


def get(store: Store, key: str) -> str | None:
    row = store.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return str(row[0]) if row is not None else None


def put(store: Store, key: str, value: str) -> None:
    store.db.table("settings").upsert({"key": key, "value": value}, pk="key")
