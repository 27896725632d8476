"""The ``seen_marks`` table: what each analyst has seen, per scope (``track:ID`` or
``documents``), up to which record time and with which status then."""

from __future__ import annotations

from dataclasses import dataclass

from tracker.storage.db import Store


@dataclass(frozen=True)
class Mark:
    scope: str
    seen_at: str
    status: str | None


def marks(store: Store, analyst: str) -> dict[str, Mark]:
    """The analyst's marks by scope."""
    sql = "SELECT scope, seen_at, status FROM seen_marks WHERE analyst = ?"
    return {
        str(r["scope"]): Mark(str(r["scope"]), str(r["seen_at"]), r["status"])
        for r in store.db.query(sql, [analyst])
    }


def put(store: Store, analyst: str, scope: str, seen_at: str, status: str | None) -> None:
    """Set one mark (inside ``store.write()``); a mark never moves back in time."""
    store.conn.execute(
        "INSERT INTO seen_marks (analyst, scope, seen_at, status) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (analyst, scope) DO UPDATE SET seen_at = excluded.seen_at, "
        "status = excluded.status WHERE excluded.seen_at >= seen_marks.seen_at",
        (analyst, scope, seen_at, status),
    )
