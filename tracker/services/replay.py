"""Replaying the analysts' judgements and lexicon rules from the audit log.

Every judgement and rule is written with an audit event whose payload holds the whole
record, and every undo names what it ended; replaying the log therefore rebuilds the
``judgements`` and ``lexicon_rules`` tables. ``verify`` compares the replay with the
tables: a row changed (or added, or deleted) outside the tracker shows up as a difference.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from tracker.domain.models import AuditEntry
from tracker.storage import audit
from tracker.storage import judgements as judgement_rows
from tracker.storage import lexicon_rules as rule_rows
from tracker.storage.db import Store

_JUDGING = ("excerpt.judge", "evidence.add")
_RULES = ("lexicon.add", "lexicon.remove", "lexicon.import")


def _replay(
    entries: Iterable[AuditEntry],
) -> tuple[dict[int, Any], dict[int, Any], list[AuditEntry]]:
    """The judgements and rules the log's rows build, and the rows that could not be read
    (a payload edited behind the tracker's back: the chain check names the row too)."""
    judgements: dict[int, dict[str, Any]] = {}
    rules: dict[int, dict[str, Any]] = {}
    unread: list[AuditEntry] = []
    for entry in entries:
        try:
            _apply(entry, judgements, rules)
        except (KeyError, TypeError, ValueError, AttributeError):
            unread.append(entry)
    return judgements, rules, unread


def _apply(
    entry: AuditEntry, judgements: dict[int, dict[str, Any]], rules: dict[int, dict[str, Any]]
) -> None:
    payload = entry.payload_data()
    action = entry.action
    if action == "undo":
        action = str(payload.get("action"))
        _undo(action, payload, entry.at, judgements, rules)
    elif action == "redo":
        action = str(payload.get("action"))
        if action in _JUDGING:
            record = dict(payload["judgement"])
            judgements[int(record["id"])] = record
        elif action in _RULES:
            _undo(action, payload, entry.at, judgements, rules)
    elif action in _JUDGING:
        record = dict(payload["judgement"])
        judgements[int(record["id"])] = record
    elif action in ("lexicon.add", "lexicon.import"):
        for rule in payload.get("rules") or [payload["rule"]]:
            rules[int(rule["id"])] = dict(rule)
    elif action == "lexicon.remove":
        rules[int(payload["rule"]["id"])]["removed_at"] = payload["removed_at"]


def _undo(
    action: str,
    payload: dict[str, Any],
    at: str,
    judgements: dict[int, dict[str, Any]],
    rules: dict[int, dict[str, Any]],
) -> None:
    if action in _JUDGING and int(payload["ended"]) in judgements:
        judgements[int(payload["ended"])].update(ended_at=at, ended_action="undone")
    elif action in _RULES:
        for rule_id in payload.get("removed", []):
            rules[int(rule_id)]["removed_at"] = at
        for rule_id in payload.get("restored", []):
            rules[int(rule_id)]["removed_at"] = None


class Difference(NamedTuple):
    """A judgement or rule that differs from what the audit log rebuilds, named by ``key``
    (``judgement:3:changed``): one difference acknowledged stays acknowledged while the row
    differs (the row's state seal names any later change)."""

    key: str
    text: str


def _differences(
    kind: str, label: str, expected: dict[int, Any], actual: dict[int, Any]
) -> list[Difference]:
    problems = []
    for ident in sorted(expected.keys() | actual.keys()):
        if ident not in actual:
            problems.append(
                Difference(
                    f"{kind}:{ident}:deleted",
                    f"{label} {ident} is in the audit log but not in the database",
                )
            )
        elif ident not in expected:
            problems.append(
                Difference(
                    f"{kind}:{ident}:inserted",
                    f"{label} {ident} is in the database but in no audit entry",
                )
            )
        elif expected[ident] != actual[ident]:
            fields = sorted(
                k
                for k in expected[ident].keys() | actual[ident].keys()
                if expected[ident].get(k) != actual[ident].get(k)
            )
            problems.append(
                Difference(
                    f"{kind}:{ident}:changed",
                    f"{label} {ident} differs from its audit entry ({', '.join(fields)})",
                )
            )
    return problems


def replay_differences(store: Store) -> tuple[int, list[Difference]]:
    """``(rows checked, differences)``: the judgements and rules rebuilt from the audit log
    compared with the tables."""
    wanted = [*_JUDGING, *_RULES, "undo", "redo"]
    judgements, rules, unread = _replay(audit.oldest_first(store, wanted))
    actual_j = {j.id or 0: j.record() for j in judgement_rows.all_rows(store)}
    actual_r = {r.id or 0: r.model_dump(mode="json") for r in rule_rows.all_rows(store)}
    problems = [
        Difference(f"unreplayable:{e.seq}", f"audit row {e.seq} ({e.action}) cannot be replayed")
        for e in unread
    ]
    problems += _differences("judgement", "judgement", judgements, actual_j)
    problems += _differences("lexicon_rule", "lexicon rule", rules, actual_r)
    return len(actual_j) + len(actual_r), problems


def replay_problems(store: Store) -> tuple[int, list[str]]:
    """``(rows checked, problems)``: the differences as sentences."""
    rows, found = replay_differences(store)
    return rows, [d.text for d in found]
