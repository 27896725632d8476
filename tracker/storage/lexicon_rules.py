"""The ``lexicon_rules`` table: phrases analysts taught the tracker (the user lexicon).

A removed rule keeps its row (``removed_at``); undoing the removal clears it again.
"""

from __future__ import annotations

import json
from typing import Any

from tracker.domain.readings import LexiconRule
from tracker.storage.db import Store

_COLUMNS = (
    "id, phrase, effect, signal, modality, kinds, note, excerpt_id, analyst, created_at, removed_at"
)


def _model(row: dict[str, Any]) -> LexiconRule:
    row["kinds"] = json.loads(row["kinds"] or "[]")
    return LexiconRule.model_validate(row)


def insert(store: Store, rule: LexiconRule) -> int:
    row = rule.model_dump(mode="json", exclude={"id"})
    row["kinds"] = json.dumps(row["kinds"])
    return int(store.db.table("lexicon_rules").insert(row).last_pk or 0)


def get(store: Store, rule_id: int) -> LexiconRule | None:
    for row in store.db.query(f"SELECT {_COLUMNS} FROM lexicon_rules WHERE id = ?", [rule_id]):
        return _model(row)
    return None


def active(store: Store) -> list[LexiconRule]:
    """The rules in force, oldest first."""
    sql = f"SELECT {_COLUMNS} FROM lexicon_rules WHERE removed_at IS NULL ORDER BY id"
    return [_model(r) for r in store.db.query(sql)]


def all_rows(store: Store) -> list[LexiconRule]:
    return [_model(r) for r in store.db.query(f"SELECT {_COLUMNS} FROM lexicon_rules ORDER BY id")]


def set_removed(store: Store, rule_id: int, at: str | None) -> None:
    """Remove a rule at record time ``at`` (``None``: bring it back)."""
    store.db.table("lexicon_rules").update(rule_id, {"removed_at": at})
