"""History: a track's status transitions, and the audit log (who, when, what, why)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from tracker.ui.format import DASH, fmt_date, fmt_time, one_line, status_label
from tracker.ui.models.base import Column, RowTableModel
from tracker.ui.snapshot import describe_action

if TYPE_CHECKING:
    from tracker.domain.models import AuditEntry
    from tracker.services.status import HistoryEntry


_ORIGIN_WORDS = {"inferred": "inferred", "override": "override", "revoke": "revoked"}


def _what(h: HistoryEntry) -> str:
    before = (
        f"{status_label(h.from_status)} → " if h.from_status and h.from_status != h.status else ""
    )
    return before + status_label(h.status)


HISTORY_COLUMNS: list[Column[HistoryEntry]] = [
    Column(
        "Event date",
        lambda h: fmt_date(h.event_date),
        sort=lambda h: h.event_date.isoformat() if h.event_date else "",
    ),
    Column("What", _what),
    Column(
        "How",
        lambda h: (
            _ORIGIN_WORDS.get(h.origin, h.origin)
            + (" ⚡" if h.contested else "")
            + (" (undone)" if h.undone else "")
        ),
        tooltip=lambda h: (
            (
                "inferred from the evidence"
                if h.origin == "inferred"
                else "an analyst's override"
                if h.origin == "override"
                else "override ended; back to the inferred status"
            )
            + (" (contested)" if h.contested else "")
            + ("; undone: it counts as never made" if h.undone else "")
        ),
    ),
    Column(
        "Who", lambda h: h.analyst or "—", tooltip=lambda h: h.analyst or "the tracker's inference"
    ),
    Column("Why", lambda h: one_line(h.rationale, 200), tooltip=lambda h: h.rationale or None),
    Column("Recorded", lambda h: fmt_time(h.recorded_at), sort=lambda h: h.recorded_at),
]


class HistoryTableModel(RowTableModel["HistoryEntry"]):
    """One track's transitions, inferred and manual, by event date."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(HISTORY_COLUMNS, key=lambda h: h.id, parent=parent)


def _payload(entry: AuditEntry) -> dict[str, Any]:
    try:
        value = json.loads(entry.payload)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def audit_why(entry: AuditEntry) -> str:
    """The human part of an audit row: its reason, note, title or status."""
    data = _payload(entry)
    for key in ("reason", "note", "title", "description"):
        if data.get(key):
            return one_line(str(data[key]), 200)
    if entry.action == "undo":
        return f"undid #{data.get('undoes')} ({describe_action(str(data.get('action', '')))})"
    if entry.action == "redo":
        return f"redid #{data.get('of')} ({describe_action(str(data.get('action', '')))})"
    if "after" in data and isinstance(data["after"], dict):
        return ", ".join(f"{k} = {v}" for k, v in data["after"].items() if not k.endswith("_basis"))
    if "value" in data:
        return one_line(str(data["value"]), 200)
    return ""


def audit_what(entry: AuditEntry) -> str:
    data = _payload(entry)
    what = describe_action(entry.action)
    if entry.action == "override.apply" and data.get("status"):
        what += f" → {status_label(str(data['status']))}"
    return what


AUDIT_COLUMNS: list[Column[AuditEntry]] = [
    Column("#", lambda a: str(a.seq), sort=lambda a: a.seq),
    Column("When", lambda a: fmt_time(a.at), sort=lambda a: a.at),
    Column("Who", lambda a: a.actor),
    Column("What", audit_what),
    Column("Why", audit_why, tooltip=lambda a: audit_why(a) or None),
    Column("On", lambda a: a.entity.replace(":", " ", 1)),
]


class AuditTableModel(RowTableModel["AuditEntry"]):
    """The append-only audit log, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(AUDIT_COLUMNS, key=lambda a: a.seq, parent=parent)

    def set_entries(self, entries: list[AuditEntry], entity_prefix: str | None = None) -> None:
        rows = [e for e in entries if entity_prefix is None or e.entity == entity_prefix]
        self.set_rows(sorted(rows, key=lambda e: e.seq, reverse=True))


__all__ = ["DASH", "AuditTableModel", "HistoryTableModel"]
