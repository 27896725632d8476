"""Preferences kept in the database: the analyst's name, default reliability per outlet."""

from __future__ import annotations

import json

from tracker.domain.errors import UserError
from tracker.domain.vocabulary import check_reliability
from tracker.services.audit_actor import os_user
from tracker.storage import audit
from tracker.storage.db import Store


def get_setting(store: Store, key: str, default: str | None = None) -> str | None:
    row = store.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return default if row is None else str(row[0])


def _set(store: Store, key: str, value: str) -> None:
    with store.write():
        store.db.table("settings").upsert({"key": key, "value": value}, pk="key")
        audit.append(
            store,
            actor=analyst_name(store),
            action="settings.set",
            entity=f"setting:{key}",
            payload={"value": value},
        )


def analyst_name(store: Store) -> str:
    return (get_setting(store, "analyst") or "").strip() or os_user()


def set_analyst_name(store: Store, name: str) -> None:
    name = name.strip()
    if not name:
        raise UserError("the analyst name cannot be empty")
    _set(store, "analyst", name)


def outlet_reliability(store: Store) -> dict[str, str]:
    """The analyst's default reliability per outlet (outlet name -> A..F)."""
    raw = get_setting(store, "outlet_reliability")
    return json.loads(raw) if raw else {}


def set_outlet_reliability(store: Store, outlet: str, grade: str) -> None:
    """Set an outlet's default grade and apply it to its documents not graded by hand."""
    outlet = outlet.strip()
    if not outlet:
        raise UserError("an outlet name is needed")
    grade = check_reliability(grade)
    table = outlet_reliability(store)
    table[outlet] = grade
    with store.write():
        _set(store, "outlet_reliability", json.dumps(table, ensure_ascii=False, sort_keys=True))
        store.conn.execute(
            "UPDATE documents SET reliability = ?, reliability_basis = 'inferred' "
            "WHERE outlet = ? COLLATE NOCASE AND reliability_basis != 'analyst'",
            (grade, outlet),
        )
    from tracker.services.analysis import refresh

    refresh(store)
