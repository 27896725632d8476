"""Preferences kept in the database: the analyst's name, default reliability per outlet."""

from __future__ import annotations

import json

from tracker.domain.errors import UsageError
from tracker.domain.vocabulary import check_reliability
from tracker.services.assessments import refresh
from tracker.services.audit_actor import current_analyst
from tracker.storage import audit, settings
from tracker.storage import documents as document_rows
from tracker.storage.db import Store


def get_setting(store: Store, key: str, default: str | None = None) -> str | None:
    value = settings.get(store, key)
    return default if value is None else value


def _set(store: Store, key: str, value: str) -> None:
    with store.write():
        settings.put(store, key, value)
        audit.append(
            store,
            actor=analyst_name(store),
            action="settings.set",
            entity=f"setting:{key}",
            payload={"value": value},
        )


def analyst_name(store: Store) -> str:
    return current_analyst(store)


def set_analyst_name(store: Store, name: str) -> None:
    name = name.strip()
    if not name:
        raise UsageError("the analyst name cannot be empty")
    _set(store, "analyst", name)


def outlet_reliability(store: Store) -> dict[str, str]:
    """The analyst's default reliability per outlet (outlet name -> A..F)."""
    raw = settings.get(store, "outlet_reliability")
    return dict(json.loads(raw)) if raw else {}


def set_outlet_reliability(store: Store, outlet: str, grade: str) -> None:
    """Set an outlet's default grade and apply it to its documents not graded by hand."""
    outlet = outlet.strip()
    if not outlet:
        raise UsageError("an outlet name is needed")
    grade = check_reliability(grade)
    table = outlet_reliability(store)
    table[outlet] = grade
    with store.write():
        _set(store, "outlet_reliability", json.dumps(table, ensure_ascii=False, sort_keys=True))
        document_rows.grade_outlet(store, outlet, grade)
    refresh(store)
